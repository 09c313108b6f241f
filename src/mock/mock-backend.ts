import type { AccountAdapter } from '../api/adapter.js';
import { AccountWidgetsError, type AccountWidgetsErrorInit, type ErrorCode } from '../api/errors.js';
import type {
  Account,
  Catalog,
  CurrentAccount,
  LinkChallenge,
  LinkStatus,
  Order,
  OrderDraft,
  OrderStatus,
  Page,
  PageQuery,
  Price,
  RequestOptions,
  UnlinkedAccount,
  UnlinkOptions,
} from '../api/types.js';
import { priceOf } from '../api/pricing.js';
import { CATALOG_VERSION, catalogLanguage, mockCatalog, validateDraft } from './catalog.js';
import { AccountStore } from './account-store.js';
import { GeneratedAccounts, type AccountRecord } from './generated.js';
import { DEMO_CODE, SEED, seedAccounts, type SeedContact } from './seed.js';
import { FailureInjector, type FailInit } from './failures.js';
import { delay, maskContact, randomCode, stableStringify } from './util.js';

export interface MockBackendOptions {
  /** The account that is "logged in" (an unknown id falls back to the default, `SEED.main.id`). */
  currentAccountId?: string;
  /** Extra generated sub-accounts on the main account (0 … 100,000). */
  generatedSubaccounts?: number;
  /** Milliseconds of real time every call waits (default 0). */
  latency?: number;
  /** Default true: every verification code is `DEMO_CODE`. Otherwise six random digits (`peekCode`). */
  demo?: boolean;
  /** The most sub-accounts a main account may have (default: no limit). */
  subaccountLimit?: number;
  /** How long a placed order takes to complete, in simulated time (default 4000 ms). */
  provisioningMs?: number;
  /** The clock (default `Date.now`); `advanceTime` adds to it. */
  now?: () => number;
}

/** Rules of the link lifecycle (times in simulated milliseconds). */
export const LINK_RULES = {
  /** A code is valid for 10 minutes. */
  codeTtlMs: 10 * 60_000,
  /** A new code may be requested 30 seconds after the last one. */
  resendCooldownMs: 30_000,
  /** Wrong codes allowed before the request is `locked`. */
  maxAttempts: 3,
  /** `startLink` calls allowed per main account within `startWindowMs` → otherwise `rate-limited`. */
  startLimit: 10,
  startWindowMs: 10 * 60_000,
} as const;

/** Paging: `limit` defaults to 50 and is clamped to 0 … 500; `offset` is clamped to ≥ 0. */
export const PAGE_RULES = { defaultLimit: 50, maxLimit: 500 } as const;

const RELATIONS: readonly string[] = ['subaccount', 'collective-invoice'];
const STATUSES: readonly string[] = ['active', 'provisioning', 'suspended'];

/** Where `getAccessUrl` points. */
export const ACCESS_URL_BASE = 'https://portal.example.test/accounts/';

/** The catalog as the mock returns it: plus whether this account may choose a collective invoice. */
export type MockCatalog = Catalog & { collectiveInvoice: boolean };

export type { FailInit } from './failures.js';

interface ChallengeRecord {
  id: string;
  mainId: string;
  accountId: string;
  customerNumber: string;
  status: LinkStatus;
  code: string;
  expiresAt: number;
  resendAvailableAt: number;
  attemptsLeft: number;
  channel: SeedContact['channel'];
  maskedContact: string;
}

interface OrderRecord {
  id: string;
  /** The order number customers see (`Order.number`). */
  number: string;
  mainId: string;
  key: string;
  fingerprint: string;
  createdAt: number;
  productId: string;
  contactEmail: string;
  accountId: string;
  price: Price;
  failureReason?: string;
  /** Final status once materialised (the account was activated or removed). */
  settled?: 'completed' | 'failed';
}


/**
 * The contract's one marker of a locked link request (api/openapi.yaml, `LinkLocked`): no attempts
 * left and `details.status: "locked"`, and no `Retry-After` — waiting does not help, only a fresh
 * request does.
 */
const LOCKED: AccountWidgetsErrorInit = { attemptsLeft: 0, details: { status: 'locked' } };

function fail(code: ErrorCode, message: string, init: AccountWidgetsErrorInit = {}): never {
  throw new AccountWidgetsError(code, { message, ...init });
}

