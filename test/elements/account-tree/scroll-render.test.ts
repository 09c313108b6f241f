// One render and no forced layout per scroll (issue 13, Deliver 5): a jump whose page the adapter
// answers within a frame renders once, with its rows — no placeholder pass — and reads no row
// geometry. (That the geometry is read again after a resize: the phone-width tests.)
import { expect, waitUntil } from '@open-wc/testing';
import { children, mount, posOf, tree, type AccountTree } from './helpers.js';

const N = 10_000;

/** Counts the tree's updates and the layout-forcing geometry reads of elements in its shadow root. */
function watch(el: AccountTree): { updates: number; reads: number; placeholders: number; stop(): void } {
  const seen = { updates: 0, reads: 0, placeholders: 0, stop: () => {} };
  const root = el.shadowRoot!;
  // Wrapped on the instance (own properties, deleted again by stop()): `committed` is true from the
  // moment an update has written the DOM until it ends (updated() included).
  const host = el as unknown as { update(changed: unknown): void; performUpdate(): void };
  const { update, performUpdate } = host;
  let committed = false;
  host.performUpdate = function (this: AccountTree) {
    committed = false;
    performUpdate.call(this);
    committed = false;
  };
  host.update = function (this: AccountTree, changed: unknown) {
    seen.updates++;
    update.call(this, changed);
    committed = true;
  };
  // Size reads force a layout whenever they come; getBoundingClientRect once the update has written the DOM.
  const sizes = ['offsetHeight', 'offsetTop', 'clientHeight'].map((name) => ({
    name,
    own: Object.getOwnPropertyDescriptor(HTMLElement.prototype, name),
    read: (Object.getOwnPropertyDescriptor(HTMLElement.prototype, name) ?? Object.getOwnPropertyDescriptor(Element.prototype, name)!).get!,
  }));
  for (const { name, read } of sizes) {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        if (root.contains(this)) seen.reads++;
        return read.call(this);
      },
    });
  }
  const rect = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (committed && root.contains(this)) seen.reads++;
    return rect.call(this);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && (n.matches('.placeholder') || n.querySelector('.placeholder'))) seen.placeholders++;
  });
  observer.observe(root, { childList: true, subtree: true });
  seen.stop = () => {
    delete (host as Partial<typeof host>).update;
    delete (host as Partial<typeof host>).performUpdate;
    // Put back what was there: HTMLElement's own descriptor, or nothing (clientHeight is Element's).
    for (const { name, own } of sizes) {
      if (own) Object.defineProperty(HTMLElement.prototype, name, own);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
    Element.prototype.getBoundingClientRect = rect;
    observer.disconnect();
  };
  return seen;
}

async function jump(el: AccountTree, row: number): Promise<void> {
  const t = tree(el);
  t.scrollTop = row * children(el)[0]!.getBoundingClientRect().height;
  t.dispatchEvent(new Event('scroll'));
  await waitUntil(() => children(el).some((r) => posOf(r) === row + 1 && !r.matches('.placeholder')), `row ${row + 1} shown`, { timeout: 4000 });
  await el.updateComplete;
}

describe('<account-tree>: one render per scroll', function () {
  this.timeout(20000);

  it('a jump — to rows not loaded yet (answered within a frame) or loaded already — renders once with its rows and reads no row geometry', async () => {
    const { el } = await mount({ generatedSubaccounts: N });
    // Three jumps to rows not loaded yet, then one back to rows already loaded.
    for (const row of [3000, 7000, 120, 3010]) {
      const seen = watch(el);
      try {
        await jump(el, row);
        expect(seen.placeholders, `placeholders shown for row ${row}`).to.equal(0);
        expect(seen.updates, `updates for the jump to row ${row}`).to.equal(1);
        expect(seen.reads, `layout reads for the jump to row ${row}`).to.equal(0);
      } finally {
        seen.stop();
      }
    }
    await expect(el).to.be.accessible();
  });
});
