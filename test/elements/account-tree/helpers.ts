import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/account-tree/define.js';
import type { AccountAdapter } from '../../../src/api/adapter.js';
import type { Account, CurrentAccount, Page, PageQuery, RequestOptions } from '../../../src/api/types.js';
import type { AccountTree } from '../../../src/elements/account-tree/account-tree.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/mock/in-memory-adapter.js';
import { mount as mountTemplate } from '../../helpers/dom.js';

export type { AccountTree };

/** The shadow root's parts the tests look at. */
export function $(el: AccountTree, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}
export function $$(el: AccountTree, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}
export const tree = (el: AccountTree) => $(el, '[role="tree"]')!;
export const rootItem = (el: AccountTree) => $(el, '[role="treeitem"][aria-level="1"]')!;
export const children = (el: AccountTree) => $$(el, '[role="treeitem"][aria-level="2"]');
export const focused = (el: AccountTree) => el.shadowRoot!.activeElement as HTMLElement | null;
export const nameOf = (item: Element | null | undefined) =>
  (item?.querySelector('.name')?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const posOf = (item: Element | null | undefined) => Number(item?.getAttribute('aria-posinset'));
export const childAt = (el: AccountTree, posinset: number) =>
  $(el, `[role="treeitem"][aria-level="2"][aria-posinset="${posinset}"]`);

/** Waits until the tree shows data (or an error) and nothing is loading. */
export async function settled(el: AccountTree): Promise<void> {
  await waitUntil(
    () => {
      if ($(el, '.error-state')) return true;
      const t = $(el, '[role="tree"]:not(.skeleton)');
      return !!t && t.getAttribute('aria-busy') === 'false' && !$(el, '.placeholder');
    },
    'tree did not settle',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

/**
 * Renders any template (wrappers with `lang`, `dir`, buttons …) with the shared `mount()` — no
 * animation frame, which a background page under WTR concurrency never gets — and returns its
 * first element once every tree in it has rendered. Removed after each test.
 */
export async function place<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const first = mountTemplate(template).firstElementChild as T;
  const trees = [first, ...first.querySelectorAll('*')].filter((e): e is AccountTree => e.localName === 'account-tree');
  await Promise.all(trees.map((t) => t.updateComplete));
  return first;
}

export async function mount(
  options: InMemoryAdapterOptions = {},
  wrap: (tree: TemplateResult) => TemplateResult = (t) => t,
): Promise<{ el: AccountTree; adapter: InMemoryAdapter }> {
  const adapter = new InMemoryAdapter(options);
  const host = await place(wrap(html`<account-tree .adapter=${adapter} filter-delay="0"></account-tree>`));
  const el = (host.localName === 'account-tree' ? host : host.querySelector('account-tree')!) as AccountTree;
  await settled(el);
  return { el, adapter };
}

/** Records every `listSubaccounts` call (query and signal) of an adapter. */
export function spyList(adapter: AccountAdapter): { query: PageQuery | undefined; signal?: AbortSignal }[] {
  const calls: { query: PageQuery | undefined; signal?: AbortSignal }[] = [];
  const original = adapter.listSubaccounts.bind(adapter);
  adapter.listSubaccounts = (mainId: string, query?: PageQuery, opts?: RequestOptions) => {
    calls.push({ query, signal: opts?.signal });
    return original(mainId, query, opts);
  };
  return calls;
}

/** A hand-written adapter whose calls wait until the test lets them go. */
export class ManualAdapter implements Partial<AccountAdapter> {
  readonly pending: { method: string; resolve: (v: unknown) => void; reject: (e: unknown) => void; signal?: AbortSignal }[] = [];
  constructor(
    readonly current: CurrentAccount,
    readonly subs: Account[] = [],
  ) {}
  getCurrentAccount(opts?: RequestOptions): Promise<CurrentAccount> {
    return this.wait('getCurrentAccount', opts) as Promise<CurrentAccount>;
  }
  listSubaccounts(_mainId: string, query: PageQuery = {}, opts?: RequestOptions): Promise<Page<Account>> {
    return this.wait('listSubaccounts', opts).then(() => {
      const offset = query.offset ?? 0;
      return { items: this.subs.slice(offset, offset + (query.limit ?? 50)), total: this.subs.length };
    });
  }
  private wait(method: string, opts?: RequestOptions): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.pending.push({ method, resolve, reject, signal: opts?.signal });
    });
  }
  /** Lets the oldest waiting call go. */
  release(): void {
    const next = this.pending.shift();
    if (next) next.resolve(next.method === 'getCurrentAccount' ? this.current : undefined);
  }
}

export function account(id: string, name: string, extra: Partial<Account> = {}): Account {
  return { id, name, customerNumber: `47${id.replace(/\D/g, '').padStart(6, '0')}`, role: 'sub', status: 'active', relation: 'subaccount', ...extra };
}

/** A macrotask turn (not an animation frame: a background page gets none, see `place`). */
export const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));
