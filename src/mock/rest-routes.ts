/**
 * The REST contract (api/openapi.yaml) over any `AccountAdapter` — a `MockBackend` above all — as
 * a table of routes on the platform's `Request`/`Response`. One definition serves two transports:
 * the MSW handlers (`createHandlers`, Storybook, the demo, browser tests) and the reference server
 * (`account-widgets/server`, node:http).
 *
 * Errors are problem+json with the status of their code (`STATUS_BY_CODE`). Two injected codes
 * behave like the failures they name: `network` drops the connection (`Response.error()`),
 * `invalid-response` answers `200` with an HTML page. Besides the contract, test hooks under
 * `{baseUrl}/__demo/` (not part of the API; see docs/partners.md, "Test hooks"): `reset`,
 * `current-account` `{ id }`, `advance-time` `{ ms }`, `configure` `{ latency, demo,
 * subaccountLimit, provisioningMs }`, `fail-next` `{ code, count, message, fields, afterCommit }`,
 * `fail-next-order` `{ reason }`, `GET orders`, `GET link-requests/{id}/code`.
 */
import type { AccountAdapter } from '../api/adapter.js';
import { AccountWidgetsError, isAbortError, isErrorCode, isErrorLike, type ErrorCode } from '../api/errors.js';
import { PROBLEM_CONTENT_TYPE, problemFromError } from '../api/problem.js';
import type { Order, OrderDraft, PageQuery, RequestOptions } from '../api/types.js';
import type { FailInit } from './failures.js';

/** What the routes serve: any `AccountAdapter` (a `MockBackend` above all), plus optional test hooks. */
export interface HandlerBackend extends AccountAdapter {
  reset?(): void;
  setCurrentAccount?(id: string): void;
  /** Every order held; lets a replayed `Idempotency-Key` answer `200` instead of `201`. */
  orders?(): Order[];
  advanceTime?(ms: number): void;
  configure?(changes: { latency?: number; demo?: boolean; subaccountLimit?: number; provisioningMs?: number }): void;
  failNext?(code: ErrorCode, init?: FailInit): void;
  failNextOrder?(reason: string): void;
  peekCode?(challengeId: string): string;
}

export type Params = Record<string, string | readonly string[] | undefined>;

export interface RestRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the base URL, with `:name` parameters (`/accounts/:mainId/orders`). */
  path: string;
  /** Part of the contract, or a test hook under `/__demo`. */
  hook: boolean;
  handle(request: Request, params: Params): Promise<Response>;
}

const json = (body: unknown, init: ResponseInit = {}) => Response.json(body, init);
const noContent = () => new Response(null, { status: 204 });

/** A malformed request: `400` with code `validation`. */
const badRequest = (message: string, fields: Record<string, string>) =>
  new AccountWidgetsError('validation', { message, fields, status: 400, retryable: false });

/** The response for a failure: problem+json, or the transport failure an injected code stands for. */
export function problemResponse(value: unknown): Response {
  if (isAbortError(value)) return Response.error(); // the client went away
  const error = isErrorLike(value)
    ? AccountWidgetsError.from(value)
    : new AccountWidgetsError('server', {
        message: value instanceof Error ? `${value.name}: ${value.message}` : 'Unexpected failure',
        retryable: false,
      });
  if (error.code === 'network') return Response.error();
  if (error.code === 'invalid-response') {
    return new Response('<!doctype html><title>Gateway</title><p>Upstream answered something unreadable.</p>', {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
    });
  }
  const doc = problemFromError(error);
  if (error.status !== undefined && error.status >= 400 && error.status <= 599) doc.status = error.status;
  const headers = new Headers({ 'Content-Type': PROBLEM_CONTENT_TYPE });
  if (doc.retryAfter !== undefined) headers.set('Retry-After', String(doc.retryAfter));
  return new Response(JSON.stringify(doc), { status: doc.status, headers });
}

const param = (params: Params, name: string): string => {
  const value = params[name];
  return typeof value === 'string' ? value : '';
};

/** The JSON object a request carries, or a `400`. */
async function jsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw badRequest('The request body must be JSON', { body: 'invalid JSON' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object', { body: 'not an object' });
  }
  return body as Record<string, unknown>;
}

