import type { AccountAdapter } from '../api/adapter.js';
import type { RequestOptions } from '../api/types.js';

/** Where each adapter method takes its `opts` (the argument index). Methods not listed pass through. */
const OPTS_INDEX: Record<string, number> = {
  getCurrentAccount: 0,
  listSubaccounts: 2,
  startLink: 2,
  resendLinkCode: 1,
  confirmLink: 2,
  cancelLink: 1,
  getCatalog: 1,
  placeOrder: 2,
  getOrder: 1,
  getAccessUrl: 1,
  unlinkSubaccount: 2,
};

const cache = new WeakMap<AccountAdapter, WeakMap<object, AccountAdapter>>();

/**
 * The adapter as one element sees it: every call gets the element's language in `opts.locale`
 * (read at call time, so a changed `lang` applies to the next call), unless the caller set one.
 * One place for every element and every call, instead of each call site remembering it.
 *
 * The view is cached per (adapter, element), so identity comparisons ("is this still the adapter I
 * loaded from?") keep working; methods are looked up on the adapter at call time (a test may swap
 * one), optional methods an adapter lacks stay absent, and `this` is the adapter itself (private
 * fields work).
 */
export function localizedAdapter(adapter: AccountAdapter, owner: object, locale: () => string | undefined): AccountAdapter {
  let views = cache.get(adapter);
  if (!views) cache.set(adapter, (views = new WeakMap()));
  let view = views.get(owner);
  if (!view) {
    view = new Proxy(adapter, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver === view ? target : receiver);
        const index = typeof key === 'string' ? OPTS_INDEX[key] : undefined;
        if (index === undefined || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const given = args[index] as RequestOptions | undefined;
          const lang = locale();
          if (lang && (given === undefined || (typeof given === 'object' && given !== null && given.locale === undefined))) {
            while (args.length < index) args.push(undefined);
            args[index] = { ...(given ?? {}), locale: lang };
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    views.set(owner, view);
  }
  return view;
}
