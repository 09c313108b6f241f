// The page `bench/cold.js` drives: the real split drop-in (dist/account-widgets.bundle.js, loaded
// by the HTML before this) beside bare floors built from Lit alone, on the in-memory backend.
// Every figure is one `window.cold.*` call; the driver decides cold (first in a fresh page) or warm.
import { html, LitElement } from 'lit';
import type { Account } from '../../src/api/types.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { afterPaint } from './after-paint.js';
import { bareDialogOpen, deep, focusInOpenDialog, until } from './dom.js';

let adapter = new InMemoryAdapter({ latency: 0 });

const rows = () => deep(document, '[role="treeitem"][aria-level="2"], .floor-row');

/** The floor: fetch the same first page and render its rows as plain Lit, nothing else. */
class FloorList extends LitElement {
  static override properties = { items: { state: true } };
  declare items: Account[];
  private abort?: AbortController;
  constructor() {
    super();
    this.items = [];
  }
  override createRenderRoot() {
    return this;
  }
  override connectedCallback(): void {
    super.connectedCallback();
    void this.search('');
  }
  async search(text: string): Promise<void> {
    this.abort?.abort();
    const { signal } = (this.abort = new AbortController());
    const me = await adapter.getCurrentAccount({ signal });
    const page = await adapter.listSubaccounts(me.id, { offset: 0, limit: 50, ...(text ? { search: text } : {}) }, { signal }).catch(() => undefined);
    if (page && !signal.aborted) this.items = page.items.slice(0, 20);
  }
  protected override render() {
    return html`<input class="floor-search" @input=${(e: Event) => this.search((e.target as HTMLInputElement).value)} />${this.items.map(
      (a) => html`<div class="floor-row">${a.name} ${a.customerNumber} ${a.site?.city ?? ''}</div>`,
    )}`;
  }
}
customElements.define('floor-list', FloorList);

/** The keys typed into a search: 20 of them, ending at `Bremen`. */
const KEYS = [...'Hamburg', ...Array(7).fill('Backspace'), ...'Bremen'];

function type(input: HTMLInputElement, key: string): void {
  input.value = key === 'Backspace' ? input.value.slice(0, -1) : input.value + key;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const cold = {
  prepare(n: number): void {
    adapter = new InMemoryAdapter({ latency: 0, generatedSubaccounts: n });
    document.body.replaceChildren();
  },

  /** Mount → first sub-account rows painted, for the section (`real`) or the floor. */
  async firstRows(real: boolean): Promise<number> {
    document.body.replaceChildren();
    const t0 = performance.now();
    const el = document.createElement(real ? 'location-management' : 'floor-list') as HTMLElement & { adapter?: unknown };
    if (real) el.setAttribute('prefetch', 'intent');
    el.adapter = adapter;
    document.body.append(el);
    await until(() => rows().length > 1);
    return (await afterPaint()) - t0;
  },

  /** 20 keys typed back to back (one per task); last key → rows of the final query painted. */
  async search(real: boolean): Promise<number> {
    const input = deep(document, real ? 'input[type="search"]' : '.floor-search')[0] as HTMLInputElement;
    let last = 0;
    for (const key of KEYS) {
      await new Promise((r) => setTimeout(r, 0));
      last = performance.now();
      type(input, key);
    }
    await until(() => rows().length > 0 && rows().every((r) => /Bremen/.test(r.textContent ?? '')));
    return (await afterPaint()) - last;
  },

  /** Add pressed → focus inside the painted dialog; the floor: a bare <dialog> with showModal(). */
  async dialogOpen(real: boolean): Promise<number> {
    if (real) {
      const button = deep(document, '[part~="add-button"]')[0] as HTMLButtonElement;
      const t0 = performance.now();
      button.click();
      await until(focusInOpenDialog);
      const t = (await afterPaint()) - t0;
      (deep(document, 'add-subaccount-dialog')[0] as HTMLElement & { close(): void }).close();
      await afterPaint();
      return t;
    }
    return bareDialogOpen();
  },
};
(window as unknown as { cold: typeof cold }).cold = cold;
