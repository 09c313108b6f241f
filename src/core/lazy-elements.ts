import type * as DialogModule from '../elements/add-subaccount-dialog/add-subaccount-dialog.js';

/**
 * What loads on first use instead of with the page (docs/performance.md, "Loading"): the add
 * dialog with both flows — the largest part of the library, which most visits never open. One
 * request however many elements ask (a failed one is asked again on the next use, for Retry).
 *
 * `account-widgets/define` (and the drop-in) register the default tag names of what arrives here
 * through `defineOnLoad`, so they are defined before anything renders them; without it (a partner
 * registering its own names) nothing is registered and `tagFor` names the classes as usual.
 */
const definers: Array<() => Promise<unknown>> = [];
const observers: MutationObserver[] = [];
let loading: Promise<typeof DialogModule> | undefined;
let loaded: typeof DialogModule | undefined;

/** The add dialog's module (and with it both flows), loaded once; the registered default tags defined. */
export function loadAddDialog(): Promise<typeof DialogModule> {
  return (loading ??= Promise.all([import('../elements/add-subaccount-dialog/add-subaccount-dialog.js'), ...definers.map((d) => d())]).then(
    ([module]) => {
      for (const o of observers.splice(0)) o.disconnect();
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** The add dialog's module when it has arrived (its class renders without waiting), else undefined. */
export function loadedAddDialog(): typeof DialogModule | undefined {
  return loaded;
}

/**
 * Registers how the default tags of the lazily loaded elements are defined when they arrive; and
 * loads them at once when the page itself uses one of `tags` in its light DOM (a standalone
 * `<link-account-flow>` with the drop-in), now or later.
 */
export function defineOnLoad(tags: readonly string[], define: () => Promise<unknown>): void {
  definers.push(define);
  const doc = globalThis.document;
  if (!doc || typeof MutationObserver === 'undefined') return;
  const selector = tags.join(',');
  const used = (): boolean => {
    if (!doc.querySelector(selector)) return false;
    loadAddDialog().catch((error: unknown) => console.warn(`account-widgets: could not load <${tags.join('>, <')}>:`, error));
    return true;
  };
  if (used()) return;
  const observer = new MutationObserver(() => {
    if (used()) observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  observers.push(observer);
}
