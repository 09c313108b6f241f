// The page `bench/tree.js` bundles (esbuild, minified, Lit's production build) and drives with
// playwright-core. Three renderings of the same sub-accounts, each measured in a fresh page:
// - `tree`: <account-tree> (own windowing, paging, full WAI-ARIA tree);
// - `baseline`: a plain Lit element rendering every row (repeat over all of them), the
//   non-virtualised reference the issue asks for;
// - `virtualizer`: a bare @lit-labs/virtualizer list of the same rows (no tree semantics), for the
//   decision record.
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Account, Page, PageQuery, RequestOptions } from '../../src/api/types.js';
import { AccountTree } from '../../src/elements/account-tree/account-tree.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { SEED } from '../../src/mock/seed.js';
import { afterPaint } from './after-paint.js';

customElements.define('account-tree', AccountTree);

interface Stats {
  adapterMs: number;
  calls: number;
  lastResolvedAt: number;
  lastTotal: number;
}

/** An in-memory adapter (no latency) that times its own calls, so the element's time can be told apart. */
function timedAdapter(n: number): { adapter: InMemoryAdapter; stats: Stats } {
  const adapter = new InMemoryAdapter({ generatedSubaccounts: n });
  const stats: Stats = { adapterMs: 0, calls: 0, lastResolvedAt: 0, lastTotal: 0 };
  const list = adapter.listSubaccounts.bind(adapter);
  adapter.listSubaccounts = async (mainId: string, query?: PageQuery, opts?: RequestOptions): Promise<Page<Account>> => {
    const t = performance.now();
    const page = await list(mainId, query, opts);
    const end = performance.now();
    stats.adapterMs += end - t;
    stats.calls++;
    stats.lastResolvedAt = end;
    stats.lastTotal = page.total;
    return page;
  };
  return { adapter, stats };
}

/** Resolves (with the time) at the first DOM mutation under `root` after which `ready()` holds, layout forced. */
function when(root: Node, ready: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (!ready()) return false;
      (document.body.getBoundingClientRect as () => DOMRect).call(document.body);
      document.body.offsetHeight; // force style and layout
      resolve(performance.now());
      return true;
    };
    if (check()) return;
    const mo = new MutationObserver(() => {
      if (check()) mo.disconnect();
    });
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Every element on the page, shadow roots included. */
function countElements(root: Document | ShadowRoot = document): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

function treeRows(): number {
  let n = 0;
  const walk = (root: Document | ShadowRoot) => {
    n += root.querySelectorAll('[role="treeitem"][aria-level="2"], .vrow').length;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return n;
}

async function fetchAll(adapter: InMemoryAdapter, search = ''): Promise<Account[]> {
  const first = await adapter.listSubaccounts(SEED.main.id, { offset: 0, limit: 500, search });
  const rest: Promise<Page<Account>>[] = [];
  for (let offset = 500; offset < first.total; offset += 500) {
    rest.push(adapter.listSubaccounts(SEED.main.id, { offset, limit: 500, search }));
  }
  return first.items.concat(...(await Promise.all(rest)).map((p) => p.items));
}

// ---------------------------------------------------------------------------------------------
// The non-virtualised baseline: the same rows, every one in the DOM, roving tabindex by re-render.

const rowStyles = css`
  :host { display: block; font: 16px system-ui; }
  .tree { max-height: 32rem; overflow: auto; border: 1px solid #8a949e; }
  .row { display: flex; align-items: center; gap: 8px; height: 3.5rem; padding: 0 12px 0 40px; }
  .text { display: flex; flex-direction: column; flex: 1; min-width: 0; }
  .name { font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .meta { color: #56606b; font-size: 0.875em; }
  .badge { font-size: 0.75em; border: 1px solid #8a949e; border-radius: 999px; padding: 0.15em 0.5em; }
`;

function row(a: Account, i: number, total: number, active: boolean) {
  return html`<div class="row" role="treeitem" aria-level="2" aria-setsize=${total} aria-posinset=${i + 1}
    aria-selected="false" tabindex=${active ? 0 : -1} data-index=${i}>
    <span class="text"><span class="name">${a.name}</span><span class="meta">Customer no. ${a.customerNumber} · ${a.site?.city ?? ''}</span></span>
    ${a.relation === 'collective-invoice' ? html`<span class="badge">Collective invoice</span>` : ''}
    ${a.status !== 'active' ? html`<span class="badge">${a.status}</span>` : ''}
  </div>`;
}

class BaselineTree extends LitElement {
  static override styles = rowStyles;
  static override properties = { items: { attribute: false }, active: { attribute: false } };
  declare items: Account[];
  declare active: number;
  constructor() {
    super();
    this.items = [];
    this.active = 0;
  }
  override render() {
    return html`<div class="tree" role="tree" aria-label="Accounts" @keydown=${this.onKey}>
      <div role="treeitem" aria-level="1" aria-expanded="true" aria-owns="g">Nordlicht Kommunikation GmbH</div>
      <div role="group" id="g">${repeat(this.items, (a) => a.id, (a, i) => row(a, i, this.items.length, i === this.active))}</div>
    </div>`;
  }
  private onKey(e: KeyboardEvent) {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    this.active = Math.min(this.items.length - 1, this.active + 1);
  }
  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('active')) this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.active}"]`)?.focus();
  }
}
customElements.define('baseline-tree', BaselineTree);

