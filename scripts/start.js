// `npm start`: the demo portal (Mein Produkt → Standortverwaltung) on the mock backend.
// The page talks REST to /api; an MSW service worker answers with the seeded mock backend.
import { startDevServer } from '@web/dev-server';
import { devServerConfig } from './dev-server-config.js';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: devServerConfig({ port }),
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`\n  Account Widgets demo portal: http://127.0.0.1:${actualPort}/demo/\n  (Ctrl+C stops it)\n`);
