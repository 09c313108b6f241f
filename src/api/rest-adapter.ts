import type { AccountAdapter } from './adapter.js';
import { AccountWidgetsError, isErrorLike } from './errors.js';
import { errorFromProblem } from './problem.js';
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
import * as v from './validate.js';

/** What the `headers` function learns about the request it is called for. */
export interface RestRequestInfo {
  method: string;
  url: string;
}

export interface RestAdapterOptions {
  /**
   * Where the API lives: absolute (`https://api.example.com/v1`) or relative to the page (`/api`),
   * with or without a trailing slash.
   */
  baseUrl: string;
  /**
   * Extra request headers (e.g. `Authorization`), or a function returning them — called before
   * every request and every retry, and may be async, so a portal can refresh its token.
   */
  headers?: HeadersInit | ((request: RestRequestInfo) => HeadersInit | Promise<HeadersInit>);
  /** The `fetch` to use (default: the global one, looked up per request). */
  fetch?: typeof fetch;
  /** Per attempt, in ms (default 15 000; 0 turns it off). A timeout is a retryable `network` error with `details.timeout`. */
  timeoutMs?: number;
  /** Extra attempts for safe requests (GET) after a retryable failure (default 2, i.e. 3 tries). Orders are never retried. */
  retries?: number;
  /** First backoff delay in ms (default 300), doubled per attempt, jittered. */
  retryDelayMs?: number;
  /** Longest wait before a retry, in ms (default 5 000). A `Retry-After` longer than this is not waited for. */
  maxRetryDelayMs?: number;
  /** `fetch` credentials mode (default `same-origin`; `include` for cookie sessions across origins). */
  credentials?: RequestCredentials;
}

type Query = Record<string, string | number | undefined>;

interface Call<T> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string[];
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** The caller's language (`RequestOptions.locale`), sent as `Accept-Language`. */
  locale?: string;
  /** Retried on retryable failures (safe requests only). */
  retry: boolean;
  /** Validates the parsed body; absent for operations answering `204`. */
  validate?: v.Validator<T>;
}

const DEFAULTS = { timeoutMs: 15_000, retries: 2, retryDelayMs: 300, maxRetryDelayMs: 5_000 };

const abortReason = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Settles like `promise`, or rejects with the signal's reason when it aborts first. */
function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Joins a base URL and path segments: one slash between them whatever the base ends with, each
 * segment percent-encoded, a query string on the base kept. Relative bases stay relative (the
 * browser resolves them against the page).
 */
