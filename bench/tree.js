// `node bench/tree.js` (also run by `npm run bench`): <account-tree> at 1,000 / 10,000 / 100,000
// sub-accounts on the in-memory adapter (no latency), next to a non-virtualised Lit rendering of the
// same rows and a bare @lit-labs/virtualizer list, each in a fresh page of headless Chromium.
// Prints figures, never pass/fail: the budgets (DESIGN §5) are shown beside them.
//
//   CHROME_PATH=/path/to/chrome node bench/tree.js [--sizes 1000,10000] [--presses 100]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.js';
import { serveDirectory } from '../scripts/static-server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const PRESSES = Number(arg('presses', '100'));
const QUERIES = ['H', 'Ha', 'Ham', 'Hamb', 'Hambu'];

// 1. Bundle the bench page: minified, Lit's production build (no `development` condition).
const dir = mkdtempSync(join(tmpdir(), 'aw-bench-tree-'));
await build({
  entryPoints: [join(root, 'bench/pages/tree.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: join(dir, 'tree.js'),
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>tree bench</title></head><body><script type="module" src="/tree.js"></script></body></html>',
);

// 2. Serve it on 127.0.0.1.
const server = await serveDirectory(dir);
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await launchChromium();

const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function freshPage(n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => !!window.bench);
  const { backendMs } = await page.evaluate((size) => window.bench.prepare(size), n);
  const heapBefore = await heap(page);
  await page.waitForTimeout(300); // let the page go idle (GC sweeping, lazy compiles) before timing
  return { page, backendMs, heapBefore };
}

async function arrowDown(page, presses) {
  await page.evaluate(() => window.bench.focusFirstRow());
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('ArrowDown');
    await page.evaluate(() => window.bench.afterPaint());
  }
  return page.evaluate(() => window.bench.arrowTimes());
}

async function runTree(n) {
  const { page, backendMs, heapBefore } = await freshPage(n);
  const mount = await page.evaluate(() => window.bench.mountTree());
  const counts = await page.evaluate(() => window.bench.counts());
  const heapAfter = await heap(page);
  const arrows = await arrowDown(page, PRESSES);
  const filters = [];
  for (const q of QUERIES) filters.push(await page.evaluate((query) => window.bench.filterTree(query), q));
  await page.close();
  // First rows again in two more fresh pages: the median of three (this machine is noisy).
  const mounts = [mount];
  for (let i = 0; i < 2; i++) {
    const again = await freshPage(n);
    mounts.push(await again.page.evaluate(() => window.bench.mountTree()));
    await again.page.close();
  }
  const byFirst = [...mounts].sort((a, b) => a.firstRowsMs - b.firstRowsMs);
  return { backendMs, mount: byFirst[1], counts, heapBefore, heapAfter, arrows, filters };
}

async function runBaseline(n, kind, { keys = true } = {}) {
  const { page, heapBefore } = await freshPage(n);
  const mount = await page.evaluate((k) => window.bench.mountBaseline(k), kind);
  const counts = await page.evaluate(() => window.bench.counts());
  const heapAfter = await heap(page);
  let arrows;
  const filters = [];
  if (keys) {
    arrows = await arrowDown(page, PRESSES);
    for (const q of QUERIES) filters.push(await page.evaluate((query) => window.bench.filterBaseline(query), q));
  }
  await page.close();
  return { mount, counts, heapBefore, heapAfter, arrows, filters };
}

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
const mb = (x) => `${(x / 1048576).toFixed(1)} MB`;
const int = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '–');

const results = [];
try {
  // Warm-up (discarded): the first page of a browser compiles everything once.
  await runTree(1000);
  await runBaseline(1000, 'baseline-tree', { keys: false });
  await runBaseline(1000, 'virtualizer-list', { keys: false });
  for (const n of SIZES) {
    process.stderr.write(`tree bench: ${n.toLocaleString('en')} sub-accounts …\n`);
    const tree = await runTree(n);
    const baseline = await runBaseline(n, 'baseline-tree');
    const virtualizer = await runBaseline(n, 'virtualizer-list', { keys: false });
    results.push({ n, tree, baseline, virtualizer });
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

const header = ['sub-accounts', 'rendering', 'first rows', '(to paint)', 'filter key', '(to paint)', 'ArrowDown', '(p95)', 'DOM elements', 'rows in DOM', 'JS heap', 'heap of UI'];
const table = [header];
for (const { n, tree, baseline, virtualizer } of results) {
  const row = (name, r, filterFigure) => [
    n.toLocaleString('en'),
    name,
    ms(r.mount.firstRowsMs),
    ms(r.mount.firstRowsPaintMs),
    r.filters.length ? ms(filterFigure(r.filters, 'workMs')) : '–',
    r.filters.length ? ms(filterFigure(r.filters, 'paintMs')) : '–',
    r.arrows ? ms(mean(r.arrows.times)) : '–',
    r.arrows ? ms(p95(r.arrows.times)) : '–',
    int(r.counts.elements),
    int(r.counts.rows),
    mb(r.heapAfter),
    mb(r.heapAfter - r.heapBefore),
  ];
  const med = (fs, k) => median(fs.map((f) => f[k]));
  table.push(row('<account-tree>', tree, med));
  table.push(row('plain Lit, all rows', baseline, med));
  table.push(row('lit-virtualizer list', virtualizer, med));
}
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of table.slice(1)) console.log(line(r));

console.log(`
first rows: from the adapter's answer to the rows laid out (to paint: to after the next frame);
  <account-tree>: median of three fresh pages.
filter key: one keystroke (${QUERIES.map((q) => `"${q}"`).join(' → ')}, median) from setting \`filter\` to the new rows laid out,
  minus the adapter's own time (filter-delay 0 here; the default debounce is 200 ms). The baseline
  fetches and renders every matching row.
ArrowDown: mean over ${PRESSES} real key presses, keydown to the focused row laid out.
JS heap after GC; "heap of UI" = minus the heap with the mock backend alone.
Budgets at 10,000: first rows ≤ 150 ms, ≤ 200 rows in the DOM, filter keystroke ≤ 16 ms beyond the adapter.`);
for (const { n, tree } of results) {
  const filterAdapter = median(tree.filters.map((f) => f.adapterMs));
  console.log(
    `  ${n.toLocaleString('en')}: tree focus after ${PRESSES} presses on row ${tree.arrows.pos} (expected ${PRESSES + 1}); ` +
      `mock adapter per filter keystroke ${ms(filterAdapter)}; mock backend set-up ${ms(tree.backendMs)}`,
  );
}
const ten = results.find((r) => r.n === 10000);
if (ten) {
  const t = ten.tree;
  const filter = median(t.filters.map((f) => f.workMs));
  console.log(
    `At 10,000: first rows ${ms(t.mount.firstRowsMs)} (budget 150 ms) ${t.mount.firstRowsMs <= 150 ? 'within' : 'OVER'}; ` +
      `${t.counts.rows} rows in the DOM (budget 200) ${t.counts.rows <= 200 ? 'within' : 'OVER'}; ` +
      `filter ${ms(filter)} (budget 16 ms) ${filter <= 16 ? 'within' : 'OVER'}.`,
  );
}
