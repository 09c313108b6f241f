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
} from './types.js';

/**
 * The one seam to any backend. Every element talks to its backend only through this interface;
 * partners plug in their own. Failures reject with an `AccountWidgetsError` (or any value carrying
 * a known `code`); an aborted request rejects with the signal's reason.
 */
export interface AccountAdapter {
  /** The logged-in account; `role: 'sub'` names its main account in `main`. */
  getCurrentAccount(opts?: RequestOptions): Promise<CurrentAccount>;
  /** Sub-accounts of `mainId`, sorted by name (locale collation), filtered by `query.search`. */
  listSubaccounts(mainId: string, query?: PageQuery, opts?: RequestOptions): Promise<Page<Account>>;
  /** Starts linking an existing account: sends a verification code to its owner. */
  startLink(mainId: string, customerNumber: string, opts?: RequestOptions): Promise<LinkChallenge>;
  /** Sends a fresh code (after the cool-down); the old one stops working. */
  resendLinkCode(challengeId: string, opts?: RequestOptions): Promise<LinkChallenge>;
  /** Completes the link with the owner's code; resolves with the newly linked sub-account. */
  confirmLink(challengeId: string, code: string, opts?: RequestOptions): Promise<Account>;
  cancelLink(challengeId: string, opts?: RequestOptions): Promise<void>;
  /** Products, options and prices: generic and partner-defined. */
  getCatalog(mainId: string, opts?: RequestOptions): Promise<Catalog>;
  /** Places an order. The same `idempotencyKey` always yields the same order, never a second. */
  placeOrder(
    mainId: string,
    draft: OrderDraft,
    opts: RequestOptions & { idempotencyKey: string },
  ): Promise<Order>;
  getOrder(orderId: string, opts?: RequestOptions): Promise<Order>;
  /** Optional: where "open account" goes. */
  getAccessUrl?(accountId: string, opts?: RequestOptions): Promise<string>;
  /**
   * Optional: unlinks a sub-account from `mainId` (elements hide the action when an adapter lacks
   * it). Resolves with the account as it is afterwards — `role: 'standalone'`, its own login,
   * contracts and data kept; `leftCollectiveInvoice` when it left the collective invoice. When the
   * last sub-account goes, the main account is standalone again. Refusals: `not-main-account`
   * (a sub-account cannot unlink), `forbidden` (not the logged-in account), `not-found` (no such
   * account), `not-linked` (not, or no longer, linked to `mainId`), `conflict` with
   * `details.reason: 'provisioning'` (still being set up). A retry with the same
   * `opts.idempotencyKey` returns the first answer instead of `not-linked`.
   */
  unlinkSubaccount?(mainId: string, accountId: string, opts?: UnlinkOptions): Promise<UnlinkedAccount>;
}
