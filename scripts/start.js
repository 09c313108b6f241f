// `npm start`: the demo portal (Mein Produkt → Standortverwaltung) on the mock backend.
// The page talks REST to /api; an MSW service worker answers with the seeded mock backend.
// PORT=8123 npm start picks the port; without it, the first free port from 8000 on.
import { startDemoServer } from './dev-server-config.js';

const port = process.env.PORT ? Number(process.env.PORT) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}
const { url } = await startDemoServer({ port });
console.log(`\n  Account Widgets demo portal: ${url}\n  Verification code in the demo: 123456. Ctrl+C stops the server.\n`);
