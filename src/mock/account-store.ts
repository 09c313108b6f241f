import type { AccountRecord, GeneratedAccounts } from './generated.js';
import { compareByName, fold, searchText } from './util.js';

interface ListCache {
  /** The main's sub-accounts in name order. */
  sorted: AccountRecord[];
  /** The last search and its result: a longer query only narrows it. */
  last?: { query: string; result: AccountRecord[] };
}

/** What `list` can filter by besides text. */
export interface ListFilter {
  relation?: string;
  status?: string;
}

/**
 * The mock backend's accounts: lookup by id and customer number, each main's sub-accounts in
 * German name order (sorted once, then kept sorted as accounts come and go), and search.
 * Generated accounts are never stored one by one: `GeneratedAccounts` answers for them.
 */
export class AccountStore {
  private accounts = new Map<string, AccountRecord>();
  private byNumber = new Map<string, string>();
  private subs = new Map<string, AccountRecord[]>();
  private caches = new Map<string, ListCache>();
  /** Generated accounts unlinked from their main (they no longer count as its sub-accounts). */
  private detachedGenerated = 0;

  constructor(private readonly generated: GeneratedAccounts) {}

  get(id: string): AccountRecord | undefined {
    if (typeof id !== 'string') return undefined;
    return this.accounts.get(id) ?? this.generated.byId(id);
  }

  byCustomerNumber(customerNumber: string): AccountRecord | undefined {
    const id = this.byNumber.get(customerNumber);
    return id ? this.accounts.get(id) : this.generated.byCustomerNumber(customerNumber);
  }

  /** How many sub-accounts hang on `id`, generated ones included. */
  subCount(id: string): number {
    return (this.subs.get(id)?.length ?? 0) + (id === this.generated.mainId ? this.generated.count - this.detachedGenerated : 0);
  }

  /** Stores an account (or stores it again after its `mainId` was set): a sub-account joins its main's list in sorted place. */
  insert(record: AccountRecord): void {
    this.accounts.set(record.id, record);
    this.byNumber.set(record.customerNumber, record.id);
    if (!record.mainId) return;
    const list = this.subs.get(record.mainId);
    if (list) list.push(record);
    else this.subs.set(record.mainId, [record]);
    const cache = this.caches.get(record.mainId);
    if (cache) {
      cache.sorted.splice(sortedIndex(cache.sorted, record), 0, record);
      cache.last = undefined;
    }
  }

  /**
   * Takes a sub-account off its main: it stays stored (own login, contracts, data) as a standalone
   * account and leaves its main's list. Generated accounts are detached the same way.
   */
  detach(record: AccountRecord): void {
    const mainId = record.mainId;
    if (!mainId) return;
    this.unlist(record, mainId);
    if (record.gen !== undefined && mainId === this.generated.mainId) this.detachedGenerated++;
    record.mainId = undefined;
    record.relation = undefined;
    this.accounts.set(record.id, record);
    this.byNumber.set(record.customerNumber, record.id);
  }

  remove(record: AccountRecord): void {
    this.accounts.delete(record.id);
    this.byNumber.delete(record.customerNumber);
    if (record.mainId) this.unlist(record, record.mainId);
  }

  /** Takes `record` out of its main's lists (the stored list and the sorted cache). */
  private unlist(record: AccountRecord, mainId: string): void {
    const list = this.subs.get(mainId);
    const i = list ? list.indexOf(record) : -1;
    if (list && i >= 0) list.splice(i, 1);
    const cache = this.caches.get(mainId);
    if (cache) {
      const j = cache.sorted.indexOf(record);
      if (j >= 0) cache.sorted.splice(j, 1);
      cache.last = undefined;
    }
  }

  /**
   * The sub-accounts of a main in name order; with `search`, those matching every word of it; with
   * `filter.relation` / `filter.status`, only those with that relation / status. Do not mutate.
   */
  list(mainId: string, search = '', filter: ListFilter = {}): readonly AccountRecord[] {
    const found = this.search(mainId, search);
    const { relation, status } = filter;
    if (relation === undefined && status === undefined) return found;
    // Not cached: statuses change in place (an order completes), and one pass is cheap even at 100,000.
    return found.filter((r) => (relation === undefined || r.relation === relation) && (status === undefined || r.status === status));
  }

  private search(mainId: string, search: string): readonly AccountRecord[] {
    const cache = this.cache(mainId);
    const query = fold(search).trim().replace(/\s+/g, ' ');
    if (!query) return cache.sorted;
    const last = cache.last;
    if (last?.query === query) return last.result;
    const terms = query.split(' ');
    // Typing on: a longer query only narrows the previous result, so search within it.
    const pool = last && query.startsWith(last.query) ? last.result : cache.sorted;
    const generated = this.generated.matcher(terms);
    const result: AccountRecord[] = [];
    for (let i = 0; i < pool.length; i++) {
      const r = pool[i];
      if (r.gen !== undefined ? generated(r) : matches((r.hay ??= searchText(r)), terms)) result.push(r);
    }
    cache.last = { query, result };
    return result;
  }

  private cache(mainId: string): ListCache {
    let cache = this.caches.get(mainId);
    if (!cache) {
      const sorted = mainId === this.generated.mainId ? this.generated.sorted().filter((r) => r.mainId === mainId) : [];
      const others = (this.subs.get(mainId) ?? []).slice().sort(compareByName);
      if (sorted.length === 0) sorted.push(...others);
      else for (const r of others) sorted.splice(sortedIndex(sorted, r), 0, r);
      cache = { sorted };
      this.caches.set(mainId, cache);
    }
    return cache;
  }
}

/** Where `record` goes in a list sorted by `compareByName` (binary search). */
function sortedIndex(sorted: readonly AccountRecord[], record: AccountRecord): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareByName(sorted[mid], record) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when every term occurs in the haystack. */
export function matches(haystack: string, terms: readonly string[]): boolean {
  for (const t of terms) if (!haystack.includes(t)) return false;
  return true;
}
