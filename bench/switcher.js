// `node bench/switcher.js` (also run by `npm run bench`): <account-switcher> at 1,000 / 10,000 /
// 100,000 sub-accounts on the in-memory adapter (no latency), each size in a fresh page of headless
// Chromium: a click on the button → the first options painted, and a search keystroke → its
// options painted (median of five keystrokes), beside the options in the DOM. Figures, never pass/fail.
//
//   CHROME_PATH=/path/to/chrome node bench/switcher.js [--sizes 1000,10000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.js';
import { serveDirectory } from '../scripts/static-server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--sizes');
const SIZES = (i > 0 ? process.argv[i + 1] : '1000,10000,100000').split(',').map(Number);
const QUERIES = ['H', 'Ha', 'Ham', 'Hamb', 'Hambu'];

const dir = mkdtempSync(join(tmpdir(), 'aw-bench-switcher-'));
await build({
  entryPoints: [join(root, 'bench/pages/switcher.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: join(dir, 'switcher.js'),
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>switcher bench</title></head><body><script type="module" src="/switcher.js"></script></body></html>',
);
const server = await serveDirectory(dir);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

async function run(n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => !!window.bench);
  await page.evaluate((size) => window.bench.prepare(size), n);
  await page.waitForTimeout(300);
  const open = await page.evaluate(() => window.bench.open());
  const searches = [];
  for (const q of QUERIES) searches.push(await page.evaluate((query) => window.bench.search(query), q));
  await page.close();
  return { open, searches };
}

const rows = [];
try {
  await run(1000); // warm-up, discarded
  for (const n of SIZES) {
    process.stderr.write(`switcher bench: ${n.toLocaleString('en')} sub-accounts …\n`);
    rows.push({ n, ...(await run(n)) });
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log('| sub-accounts | open → first options | (painted) | (adapter) | search key → options | (painted) | (adapter) | options in DOM | aria-setsize |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const { n, open, searches } of rows) {
  const s = (k) => median(searches.map((x) => x[k]));
  console.log(
    `| ${n.toLocaleString('en')} | ${ms(open.firstOptionsMs)} | ${ms(open.paintMs)} | ${ms(open.adapterMs)} | ${ms(s('optionsMs'))} | ${ms(s('paintMs'))} | ${ms(s('adapterMs'))} | ${Math.max(open.options, ...searches.map((x) => x.options))} | ${open.setsize.toLocaleString('en')} |`,
  );
}
console.log('Budgets (DESIGN §5, the tree\'s): usable ≤ 150 ms after data arrives, ≤ 200 rows in the DOM, a filter keystroke ≤ 16 ms beyond the adapter.');