export function joinUrl(baseUrl: string, segments: readonly string[], query: Query = {}): string {
  const withoutHash = baseUrl.split('#')[0] ?? '';
  const q = withoutHash.indexOf('?');
  const basePath = (q >= 0 ? withoutHash.slice(0, q) : withoutHash).replace(/\/+$/, '');
  const params = new URLSearchParams(q >= 0 ? withoutHash.slice(q + 1) : '');
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${basePath}/${segments.map((s) => encodeURIComponent(s)).join('/')}${search ? `?${search}` : ''}`;
}

/** An id used as a path segment. Empty, `.` and `..` would change the route (even percent-encoded). */
function segment(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..') {
    throw new AccountWidgetsError('not-found', { message: `Invalid ${name}: ${String(value).slice(0, 100)}`, retryable: false });
  }
  return value;
}

/** A BCP 47 tag fit for `Accept-Language` (a malformed one is not sent rather than garbling the header). */
export function acceptLanguage(locale: unknown): string | undefined {
  if (typeof locale !== 'string') return undefined;
  const tag = locale.trim();
  return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

const pageParam = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;

function invalidResponse(message: string, status: number, cause?: unknown, details?: Record<string, unknown>): AccountWidgetsError {
  return new AccountWidgetsError('invalid-response', { message, status, retryable: false, cause, details });
}

/**
 * `AccountAdapter` over `fetch`, speaking the REST contract in `api/openapi.yaml`.
 *
 * - Every response is validated (src/api/validate.ts): malformed data rejects with
 *   `invalid-response`, never a crash or a half-built object.
 * - Failures arrive as RFC 9457 problem+json and become `AccountWidgetsError`s: the body's `code`
 *   when known, else one derived from the status (401 → `unauthorized`, 5xx → `server`, …).
 * - An aborted `signal` rejects with the signal's reason (an `AbortError`), at any stage.
 * - Safe requests (GET) are retried with jittered exponential backoff on retryable failures
 *   (network, timeout, 5xx, 429 within `maxRetryDelayMs` of `Retry-After`); writes never are —
 *   orders carry an `Idempotency-Key`, and the caller retries them with the same key.
 */
const VALIDATES_ITSELF: unique symbol = Symbol.for('account-widgets.validates-itself') as never;

export class RestAdapter implements AccountAdapter {
  /** This very class validates every body itself: the elements' seam does not check it again (src/core/adapter-controller.ts). */
  static readonly [VALIDATES_ITSELF] = true;

  readonly options: Readonly<RestAdapterOptions>;

  constructor(options: RestAdapterOptions) {
    if (!options || typeof options.baseUrl !== 'string') throw new TypeError('RestAdapter: `baseUrl` is required');
    this.options = { ...options };
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  getCurrentAccount(opts?: RequestOptions): Promise<CurrentAccount> {
    return this.call({ method: 'GET', path: ['me'], signal: opts?.signal, locale: opts?.locale, retry: true, validate: v.currentAccount });
  }

  listSubaccounts(mainId: string, query: PageQuery = {}, opts?: RequestOptions): Promise<Page<Account>> {
    return this.call(() => ({
      method: 'GET',
      path: ['accounts', segment(mainId, 'mainId'), 'subaccounts'],
      query: {
        offset: pageParam(query?.offset),
        limit: pageParam(query?.limit),
        search: typeof query?.search === 'string' ? query.search : undefined,
        relation: typeof query?.relation === 'string' ? query.relation : undefined,
        status: typeof query?.status === 'string' ? query.status : undefined,
      },
      signal: opts?.signal,
      locale: opts?.locale,
      retry: true,
      validate: v.accountPage,
    }));
  }

  startLink(mainId: string, customerNumber: string, opts?: RequestOptions): Promise<LinkChallenge> {
    return this.call(() => ({
      method: 'POST',
      path: ['accounts', segment(mainId, 'mainId'), 'link-requests'],
      body: { customerNumber },
      signal: opts?.signal,
      locale: opts?.locale,
      retry: false,
      validate: v.linkChallenge,
    }));
  }

  resendLinkCode(challengeId: string, opts?: RequestOptions): Promise<LinkChallenge> {
    return this.call(() => ({
      method: 'POST',
      path: ['link-requests', segment(challengeId, 'challengeId'), 'resend'],
      signal: opts?.signal,
      locale: opts?.locale,
      retry: false,
      validate: v.linkChallenge,
    }));
  }

  confirmLink(challengeId: string, code: string, opts?: RequestOptions): Promise<Account> {
    return this.call(() => ({
      method: 'POST',
      path: ['link-requests', segment(challengeId, 'challengeId'), 'confirm'],
      body: { code },
      signal: opts?.signal,
      locale: opts?.locale,
      retry: false,
      validate: v.account,
    }));
  }

  cancelLink(challengeId: string, opts?: RequestOptions): Promise<void> {
    return this.call<void>(() => ({
      method: 'DELETE',
      path: ['link-requests', segment(challengeId, 'challengeId')],
      signal: opts?.signal,
      locale: opts?.locale,
      retry: false,
    }));
  }

  getCatalog(mainId: string, opts?: RequestOptions): Promise<Catalog> {
    return this.call(() => ({
      method: 'GET',
      path: ['accounts', segment(mainId, 'mainId'), 'catalog'],
      signal: opts?.signal,
      locale: opts?.locale,
      retry: true,
      validate: v.catalog,
    }));
  }

  placeOrder(mainId: string, draft: OrderDraft, opts: RequestOptions & { idempotencyKey: string }): Promise<Order> {
    return this.call(() => {
      const key = opts?.idempotencyKey;
      if (typeof key !== 'string' || key.trim() === '') {
        throw new AccountWidgetsError('validation', {
          message: 'placeOrder needs an idempotencyKey',
          fields: { idempotencyKey: 'required' },
        });
      }
      return {
        method: 'POST',
        path: ['accounts', segment(mainId, 'mainId'), 'orders'],
        headers: { 'Idempotency-Key': key },
        body: draft,
        signal: opts?.signal,
      locale: opts?.locale,
        // Never retried here: the caller retries with the same key, and the server replays.
        retry: false,
        validate: v.order,
      };
    });
  }

  getOrder(orderId: string, opts?: RequestOptions): Promise<Order> {
    return this.call(() => ({
      method: 'GET',
      path: ['orders', segment(orderId, 'orderId')],
      signal: opts?.signal,
      locale: opts?.locale,
      retry: true,
      validate: v.order,
    }));
  }

  async getAccessUrl(accountId: string, opts?: RequestOptions): Promise<string> {
    const { url } = await this.call(() => ({
      method: 'GET' as const,
      path: ['accounts', segment(accountId, 'accountId'), 'access-url'],
      signal: opts?.signal,
      locale: opts?.locale,
      retry: true,
      validate: v.accessUrl,
    }));
    return url;
  }

  unlinkSubaccount(mainId: string, accountId: string, opts?: UnlinkOptions): Promise<UnlinkedAccount> {
    return this.call(() => {
      const key = opts?.idempotencyKey;
      return {
        method: 'DELETE',
        path: ['accounts', segment(mainId, 'mainId'), 'subaccounts', segment(accountId, 'accountId')],
        headers: typeof key === 'string' && key.trim() !== '' ? { 'Idempotency-Key': key } : undefined,
        signal: opts?.signal,
        locale: opts?.locale,
        // A write: never retried here; the caller retries with the same key and the server replays.
        retry: false,
        validate: v.unlinkedAccount,
      };
    });
  }

  // -------------------------------------------------------------------------------------------

  /** Runs one operation with retries. Argument errors reject (never throw synchronously). */
  private async call<T>(make: Call<T> | (() => Call<T>)): Promise<T> {
    const req = typeof make === 'function' ? make() : make;
    const { signal } = req;
    const retries = req.retry ? Math.max(0, Math.floor(this.options.retries ?? DEFAULTS.retries)) : 0;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw abortReason(signal);
      try {
        return await this.attempt(req);
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        if (attempt >= retries || !(error instanceof AccountWidgetsError) || !error.retryable) throw error;
        const delay = this.retryDelay(error, attempt);
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  }

  /** Backoff before retry number `attempt + 1`, or undefined when waiting is not worth it. */
  private retryDelay(error: AccountWidgetsError, attempt: number): number | undefined {
    const base = Math.max(0, this.options.retryDelayMs ?? DEFAULTS.retryDelayMs);
    const cap = Math.max(0, this.options.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs);
    if (error.retryAfter !== undefined) {
      const ms = error.retryAfter * 1000;
      return ms > cap ? undefined : ms;
    }
    const exp = Math.min(cap, base * 2 ** attempt);
    return Math.round(exp / 2 + (Math.random() * exp) / 2); // "equal jitter": between half and all of it
  }

  private async resolveHeaders(info: RestRequestInfo, signal?: AbortSignal): Promise<Headers> {
    const option = this.options.headers;
    if (option === undefined) return new Headers();
    try {
      const init = typeof option === 'function' ? await raceAbort(Promise.resolve(option(info)), signal) : option;
      return new Headers(init);
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (isErrorLike(error)) throw AccountWidgetsError.from(error);
      throw new AccountWidgetsError('unauthorized', {
        message: `The headers hook failed: ${error instanceof Error ? error.message : String(error)}`,
        retryable: false,
        cause: error,
      });
    }
  }

  /** One HTTP exchange: request, timeout, response body, interpretation. */
  private async attempt<T>(req: Call<T>): Promise<T> {
    const { signal } = req;
    const url = joinUrl(this.options.baseUrl, req.path, req.query);
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    (await this.resolveHeaders({ method: req.method, url }, signal)).forEach((value, key) => headers.set(key, value));
    let body: string | undefined;
    if (req.body !== undefined) {
      try {
        body = JSON.stringify(req.body);
      } catch (error) {
        throw new AccountWidgetsError('validation', { message: 'The request body cannot be sent as JSON', retryable: false, cause: error });
      }
      headers.set('Content-Type', 'application/json');
    }
    for (const [key, value] of Object.entries(req.headers ?? {})) headers.set(key, value);
    const language = acceptLanguage(req.locale);
    if (language && !headers.has('Accept-Language')) headers.set('Accept-Language', language);

    const timeoutMs = this.options.timeoutMs ?? DEFAULTS.timeoutMs;
    const controller = new AbortController();
    const onAbort = () => controller.abort(abortReason(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer =
      timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
          }, timeoutMs)
        : undefined;
    const transportError = (error: unknown): unknown => {
      if (signal?.aborted) return abortReason(signal);
      if (timedOut) {
        return new AccountWidgetsError('network', {
          message: `${req.method} ${url} timed out after ${timeoutMs} ms`,
          retryable: true,
          details: { timeout: true, timeoutMs },
          cause: error,
        });
      }
      if (isErrorLike(error)) return AccountWidgetsError.from(error);
      return new AccountWidgetsError('network', {
        message: error instanceof Error ? error.message : 'The request failed',
        retryable: true,
        cause: error,
      });
    };

    try {
      if (signal?.aborted) throw abortReason(signal);
      const fetchImpl = this.options.fetch ?? globalThis.fetch;
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl.call(globalThis, url, {
          method: req.method,
          headers,
          body,
          signal: controller.signal,
          credentials: this.options.credentials ?? 'same-origin',
        });
        text = await response.text();
      } catch (error) {
        throw transportError(error);
      }
      return this.interpret(req, url, response, text);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private interpret<T>(req: Call<T>, url: string, response: Response, text: string): T {
    const { status } = response;
    const where = `${req.method} ${url}`;
    if (status < 200 || status > 299) {
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined; // an HTML error page, a proxy's text: the status decides
      }
      throw errorFromProblem(status, body, response.headers);
    }

    let parsed: unknown;
    const empty = text.trim() === '';
    if (!empty) {
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        const contentType = response.headers.get('Content-Type') ?? 'unknown';
        throw invalidResponse(`${where}: the body is not JSON (${contentType})`, status, error);
      }
    }
    if (!req.validate) return undefined as T; // 204-style operations: any JSON or nothing
    if (empty) throw invalidResponse(`${where}: the body is empty`, status);
    try {
      return v.validate(req.validate, parsed);
    } catch (error) {
      if (error instanceof v.ShapeError) {
        throw invalidResponse(`${where}: ${error.message}`, status, error, { path: error.path });
      }
      throw invalidResponse(`${where}: the body could not be read`, status, error);
    }
  }
}