/**
 * An in-memory backend that enforces every domain rule of DESIGN §2. It implements every
 * `AccountAdapter` method (async, returning deep copies) plus admin methods for tests, Storybook
 * and the demo: time travel, failure injection, code peeking.
 *
 * Behaviour worth knowing (the conformance suite pins it):
 * - Calls naming a `mainId` that is not the current account → `forbidden`; unknown ids → `not-found`.
 * - `listSubaccounts`: sorted by name with `Intl.Collator('de', { sensitivity: 'base', numeric: true })`
 *   (ties by customer number). Bad paging values are clamped, never refused: `offset` < 0 or not a
 *   number → 0; `limit` not a number → 50, < 0 → 0, > 500 → 500; fractions are floored. `search`
 *   matches every word (case- and accent-insensitive, ß = ss) in name, customer number, street,
 *   postal code or city; `relation` and `status` keep only the sub-accounts with that value (an
 *   unknown value → `validation`). `getCatalog` answers in English for an `en…` `opts.locale`,
 *   otherwise in German (same version). The sorted list is built once per main (100,000 generated accounts are
 *   ordered without sorting) and kept sorted as accounts are linked, ordered or removed.
 * - A sub-account calling `startLink`, `getCatalog` or `placeOrder` → `not-main-account` with
 *   `details: { mainAccountName, mainAccountId, mainCustomerNumber }`.
 *   `listSubaccounts` of a sub-account or standalone account is simply empty.
 * - `startLink`: a customer number with other than 7–10 digits (spaces, dashes ignored) → `validation`
 *   (`fields.customerNumber`); more than `LINK_RULES.startLimit` calls in `LINK_RULES.startWindowMs`
 *   → `rate-limited` with `retryAfter` (seconds).
 * - `confirmLink`: a wrong code → `code-invalid` with `attemptsLeft`; the wrong code that uses the
 *   last attempt → `code-invalid` with `attemptsLeft: 0` and the request becomes `locked`; any
 *   further confirm or resend of a locked request → `rate-limited` without `retryAfter` (start a
 *   fresh request). Both carry the contract's lock marker `details: { status: 'locked' }`; a
 *   `conflict` on a canceled or linked request names its `details.status` too.
 *   Expired → `code-expired` (a resend revives it with a new code). Confirming a `linked` request
 *   again with its code returns the account (idempotent); a canceled one → `conflict`.
 * - `cancelLink` of a pending request → `canceled`; of an ended one: no-op; of a linked one → `conflict`.
 * - `placeOrder`: same key + same draft → the same order; same key + other draft → `conflict`; a
 *   `catalogVersion` other than the current one → `conflict`; invalid draft → `validation`.
 *   The new account is listed at once with status `provisioning`; the order is `submitted` for the
 *   first quarter of `provisioningMs`, then `provisioning`, then `completed` (account `active`) or
 *   `failed` (account removed from the list). Only the seeded main accounts may choose a collective
 *   invoice (`getCatalog` says so in the extra field `collectiveInvoice`); otherwise `fields.invoice`.
 * - Link codes are valid 10 minutes, may be resent after 30 seconds and allow 3 wrong attempts
 *   (`LINK_RULES`); a resend gives a new code, a fresh expiry and the full attempts again. In demo
 *   mode (the default) every code is `DEMO_CODE`.
 * - `unlinkSubaccount`: only the logged-in account (`forbidden`), never a sub-account
 *   (`not-main-account`, naming its main); an unknown account → `not-found`; one that is not (or no
 *   longer) linked to `mainId` → `not-linked`; one still `provisioning` → `conflict` with
 *   `details: { reason: 'provisioning' }`. The account stays (login, contracts, data) and becomes
 *   standalone; a collective-invoice one answers `leftCollectiveInvoice: true`; the main is
 *   standalone again when its last sub-account goes. The same `idempotencyKey` replays the first
 *   answer (a retry after a lost response); with another account → `conflict`.
 * - `getAccessUrl`: `https://portal.example.test/accounts/<id>` for the current account and its
 *   sub-accounts; other accounts → `forbidden`.
 * - Every call waits `latency` ms of real time (an abort during the wait rejects with the signal's
 *   reason and does nothing), then applies injected failures (`failNext`, `failRate`) before the
 *   operation — or after it with `failNext(code, { afterCommit: true })`, a lost response.
 */
export class MockBackend implements AccountAdapter {
  /** Milliseconds of real time each adapter call waits. */
  latency: number;
  private readonly options: MockBackendOptions;
  private demo: boolean;
  private limit: number | undefined;
  private provisioning: number;

