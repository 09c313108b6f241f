import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from '../api/types.js';

/** Fetches one page of a list; must honour `signal`. */
export type PageFetcher<T> = (
  query: { offset: number; limit: number; search: string },
  signal: AbortSignal,
) => Promise<Page<T>>;

interface InFlight<T> {
  promise: Promise<T[]>;
  controller: AbortController;
  /** Requested for the viewport: aborted as soon as the viewport moves away from it. */
  viewport: boolean;
  /** Callers awaiting it explicitly (searches, reveal): never aborted while any is waiting. */
  users: number;
}

function abortError(): DOMException {
  return new DOMException('The list was replaced.', 'AbortError');
}

/**
 * One server-side list (one `search`), held as a sparse cache of fixed-size pages: any row is
 * reachable with one request (offset/limit), the total is known from the first page, and every
 * request can be aborted. Rows are assumed sorted, which makes `lowerBound` O(log pages).
 */
export class PagedList<T> {
  readonly search: string;
  readonly pageSize: number;
  /** Rows in the whole list; known once the first page is in. */
  total = 0;
  /** Called whenever a page arrives or fails. */
  onChange?: () => void;
  /** Called when a page fails (not when it is aborted). */
  onError?: (error: unknown, page: number) => void;

  private readonly fetcher: PageFetcher<T>;
  private readonly pages = new Map<number, T[]>();
  private readonly inflight = new Map<number, InFlight<T>>();
  private readonly failed = new Map<number, unknown>();
  private disposed = false;

  constructor(fetcher: PageFetcher<T>, search: string, pageSize: number) {
    this.fetcher = fetcher;
    this.search = search;
    this.pageSize = Math.max(1, Math.floor(pageSize));
  }

  /** The row at `index`, or undefined while its page is not loaded. */
  item(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** The index of the first loaded row matching `predicate`, else -1 (no request). */
  loadedIndex(predicate: (item: T) => boolean): number {
    for (const [p, items] of this.pages) {
      const i = items.findIndex(predicate);
      if (i >= 0) return p * this.pageSize + i;
    }
    return -1;
  }

  /** Pages that failed (not aborted) and are not being retried. */
  get failedPages(): number[] {
    return [...this.failed.keys()];
  }

  /** True while any request of this list is in flight. */
  get loading(): boolean {
    return this.inflight.size > 0;
  }

  /** Loads the first page (the total comes with it). Rejects on failure or abort. */
  async open(signal?: AbortSignal): Promise<void> {
    await this.page(0, signal);
  }

  /**
   * Page `p` from the cache or the backend. `signal` withdraws only this caller's interest: the
   * request is aborted when nobody (caller or viewport) waits for it any more.
   */
  page(p: number, signal?: AbortSignal): Promise<T[]> {
    const cached = this.pages.get(p);
    if (cached) return Promise.resolve(cached);
    if (this.disposed) return Promise.reject(abortError());
    const entry = this.inflight.get(p) ?? this.start(p);
    entry.users++;
    return new Promise<T[]>((resolve, reject) => {
      let done = false;
      const release = () => {
        if (done) return;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        entry.users--;
      };
      const onAbort = () => {
        release();
        if (entry.users === 0 && !entry.viewport && this.inflight.get(p) === entry) {
          entry.controller.abort();
          this.inflight.delete(p);
        }
        reject(signal?.reason ?? abortError());
      };
      if (signal?.aborted) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (items) => {
          release();
          resolve(items);
        },
        (error) => {
          release();
          reject(error);
        },
      );
    });
  }

  /**
   * Makes sure the rows `[start, end)` are loaded or loading. Viewport requests for pages outside
   * the range are aborted (the user scrolled past them); failed pages wait for `retry()`.
   * Returns true when it started a request.
   */
  want(start: number, end: number): boolean {
    if (this.disposed) return false;
    let started = false;
    const first = Math.max(0, Math.floor(start / this.pageSize));
    const last = Math.floor(Math.max(start, end - 1) / this.pageSize);
    for (const [p, entry] of this.inflight) {
      if ((p < first || p > last) && entry.viewport && entry.users === 0) {
        entry.controller.abort();
        this.inflight.delete(p);
      }
    }
    for (let p = first; p <= last; p++) {
      if (p * this.pageSize >= this.total && p > 0) break;
      if (this.pages.has(p) || this.failed.has(p)) continue;
      let entry = this.inflight.get(p);
      if (!entry) {
        entry = this.start(p);
        started = true;
      }
      entry.viewport = true;
    }
    return started;
  }

