// `node bench/cold.js` (also run by `npm run bench`): what a visitor gets — the real split drop-in
// (dist/, `npm run build` first) in headless Chromium, each figure measured cold (the first time in
// a fresh browser context: nothing compiled, no formatter created, chunks fetched) and warm (the
// same again in that page), beside a bare floor built from Lit alone in the same run, as a ratio.
//
//   CHROME_PATH=/path/to/chrome node bench/cold.js [--sizes 10000,100000] [--runs 3]
import { arg, freshPage, median, ms, serveDropIn } from './serve.js';

const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
const { url, browser, close } = await serveDropIn('cold.ts', 'bench/cold.js');

/** One fresh context (no cache, nothing compiled): `steps` run in order, each cold then warm. */
async function session(n, real) {
  const { page: p, context } = await freshPage(browser, url);
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
  await close();
}
console.log(`Median of ${RUNS} fresh contexts each; the section is <location-management lang="de"> from the drop-in, the floor a bare`);
console.log('Lit list of the same first page (search: the same adapter call per key, the old one aborted) and a bare <dialog>.');
console.log('| sub-accounts | what | | <location-management> | bare floor | ratio |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