  private currentId!: string;
  private offset = 0;
  private store!: AccountStore;
  private challenges = new Map<string, ChallengeRecord>();
  private startLog = new Map<string, number[]>();
  private orderList: OrderRecord[] = [];
  private ordersById = new Map<string, OrderRecord>();
  private ordersByKey = new Map<string, OrderRecord>();
  /** Unlinks by `mainId \0 idempotencyKey`: a retry with the key answers as the first call did. */
  private unlinksByKey = new Map<string, { accountId: string; result: UnlinkedAccount }>();
  private failures = new FailureInjector();
  private nextOrderFailure: string | undefined;
  private seq = 0;
  private catalog = mockCatalog();
  private catalogEn = mockCatalog('en');

  constructor(options: MockBackendOptions = {}) {
    this.options = { ...options };
    this.latency = options.latency ?? 0;
    this.demo = options.demo ?? true;
    this.limit = options.subaccountLimit;
    this.provisioning = options.provisioningMs ?? 4000;
    this.reset();
  }

  // ---------------------------------------------------------------------------------------------
  // Admin

  /** Back to the seeded state of the constructor's options: accounts, links, orders, time, failures. */
  reset(): void {
    const o = this.options;
    this.latency = o.latency ?? 0;
    this.demo = o.demo ?? true;
    this.limit = o.subaccountLimit;
    this.provisioning = o.provisioningMs ?? 4000;
    this.offset = 0;
    this.challenges.clear();
    this.startLog.clear();
    this.orderList = [];
    this.ordersById.clear();
    this.ordersByKey.clear();
    this.unlinksByKey.clear();
    this.failures = new FailureInjector();
    this.nextOrderFailure = undefined;
    this.seq = 0;
    this.store = new AccountStore(new GeneratedAccounts(SEED.main.id, o.generatedSubaccounts ?? 0));
    for (const record of seedAccounts()) this.store.insert(record);
    const current = o.currentAccountId ?? SEED.main.id;
    this.currentId = this.account(current) ? current : SEED.main.id;
  }

  /** Logs in as another account (any seeded id). Unknown id → throws `not-found`. */
  setCurrentAccount(id: string): void {
    if (!this.account(id)) fail('not-found', `No account ${id}.`);
    this.currentId = id;
  }

  /** Changes settings at run time (tests that get a ready-made backend). */
  configure(changes: Pick<MockBackendOptions, 'latency' | 'demo' | 'subaccountLimit' | 'provisioningMs'>): void {
    if ('latency' in changes) this.latency = changes.latency ?? 0;
    if ('demo' in changes) this.demo = changes.demo ?? true;
    if ('subaccountLimit' in changes) this.limit = changes.subaccountLimit;
    if ('provisioningMs' in changes) this.provisioning = changes.provisioningMs ?? 4000;
  }

  /** How long a placed order takes to complete (simulated ms). */
  get provisioningMs(): number {
    return this.provisioning;
  }

  /** The next `count` (default 1) adapter calls reject with `code`. */
  failNext(code: ErrorCode, init: FailInit = {}): void {
    this.failures.failNext(code, init);
  }

  /** From now on, a share (0 … 1) of adapter calls rejects with `code` (default `server`); 0 stops it. */
  failRate(share: number, code: ErrorCode = 'server'): void {
    this.failures.failRate(share, code);
  }

  /** The next placed order ends `failed` with this reason. */
  failNextOrder(reason: string): void {
    this.nextOrderFailure = reason;
  }

  /** Moves the simulated clock on: code expiry, cool-downs, rate windows, provisioning. */
  advanceTime(ms: number): void {
    if (Number.isFinite(ms) && ms > 0) this.offset += ms;
  }

  /** The simulated time (ms since the epoch). */
  now(): number {
    return (this.options.now ?? Date.now)() + this.offset;
  }

  /** The current code of a challenge (unknown id → throws `not-found`). */
  peekCode(challengeId: string): string {
    const ch = this.challenges.get(challengeId);
    if (!ch) fail('not-found', `No link request ${challengeId}.`);
    return ch.code;
  }

  /** Every order held, as `getOrder` would return it (idempotency checks). */
  orders(): Order[] {
    this.settle();
    return structuredClone(this.orderList.map((o) => this.orderView(o)));
  }

  // ---------------------------------------------------------------------------------------------
  // AccountAdapter

