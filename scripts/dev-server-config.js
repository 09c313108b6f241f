// Shared by `npm start` (the demo portal), `npm run check:demo` and the bench: serve TypeScript
// sources straight from src/ through esbuild, with the MSW service worker at the root so its scope
// covers every page.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

export const serveWorkerAtRoot = (ctx, next) => {
  if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
  return next();
};

/** Where the demo portal lives on the server. */
export const DEMO_PATH = '/demo/';

/** Someone who opens the bare address lands on the portal, not on a 404. */
const redirectRootToDemo = (ctx, next) => {
  if (ctx.path !== '/') return next();
  ctx.redirect(DEMO_PATH);
};

export function devServerConfig({ port, production = false, plugins = [] } = {}) {
  return {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: production ? ['production', 'browser'] : ['development', 'browser'] },
    appIndex: 'demo/index.html',
    middleware: [serveWorkerAtRoot, redirectRootToDemo],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), ...plugins],
  };
}

/**
 * Starts the demo portal's server. `port` undefined: the first free port from 8000 on.
 * `autoExit`: stop on Ctrl+C (for `npm start`; a script that manages the server itself passes false).
 * `plugins`: more dev-server plugins (the demo check adds its error probe to the pages).
 * Returns the server, the demo's URL and `stop()`.
 */
export async function startDemoServer({ port, autoExit = true, production = false, plugins = [] } = {}) {
  const server = await startDevServer({
    config: devServerConfig({ port, production, plugins }),
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: autoExit,
  });
  const address = server.server?.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actualPort}${DEMO_PATH}`, stop: () => server.stop() };
}
