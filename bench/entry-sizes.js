// What a consumer's bundler ships for each entry point: the entry bundled from dist/ with Lit
// (production build, as Vite/rollup pick it for browsers), minified and gzipped. A page that only
// imports `account-widgets/account-tree/define` pays for the tree alone.
import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';

const ENTRIES = [
  ['account-widgets/define (every element)', './dist/define.js'],
  ['account-widgets/account-tree/define', './dist/elements/account-tree/define.js'],
  ['account-widgets/link-account-flow/define', './dist/elements/link-account-flow/define.js'],
  ['account-widgets/order-subaccount-flow/define', './dist/elements/order-subaccount-flow/define.js'],
  ['account-widgets/add-subaccount-dialog/define', './dist/elements/add-subaccount-dialog/define.js'],
  ['account-widgets/location-management/define', './dist/elements/location-management/define.js'],
  ['account-widgets/account-switcher/define', './dist/elements/account-switcher/define.js'],
  ['account-widgets (classes only, nothing used)', './dist/index.js'],
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export async function entrySizes() {
  const rows = [];
  for (const [name, file] of ENTRIES) {
    const result = await esbuild.build({
      stdin: { contents: `import ${JSON.stringify(file)};`, resolveDir: process.cwd() },
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      conditions: ['production', 'browser'],
      logLevel: 'error',
    });
    const code = result.outputFiles[0].contents;
    rows.push([name, code.length, gzipSync(code, { level: 9 }).length]);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| entry | minified | min+gzip |\n|---|---|---|');
  for (const [name, min, gz] of await entrySizes()) console.log(`| ${name} | ${kb(min)} | ${kb(gz)} |`);
}