  getCurrentAccount(opts?: RequestOptions): Promise<CurrentAccount> {
    return this.op(opts, () => {
      const me = this.account(this.currentId)!;
      const current: CurrentAccount = this.toAccount(me);
      if (me.mainId) {
        const main = this.account(me.mainId);
        if (main) current.main = this.toAccount(main);
      }
      current.subaccountCount = this.store.subCount(me.id);
      if (me.contact?.channel === 'email') current.contactEmail = me.contact.address;
      if (this.limit !== undefined && !me.mainId) current.subaccountLimit = this.limit;
      return current;
    });
  }

  listSubaccounts(mainId: string, query: PageQuery = {}, opts?: RequestOptions): Promise<Page<Account>> {
    return this.op(opts, () => {
      this.requireCurrent(mainId);
      const q = query ?? {};
      const offsetN = Number(q.offset ?? 0);
      const offset = Number.isFinite(offsetN) && offsetN > 0 ? Math.floor(offsetN) : 0;
      const limitN = q.limit === undefined || q.limit === null ? PAGE_RULES.defaultLimit : Number(q.limit);
      const limit = Number.isFinite(limitN)
        ? Math.min(PAGE_RULES.maxLimit, Math.max(0, Math.floor(limitN)))
        : PAGE_RULES.defaultLimit;
      const relation = q.relation ?? undefined;
      const status = q.status ?? undefined;
      if (relation !== undefined && !RELATIONS.includes(relation)) {
        fail('validation', 'Unknown relation.', { fields: { relation: `one of ${RELATIONS.join(', ')}` } });
      }
      if (status !== undefined && !STATUSES.includes(status)) {
        fail('validation', 'Unknown status.', { fields: { status: `one of ${STATUSES.join(', ')}` } });
      }
      const list = this.store.list(mainId, typeof q.search === 'string' ? q.search : '', { relation, status });
      return {
        items: list.slice(offset, offset + limit).map((r) => this.toAccount(r)),
        total: list.length,
      };
    });
  }

  startLink(mainId: string, customerNumber: string, opts?: RequestOptions): Promise<LinkChallenge> {
    return this.op(opts, () => {
      const main = this.requireMain(mainId);
      const number = String(customerNumber ?? '').replace(/[\s\-/.]/g, '');
      if (!/^\d{7,10}$/.test(number)) {
        fail('validation', 'A customer number has 7 to 10 digits.', {
          fields: { customerNumber: 'A customer number has 7 to 10 digits.' },
        });
      }
      const now = this.now();
      const log = (this.startLog.get(mainId) ?? []).filter((t) => t > now - LINK_RULES.startWindowMs);
      this.startLog.set(mainId, log);
      if (log.length >= LINK_RULES.startLimit) {
        const retryAfter = Math.max(1, Math.ceil((log[0] + LINK_RULES.startWindowMs - now) / 1000));
        fail('rate-limited', 'Too many link requests. Try again later.', { retryAfter });
      }
      log.push(now);
      this.checkLimit(main);
      const target = this.store.byCustomerNumber(number);
      if (!target) fail('not-found', `No account with customer number ${number}.`);
      this.checkLinkable(main, target);
      for (const ch of this.challenges.values()) {
        if (ch.mainId === mainId && ch.accountId === target.id && this.challengeStatus(ch) === 'pending') {
          fail('duplicate-request', 'A link request for this account is already open.', {
            details: { challengeId: ch.id },
          });
        }
      }
      const contact = target.contact ?? { channel: 'email', address: `kontakt-${target.customerNumber}@example.de` };
      const ch: ChallengeRecord = {
        id: `lnk-${++this.seq}`,
        mainId,
        accountId: target.id,
        customerNumber: target.customerNumber,
        status: 'pending',
        code: this.newCode(),
        expiresAt: now + LINK_RULES.codeTtlMs,
        resendAvailableAt: now + LINK_RULES.resendCooldownMs,
        attemptsLeft: LINK_RULES.maxAttempts,
        channel: contact.channel,
        maskedContact: maskContact(contact.channel, contact.address),
      };
      this.challenges.set(ch.id, ch);
      return this.challengeView(ch);
    });
  }

