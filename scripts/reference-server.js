// The reference server from the TypeScript sources (for `npm start -- --backend http`, without a
// build): esbuild bundles src/server/index.ts for Node into node_modules/.cache, then it is imported.
import { mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

export async function loadReferenceServer() {
  const outfile = new URL('../node_modules/.cache/account-widgets/reference-server.mjs', import.meta.url);
  await mkdir(new URL('.', outfile), { recursive: true });
  await build({
    entryPoints: [new URL('../src/server/index.ts', import.meta.url).pathname],
    outfile: outfile.pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`${outfile.href}?t=${Date.now()}`);
}
