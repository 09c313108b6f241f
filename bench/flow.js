// `node bench/flow.js` (also run by `npm run bench`): the add flows' step times from the real split
// drop-in (dist/, `npm run build` first) in headless Chromium — the order flow's first render
// (catalog answered → first step painted), Next → next step painted (adapter instant, focus on its
// heading), the link flow's Continue → code step painted (focus on its heading) and the dialog's
// show() → focus inside it, painted — each cold (the first time in a fresh browser context: chunks
// fetched, nothing compiled) and warm (again in that page), beside a bare Lit floor (a bare
// <dialog> for the dialog) measured in the same run, as ratios.
//
//   CHROME_PATH=/path/to/chrome node bench/flow.js [--runs 5]
import { arg, freshPage, median, ms, serveDropIn } from './serve.js';

const RUNS = Number(arg('runs', '5'));
const { url, browser, close } = await serveDropIn('flow.ts', 'bench/flow.js');

async function session(real) {
  const { page: p, context } = await freshPage(browser, url);
  await p.waitForFunction(() => !!window.flow && !!customElements.get('location-management'));
  const out = {};
  for (const phase of ['Cold', 'Warm']) {
    const first = await p.evaluate((r) => window.flow.firstRender(r), real);
    const next = await p.evaluate(() => window.flow.next());
    Object.assign(out, { [`first${phase}`]: first.paint, [`firstScript${phase}`]: first.script, [`next${phase}`]: next.paint, [`nextScript${phase}`]: next.script });
  }
  for (const phase of ['Cold', 'Warm']) {
    const link = await p.evaluate((r) => window.flow.linkNext(r), real);
    Object.assign(out, { [`link${phase}`]: link.paint, [`linkScript${phase}`]: link.script });
  }
  for (const phase of ['Cold', 'Warm']) out[`dialog${phase}`] = await p.evaluate((r) => window.flow.dialogOpen(r), real);
  await context.close();
  return out;
}

const runs = { real: [], floor: [] };
try {
  for (let i = 0; i < RUNS; i++) for (const kind of ['real', 'floor']) runs[kind].push(await session(kind === 'real'));
} finally {
  await close();
}
const m = (kind, key) => median(runs[kind].map((r) => r[key]));
console.log(`Median of ${RUNS} fresh contexts each; <order-subaccount-flow lang="de"> / <add-subaccount-dialog> from the drop-in,`);
console.log('<link-account-flow lang="de">; the floors a bare Lit form of the same catalog (Next: a bare second step, heading focused), a bare');
console.log('Lit form of one field asking the same adapter (then the code step, heading focused) and a bare <dialog>. Budget: ≤ 16 ms beyond the floor.');
console.log('| what | | real | bare floor | beyond floor | ratio |\n|---|---|---|---|---|---|');
for (const [label, key] of [
  ['order flow: catalog → first step painted', 'first'],
  ['order flow: Next → next step painted, focused', 'next'],
  ['order flow: catalog → first step rendered (script, before paint)', 'firstScript'],
  ['order flow: Next → next step rendered + focused (script, before paint)', 'nextScript'],
  ['link flow: Continue → code step painted, focused', 'link'],
  ['link flow: Continue → code step rendered + focused (script, before paint)', 'linkScript'],
  ['dialog: show() → focused, painted', 'dialog'],
]) {
  for (const phase of ['Cold', 'Warm']) {
    const real = m('real', key + phase);
    const floor = m('floor', key + phase);
    console.log(`| ${label} | ${phase.toLowerCase()} | ${ms(real)} | ${ms(floor)} | ${ms(real - floor)} | ${(real / floor).toFixed(1)}× |`);
  }
}