function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw badRequest(`\`${name}\` must be a string`, { [name]: 'required' });
  return value;
}

/** The adapter options of a request: its signal and, from `Accept-Language`, the first language named. */
function requestOptions(request: Request, signal: AbortSignal): RequestOptions {
  const language = request.headers.get('Accept-Language')?.split(',')[0]?.split(';')[0]?.trim();
  return language ? { signal, locale: language } : { signal };
}

function pageQuery(url: URL): PageQuery {
  const query: PageQuery = {};
  for (const name of ['offset', 'limit'] as const) {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') continue;
    if (!/^\d{1,9}$/.test(raw)) throw badRequest(`\`${name}\` must be a non-negative integer`, { [name]: 'invalid' });
    query[name] = Number(raw);
  }
  const search = url.searchParams.get('search');
  if (search) query.search = search;
  const relation = url.searchParams.get('relation');
  if (relation) {
    if (relation !== 'subaccount' && relation !== 'collective-invoice') throw badRequest('`relation` is not known', { relation: 'invalid' });
    query.relation = relation;
  }
  const status = url.searchParams.get('status');
  if (status) {
    if (status !== 'active' && status !== 'provisioning' && status !== 'suspended') throw badRequest('`status` is not known', { status: 'invalid' });
    query.status = status;
  }
  return query;
}