  /** Settles when the pages of rows [start, end) now in flight have arrived or failed; undefined when none is. */
  arrival(start: number, end: number): Promise<void> | undefined {
    const first = Math.max(0, Math.floor(start / this.pageSize));
    const last = Math.floor(Math.max(start, end - 1) / this.pageSize);
    const waiting: Promise<unknown>[] = [];
    for (let p = first; p <= last; p++) {
      const entry = this.inflight.get(p);
      if (entry) waiting.push(entry.promise);
    }
    return waiting.length ? Promise.allSettled(waiting).then(() => undefined) : undefined;
  }

  /** Forgets failed pages so that the next `want()` requests them again. */
  retry(): void {
    this.failed.clear();
    this.onChange?.();
  }

  /**
   * The index of the first row for which `compare(row)` is >= 0 (the rows are sorted in the
   * order `compare` describes): a binary search over pages, O(log(total / pageSize)) requests.
   * Returns `total` when every row compares below.
   */
  async lowerBound(compare: (item: T) => number, signal?: AbortSignal): Promise<number> {
    const pageCount = Math.ceil(this.total / this.pageSize);
    if (pageCount === 0) return 0;
    let lo = 0;
    let hi = pageCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const items = await this.page(mid, signal);
      const last = items[items.length - 1];
      if (last === undefined || compare(last) < 0) lo = mid + 1;
      else hi = mid;
    }
    const items = await this.page(lo, signal);
    const i = items.findIndex((item) => compare(item) >= 0);
    return i < 0 ? Math.min(this.total, lo * this.pageSize + items.length) : lo * this.pageSize + i;
  }

  /** Scans page by page (cached pages are free) for the first row matching `predicate`, else -1. */
  async scan(predicate: (item: T) => boolean, signal?: AbortSignal): Promise<number> {
    const known = this.loadedIndex(predicate);
    if (known >= 0) return known;
    for (let p = 0; p * this.pageSize < this.total; p++) {
      if (this.pages.has(p)) continue;
      const items = await this.page(p, signal);
      const i = items.findIndex(predicate);
      if (i >= 0) return p * this.pageSize + i;
    }
    return -1;
  }

  /** Aborts every request in flight; keeps what is loaded. */
  abort(): void {
    for (const entry of this.inflight.values()) entry.controller.abort();
    this.inflight.clear();
  }

  /** Aborts everything; the list answers no more. */
  dispose(): void {
    this.disposed = true;
    this.abort();
    this.onChange = undefined;
    this.onError = undefined;
  }

  private start(p: number): InFlight<T> {
    const controller = new AbortController();
    const entry: InFlight<T> = { promise: undefined as unknown as Promise<T[]>, controller, viewport: false, users: 0 };
    entry.promise = this.fill(p, controller.signal).then(
      (items) => {
        if (controller.signal.aborted || this.disposed) throw abortError();
        if (this.inflight.get(p) === entry) this.inflight.delete(p);
        this.pages.set(p, items);
        this.failed.delete(p);
        this.onChange?.();
        return items;
      },
      (error: unknown) => {
        if (this.inflight.get(p) === entry) this.inflight.delete(p);
        // Only our own abort is silent: an AbortError the backend raised itself is a failed page.
        if (!controller.signal.aborted && !this.disposed) {
          this.failed.set(p, error);
          this.onError?.(error, p);
          this.onChange?.();
        }
        throw error;
      },
    );
    // The viewport never awaits its requests; explicit callers get the rejection through `page()`.
    entry.promise.catch(() => {});
    this.inflight.set(p, entry);
    return entry;
  }
  /**
   * The rows of page `p`. A server may cap its pages below `limit` (the contract lets it): a short
   * answer is followed by a request for what is still missing, from the offset where it ended,
   * until the page is full or the list ends. An empty answer before `total` means the list is
   * shorter than announced: the total shrinks to what exists, so no row waits for data forever.
   */
  private async fill(p: number, signal: AbortSignal): Promise<T[]> {
    const start = p * this.pageSize;
    const items: T[] = [];
    let first = true;
    while (items.length < this.pageSize) {
      if (signal.aborted) throw abortError();
      const offset = start + items.length;
      const page = await this.fetcher({ offset, limit: this.pageSize - items.length, search: this.search }, signal);
      if (signal.aborted || this.disposed) throw abortError();
      const got = Array.isArray(page?.items) ? page.items.slice(0, this.pageSize - items.length) : [];
      items.push(...got);
      if (typeof page?.total === 'number' && Number.isFinite(page.total) && page.total >= 0) {
        this.total = Math.floor(page.total);
      } else if (p === 0 && first) {
        this.total = got.length;
      }
      first = false;
      if (start + items.length >= this.total) break;
      if (got.length === 0) {
        this.total = start + items.length;
        break;
      }
    }
    return items;
  }
}

