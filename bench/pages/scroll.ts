// The page `bench/scroll.js` drives: scroll jumps in <account-tree> (the real drop-in, loaded by
// the HTML before this) beside a bare floor — the same rows of the same adapter, windowed by plain
// code (scrollTop → one page request → 20 <div>s) — on the in-memory backend, adapter latency 0.
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { afterPaint } from './after-paint.js';
import { until } from './dom.js';

const ROW = 56; // the floor's row height (the tree's default, 3.5rem)
const VIEW = 20;

interface Jumps {
  fills: number[];
  dropped: number;
  frames: number;
  longTasks: number;
}

/** Jumps to each of `rows`, one after another: the time from setting scrollTop to the row painted, and the frames in between. */
async function jump(scroller: HTMLElement, shown: (row: number) => boolean, rows: number[], rowHeight: number): Promise<Jumps> {
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  observer.observe({ type: 'longtask' });
  let frames = 0;
  let dropped = 0;
  let last = performance.now();
  let running = true;
  const tick = (now: number) => {
    // A gap of more than 1.5 frames (60 Hz) is a frame not drawn.
    if (now - last > 25) dropped += Math.round((now - last) / 16.7) - 1;
    frames++;
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const fills: number[] = [];
  for (const row of rows) {
    const t0 = performance.now();
    scroller.scrollTop = row * rowHeight;
    await until(() => shown(row));
    fills.push((await afterPaint()) - t0);
  }
  running = false;
  observer.disconnect();
  return { fills, dropped, frames, longTasks };
}

/** Pseudo-random rows over the list, the same every run. */
function targets(count: number, n: number): number[] {
  let seed = 7;
  return Array.from({ length: n }, () => {
    seed = (seed * 48271) % 2147483647;
    return 50 + (seed % (count - 100));
  });
}

interface List {
  scroller: HTMLElement;
  shown: (row: number) => boolean;
  rowHeight: number;
  count: number;
}
let list: List | undefined;

async function tree(count: number): Promise<void> {
  const adapter = new InMemoryAdapter({ latency: 0, generatedSubaccounts: count });
  const el = document.createElement('account-tree') as HTMLElement & { adapter: unknown };
  el.setAttribute('lang', 'de');
  el.adapter = adapter;
  document.body.replaceChildren(el);
  const root = () => el.shadowRoot;
  await until(() => !!root()?.querySelector('[role="treeitem"][aria-level="2"]:not(.placeholder)'));
  await afterPaint();
  const scroller = root()!.querySelector<HTMLElement>('[role="tree"]')!;
  const rowHeight = root()!.querySelector<HTMLElement>('[role="treeitem"][aria-level="2"]')!.getBoundingClientRect().height;
  const shown = (row: number) => !!root()?.querySelector(`[role="treeitem"][aria-level="2"][aria-posinset="${row + 1}"]:not(.placeholder) .name`);
  list = { scroller, shown, rowHeight, count };
}

async function floor(count: number): Promise<void> {
  const adapter = new InMemoryAdapter({ latency: 0, generatedSubaccounts: count });
  const me = await adapter.getCurrentAccount();
  const total = (await adapter.listSubaccounts(me.id, { offset: 0, limit: 1 })).total;
  const scroller = document.createElement('div');
  scroller.style.cssText = `height:${32 * 16}px;overflow:auto;position:relative`;
  const spacer = document.createElement('div');
  spacer.style.cssText = `height:${total * ROW}px;position:relative`;
  scroller.append(spacer);
  document.body.replaceChildren(scroller);
  let controller: AbortController | undefined;
  scroller.addEventListener('scroll', async () => {
    const first = Math.floor(scroller.scrollTop / ROW);
    controller?.abort();
    const { signal } = (controller = new AbortController());
    const page = await adapter.listSubaccounts(me.id, { offset: first, limit: VIEW }, { signal }).catch(() => undefined);
    if (!page || signal.aborted) return;
    spacer.replaceChildren(
      ...page.items.map((a, i) => {
        const d = document.createElement('div');
        d.dataset.row = String(first + i);
        d.style.cssText = `position:absolute;top:${(first + i) * ROW}px;height:${ROW}px`;
        d.textContent = `${a.name} ${a.customerNumber}`;
        return d;
      }),
    );
  });
  const shown = (row: number) => !!spacer.querySelector(`[data-row="${row}"]`);
  list = { scroller, shown, rowHeight: ROW, count };
  await afterPaint();
}

/** `n` jumps in the list set up last. */
const jumps = (n: number): Promise<Jumps> => jump(list!.scroller, list!.shown, targets(list!.count, n), list!.rowHeight);

(window as unknown as { scrollBench: unknown }).scrollBench = { tree, floor, jumps };
