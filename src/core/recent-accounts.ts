import type { Account } from '../api/types.js';
import * as v from '../api/validate.js';

/**
 * Where `<account-switcher>` keeps the accounts opened last, per main account. Pluggable: a portal
 * may keep them on its server, per user; the default is the browser's `localStorage`.
 * Whatever a store returns is checked (it is old data, maybe from another version): entries that
 * are not accounts are dropped.
 */
export interface RecentAccountsStore {
  /** The accounts opened last under `mainId`, most recent first. */
  load(mainId: string): readonly Account[];
  save(mainId: string, accounts: readonly Account[]): void;
  /** Forgets the accounts of `mainId`, or of every main account. */
  clear(mainId?: string): void;
}

/** Keeps them in memory only (tests, private modes, portals that persist elsewhere). */
export class MemoryRecentStore implements RecentAccountsStore {
  private readonly lists = new Map<string, Account[]>();
  load(mainId: string): readonly Account[] {
    return this.lists.get(mainId) ?? [];
  }
  save(mainId: string, accounts: readonly Account[]): void {
    this.lists.set(mainId, [...accounts]);
  }
  clear(mainId?: string): void {
    if (mainId === undefined) this.lists.clear();
    else this.lists.delete(mainId);
  }
}

const PREFIX = 'account-widgets:recent:';

/** `localStorage` under `account-widgets:recent:<mainId>`; without storage (blocked, a server) it keeps nothing. */
export class LocalRecentStore implements RecentAccountsStore {
  load(mainId: string): readonly Account[] {
    try {
      const raw = globalThis.localStorage?.getItem(PREFIX + mainId);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.flatMap((item) => checked(item)) : [];
    } catch {
      return [];
    }
  }
  save(mainId: string, accounts: readonly Account[]): void {
    try {
      globalThis.localStorage?.setItem(PREFIX + mainId, JSON.stringify(accounts));
    } catch {
      // storage full or blocked: recent accounts are a convenience
    }
  }
  clear(mainId?: string): void {
    try {
      const storage = globalThis.localStorage;
      if (!storage) return;
      if (mainId !== undefined) return storage.removeItem(PREFIX + mainId);
      for (let i = storage.length - 1; i >= 0; i--) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX)) storage.removeItem(key);
      }
    } catch {
      // blocked storage holds nothing to clear
    }
  }
}

function checked(item: unknown): Account[] {
  try {
    return [v.validate(v.account, item)];
  } catch {
    return [];
  }
}

/** `account` first, then the others without it, at most `limit`. */
export function remember(list: readonly Account[], account: Account, limit: number): Account[] {
  const { id, customerNumber, name, role, status, relation, site } = account;
  const entry: Account = { id, customerNumber, name, role, status, ...(relation ? { relation } : {}), ...(site ? { site } : {}) };
  return [entry, ...list.filter((a) => a.id !== id)].slice(0, Math.max(0, limit));
}
