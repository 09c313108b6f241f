/**
 * MSW v2 handlers serving a mock backend over the REST contract (api/openapi.yaml), for
 * Storybook, the demo portal and HTTP-level tests — partners get them from `account-widgets/testing`:
 *
 *   import { setupWorker } from 'msw/browser';
 *   import { MockBackend, createHandlers } from 'account-widgets/testing';
 *   const worker = setupWorker(...createHandlers(new MockBackend(), { baseUrl: '/api' }));
 *   await worker.start();
 *
 * Errors are problem+json with the status of their code (`STATUS_BY_CODE`). Two injected codes
 * behave like the failures they name: `network` drops the connection, `invalid-response`
 * answers `200` with an HTML page. Besides the contract, a small demo surface (not part of the
 * API): `POST {baseUrl}/__demo/reset` and `POST {baseUrl}/__demo/current-account` `{ id }`.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { AccountAdapter } from '../api/adapter.js';
import { AccountWidgetsError, isAbortError, isErrorLike } from '../api/errors.js';
import { PROBLEM_CONTENT_TYPE, problemFromError } from '../api/problem.js';
import type { Order, OrderDraft, PageQuery, RequestOptions } from '../api/types.js';

/** What the handlers serve: any `AccountAdapter` (a `MockBackend` above all), plus optional admin. */
export interface HandlerBackend extends AccountAdapter {
  reset?(): void;
  setCurrentAccount?(id: string): void;
  /** Every order held; lets a replayed `Idempotency-Key` answer `200` instead of `201`. */
  orders?(): Order[];
}

export interface HandlerOptions {
  /** Where the API is served: `/api` (default), or an absolute URL such as `https://api.example.test/v1`. */
  baseUrl?: string;
}

type Params = Record<string, string | readonly string[] | undefined>;
interface Info {
  request: Request;
  params: Params;
}

/** A malformed request: `400` with code `validation`. */
const badRequest = (message: string, fields: Record<string, string>) =>
  new AccountWidgetsError('validation', { message, fields, status: 400, retryable: false });

/** The response for a failure: problem+json, or the transport failure an injected code stands for. */
export function problemResponse(value: unknown): Response {
  if (isAbortError(value)) return HttpResponse.error(); // the client went away
  const error = isErrorLike(value)
    ? AccountWidgetsError.from(value)
    : new AccountWidgetsError('server', {
        message: value instanceof Error ? `${value.name}: ${value.message}` : 'Unexpected failure',
        retryable: false,
      });
  if (error.code === 'network') return HttpResponse.error();
  if (error.code === 'invalid-response') {
    return new HttpResponse('<!doctype html><title>Gateway</title><p>Upstream answered something unreadable.</p>', {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
    });
  }
  const doc = problemFromError(error);
  if (error.status !== undefined && error.status >= 400 && error.status <= 599) doc.status = error.status;
  const headers = new Headers({ 'Content-Type': PROBLEM_CONTENT_TYPE });
  if (doc.retryAfter !== undefined) headers.set('Retry-After', String(doc.retryAfter));
  return new HttpResponse(JSON.stringify(doc), { status: doc.status, headers });
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
function requestOptions(request: Request): RequestOptions {
  const language = request.headers.get('Accept-Language')?.split(',')[0]?.split(';')[0]?.trim();
  return language ? { signal: request.signal, locale: language } : { signal: request.signal };
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

export function createHandlers(backend: HandlerBackend, options: HandlerOptions = {}): RequestHandler[] {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const at = (path: string) => `${base}${path}`;
  /** Runs a route; any failure becomes its problem response. */
  const route =
    (fn: (info: Info, signal: AbortSignal, opts: RequestOptions) => Promise<Response>) =>
    async (info: Info): Promise<Response> => {
      try {
        return await fn(info, info.request.signal, requestOptions(info.request));
      } catch (error) {
        return problemResponse(error);
      }
    };

  return [
    http.get(
      at('/me'),
      route(async (_, _signal, opts) => HttpResponse.json(await backend.getCurrentAccount(opts))),
    ),

    http.get(
      at('/accounts/:mainId/subaccounts'),
      route(async ({ request, params }, _signal, opts) => {
        const query = pageQuery(new URL(request.url));
        return HttpResponse.json(await backend.listSubaccounts(param(params, 'mainId'), query, opts));
      }),
    ),

    http.post(
      at('/accounts/:mainId/link-requests'),
      route(async ({ request, params }, signal) => {
        const customerNumber = stringField(await jsonObject(request), 'customerNumber');
        const challenge = await backend.startLink(param(params, 'mainId'), customerNumber, { signal });
        return HttpResponse.json(challenge, { status: 201 });
      }),
    ),

    http.post(
      at('/link-requests/:challengeId/resend'),
      route(async ({ params }, signal) =>
        HttpResponse.json(await backend.resendLinkCode(param(params, 'challengeId'), { signal })),
      ),
    ),

    http.post(
      at('/link-requests/:challengeId/confirm'),
      route(async ({ request, params }, signal) => {
        const code = stringField(await jsonObject(request), 'code');
        return HttpResponse.json(await backend.confirmLink(param(params, 'challengeId'), code, { signal }));
      }),
    ),

    http.delete(
      at('/link-requests/:challengeId'),
      route(async ({ params }, signal) => {
        await backend.cancelLink(param(params, 'challengeId'), { signal });
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.get(
      at('/accounts/:mainId/catalog'),
      route(async ({ params }, _signal, opts) => HttpResponse.json(await backend.getCatalog(param(params, 'mainId'), opts))),
    ),

    http.post(
      at('/accounts/:mainId/orders'),
      route(async ({ request, params }, signal) => {
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
        return HttpResponse.json(order, { status: known.has(order.id) ? 200 : 201 });
      }),
    ),

    http.get(
      at('/orders/:orderId'),
      route(async ({ params }, signal) => HttpResponse.json(await backend.getOrder(param(params, 'orderId'), { signal }))),
    ),

    http.get(
      at('/accounts/:accountId/access-url'),
      route(async ({ params }, signal) => {
        if (!backend.getAccessUrl) throw new AccountWidgetsError('not-found', { message: 'No access URLs here' });
        const url = await backend.getAccessUrl(param(params, 'accountId'), { signal });
        return HttpResponse.json({ url });
      }),
    ),

    // The demo's admin surface (not part of the contract).
    http.post(
      at('/__demo/reset'),
      route(async () => {
        if (!backend.reset) throw new AccountWidgetsError('not-found', { message: 'This backend cannot reset' });
        backend.reset();
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.post(
      at('/__demo/current-account'),
      route(async ({ request }) => {
        if (!backend.setCurrentAccount) throw new AccountWidgetsError('not-found', { message: 'This backend has one account' });
        backend.setCurrentAccount(stringField(await jsonObject(request), 'id'));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
