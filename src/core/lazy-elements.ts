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
  const observer = whenUsed(tags, () => loadAddDialog());
  if (observer) observers.push(observer);
}

/**
 * Loads an element's code the moment the page's light DOM first holds one of `tags`, now or
 * later — e.g. `<account-switcher>`, which a page with only the site management never pays for.
 * Returns the observer still waiting, if any.
 */
export function whenUsed(tags: readonly string[], load: () => Promise<unknown>): MutationObserver | undefined {
  const doc = globalThis.document;
  if (!doc || typeof MutationObserver === 'undefined') return undefined;
  const selector = tags.join(',');
  const used = (): boolean => {
    if (!doc.querySelector(selector)) return false;
    load().catch((error: unknown) => console.warn(`account-widgets: could not load <${tags.join('>, <')}>:`, error));
    return true;
  };
  if (used()) return undefined;
  const observer = new MutationObserver(() => {
    if (used()) observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  return observer;
}
