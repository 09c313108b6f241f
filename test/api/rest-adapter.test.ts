import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { AccountWidgetsError } from '../../src/api/errors.js';
import { joinUrl, RestAdapter, type RestAdapterOptions } from '../../src/api/rest-adapter.js';
import type { Account, Catalog, CurrentAccount, LinkChallenge, Order, OrderDraft } from '../../src/api/types.js';
import { useHandlers } from '../helpers/msw.js';

const API = '/api';
const make = (options: Partial<RestAdapterOptions> = {}) => new RestAdapter({ baseUrl: API, retryDelayMs: 5, ...options });

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    const value = await promise;
    throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('expected a rejection')) throw error;
    return error;
  }
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<AccountWidgetsError> {
  const error = await rejection(promise);
  expect(error, String(error?.message)).to.be.instanceOf(AccountWidgetsError);
  expect(error.code, String(error.message)).to.equal(code);
  return error;
}

const account: Account = {
  id: 'acc-sub-berlin',
  customerNumber: '4711003',
  name: 'Filiale Berlin',
  role: 'sub',
  relation: 'subaccount',
  status: 'active',
  site: { street: 'Friedrichstraße 10', postalCode: '10117', city: 'Berlin', country: 'DE' },
};
const main: Account = { id: 'acc-main', customerNumber: '4711001', name: 'Nordlicht GmbH', role: 'main', status: 'active' };
const me: CurrentAccount = { ...main, subaccountCount: 12, subaccountLimit: 50 };
const challenge: LinkChallenge = {
  id: 'lr-1',
  customerNumber: '5200001',
  status: 'pending',
  maskedContact: 'm***@example.de',
  channel: 'email',
  expiresAt: '2026-11-26T23:25:00Z',
  resendAvailableAt: '2026-11-26T23:11:00.000Z',
  attemptsLeft: 3,
};
const catalog: Catalog = {
  version: '2026-11',
  currency: 'EUR',
  vat: { rate: 0.19, included: false },
  termsUrl: 'https://portal.invalid/agb',
  products: [
    {
      id: 'site-basic',
      name: 'Standort Basis',
      price: { monthly: 19.9, oneOff: 0 },
      features: ['10 Rufnummern'],
      options: [
        { id: 'lines', type: 'number', label: 'Leitungen', min: 2, max: 30, step: 1, default: 2, pricePerUnit: { monthly: 2.5 } },
        { id: 'fax', type: 'boolean', label: 'Fax', price: { monthly: 1.5 } },
        { id: 'tariff', type: 'choice', label: 'Tarif', choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B', price: { oneOff: 10 } }] },
        { id: 'ref', type: 'text', label: 'Referenz', pattern: '[A-Z]{3}', maxLength: 3 },
      ],
    },
  ],
};
const order: Order = {
  id: 'ord-1',
  mainId: 'acc-main',
  status: 'provisioning',
  createdAt: '2026-11-26T23:10:00Z',
  productId: 'site-basic',
  contactEmail: 'it@nordlicht.invalid',
  account: { ...account, id: 'acc-new', status: 'provisioning' },
  price: { monthly: 19.9, oneOff: 0 },
};
const draft: OrderDraft = {
  productId: 'site-basic',
  options: { lines: 4, fax: true },
  site: { name: 'Filiale Köln', street: 'Hohe Straße 5', postalCode: '50667', city: 'Köln' },
  contactEmail: 'it@nordlicht.invalid',
  invoice: 'own',
  acceptTerms: true,
};

const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new HttpResponse(JSON.stringify({ status, title: 'x', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

describe('RestAdapter', () => {
  describe('URLs', () => {
    it('joins base URLs with or without a trailing slash, relative or absolute, keeping a base query', () => {
      expect(joinUrl('/api', ['me'])).to.equal('/api/me');
      expect(joinUrl('/api/', ['me'])).to.equal('/api/me');
      expect(joinUrl('https://x.test/v1//', ['orders', 'o1'])).to.equal('https://x.test/v1/orders/o1');
      expect(joinUrl('', ['me'])).to.equal('/me');
      expect(joinUrl('api', ['me'])).to.equal('api/me');
      expect(joinUrl('/api?tenant=7#frag', ['accounts', 'a', 'subaccounts'], { offset: 0, limit: 50, search: undefined })).to.equal(
        '/api/accounts/a/subaccounts?tenant=7&offset=0&limit=50',
      );
    });

    it('percent-encodes path parts and query values', async () => {
      const seen: string[] = [];
      await useHandlers(
        http.get(`${API}/accounts/:mainId/subaccounts`, ({ request, params }) => {
          seen.push(request.url, String(params.mainId));
          return HttpResponse.json({ items: [], total: 0 });
        }),
      );
      await make().listSubaccounts('a/b c?#', { offset: 20, limit: 10, search: 'Köln & Co' });
      const url = new URL(seen[0]!);
      expect(url.pathname).to.equal('/api/accounts/a%2Fb%20c%3F%23/subaccounts');
      expect(seen[1]).to.equal('a/b c?#');
      expect(url.searchParams.get('offset')).to.equal('20');
      expect(url.searchParams.get('limit')).to.equal('10');
      expect(url.searchParams.get('search')).to.equal('Köln & Co');
    });

    it('omits absent paging parameters', async () => {
      let url!: URL;
      await useHandlers(
        http.get(`${API}/accounts/:mainId/subaccounts`, ({ request }) => {
          url = new URL(request.url);
          return HttpResponse.json({ items: [account], total: 1 });
        }),
      );
      const page = await make().listSubaccounts('acc-main');
      expect(page).to.deep.equal({ items: [account], total: 1 });
      expect([...url.searchParams.keys()]).to.deep.equal([]);
    });

    it('works with an absolute base URL with a trailing slash', async () => {
      await useHandlers(http.get(`${API}/me`, () => HttpResponse.json(me)));
      expect(await make({ baseUrl: `${location.origin}/api/` }).getCurrentAccount()).to.deep.equal(me);
    });

    it('refuses ids that would change the route, without a request', async () => {
      let calls = 0;
      await useHandlers(http.all(`${API}/*`, () => (calls++, HttpResponse.json({}))));
      await expectCode(make().getOrder('..'), 'not-found');
      await expectCode(make().listSubaccounts(''), 'not-found');
      expect(calls).to.equal(0);
    });
  });

  describe('headers', () => {
    it('sends static headers and Accept', async () => {
      let headers!: Headers;
      await useHandlers(http.get(`${API}/me`, ({ request }) => ((headers = request.headers), HttpResponse.json(me))));
      await make({ headers: { Authorization: 'Bearer static', 'X-Tenant': 't1' } }).getCurrentAccount();
      expect(headers.get('authorization')).to.equal('Bearer static');
      expect(headers.get('x-tenant')).to.equal('t1');
      expect(headers.get('accept')).to.contain('application/json');
    });

    it('calls an async headers function before every request (token refresh)', async () => {
      const seen: (string | null)[] = [];
      await useHandlers(http.get(`${API}/me`, ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json(me))));
      let n = 0;
      const infos: { method: string; url: string }[] = [];
      const adapter = make({
        headers: async (info) => {
          infos.push(info);
          await delay(5);
          return { Authorization: `Bearer token-${++n}` };
        },
      });
      await adapter.getCurrentAccount();
      await adapter.getCurrentAccount();
      expect(seen).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
      expect(infos[0]).to.deep.equal({ method: 'GET', url: '/api/me' });
    });

    it('asks the headers function again for each retry', async () => {
      const seen: (string | null)[] = [];
      await useHandlers(
        http.get(`${API}/me`, ({ request }) => {
          seen.push(request.headers.get('authorization'));
          return seen.length < 2 ? problem(503, { code: 'server' }) : HttpResponse.json(me);
        }),
      );
      let n = 0;
      await make({ headers: () => ({ Authorization: `Bearer t${++n}` }) }).getCurrentAccount();
      expect(seen).to.deep.equal(['Bearer t1', 'Bearer t2']);
    });

    it('turns a failing headers function into `unauthorized` (or its own code)', async () => {
      await useHandlers(http.get(`${API}/me`, () => HttpResponse.json(me)));
      const error = await expectCode(make({ headers: async () => Promise.reject(new Error('refresh failed')) }).getCurrentAccount(), 'unauthorized');
      expect(error.retryable).to.equal(false);
      await expectCode(make({ headers: () => Promise.reject({ code: 'forbidden' }) }).getCurrentAccount(), 'forbidden');
    });
  });

  describe('abort and timeout', () => {
    it('rejects with the reason of an already aborted signal, without a request', async () => {
      let calls = 0;
      await useHandlers(http.get(`${API}/me`, () => (calls++, HttpResponse.json(me))));
      const controller = new AbortController();
      const reason = new DOMException('gone', 'AbortError');
      controller.abort(reason);
      expect(await rejection(make().getCurrentAccount({ signal: controller.signal }))).to.equal(reason);
      expect(calls).to.equal(0);
    });

    it('rejects with an AbortError when aborted in flight, promptly', async () => {
      await useHandlers(http.get(`${API}/accounts/:id/catalog`, async () => (await delay(5000), HttpResponse.json(catalog))));
      const controller = new AbortController();
      const started = performance.now();
      const pending = make().getCatalog('acc-main', { signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      const error = await rejection(pending);
      expect(error.name).to.equal('AbortError');
      expect(performance.now() - started).to.be.below(2000);
    });

    it('lets a headers function finish when the signal does not abort', async () => {
      await useHandlers(http.get(`${API}/me`, () => HttpResponse.json(me)));
      const controller = new AbortController();
      const adapter = make({ headers: async () => ({ Authorization: 'Bearer x' }) });
      expect(await adapter.getCurrentAccount({ signal: controller.signal })).to.deep.equal(me);
      const failing = make({ headers: async () => Promise.reject(new Error('no token')) });
      await expectCode(failing.getCurrentAccount({ signal: controller.signal }), 'unauthorized');
    });

    it('rejects with the abort reason while a headers function is pending', async () => {
      const controller = new AbortController();
      const pending = make({ headers: () => new Promise(() => {}) }).getCurrentAccount({ signal: controller.signal });
      controller.abort();
      expect((await rejection(pending)).name).to.equal('AbortError');
    });

    it('never retries after an abort, even during the backoff', async () => {
      let calls = 0;
      await useHandlers(http.get(`${API}/me`, () => (calls++, problem(503, { code: 'server' }))));
      const controller = new AbortController();
      const pending = make({ retryDelayMs: 200 }).getCurrentAccount({ signal: controller.signal });
      await delay(60); // the first attempt failed; the adapter waits before the next
      controller.abort();
      expect((await rejection(pending)).name).to.equal('AbortError');
      await delay(300);
      expect(calls).to.equal(1);
    });

    it('times out as a retryable `network` error marked in details', async () => {
      await useHandlers(http.post(`${API}/link-requests/:id/resend`, async () => (await delay(3000), HttpResponse.json(challenge))));
      const started = performance.now();
      const error = await expectCode(make({ timeoutMs: 50 }).resendLinkCode('lr-1'), 'network');
      expect(performance.now() - started).to.be.below(1500);
      expect(error.retryable).to.equal(true);
      expect(error.details).to.include({ timeout: true, timeoutMs: 50 });
    });

    it('retries a GET that timed out', async () => {
      let calls = 0;
      await useHandlers(
        http.get(`${API}/orders/:id`, async () => {
          calls++;
          if (calls === 1) await delay(30_000);
          return HttpResponse.json(order);
        }),
      );
      // The deadline leaves the retry time to answer through the service worker even on a loaded
      // machine; only the first call, which never answers in time, runs into it.
      expect(await make({ timeoutMs: 1000 }).getOrder('ord-1')).to.deep.equal(order);
      expect(calls).to.equal(2);
    });
  });

  describe('retries', () => {
    it('retries a GET on 5xx with growing, jittered backoff, then succeeds', async () => {
      const times: number[] = [];
      await useHandlers(
        http.get(`${API}/me`, () => {
          times.push(performance.now());
          return times.length < 3 ? problem(503, { code: 'server' }) : HttpResponse.json(me);
        }),
      );
      expect(await make({ retryDelayMs: 40 }).getCurrentAccount()).to.deep.equal(me);
      expect(times).to.have.length(3);
      // 1st wait: 40 ms × [0.5, 1]; 2nd wait: 80 ms × [0.5, 1].
      expect(times[1]! - times[0]!).to.be.at.least(19);
      expect(times[2]! - times[1]!).to.be.at.least(39);
    });

    it('gives up after the configured tries and reports the last error', async () => {
      let calls = 0;
      await useHandlers(http.get(`${API}/accounts/:id/catalog`, () => (calls++, problem(500, { code: 'server', detail: 'db down' }))));
      const error = await expectCode(make({ retries: 3 }).getCatalog('acc-main'), 'server');
      expect(calls).to.equal(4);
      expect(error.status).to.equal(500);
      expect(error.message).to.equal('db down');
    });

    it('retries a GET after a dropped connection', async () => {
      let calls = 0;
      await useHandlers(http.get(`${API}/orders/:id`, () => (++calls === 1 ? HttpResponse.error() : HttpResponse.json(order))));
      expect(await make().getOrder('ord-1')).to.deep.equal(order);
      expect(calls).to.equal(2);
    });

    it('reports a dropped connection as a retryable `network` error', async () => {
      await useHandlers(http.get(`${API}/me`, () => HttpResponse.error()));
      const error = await expectCode(make({ retries: 0 }).getCurrentAccount(), 'network');
      expect(error.retryable).to.equal(true);
    });

    it('does not retry errors that are not retryable', async () => {
      let calls = 0;
      await useHandlers(http.get(`${API}/orders/:id`, () => (calls++, problem(404, { code: 'not-found' }))));
      await expectCode(make().getOrder('nope'), 'not-found');
      expect(calls).to.equal(1);
    });

    it('honours a short Retry-After on 429', async () => {
      let calls = 0;
      await useHandlers(
        http.get(`${API}/me`, () => (++calls === 1 ? problem(429, { code: 'rate-limited' }, { 'Retry-After': '0' }) : HttpResponse.json(me))),
      );
      expect(await make().getCurrentAccount()).to.deep.equal(me);
      expect(calls).to.equal(2);
    });

    it('does not wait out a long Retry-After: rejects with it at once', async () => {
      let calls = 0;
      await useHandlers(http.get(`${API}/me`, () => (calls++, problem(429, { code: 'rate-limited' }, { 'Retry-After': '3600' }))));
      const error = await expectCode(make().getCurrentAccount(), 'rate-limited');
      expect(calls).to.equal(1);
      expect(error.retryAfter).to.equal(3600);
      expect(error.retryable).to.equal(true);
    });

    for (const [name, run] of [
      ['startLink', (a: RestAdapter) => a.startLink('acc-main', '5200001')],
      ['resendLinkCode', (a: RestAdapter) => a.resendLinkCode('lr-1')],
      ['confirmLink', (a: RestAdapter) => a.confirmLink('lr-1', '123456')],
      ['cancelLink', (a: RestAdapter) => a.cancelLink('lr-1')],
      ['placeOrder', (a: RestAdapter) => a.placeOrder('acc-main', draft, { idempotencyKey: 'k1' })],
    ] as const) {
      it(`never retries ${name} (not a safe request), neither on 5xx nor on a dropped connection`, async () => {
        let calls = 0;
        await useHandlers(
          http.all(`${API}/*`, () => (++calls === 1 ? problem(503, { code: 'server' }) : HttpResponse.error())),
        );
        await expectCode(run(make()), 'server');
        expect(calls).to.equal(1);
        await expectCode(run(make()), 'network');
        expect(calls).to.equal(2);
      });
    }
  });

  describe('writes', () => {
    it('posts the customer number as JSON and reads the challenge (201)', async () => {
      let body: unknown;
      let contentType: string | null = null;
      await useHandlers(
        http.post(`${API}/accounts/:mainId/link-requests`, async ({ request }) => {
          body = await request.json();
          contentType = request.headers.get('content-type');
          return HttpResponse.json(challenge, { status: 201 });
        }),
      );
      expect(await make().startLink('acc-main', '5200001')).to.deep.equal(challenge);
      expect(body).to.deep.equal({ customerNumber: '5200001' });
      expect(contentType).to.equal('application/json');
    });

    it('confirms with the code and reads the linked account', async () => {
      let body: unknown;
      await useHandlers(
        http.post(`${API}/link-requests/:id/confirm`, async ({ request }) => ((body = await request.json()), HttpResponse.json(account))),
      );
      expect(await make().confirmLink('lr-1', '123456')).to.deep.equal(account);
      expect(body).to.deep.equal({ code: '123456' });
    });

    it('cancels with DELETE (204) and resolves with nothing', async () => {
      let method = '';
      await useHandlers(http.delete(`${API}/link-requests/:id`, ({ request }) => ((method = request.method), new HttpResponse(null, { status: 204 }))));
      expect(await make().cancelLink('lr-1')).to.equal(undefined);
      expect(method).to.equal('DELETE');
    });

    it('sends the Idempotency-Key and the draft with an order', async () => {
      const keys: (string | null)[] = [];
      let body: unknown;
      await useHandlers(
        http.post(`${API}/accounts/:mainId/orders`, async ({ request }) => {
          keys.push(request.headers.get('idempotency-key'));
          body = await request.json();
          return HttpResponse.json({ ...order, status: 'submitted' }, { status: keys.length === 1 ? 201 : 200 });
        }),
      );
      const adapter = make({ headers: { 'Idempotency-Key': 'must-not-win' } });
      const first = await adapter.placeOrder('acc-main', draft, { idempotencyKey: 'key-123' });
      const replay = await adapter.placeOrder('acc-main', draft, { idempotencyKey: 'key-123' });
      expect(keys).to.deep.equal(['key-123', 'key-123']);
      expect(body).to.deep.equal(draft);
      expect(replay).to.deep.equal(first);
    });

    it('refuses an order without an idempotency key, without a request', async () => {
      let calls = 0;
      await useHandlers(http.post(`${API}/accounts/:mainId/orders`, () => (calls++, HttpResponse.json(order))));
      const error = await expectCode(make().placeOrder('acc-main', draft, { idempotencyKey: '' }), 'validation');
      expect(error.fields).to.have.property('idempotencyKey');
      await expectCode(make().placeOrder('acc-main', draft, undefined as never), 'validation');
      expect(calls).to.equal(0);
    });

    it('uses the given fetch, and maps what it throws', async () => {
      const calls: string[] = [];
      const fake: typeof fetch = async (input, init) => {
        calls.push(`${init?.method} ${String(input)}`);
        return new Response(JSON.stringify(me), { status: 200, headers: { 'Content-Type': 'application/json' } });
      };
      expect(await make({ fetch: fake, baseUrl: 'https://nowhere.invalid/api' }).getCurrentAccount()).to.deep.equal(me);
      expect(calls).to.deep.equal(['GET https://nowhere.invalid/api/me']);
      const throwing: typeof fetch = () => Promise.reject({ code: 'unauthorized', message: 'from a partner fetch' });
      await expectCode(make({ fetch: throwing }).getCurrentAccount(), 'unauthorized');
      const broken: typeof fetch = () => Promise.reject(new Error('socket hang up'));
      const error = await expectCode(make({ fetch: broken, retries: 0 }).getCurrentAccount(), 'network');
      expect(error.message).to.equal('socket hang up');
    });

    it('refuses a draft that cannot be sent as JSON, without a request', async () => {
      let calls = 0;
      await useHandlers(http.post(`${API}/accounts/:mainId/orders`, () => (calls++, HttpResponse.json(order))));
      const cyclic = { ...draft } as OrderDraft & { self?: unknown };
      cyclic.self = cyclic;
      await expectCode(make().placeOrder('acc-main', cyclic, { idempotencyKey: 'k' }), 'validation');
      expect(calls).to.equal(0);
    });

    it('reads the access URL', async () => {
      await useHandlers(http.get(`${API}/accounts/:id/access-url`, () => HttpResponse.json({ url: '/portal/switch?to=acc-1' })));
      expect(await make().getAccessUrl('acc-1')).to.equal('/portal/switch?to=acc-1');
    });
  });

  describe('problem+json', () => {
    it('maps the code, detail, attempts left and status', async () => {
      await useHandlers(
        http.post(`${API}/link-requests/:id/confirm`, () =>
          problem(422, { type: 'urn:account-widgets:problem:code-invalid', code: 'code-invalid', detail: 'Wrong code', attemptsLeft: 2 }),
        ),
      );
      const error = await expectCode(make().confirmLink('lr-1', '000000'), 'code-invalid');
      expect(error.attemptsLeft).to.equal(2);
      expect(error.status).to.equal(422);
      expect(error.message).to.equal('Wrong code');
      expect(error.retryable).to.equal(false);
    });

    it('carries the main account name of `not-main-account` in details', async () => {
      await useHandlers(
        http.post(`${API}/accounts/:id/link-requests`, () =>
          problem(403, { code: 'not-main-account', mainAccountName: 'Nordlicht GmbH', details: { extra: 1, nested: { no: 1 } } }),
        ),
      );
      const error = await expectCode(make().startLink('acc-sub', '5200001'), 'not-main-account');
      expect(error.details).to.deep.equal({ mainAccountName: 'Nordlicht GmbH', extra: 1 });
    });

    it('maps per-field messages (object or array form) of `validation`', async () => {
      await useHandlers(
        http.post(`${API}/accounts/:id/orders`, ({ request }) =>
          request.headers.get('idempotency-key') === 'a'
            ? problem(422, { code: 'validation', errors: { 'site.postalCode': 'Five digits', n: 5 } })
            : problem(400, { errors: [{ pointer: '#/site/city', detail: 'Required' }, { field: 'acceptTerms', message: 'Accept' }] }),
        ),
      );
      const a = await expectCode(make().placeOrder('acc-main', draft, { idempotencyKey: 'a' }), 'validation');
      expect(a.fields).to.deep.equal({ 'site.postalCode': 'Five digits' });
      const b = await expectCode(make().placeOrder('acc-main', draft, { idempotencyKey: 'b' }), 'validation');
      expect(b.fields).to.deep.equal({ 'site.city': 'Required', acceptTerms: 'Accept' });
    });

    it('reads retryAfter from the body or the Retry-After header (seconds or HTTP date)', async () => {
      await useHandlers(
        http.post(`${API}/link-requests/:id/resend`, ({ params }) =>
          params.id === 'body'
            ? problem(429, { code: 'rate-limited', retryAfter: 30 })
            : params.id === 'date'
              ? problem(429, {}, { 'Retry-After': new Date(Date.now() + 120_000).toUTCString() })
              : problem(429, { code: 'rate-limited' }, { 'Retry-After': '45' }),
        ),
      );
      expect((await expectCode(make().resendLinkCode('body'), 'rate-limited')).retryAfter).to.equal(30);
      expect((await expectCode(make().resendLinkCode('header'), 'rate-limited')).retryAfter).to.equal(45);
      const dated = await expectCode(make().resendLinkCode('date'), 'rate-limited');
      expect(dated.retryAfter).to.be.within(100, 121);
    });

    it('prefers a known code in the body over the status, and falls back to the type URI', async () => {
      await useHandlers(
        http.post(`${API}/accounts/:id/link-requests`, async ({ request }) => {
          const { customerNumber } = (await request.json()) as { customerNumber: string };
          if (customerNumber === '1') return problem(409, { code: 'already-linked' });
          if (customerNumber === '2') return problem(409, { code: 'something-new' });
          if (customerNumber === '3') return problem(409, { type: 'https://errors.partner.test/is-main-account' });
          return problem(400, { code: 'duplicate-request' });
        }),
      );
      await expectCode(make().startLink('m', '1'), 'already-linked');
      await expectCode(make().startLink('m', '2'), 'conflict');
      await expectCode(make().startLink('m', '3'), 'is-main-account');
      await expectCode(make().startLink('m', '4'), 'duplicate-request');
    });

    const statusCases: [number, string, string | null][] = [
      [400, 'validation', null],
      [401, 'unauthorized', ''],
      [403, 'forbidden', 'Forbidden'],
      [404, 'not-found', '<html><body>Not found</body></html>'],
      [409, 'conflict', '[1,2,3]'],
      [422, 'validation', '"just a string"'],
      [429, 'rate-limited', '{"truncated": '],
      [500, 'server', '<!doctype html><h1>Internal Server Error'],
      [502, 'server', null],
      [418, 'server', 'teapot'],
    ];
    for (const [status, code, body] of statusCases) {
      it(`maps ${status} with a ${body === null ? 'missing' : 'non-problem'} body to \`${code}\``, async () => {
        await useHandlers(http.post(`${API}/link-requests/:id/resend`, () => new HttpResponse(body, { status, headers: { 'Content-Type': 'text/html' } })));
        const error = await expectCode(make().resendLinkCode('lr-1'), code);
        expect(error.status).to.equal(status);
      });
    }

    it('maps 401 to `unauthorized`, not retried even for a GET', async () => {
      let calls = 0;
      await useHandlers(http.get(`${API}/me`, () => (calls++, problem(401, { code: 'unauthorized', title: 'Token expired' }))));
      const error = await expectCode(make().getCurrentAccount(), 'unauthorized');
      expect(error.retryable).to.equal(false);
      expect(calls).to.equal(1);
    });

    it('lets the body override retryable', async () => {
      let calls = 0;
      await useHandlers(http.get(`${API}/me`, () => (calls++, problem(503, { code: 'server', retryable: false }))));
      const error = await expectCode(make().getCurrentAccount(), 'server');
      expect(error.retryable).to.equal(false);
      expect(calls).to.equal(1);
    });
  });

  describe('response validation', () => {
    it('returns fresh objects with the contract fields only (extra fields dropped)', async () => {
      await useHandlers(
        http.get(`${API}/me`, () => HttpResponse.json({ ...me, secret: 'x', site: { city: 'Kiel', extra: true }, main: null })),
      );
      const result = await make().getCurrentAccount();
      expect(result).to.deep.equal({ ...me, site: { city: 'Kiel' } });
      expect(result).not.to.have.property('secret');
    });

    it('accepts every kind of product option and long (but bounded) strings', async () => {
      const long = 'ä'.repeat(1000);
      await useHandlers(http.get(`${API}/accounts/:id/catalog`, () => HttpResponse.json({ ...catalog, products: [{ ...catalog.products[0], name: long }] })));
      const result = await make().getCatalog('acc-main');
      expect(result.products[0]!.name).to.equal(long);
      expect(result.products[0]!.options.map((o) => o.type)).to.deep.equal(['number', 'boolean', 'choice', 'text']);
      expect(result).to.deep.equal({ ...catalog, products: [{ ...catalog.products[0], name: long }] });
    });

    const html = () => new HttpResponse('<!doctype html><title>Login</title><form>…</form>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    const truncated = (value: unknown) => () =>
      new HttpResponse(JSON.stringify(value).slice(0, 25), { status: 200, headers: { 'Content-Type': 'application/json' } });
    const json = (value: unknown) => () => HttpResponse.json(value as never);
    const raw = (text: string) => () => new HttpResponse(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
    const huge = 'x'.repeat(10 * 1024 * 1024);

    type Case = [string, () => Response];
    const methods: {
      name: string;
      route: 'GET' | 'POST' | 'DELETE';
      path: string;
      run: (a: RestAdapter) => Promise<unknown>;
      cases: Case[];
    }[] = [
      {
        name: 'getCurrentAccount',
        route: 'GET',
        path: '/me',
        run: (a) => a.getCurrentAccount(),
        cases: [
          ['HTML with status 200', html],
          ['truncated JSON', truncated(me)],
          ['an empty body', raw('')],
          ['a missing id', json({ ...me, id: undefined })],
          ['an empty id', json({ ...me, id: '' })],
          ['a numeric customer number', json({ ...me, customerNumber: 4711001 })],
          ['a role outside the enum', json({ ...me, role: 'admin' })],
          ['a malformed main account', json({ ...me, role: 'sub', main: { id: 'x' } })],
          ['a negative sub-account count', json({ ...me, subaccountCount: -1 })],
          ['a 10 MB name', json({ ...me, name: huge })],
          ['a __proto__ key', raw(`{"__proto__":{"polluted":true},${JSON.stringify(me).slice(1)}`)],
          ['a __proto__ key in the site', raw(JSON.stringify({ ...me, site: { city: 'x' } }).replace('"city"', '"__proto__":{"polluted":1},"city"'))],
          ['an array', json([me])],
          ['null', raw('null')],
        ],
      },
      {
        name: 'listSubaccounts',
        route: 'GET',
        path: '/accounts/:id/subaccounts',
        run: (a) => a.listSubaccounts('acc-main', { offset: 0, limit: 10 }),
        cases: [
          ['HTML with status 200', html],
          ['truncated JSON', truncated({ items: [account], total: 1 })],
          ['items not an array', json({ items: { 0: account }, total: 1 })],
          ['a missing total', json({ items: [account] })],
          ['a negative total', json({ items: [], total: -1 })],
          ['a fractional total', json({ items: [], total: 1.5 })],
          ['a string total', json({ items: [], total: '1' })],
          ['an item without id', json({ items: [account, { ...account, id: undefined }], total: 2 })],
          ['an item with a status outside the enum', json({ items: [{ ...account, status: 'deleted' }], total: 1 })],
          ['an item with a relation outside the enum', json({ items: [{ ...account, relation: 'friend' }], total: 1 })],
          ['an item that is null', json({ items: [null], total: 1 })],
          ['a site that is a string', json({ items: [{ ...account, site: 'Berlin' }], total: 1 })],
        ],
      },
      {
        name: 'startLink',
        route: 'POST',
        path: '/accounts/:id/link-requests',
        run: (a) => a.startLink('acc-main', '5200001'),
        cases: [
          ['HTML with status 200', html],
          ['truncated JSON', truncated(challenge)],
          ['a status outside the enum', json({ ...challenge, status: 'open' })],
          ['a channel outside the enum', json({ ...challenge, channel: 'pigeon' })],
          ['an unparsable expiry', json({ ...challenge, expiresAt: 'tomorrow-ish' })],
          ['attempts left as a string', json({ ...challenge, attemptsLeft: '3' })],
          ['a missing masked contact', json({ ...challenge, maskedContact: undefined })],
        ],
      },
      {
        name: 'resendLinkCode',
        route: 'POST',
        path: '/link-requests/:id/resend',
        run: (a) => a.resendLinkCode('lr-1'),
        cases: [
          ['HTML with status 200', html],
          ['a missing resend time', json({ ...challenge, resendAvailableAt: undefined })],
          ['negative attempts', json({ ...challenge, attemptsLeft: -2 })],
        ],
      },
      {
        name: 'confirmLink',
        route: 'POST',
        path: '/link-requests/:id/confirm',
        run: (a) => a.confirmLink('lr-1', '123456'),
        cases: [
          ['HTML with status 200', html],
          ['truncated JSON', truncated(account)],
          ['a missing name', json({ ...account, name: undefined })],
          ['a name that is an object', json({ ...account, name: { de: 'x' } })],
          ['a 10 MB name', json({ ...account, name: huge })],
        ],
      },
      {
        name: 'cancelLink',
        route: 'DELETE',
        path: '/link-requests/:id',
        run: (a) => a.cancelLink('lr-1'),
        cases: [
          ['HTML with status 200', html],
          ['truncated JSON', truncated({ ok: true, status: 'canceled' })],
        ],
      },
      {
        name: 'getCatalog',
        route: 'GET',
        path: '/accounts/:id/catalog',
        run: (a) => a.getCatalog('acc-main'),
        cases: [
          ['HTML with status 200', html],
          ['truncated JSON', truncated(catalog)],
          ['products not an array', json({ ...catalog, products: null })],
          ['a price that is a string', json({ ...catalog, products: [{ ...catalog.products[0], price: { monthly: '19,90', oneOff: 0 } }] })],
          ['an option of unknown type', json({ ...catalog, products: [{ ...catalog.products[0], options: [{ id: 'x', type: 'slider', label: 'x' }] }] })],
          ['a choice option without choices', json({ ...catalog, products: [{ ...catalog.products[0], options: [{ id: 'x', type: 'choice', label: 'x' }] }] })],
          ['a VAT rate above 1', json({ ...catalog, vat: { rate: 19, included: false } })],
          ['a javascript: terms URL', json({ ...catalog, termsUrl: 'javascript:alert(1)' })],
          ['a constructor key', raw(JSON.stringify(catalog).replace('"version"', '"constructor":{"prototype":{"x":1}},"version"'))],
        ],
      },
      {
        name: 'placeOrder',
        route: 'POST',
        path: '/accounts/:id/orders',
        run: (a) => a.placeOrder('acc-main', draft, { idempotencyKey: 'k' }),
        cases: [
          ['HTML with status 200', html],
          ['truncated JSON', truncated(order)],
          ['a status outside the enum', json({ ...order, status: 'done' })],
          ['a missing id', json({ ...order, id: undefined })],
          ['a malformed account', json({ ...order, account: { id: 'x', name: 'y' } })],
        ],
      },
      {
        name: 'getOrder',
        route: 'GET',
        path: '/orders/:id',
        run: (a) => a.getOrder('ord-1'),
        cases: [
          ['HTML with status 200', html],
          ['an unparsable creation date', json({ ...order, createdAt: 'yesterday' })],
          ['a failure reason that is a number', json({ ...order, status: 'failed', failureReason: 42 })],
        ],
      },
      {
        name: 'getAccessUrl',
        route: 'GET',
        path: '/accounts/:id/access-url',
        run: (a) => a.getAccessUrl('acc-1'),
        cases: [
          ['HTML with status 200', html],
          ['a bare string', json('https://portal.invalid/')],
          ['a javascript: URL', json({ url: 'javascript:alert(document.cookie)' })],
          ['a data: URL', json({ url: ' data:text/html,<script>alert(1)</script>' })],
        ],
      },
    ];

    for (const method of methods) {
      describe(method.name, () => {
        for (const [label, respond] of method.cases) {
          it(`turns ${label} into \`invalid-response\``, async () => {
            let calls = 0;
            const verb = method.route.toLowerCase() as 'get' | 'post' | 'delete';
            await useHandlers(http[verb](`${API}${method.path}`, () => (calls++, respond())));
            const error = await expectCode(method.run(make()), 'invalid-response');
            expect(error.retryable).to.equal(false);
            expect(calls, 'never retried').to.equal(1);
            expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
          });
        }
      });
    }

    it('names the JSON path of the first problem', async () => {
      await useHandlers(http.get(`${API}/accounts/:id/subaccounts`, () => HttpResponse.json({ items: [account, { ...account, role: 'boss' }], total: 2 })));
      const error = await expectCode(make().listSubaccounts('acc-main'), 'invalid-response');
      expect(error.details).to.deep.equal({ path: '$.items[1].role' });
      expect(error.message).to.contain('$.items[1].role');
    });

    it('treats null in optional fields as absent', async () => {
      await useHandlers(http.get(`${API}/orders/:id`, () => HttpResponse.json({ ...order, account: null, failureReason: null, price: null })));
      const result = await make().getOrder('ord-1');
      const { account: _a, price: _p, ...rest } = order;
      expect(result).to.deep.equal(rest);
      expect(Object.keys(result)).not.to.include('account');
    });
  });
});
