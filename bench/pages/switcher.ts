// The page `bench/switcher.js` bundles (esbuild, minified, Lit's production build) and drives with
// playwright-core: <account-switcher> over the in-memory adapter (no latency), timed from the
// person's action (a click on the button, a keystroke in the search field) to the options on
// screen, with the adapter's own time told apart.
import type { Account, Page, PageQuery, RequestOptions } from '../../src/api/types.js';
import { MemoryRecentStore } from '../../src/core/recent-accounts.js';
import { AccountSwitcher } from '../../src/elements/account-switcher/account-switcher.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { afterPaint } from './after-paint.js';

customElements.define('account-switcher', AccountSwitcher);

let adapter: InMemoryAdapter;
let el: AccountSwitcher;
let adapterMs = 0;

/** Resolves (with the time, layout forced) at the first mutation in the switcher after which `ready()` holds. */
function when(ready: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (!ready()) return false;
      document.body.offsetHeight;
      resolve(performance.now());
      return true;
    };
    if (check()) return;
    const mo = new MutationObserver(() => {
      if (check()) mo.disconnect();
    });
    mo.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const options = () => [...el.shadowRoot!.querySelectorAll('[role="option"]')];
const loaded = () => options().filter((o) => !o.getAttribute('part')!.includes('placeholder')).length;

declare global {
  interface Window {
    bench: unknown;
  }
}

window.bench = {
  async prepare(n: number) {
    adapter = new InMemoryAdapter({ generatedSubaccounts: n });
    const list = adapter.listSubaccounts.bind(adapter);
    adapter.listSubaccounts = async (mainId: string, query?: PageQuery, opts?: RequestOptions): Promise<Page<Account>> => {
      const t = performance.now();
      const page = await list(mainId, query, opts);
      adapterMs += performance.now() - t;
      return page;
    };
    await adapter.listSubaccounts('acc-main', { limit: 1 }); // build the sorted list outside the timings
    el = document.createElement('account-switcher');
    el.adapter = adapter;
    el.recentStore = new MemoryRecentStore();
    el.searchDelay = 0;
    document.body.append(el);
    await new Promise<void>((resolve) => {
      const wait = () => (el.view ? resolve() : setTimeout(wait, 5));
      wait();
    });
    await el.updateComplete;
  },
  /** Click on the button → first options painted. */
  async open() {
    adapterMs = 0;
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!;
    const t0 = performance.now();
    button.click();
    const shown = await when(() => loaded() > 5);
    const painted = await afterPaint();
    return { firstOptionsMs: shown - t0, paintMs: painted - t0, adapterMs, options: options().length, setsize: Number(options()[0]!.getAttribute('aria-setsize')) };
  },
  /** One keystroke in the search field (the new text) → its options painted. */
  async search(text: string) {
    adapterMs = 0;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Done when the list shown is the one for this text (the element's applied search) and its options are in.
    const shown = await when(() => (el as unknown as { applied: string }).applied === text && loaded() > 0);
    const painted = await afterPaint();
    return { optionsMs: shown - t0, paintMs: painted - t0, adapterMs, options: options().length, setsize: Number(options()[0]!.getAttribute('aria-setsize')) };
  },
};
