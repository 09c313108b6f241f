// What the browser benches over the real drop-in share: a bench page (bench/pages/*.ts, bundled
// by esbuild) served beside dist/account-widgets.bundle.js and its lazy chunks (dist/bundle/),
// headless Chromium, and the median/format helpers of their tables.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const ms = (x) => `${x.toFixed(1)} ms`;

/**
 * Serves `page` (a path under bench/pages/) as /page.js after the drop-in, on 127.0.0.1, and starts
 * Chromium. Returns `{ url, browser, close }`; exits when dist/ has not been built.
 */
export async function serveDropIn(page, script) {
  if (!existsSync(join(root, 'dist/account-widgets.bundle.js'))) {
    console.error(`${script}: dist/account-widgets.bundle.js is missing: run npm run build first`);
    process.exit(1);
  }
  const js = (
    await build({
      entryPoints: [join(root, 'bench/pages', page)],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      conditions: ['browser', 'production'],
      logLevel: 'error',
    })
  ).outputFiles[0].text;
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/account-widgets.bundle.js"></script><script type="module" src="/page.js"></script></head><body></body></html>`;
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    const send = (body) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
    if (path === '/page.js') return send(js);
    if (path === '/account-widgets.bundle.js' || /^\/bundle\/[\w.-]+\.js$/.test(path)) {
      try {
        return send(readFileSync(join(root, 'dist', path)));
      } catch {
        return res.writeHead(404).end();
      }
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await launchChromium();
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** A fresh browser context (no cache, nothing compiled) with one page at `url`, errors reported. */
export async function freshPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  p.on('pageerror', (e) => console.error('page error:', e.message));
  p.on('crash', () => console.error('page crashed'));
  if (process.env.BENCH_DEBUG) p.on('console', (m) => console.error('console:', m.text()));
  await p.goto(url);
  return { page: p, context };
}