class VirtualizerList extends LitElement {
  static override styles = [rowStyles, css`.tree { height: 32rem; } .vrow { width: 100%; }`];
  static override properties = { items: { attribute: false } };
  declare items: Account[];
  constructor() {
    super();
    this.items = [];
  }
  override render() {
    const total = this.items.length;
    return html`<div class="tree" role="list">${virtualize({
      items: this.items,
      renderItem: (a: Account, i: number) => html`<div class="vrow">${row(a, i, total, false)}</div>`,
    })}</div>`;
  }
}
customElements.define('virtualizer-list', VirtualizerList);

// ---------------------------------------------------------------------------------------------
// The cases, called from Node one at a time (each in a fresh page).

const arrow = { t0: 0, times: [] as number[] };
window.addEventListener('keydown', () => (arrow.t0 = performance.now()), { capture: true });

declare global {
  interface Window {
    bench: Record<string, (...args: never[]) => Promise<unknown>>;
  }
}

window.bench = {
  /** Builds the backend and warms its sorted list, so adapter set-up is not counted anywhere. */
  async prepare(n: number) {
    const t = performance.now();
    const made = timedAdapter(n);
    await made.adapter.listSubaccounts(SEED.main.id, { offset: 0, limit: 1 });
    (window as unknown as { made: typeof made }).made = made;
    made.stats.adapterMs = 0;
    made.stats.calls = 0;
    return { backendMs: performance.now() - t };
  },

  async mountTree() {
    const { adapter, stats } = (window as unknown as { made: ReturnType<typeof timedAdapter> }).made;
    const el = document.createElement('account-tree') as AccountTree;
    el.filterDelay = 0;
    el.adapter = adapter;
    const start = performance.now();
    document.body.append(el);
    const rendered = await when(el.shadowRoot!, () => !!el.shadowRoot!.querySelector('.child:not(.placeholder)'));
    const painted = await afterPaint();
    (window as unknown as { el: Element }).el = el;
    return {
      firstRowsMs: rendered - stats.lastResolvedAt,
      firstRowsPaintMs: painted - stats.lastResolvedAt,
      mountToPaintMs: painted - start,
      adapterMs: stats.adapterMs,
    };
  },

  async mountBaseline(kind: 'baseline-tree' | 'virtualizer-list') {
    const { adapter, stats } = (window as unknown as { made: ReturnType<typeof timedAdapter> }).made;
    const items = await fetchAll(adapter);
    const arrived = performance.now();
    const el = document.createElement(kind) as BaselineTree;
    el.items = items;
    document.body.append(el);
    const rendered = await when(el.shadowRoot!, () => !!el.shadowRoot!.querySelector('.row'));
    const painted = await afterPaint();
    (window as unknown as { el: Element }).el = el;
    return { firstRowsMs: rendered - arrived, firstRowsPaintMs: painted - arrived, adapterMs: stats.adapterMs };
  },

  async counts() {
    return { elements: countElements(), rows: treeRows() };
  },

  /** Focuses the first sub-account row and starts timing key presses. */
  async focusFirstRow() {
    const el = (window as unknown as { el: LitElement }).el;
    const first = el.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][aria-level="2"]')!;
    first.click?.();
    first.focus();
    await el.updateComplete;
    arrow.times = [];
    el.addEventListener('keydown', () => {
      const t0 = arrow.t0;
      void el.updateComplete.then(() => {
        document.body.offsetHeight;
        (el.shadowRoot!.activeElement as HTMLElement | null)?.getBoundingClientRect();
        arrow.times.push(performance.now() - t0);
      });
    });
    return true;
  },

  async arrowTimes() {
    const el = (window as unknown as { el: LitElement }).el;
    const pos = el.shadowRoot!.activeElement?.getAttribute('aria-posinset');
    return { times: arrow.times, pos: Number(pos) };
  },

  afterPaint: () => afterPaint(),

  /** One filter keystroke on the tree: set `filter`, wait until the new rows are laid out. */
  async filterTree(query: string) {
    const { stats } = (window as unknown as { made: ReturnType<typeof timedAdapter> }).made;
    const el = (window as unknown as { el: AccountTree }).el;
    stats.adapterMs = 0;
    stats.lastTotal = -1;
    const t0 = performance.now();
    el.filter = query;
    const tree = () => el.shadowRoot!.querySelector('.tree:not(.skeleton)');
    let adapterMs = 0;
    const done = await when(el.shadowRoot!, () => {
      if (stats.lastTotal < 0 || tree()?.getAttribute('aria-busy') !== 'false') return false;
      const first = el.shadowRoot!.querySelector('[role="treeitem"][aria-level="2"]');
      const ready = stats.lastTotal === 0 ? !first : first?.getAttribute('aria-setsize') === String(stats.lastTotal);
      // The adapter's time up to now (pages requested after the new rows showed do not count).
      if (ready) adapterMs = stats.adapterMs;
      return ready;
    });
    const painted = await afterPaint();
    return { totalMs: done - t0, adapterMs, workMs: done - t0 - adapterMs, paintMs: painted - t0 - adapterMs, results: stats.lastTotal };
  },

  /** The same keystroke on the baseline: the server search, then every matching row rendered. */
  async filterBaseline(query: string) {
    const { adapter } = (window as unknown as { made: ReturnType<typeof timedAdapter> }).made;
    const el = (window as unknown as { el: BaselineTree }).el;
    const t0 = performance.now();
    const items = await fetchAll(adapter, query);
    // The requests run in parallel: the adapter's share is the wall time until every page is in.
    const fetched = performance.now();
    el.items = items;
    el.active = 0;
    await el.updateComplete;
    document.body.offsetHeight;
    const done = performance.now();
    const painted = await afterPaint();
    return { totalMs: done - t0, adapterMs: fetched - t0, workMs: done - fetched, paintMs: painted - fetched, results: items.length };
  },
};
