// Shared by `npm start` (the demo portal) and the bench: serve TypeScript sources straight from
// src/ through esbuild, with the MSW service worker at the root so its scope covers every page.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export const serveWorkerAtRoot = (ctx, next) => {
  if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
  return next();
};

export function devServerConfig({ port, production = false } = {}) {
  return {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: production ? ['production', 'browser'] : ['development', 'browser'] },
    appIndex: 'demo/index.html',
    middleware: [serveWorkerAtRoot],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  };
}
