import type { AccountAdapter } from '../api/adapter.js';
import { AccountWidgetsError } from '../api/errors.js';
import type {
  Account,
  Catalog,
  CurrentAccount,
  LinkChallenge,
  Order,
  OrderDraft,
  Page,
  PageQuery,
  RequestOptions,
  UnlinkedAccount,
  UnlinkOptions,
} from '../api/types.js';
import { MockBackend, type MockBackendOptions } from './mock-backend.js';

export type InMemoryAdapterOptions = MockBackendOptions & {
  /** Share one backend between adapters (e.g. with the MSW handlers); otherwise a new one is made from the options. */
  backend?: MockBackend;
};

/**
 * The embedded default adapter: every call goes straight to a seeded `MockBackend` in memory.
 * Honours `opts.signal` (rejects with the signal's reason when aborted before or during the call)
 * and normalises every failure to an `AccountWidgetsError`.
 *
 * ```ts
 * const adapter = new InMemoryAdapter({ latency: 300 });          // the demo portal's data
 * adapter.backend.setCurrentAccount(SEED.sub.id);                 // log in as a sub-account
 * ```
 */
export class InMemoryAdapter implements AccountAdapter {
  readonly backend: MockBackend;

  constructor(options: InMemoryAdapterOptions = {}) {
    const { backend, ...rest } = options;
    this.backend = backend ?? new MockBackend(rest);
  }

  getCurrentAccount(opts?: RequestOptions): Promise<CurrentAccount> {
    return this.call(opts, (o) => this.backend.getCurrentAccount(o));
  }

  listSubaccounts(mainId: string, query?: PageQuery, opts?: RequestOptions): Promise<Page<Account>> {
    return this.call(opts, (o) => this.backend.listSubaccounts(mainId, query, o));
  }

  startLink(mainId: string, customerNumber: string, opts?: RequestOptions): Promise<LinkChallenge> {
    return this.call(opts, (o) => this.backend.startLink(mainId, customerNumber, o));
  }

  resendLinkCode(challengeId: string, opts?: RequestOptions): Promise<LinkChallenge> {
    return this.call(opts, (o) => this.backend.resendLinkCode(challengeId, o));
  }

  confirmLink(challengeId: string, code: string, opts?: RequestOptions): Promise<Account> {
    return this.call(opts, (o) => this.backend.confirmLink(challengeId, code, o));
  }

  cancelLink(challengeId: string, opts?: RequestOptions): Promise<void> {
    return this.call(opts, (o) => this.backend.cancelLink(challengeId, o));
  }

  getCatalog(mainId: string, opts?: RequestOptions): Promise<Catalog> {
    return this.call(opts, (o) => this.backend.getCatalog(mainId, o));
  }

  placeOrder(mainId: string, draft: OrderDraft, opts: RequestOptions & { idempotencyKey: string }): Promise<Order> {
    return this.call(opts, (o) => this.backend.placeOrder(mainId, draft, { ...o, idempotencyKey: opts?.idempotencyKey as string }));
  }

  getOrder(orderId: string, opts?: RequestOptions): Promise<Order> {
    return this.call(opts, (o) => this.backend.getOrder(orderId, o));
  }

  getAccessUrl(accountId: string, opts?: RequestOptions): Promise<string> {
    return this.call(opts, (o) => this.backend.getAccessUrl(accountId, o));
  }

  unlinkSubaccount(mainId: string, accountId: string, opts?: UnlinkOptions): Promise<UnlinkedAccount> {
    return this.call(opts, (o) => this.backend.unlinkSubaccount(mainId, accountId, { ...o, idempotencyKey: opts?.idempotencyKey }));
  }

  private async call<T>(opts: RequestOptions | undefined, run: (o: RequestOptions) => Promise<T>): Promise<T> {
    const signal = opts?.signal;
    if (signal?.aborted) throw signal.reason;
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      if (!signal) return;
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([run(opts?.locale === undefined ? { signal } : { signal, locale: opts.locale }), aborted]);
    } catch (error) {
      if (signal?.aborted && error === signal.reason) throw error;
      throw AccountWidgetsError.from(error);
    } finally {
      if (onAbort) signal!.removeEventListener('abort', onAbort);
    }
  }
}