  resendLinkCode(challengeId: string, opts?: RequestOptions): Promise<LinkChallenge> {
    return this.op(opts, () => {
      const ch = this.requireChallenge(challengeId);
      const status = this.challengeStatus(ch);
      if (status === 'locked') {
        fail('rate-limited', 'Too many wrong codes. Start a new link request.', LOCKED);
      }
      if (status === 'linked' || status === 'canceled') {
        fail('conflict', `The link request is ${status}.`, { details: { status } });
      }
      const now = this.now();
      if (now < ch.resendAvailableAt) {
        fail('rate-limited', 'Please wait before requesting a new code.', {
          retryAfter: Math.max(1, Math.ceil((ch.resendAvailableAt - now) / 1000)),
        });
      }
      ch.status = 'pending';
      ch.code = this.newCode();
      ch.expiresAt = now + LINK_RULES.codeTtlMs;
      ch.resendAvailableAt = now + LINK_RULES.resendCooldownMs;
      ch.attemptsLeft = LINK_RULES.maxAttempts;
      return this.challengeView(ch);
    });
  }

  confirmLink(challengeId: string, code: string, opts?: RequestOptions): Promise<Account> {
    return this.op(opts, () => {
      const ch = this.requireChallenge(challengeId);
      const given = String(code ?? '').replace(/[\s-]/g, '');
      const status = this.challengeStatus(ch);
      if (status === 'linked') {
        if (given === ch.code) return this.toAccount(this.account(ch.accountId)!);
        fail('conflict', 'The account is already linked.', { details: { status } });
      }
      if (status === 'canceled') fail('conflict', 'The link request was canceled.', { details: { status } });
      if (status === 'locked') {
        fail('rate-limited', 'Too many wrong codes. Start a new link request.', LOCKED);
      }
      if (status === 'expired') fail('code-expired', 'The code has expired. Request a new one.');
      if (given !== ch.code) {
        ch.attemptsLeft = Math.max(0, ch.attemptsLeft - 1);
        if (ch.attemptsLeft === 0) {
          ch.status = 'locked';
          fail('code-invalid', 'The code is not correct. The request is locked.', LOCKED);
        }
        fail('code-invalid', 'The code is not correct.', { attemptsLeft: ch.attemptsLeft });
      }
      const main = this.account(ch.mainId)!;
      const target = this.account(ch.accountId)!;
      this.checkLinkable(main, target);
      this.checkLimit(main);
      target.mainId = main.id;
      target.relation = 'subaccount';
      this.store.insert(target);
      ch.status = 'linked';
      return this.toAccount(target);
    });
  }

  cancelLink(challengeId: string, opts?: RequestOptions): Promise<void> {
    return this.op(opts, () => {
      const ch = this.requireChallenge(challengeId);
      const status = this.challengeStatus(ch);
      if (status === 'linked') fail('conflict', 'The account is already linked.');
      if (status === 'pending') ch.status = 'canceled';
    });
  }

  getCatalog(mainId: string, opts?: RequestOptions): Promise<MockCatalog> {
    return this.op(opts, () => {
      const main = this.requireMain(mainId);
      const catalog = catalogLanguage(opts?.locale) === 'en' ? this.catalogEn : this.catalog;
      return { ...catalog, collectiveInvoice: main.collectiveInvoice === true };
    });
  }

  placeOrder(mainId: string, draft: OrderDraft, opts: RequestOptions & { idempotencyKey: string }): Promise<Order> {
    return this.op(opts, () => {
      const main = this.requireMain(mainId);
      const key = opts?.idempotencyKey;
      if (typeof key !== 'string' || !key.trim() || key.length > 255) {
        fail('validation', 'An idempotency key is required.', { fields: { idempotencyKey: 'Required (1 to 255 characters).' } });
      }
      const fingerprint = stableStringify(draft);
      const existing = this.ordersByKey.get(`${mainId}\u0000${key}`);
      if (existing) {
        if (existing.fingerprint !== fingerprint) {
          fail('conflict', 'This idempotency key was used for a different order.');
        }
        return this.orderView(existing);
      }
      if (draft && draft.catalogVersion !== undefined && draft.catalogVersion !== CATALOG_VERSION) {
        fail('conflict', 'The catalog has changed. Review the order.', {
          details: { catalogVersion: CATALOG_VERSION },
        });
      }
      const { fields, product } = validateDraft(this.catalog, draft, main.collectiveInvoice === true);
      if (Object.keys(fields).length > 0 || !product) {
        fail('validation', 'The order has invalid fields.', { fields });
      }
      this.checkLimit(main);
      const n = ++this.seq;
      const name = draft.site.name.trim();
      const account: AccountRecord = {
        id: `acc-order-${n}`,
        customerNumber: this.freeCustomerNumber(),
        name,
        status: 'provisioning',
        mainId,
        relation: draft.invoice === 'collective' ? 'collective-invoice' : 'subaccount',
        site: {
          name,
          street: draft.site.street.trim(),
          postalCode: draft.site.postalCode.trim(),
          city: draft.site.city.trim(),
          country: 'DE',
        },
        contact: { channel: 'email', address: draft.contactEmail.trim() },
      };
      this.store.insert(account);
      const order: OrderRecord = {
        id: `ord-${n}`,
        number: `${new Date(this.now()).getUTCFullYear()}-${String(n).padStart(6, '0')}`,
        mainId,
        key,
        fingerprint,
        createdAt: this.now(),
        productId: product.id,
        contactEmail: draft.contactEmail.trim(),
        accountId: account.id,
        price: priceOf(product, draft.options ?? {}),
        failureReason: this.nextOrderFailure,
      };
      this.nextOrderFailure = undefined;
      this.orderList.push(order);
      this.ordersById.set(order.id, order);
      this.ordersByKey.set(`${mainId}\u0000${key}`, order);
      this.settle();
      return this.orderView(order);
    });
  }