function numberField(body: Record<string, unknown>, name: string): number {
  const value = body[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badRequest(`\`${name}\` must be a number`, { [name]: 'required' });
  return value;
}

function hookMissing(what: string): never {
  throw new AccountWidgetsError('not-found', { message: `This backend has no ${what}` });
}

/** The routes of the contract and the test hooks over `backend`. Every failure becomes its problem response. */
export function restRoutes(backend: HandlerBackend): RestRoute[] {
  const route =
    (method: RestRoute['method'], path: string, fn: (request: Request, params: Params, signal: AbortSignal) => Promise<Response>, hook = false): RestRoute => ({
      method,
      path,
      hook,
      async handle(request, params) {
        try {
          return await fn(request, params, request.signal);
        } catch (error) {
          return problemResponse(error);
        }
      },
    });

  return [
    route('GET', '/me', async (request, _p, signal) => json(await backend.getCurrentAccount(requestOptions(request, signal)))),

    route('GET', '/accounts/:mainId/subaccounts', async (request, params, signal) => {
      const query = pageQuery(new URL(request.url));
      return json(await backend.listSubaccounts(param(params, 'mainId'), query, requestOptions(request, signal)));
    }),

    route('POST', '/accounts/:mainId/link-requests', async (request, params, signal) => {
      const customerNumber = stringField(await jsonObject(request), 'customerNumber');
      const challenge = await backend.startLink(param(params, 'mainId'), customerNumber, { signal });
      return json(challenge, { status: 201 });
    }),

    route('POST', '/link-requests/:challengeId/resend', async (_r, params, signal) =>
      json(await backend.resendLinkCode(param(params, 'challengeId'), { signal })),
    ),

    route('POST', '/link-requests/:challengeId/confirm', async (request, params, signal) => {
      const code = stringField(await jsonObject(request), 'code');
      return json(await backend.confirmLink(param(params, 'challengeId'), code, { signal }));
    }),

    route('DELETE', '/link-requests/:challengeId', async (_r, params, signal) => {
      await backend.cancelLink(param(params, 'challengeId'), { signal });
      return noContent();
    }),

    route('GET', '/accounts/:mainId/catalog', async (request, params, signal) =>
      json(await backend.getCatalog(param(params, 'mainId'), requestOptions(request, signal))),
    ),

    route('POST', '/accounts/:mainId/orders', async (request, params, signal) => {
      const idempotencyKey = request.headers.get('Idempotency-Key')?.trim();
      if (!idempotencyKey) {
        throw badRequest('The Idempotency-Key header is required', { 'Idempotency-Key': 'required' });
      }
      if (idempotencyKey.length > 255) {
        throw badRequest('The Idempotency-Key header is too long', { 'Idempotency-Key': 'at most 255 characters' });
      }
      const draft = (await jsonObject(request)) as unknown as OrderDraft;
      const known = new Set(backend.orders?.().map((o) => o.id));
      const order = await backend.placeOrder(param(params, 'mainId'), draft, { idempotencyKey, signal });
      return json(order, { status: known.has(order.id) ? 200 : 201 });
    }),

    route('GET', '/orders/:orderId', async (_r, params, signal) => json(await backend.getOrder(param(params, 'orderId'), { signal }))),

    route('DELETE', '/accounts/:mainId/subaccounts/:accountId', async (request, params, signal) => {
      if (!backend.unlinkSubaccount) throw new AccountWidgetsError('not-found', { message: 'Unlinking is not offered here' });
      const idempotencyKey = request.headers.get('Idempotency-Key')?.trim();
      if (idempotencyKey !== undefined && idempotencyKey.length > 255) {
        throw badRequest('The Idempotency-Key header is too long', { 'Idempotency-Key': 'at most 255 characters' });
      }
      const options = { ...requestOptions(request, signal), ...(idempotencyKey ? { idempotencyKey } : {}) };
      return json(await backend.unlinkSubaccount(param(params, 'mainId'), param(params, 'accountId'), options));
    }),

    route('GET', '/accounts/:accountId/access-url', async (_r, params, signal) => {
      if (!backend.getAccessUrl) throw new AccountWidgetsError('not-found', { message: 'No access URLs here' });
      const url = await backend.getAccessUrl(param(params, 'accountId'), { signal });
      return json({ url });
    }),

    // Test hooks (not part of the contract).
    route('POST', '/__demo/reset', async () => {
      if (!backend.reset) hookMissing('reset');
      backend.reset();
      return noContent();
    }, true),

    route('POST', '/__demo/current-account', async (request) => {
      if (!backend.setCurrentAccount) hookMissing('other accounts');
      backend.setCurrentAccount(stringField(await jsonObject(request), 'id'));
      return noContent();
    }, true),

    route('POST', '/__demo/advance-time', async (request) => {
      if (!backend.advanceTime) hookMissing('clock');
      backend.advanceTime(numberField(await jsonObject(request), 'ms'));
      return noContent();
    }, true),

    route('POST', '/__demo/configure', async (request) => {
      if (!backend.configure) hookMissing('settings');
      const body = await jsonObject(request);
      const changes: Parameters<NonNullable<HandlerBackend['configure']>>[0] = {};
      for (const key of ['latency', 'subaccountLimit', 'provisioningMs'] as const) if (key in body) changes[key] = numberField(body, key);
      if ('demo' in body) changes.demo = body.demo === true;
      backend.configure(changes);
      return noContent();
    }, true),

    route('POST', '/__demo/fail-next', async (request) => {
      if (!backend.failNext) hookMissing('failure injection');
      const body = await jsonObject(request);
      const code = stringField(body, 'code');
      if (!isErrorCode(code)) throw badRequest(`\`${code}\` is not an error code`, { code: 'unknown' });
      const fields = body.fields && typeof body.fields === 'object' ? (body.fields as Record<string, string>) : undefined;
      backend.failNext(code, {
        count: typeof body.count === 'number' ? body.count : undefined,
        message: typeof body.message === 'string' ? body.message : undefined,
        fields,
        afterCommit: body.afterCommit === true,
      });
      return noContent();
    }, true),

    route('POST', '/__demo/fail-next-order', async (request) => {
      if (!backend.failNextOrder) hookMissing('order failure injection');
      backend.failNextOrder(stringField(await jsonObject(request), 'reason'));
      return noContent();
    }, true),

    route('GET', '/__demo/orders', async () => {
      if (!backend.orders) hookMissing('order list');
      return json(backend.orders());
    }, true),

    route('GET', '/__demo/link-requests/:challengeId/code', async (_r, params) => {
      if (!backend.peekCode) hookMissing('code peeking');
      return json({ code: backend.peekCode(param(params, 'challengeId')) });
    }, true),
  ];
}

/** Matches `pathname` (relative to the base URL) against a route's path; returns its parameters. */
export function matchRoute(route: RestRoute, pathname: string): Params | undefined {
  const want = route.path.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (got[i] === '') return undefined;
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return undefined;
      }
    } else if (want[i] !== got[i]) return undefined;
  }
  return params;
}
