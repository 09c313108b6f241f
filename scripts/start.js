// `npm start`: the demo portal (Mein Produkt → Standortverwaltung) on the mock backend.
// The page talks REST to /api; an MSW service worker answers with the seeded mock backend.
// `npm start -- --backend http`: the reference server (account-widgets/server, node:http) answers
// instead, on API_PORT (default 8080, or the next free one), cross-origin with CORS.
// PORT=8123 npm start picks the port; without it, the first free port from 8000 on.
import { parseArgs } from 'node:util';
import { startDemoServer } from './dev-server-config.js';
import { loadReferenceServer } from './reference-server.js';

const { values } = parseArgs({ options: { backend: { type: 'string', default: 'msw' } } });
if (values.backend !== 'msw' && values.backend !== 'http') {
  console.error(`--backend must be msw (the service worker, default) or http (the reference server), not "${values.backend}".`);
  process.exit(1);
}
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
const apiPort = process.env.API_PORT ? Number(process.env.API_PORT) : 8080;
for (const [name, value] of [['PORT', port], ['API_PORT', apiPort]]) {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value < 65536)) {
    console.error(`${name} must be a port number, not "${process.env[name]}".`);
    process.exit(1);
  }
}
const { url } = await startDemoServer({ port });
let page = url;
if (values.backend === 'http') {
  const { startReferenceServer } = await loadReferenceServer();
  const origin = new URL(url).origin;
  const options = { host: '127.0.0.1', latency: 350, cors: [origin, origin.replace('127.0.0.1', 'localhost')] };
  const server = await startReferenceServer({ ...options, port: apiPort }).catch((error) =>
    error?.code === 'EADDRINUSE' ? startReferenceServer({ ...options, port: 0 }) : Promise.reject(error),
  );
  page = `${url}?api=${encodeURIComponent(server.baseUrl)}`;
  console.log(`\n  Reference server (the REST contract over the mock backend): ${server.baseUrl}`);
  process.once('SIGINT', () => void server.close());
}
console.log(`\n  Account Widgets demo portal: ${page}\n  Verification code in the demo: 123456. Ctrl+C stops the server.\n`);