  getOrder(orderId: string, opts?: RequestOptions): Promise<Order> {
    return this.op(opts, () => {
      const order = this.ordersById.get(orderId);
      if (!order) fail('not-found', `No order ${orderId}.`);
      if (order.mainId !== this.currentId) fail('forbidden', 'This order belongs to another account.');
      return this.orderView(order);
    });
  }

  getAccessUrl(accountId: string, opts?: RequestOptions): Promise<string> {
    return this.op(opts, () => {
      const account = this.account(accountId);
      if (!account) fail('not-found', `No account ${accountId}.`);
      if (account.id !== this.currentId && account.mainId !== this.currentId) {
        fail('forbidden', 'This account cannot be opened from the current account.');
      }
      return `${ACCESS_URL_BASE}${encodeURIComponent(account.id)}`;
    });
  }

  unlinkSubaccount(mainId: string, accountId: string, opts?: UnlinkOptions): Promise<UnlinkedAccount> {
    return this.op(opts, () => {
      const main = this.requireMain(mainId);
      const key = typeof opts?.idempotencyKey === 'string' && opts.idempotencyKey.trim() ? opts.idempotencyKey : undefined;
      const replay = key === undefined ? undefined : this.unlinksByKey.get(`${mainId}\u0000${key}`);
      if (replay) {
        if (replay.accountId !== accountId) fail('conflict', 'This idempotency key was used to unlink another account.');
        return replay.result;
      }
      const target = this.account(accountId);
      if (!target) fail('not-found', `No account ${String(accountId)}.`);
      if (target.mainId !== main.id) fail('not-linked', 'This account is not linked to this main account.');
      if (target.status === 'provisioning') {
        fail('conflict', 'This account is still being set up and cannot be unlinked yet.', { details: { reason: 'provisioning' } });
      }
      const wasCollective = target.relation === 'collective-invoice';
      this.store.detach(target);
      const result: UnlinkedAccount = { ...this.toAccount(target), leftCollectiveInvoice: wasCollective };
      if (key !== undefined) this.unlinksByKey.set(`${mainId}\u0000${key}`, { accountId, result: structuredClone(result) });
      return result;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  /** Every adapter call: abort check, latency, failure injection, settle orders, deep copy out. */
  private async op<T>(opts: RequestOptions | undefined, body: () => T): Promise<T> {
    const signal = opts?.signal;
    signal?.throwIfAborted();
    if (this.latency > 0) await delay(this.latency, signal);
    else await Promise.resolve();
    signal?.throwIfAborted();
    const injected = this.failures.take();
    if (injected && !injected.afterCommit) throw injected.error;
    this.settle();
    const result = structuredClone(body());
    if (injected) throw injected.error;
    return result;
  }

  private account(id: string): AccountRecord | undefined {
    return this.store.get(id);
  }

  private roleOf(record: AccountRecord): Account['role'] {
    if (record.mainId) return 'sub';
    return this.store.subCount(record.id) > 0 ? 'main' : 'standalone';
  }

  /** A fresh public view (the caller clones it again on the way out). */
  private toAccount(r: AccountRecord): Account {
    const account: Account = {
      id: r.id,
      customerNumber: r.customerNumber,
      name: r.name,
      role: this.roleOf(r),
      status: r.status,
    };
    if (r.mainId && r.relation) account.relation = r.relation;
    if (r.site) account.site = { ...r.site };
    return account;
  }

  /** The account of `mainId`, which must exist and be the current account. */
  private requireCurrent(mainId: string): AccountRecord {
    const account = this.account(mainId);
    if (!account) fail('not-found', `No account ${String(mainId)}.`);
    if (account.id !== this.currentId) fail('forbidden', 'Only the logged-in account can be managed.');
    return account;
  }

  /** As `requireCurrent`, and the account must be able to have sub-accounts (not a sub-account). */
  private requireMain(mainId: string): AccountRecord {
    const account = this.requireCurrent(mainId);
    if (account.mainId) {
      const main = this.account(account.mainId);
      fail('not-main-account', `A sub-account cannot add sub-accounts; its main account is ${main?.name ?? ''}.`, {
        details: { mainAccountName: main?.name, mainAccountId: main?.id, mainCustomerNumber: main?.customerNumber },
      });
    }
    return account;
  }

  private checkLimit(main: AccountRecord): void {
    if (this.limit === undefined) return;
    if (this.store.subCount(main.id) >= this.limit) {
      fail('limit-reached', `At most ${this.limit} sub-accounts.`, { details: { limit: this.limit } });
    }
  }

  private checkLinkable(main: AccountRecord, target: AccountRecord): void {
    if (target.id === main.id) fail('self-link', 'An account cannot be linked to itself.');
    if (target.mainId) {
      fail('already-linked', 'This account is already linked to a main account.', {
        details: { sameMain: target.mainId === main.id },
      });
    }
    if (this.store.subCount(target.id) > 0) {
      fail('is-main-account', 'This account is a main account with sub-accounts.');
    }
  }

  private requireChallenge(id: string): ChallengeRecord {
    const ch = this.challenges.get(id);
    if (!ch) fail('not-found', `No link request ${String(id)}.`);
    if (ch.mainId !== this.currentId) fail('forbidden', 'This link request belongs to another account.');
    return ch;
  }

  /** The status, with expiry applied from the clock. */
  private challengeStatus(ch: ChallengeRecord): LinkStatus {
    if (ch.status === 'pending' && this.now() >= ch.expiresAt) ch.status = 'expired';
    return ch.status;
  }

  private challengeView(ch: ChallengeRecord): LinkChallenge {
    return {
      id: ch.id,
      customerNumber: ch.customerNumber,
      status: this.challengeStatus(ch),
      maskedContact: ch.maskedContact,
      channel: ch.channel,
      expiresAt: new Date(ch.expiresAt).toISOString(),
      resendAvailableAt: new Date(ch.resendAvailableAt).toISOString(),
      attemptsLeft: ch.attemptsLeft,
    };
  }

  private newCode(): string {
    return this.demo ? DEMO_CODE : randomCode();
  }

  private freeCustomerNumber(): string {
    let n = 4712001;
    while (this.store.byCustomerNumber(String(n))) n++;
    return String(n);
  }

  private orderStatus(o: OrderRecord): OrderStatus {
    if (o.settled) return o.settled;
    const elapsed = this.now() - o.createdAt;
    if (elapsed >= this.provisioning) return o.failureReason !== undefined ? 'failed' : 'completed';
    return elapsed < this.provisioning / 4 ? 'submitted' : 'provisioning';
  }

  /** Materialises finished orders: their account becomes active, or disappears when the order failed. */
  private settle(): void {
    for (const o of this.orderList) {
      if (o.settled) continue;
      const status = this.orderStatus(o);
      if (status !== 'completed' && status !== 'failed') continue;
      o.settled = status;
      const account = this.account(o.accountId);
      if (!account) continue;
      if (status === 'completed') account.status = 'active';
      else this.store.remove(account);
    }
  }

  private orderView(o: OrderRecord): Order {
    const status = this.orderStatus(o);
    const order: Order = {
      id: o.id,
      number: o.number,
      mainId: o.mainId,
      status,
      createdAt: new Date(o.createdAt).toISOString(),
      productId: o.productId,
      contactEmail: o.contactEmail,
      price: { ...o.price },
    };
    const account = this.account(o.accountId);
    if (status !== 'failed' && account) order.account = this.toAccount(account);
    if (status === 'failed') order.failureReason = o.failureReason;
    return order;
  }
}
