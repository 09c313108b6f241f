// `node bench/scroll.js` (also run by `npm run bench`): scroll jumps in <account-tree> from the real
// drop-in (dist/, `npm run build` first) in headless Chromium — fill time (scrollTop set → the row
// at the target painted), dropped frames, long tasks and the style recalculations and layouts
// Chromium counted — beside a bare floor in the same run: the same rows of the same adapter,
// windowed by plain code. Each run is a fresh browser context: its jumps cold, then the same again warm.
//
//   CHROME_PATH=/path/to/chrome node bench/scroll.js [--sizes 100000] [--jumps 30] [--runs 3]
import { arg, freshPage, median, ms, serveDropIn } from './serve.js';

const SIZES = arg('sizes', '100000').split(',').map(Number);
const JUMPS = Number(arg('jumps', '30'));
const RUNS = Number(arg('runs', '3'));
const { url, browser, close } = await serveDropIn('scroll.ts', 'bench/scroll.js');

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

async function run(kind, count) {
  const { page, context } = await freshPage(browser, url);
  await page.waitForFunction(() => !!window.scrollBench && !!customElements.get('account-tree'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  // The list is set up (and its first rows painted) before the counters start.
  await page.evaluate(([k, n]) => window.scrollBench[k](n), [kind, count]);
  // Twice over the same rows: cold (first jumps of a fresh page, pages not yet loaded), then warm
  // (code compiled, the tree's pages cached; the floor asks its adapter again, as it always does).
  const passes = {};
  for (const pass of ['cold', 'warm']) {
    const before = await metric();
    const jumps = await page.evaluate((j) => window.scrollBench.jumps(j), JUMPS);
    const after = await metric();
    passes[pass] = {
      ...jumps,
      styles: after.RecalcStyleCount - before.RecalcStyleCount,
      layouts: after.LayoutCount - before.LayoutCount,
      styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    };
  }
  await context.close();
  return passes;
}

const rows = [];
try {
  for (const count of SIZES) {
    console.log(`scroll bench: ${count.toLocaleString('en')} sub-accounts …`);
    const runs = { tree: [], floor: [] };
    for (let i = 0; i < RUNS; i++) for (const kind of ['tree', 'floor']) runs[kind].push(await run(kind, count));
    const fig = (kind, pass) => {
      const all = runs[kind].map((r) => r[pass]);
      const fills = all.flatMap((r) => r.fills);
      return {
        fill: median(fills),
        p95: p95(fills),
        dropped: median(all.map((r) => r.dropped)),
        longTasks: median(all.map((r) => r.longTasks)),
        styles: median(all.map((r) => r.styles)),
        layouts: median(all.map((r) => r.layouts)),
        styleMs: median(all.map((r) => r.styleMs)),
      };
    };
    for (const pass of ['cold', 'warm']) rows.push([count, pass, fig('tree', pass), fig('floor', pass)]);
  }
} finally {
  await close();
}
console.log(`${JUMPS} jumps to rows spread over the list, ${RUNS} fresh contexts each (medians; fill p95 over all jumps): cold, then warm (the`);
console.log('same rows again in the same page). Floor: the same adapter\'s rows windowed by plain code (one page request per scroll, 20 <div>s).');
console.log('Set-up counted in neither: the counters start at the first rows.');
console.log('| sub-accounts | pass | what | <account-tree> | bare floor | ratio |\n|---|---|---|---|---|---|');
for (const [count, pass, t, f] of rows) {
  const n = count.toLocaleString('en');
  const line = (what, a, b, fmt) => console.log(`| ${n} | ${pass} | ${what} | ${fmt(a)} | ${fmt(b)} | ${b ? `${(a / b).toFixed(1)}×` : '–'} |`);
  line('fill per jump (median)', t.fill, f.fill, ms);
  line('fill per jump (p95)', t.p95, f.p95, ms);
  line(`style recalculations (${JUMPS} jumps)`, t.styles, f.styles, String);
  line(`layouts (${JUMPS} jumps)`, t.layouts, f.layouts, String);
  line('style time', t.styleMs, f.styleMs, ms);
  line('dropped frames', t.dropped, f.dropped, String);
  line('long tasks (> 50 ms)', t.longTasks, f.longTasks, String);
}
