// A tiny real HTTP server: the page, the bundle (with the chunks it loads) from the installed package, and the REST contract
// (api/openapi.yaml) under /api, answered by the mock backend through the MSW handlers
// (msw's getResponse, no service worker). `PORT=8080 npm start`; prints `listening <url>`.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { MockBackend } from 'account-widgets/testing';
import { createHandlers } from 'account-widgets/testing/msw';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(dirname(createRequire(import.meta.url).resolve('account-widgets/package.json')), 'dist', 'account-widgets.bundle.js');
const files = {
  '/': [join(here, 'index.html'), 'text/html; charset=utf-8'],
  '/page.js': [join(here, 'page.js'), 'text/javascript; charset=utf-8'],
  '/assets/account-widgets.bundle.js': [bundle, 'text/javascript; charset=utf-8'],
};

const backend = new MockBackend({ latency: 150 });
let handlers;

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  try {
    if (url.pathname.startsWith('/api/') || url.pathname === '/api') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const request = new Request(url, { method: req.method, headers: req.headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body });
      const response = (await getResponse(handlers, request)) ?? new Response(null, { status: 404 });
      if (response.type === 'error') return req.socket.destroy(); // an injected network failure
      res.writeHead(response.status, Object.fromEntries(response.headers));
      return res.end(Buffer.from(await response.arrayBuffer()));
    }
    // The bundle loads its other parts (the add dialog, each language, RestAdapter) on first use
    // from bundle/ beside itself: serve that folder with it.
    const chunk = /^\/assets\/bundle\/[\w.-]+\.js$/.test(url.pathname) && [join(dirname(bundle), url.pathname.slice('/assets/'.length)), 'text/javascript; charset=utf-8'];
    const file = files[url.pathname] ?? (chunk || undefined);
    if (!file) return res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
    res.writeHead(200, { 'content-type': file[1], 'cache-control': 'no-cache' });
    res.end(readFileSync(file[0]));
  } catch (error) {
    console.error(error);
    res.writeHead(500).end();
  }
});

server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  handlers = createHandlers(backend, { baseUrl: `${origin}/api` });
  console.log(`listening ${origin}/`);
});
