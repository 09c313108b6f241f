// `node bench/cold.js` (also run by `npm run bench`): what a visitor gets — the real split drop-in
// (dist/, `npm run build` first) in headless Chromium, each figure measured cold (the first time in
// a fresh browser context: nothing compiled, no formatter created, chunks fetched) and warm (the
// same again in that page), beside a bare floor built from Lit alone in the same run, as a ratio.
//
//   CHROME_PATH=/path/to/chrome node bench/cold.js [--sizes 10000,100000] [--runs 3]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
if (!existsSync(join(root, 'dist/account-widgets.bundle.js'))) {
  console.error('bench/cold.js: dist/account-widgets.bundle.js is missing: run npm run build first');
  process.exit(1);
}

const page = (
  await build({
    entryPoints: [join(root, 'bench/pages/cold.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['browser', 'production'],
    logLevel: 'error',
  })
).outputFiles[0].text;
const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>cold bench</title>
<script type="module" src="/account-widgets.bundle.js"></script><script type="module" src="/cold.js"></script></head><body></body></html>`;
const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  const js = (body) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
  if (path === '/cold.js') return js(page);
  if (path === '/account-widgets.bundle.js' || /^\/bundle\/[\w.-]+\.js$/.test(path)) {
    try {
      return js(readFileSync(join(root, 'dist', path)));
    } catch {
      return res.writeHead(404).end();
    }
  }
  res.writeHead(200, { 'content-type': 'text/html' }).end(html);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** One fresh context (no cache, nothing compiled): `steps` run in order, each cold then warm. */
async function session(n, real) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  p.on('pageerror', (e) => console.error('page error:', e.message));
  p.on('crash', () => console.error('page crashed'));
  if (process.env.BENCH_DEBUG) p.on('console', (m) => console.error('console:', m.text()));
  await p.goto(url);
  await p.waitForFunction(() => !!window.cold && !!customElements.get('location-management'));
  await p.evaluate((size) => window.cold.prepare(size), n);
  const out = {};
  out.firstRowsCold = await p.evaluate((r) => window.cold.firstRows(r), real);
  out.searchCold = await p.evaluate((r) => window.cold.search(r), real);
  out.dialogCold = await p.evaluate((r) => window.cold.dialogOpen(r), real);
  out.firstRowsWarm = await p.evaluate((r) => window.cold.firstRows(r), real);
  out.searchWarm = await p.evaluate((r) => window.cold.search(r), real);
  out.dialogWarm = await p.evaluate((r) => window.cold.dialogOpen(r), real);
  await context.close();
  return out;
}

const rows = [];
try {
  for (const n of SIZES) {
    process.stderr.write(`cold bench: ${n.toLocaleString('en')} sub-accounts …\n`);
    const runs = { real: [], floor: [] };
    for (let i = 0; i < RUNS; i++) for (const kind of ['real', 'floor']) runs[kind].push(await session(n, kind === 'real'));
    const m = (kind, key) => median(runs[kind].map((r) => r[key]));
    for (const [label, key] of [
      ['first rows (mount → painted)', 'firstRows'],
      ['search: last of 20 keys → painted', 'search'],
      ['Add → dialog focused, painted', 'dialog'],
    ]) {
      for (const phase of ['Cold', 'Warm']) {
        const real = m('real', key + phase);
        const floor = m('floor', key + phase);
        rows.push(`| ${n.toLocaleString('en')} | ${label} | ${phase.toLowerCase()} | ${ms(real)} | ${ms(floor)} | ${(real / floor).toFixed(1)}× |`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Median of ${RUNS} fresh contexts each; the section is <location-management lang="de"> from the drop-in, the floor a bare`);
console.log('Lit list of the same first page (search: the same adapter call per key, the old one aborted) and a bare <dialog>.');
console.log('| sub-accounts | what | | <location-management> | bare floor | ratio |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