/**
 * A reactive controller holding the list an element shows and the one replacing it (a new
 * search, a refresh). The shown list stays until the replacement's first page is in and its
 * `prepare` step (e.g. finding where the focused row went) is done, then both swap in one update:
 * no flash of placeholders on every keystroke. Superseded replacements are aborted; everything
 * is aborted when the host disconnects.
 */
export class PagedDataController<T> implements ReactiveController {
  /** The list shown. */
  list?: PagedList<T>;
  private pending?: { list: PagedList<T>; controller: AbortController };
  private readonly host: ReactiveControllerHost;
  private readonly onError?: (error: unknown, page: number) => void;

  constructor(host: ReactiveControllerHost, options: { onError?: (error: unknown, page: number) => void } = {}) {
    this.host = host;
    this.onError = options.onError;
    host.addController(this);
  }

  /** True while a replacement is loading. */
  get replacing(): boolean {
    return !!this.pending;
  }

  /**
   * Starts a new list. `prepare` runs once its first page is in (e.g. finding where the focused
   * row went; it may load more pages); `commit` runs synchronously as the lists swap, so the host
   * can set its state in the same update. Resolves with the new list once shown, or undefined when
   * another replacement or `clear()` superseded it; rejects when its first page or `prepare` fails
   * (the old list stays shown).
   */
  async replace<R>(
    fetcher: PageFetcher<T>,
    search: string,
    pageSize: number,
    steps: {
      prepare?: (list: PagedList<T>, signal: AbortSignal) => Promise<R>;
      commit?: (list: PagedList<T>, prepared: R) => void;
    } = {},
  ): Promise<PagedList<T> | undefined> {
    this.cancelPending();
    const list = new PagedList<T>(fetcher, search, pageSize);
    const controller = new AbortController();
    const pending = { list, controller };
    this.pending = pending;
    this.host.requestUpdate();
    let prepared: R;
    try {
      await list.open(controller.signal);
      prepared = (steps.prepare ? await steps.prepare(list, controller.signal) : undefined) as R;
    } catch (error) {
      if (this.pending === pending) {
        this.pending = undefined;
        list.dispose();
        this.host.requestUpdate();
      }
      if (controller.signal.aborted) return undefined;
      throw error;
    }
    if (this.pending !== pending || controller.signal.aborted) return undefined;
    this.pending = undefined;
    this.list?.dispose();
    this.list = list;
    list.onChange = () => this.host.requestUpdate();
    list.onError = (error, page) => this.onError?.(error, page);
    steps.commit?.(list, prepared);
    this.host.requestUpdate();
    return list;
  }

  /** Drops both lists. */
  clear(): void {
    this.cancelPending();
    this.list?.dispose();
    this.list = undefined;
  }

  hostDisconnected(): void {
    this.cancelPending();
    this.list?.abort();
  }

  private cancelPending(): void {
    if (!this.pending) return;
    this.pending.controller.abort();
    this.pending.list.dispose();
    this.pending = undefined;
  }
}
