import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where drafts live. Anything with `get`/`set`/`remove` of strings works (sync or async): the
 * default wraps `sessionStorage`; a portal may pass its own (localStorage, IndexedDB, its server).
 * Every call may throw (storage disabled, quota, private mode): callers guard them.
 */
export interface DraftStore {
  get(key: string): string | null | undefined | Promise<string | null | undefined>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

/**
 * A store over the page's `sessionStorage` (per tab; survives reloads, not closing the tab).
 * `sessionStorage` is looked up on each call, never at import time; where it is missing or
 * throws, reads find nothing and writes do nothing.
 */
export function sessionDraftStore(): DraftStore {
  const storage = (): Storage | undefined => {
    try {
      return globalThis.sessionStorage ?? undefined;
    } catch {
      return undefined; // e.g. a sandboxed frame: merely touching it throws
    }
  };
  return {
    get: (key) => storage()?.getItem(key),
    set: (key, value) => storage()?.setItem(key, value),
    remove: (key) => storage()?.removeItem(key),
  };
}

/** A store in memory (tests, stories, or a portal that wants no persistence). */
export class MemoryDraftStore implements DraftStore {
  readonly entries = new Map<string, string>();
  get(key: string): string | undefined {
    return this.entries.get(key);
  }
  set(key: string, value: string): void {
    this.entries.set(key, value);
  }
  remove(key: string): void {
    this.entries.delete(key);
  }
}

export interface DraftControllerOptions<T> {
  /** The store to use; read on every access, so the host may swap it (a `draftStore` property). */
  store: () => DraftStore | undefined;
  /** Checks a parsed value and returns the draft, or undefined to treat it as absent. */
  parse: (value: unknown) => T | undefined;
}

/**
 * Persists one kind of draft (JSON) in a pluggable `DraftStore`, never throwing: a store that
 * throws or holds garbage behaves like an empty one. Saving an unchanged draft writes nothing.
 * The host calls `load`/`save`/`clear` from its lifecycle methods and handlers only.
 */
export class DraftController<T> implements ReactiveController {
  private readonly options: DraftControllerOptions<T>;
  private lastWritten = new Map<string, string>();
  /** The last failure of the store, for diagnostics; undefined after a success. */
  lastError: unknown;

  constructor(host: ReactiveControllerHost, options: DraftControllerOptions<T>) {
    this.options = options;
    host.addController(this);
  }

  /** A draft waiting for `saveSoon`'s write (one at most: the newest wins). */
  private pending?: { key: string; draft: T };
  private scheduled = false;
  private readonly onHide = (event: Event): void => {
    if (event.type === 'pagehide' || globalThis.document?.visibilityState === 'hidden') this.flush();
  };

  hostConnected(): void {
    globalThis.addEventListener?.('pagehide', this.onHide);
    globalThis.document?.addEventListener('visibilitychange', this.onHide);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('pagehide', this.onHide);
    globalThis.document?.removeEventListener('visibilitychange', this.onHide);
    this.flush(); // the element leaves (dialog closed): what was typed is stored now
  }

  /**
   * Saves after the next frame is painted rather than now: `JSON.stringify` and a synchronous
   * `sessionStorage` write (0.3–3 ms measured) stay off the step change the customer waits for.
   * Nothing is lost: the page being hidden or left (`visibilitychange`, `pagehide`), the host
   * disconnecting, `load`, `save` and `flush` all write a waiting draft first.
   */
  saveSoon(key: string, draft: T): void {
    if (this.pending && this.pending.key !== key) this.flush();
    this.pending = { key, draft };
    if (this.scheduled) return;
    this.scheduled = true;
    const later = (): void => void setTimeout(() => ((this.scheduled = false), this.flush()), 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
    else later();
  }

  /** Writes the draft `saveSoon` holds, if any, now. */
  flush(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.save(pending.key, pending.draft);
  }

  async load(key: string): Promise<T | undefined> {
    this.flush();
    try {
      const raw = await this.options.store()?.get(key);
      this.lastError = undefined;
      if (typeof raw !== 'string' || raw === '') return undefined;
      this.lastWritten.set(key, raw);
      return this.options.parse(JSON.parse(raw));
    } catch (error) {
      this.lastError = error;
      return undefined;
    }
  }

  save(key: string, draft: T): void {
    if (this.pending?.key === key) this.pending = undefined; // this one is newer
    else this.flush();
    let raw: string;
    try {
      raw = JSON.stringify(draft);
    } catch (error) {
      this.lastError = error;
      return;
    }
    if (this.lastWritten.get(key) === raw) return;
    this.lastWritten.set(key, raw);
    this.guard(() => this.options.store()?.set(key, raw));
  }

  clear(key: string): void {
    if (this.pending?.key === key) this.pending = undefined;
    this.lastWritten.delete(key);
    this.guard(() => this.options.store()?.remove(key));
  }

  private guard(fn: () => void | Promise<void> | undefined): void {
    try {
      const result = fn();
      this.lastError = undefined;
      if (result && typeof (result as Promise<void>).catch === 'function') {
        (result as Promise<void>).catch((error: unknown) => (this.lastError = error));
      }
    } catch (error) {
      this.lastError = error;
    }
  }
}
