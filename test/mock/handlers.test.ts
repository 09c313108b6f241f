// The MSW handlers at the HTTP level: statuses, problem+json, headers, the demo surface, and that
// they serve exactly the paths and methods of api/openapi.yaml.
import { expect } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import { AccountWidgetsError, ERROR_CODES } from '../../src/api/errors.js';
import { PROBLEM_CONTENT_TYPE, STATUS_BY_CODE } from '../../src/api/problem.js';
import { RestAdapter } from '../../src/api/rest-adapter.js';
import * as v from '../../src/api/validate.js';
import { createHandlers, problemResponse } from '../../src/mock/testing-msw.js';
import { MockBackend } from '../../src/mock/mock-backend.js';
import * as testing from '../../src/mock/testing.js';
import { SEED } from '../../src/mock/seed.js';
import { useHandlers, useMockApi } from '../helpers/msw.js';

const MAIN = SEED.main.id;

async function send(method: string, path: string, init: { body?: unknown; headers?: Record<string, string>; raw?: string } = {}) {
  const response = await fetch(`/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

const draft = (productId: string) => ({
  productId,
  options: {},
  site: { name: 'Filiale Bamberg', street: 'Grüner Markt 1', postalCode: '96047', city: 'Bamberg' },
  contactEmail: 'bamberg@nordlicht-kommunikation.de',
  invoice: 'own',
  acceptTerms: true,
});

describe('MSW handlers (createHandlers)', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = new MockBackend();
    await useMockApi(backend);
  });

  it('serves valid contract shapes for every read', async () => {
    const me = await send('GET', '/me');
    expect(me.status).to.equal(200);
    expect(me.headers.get('content-type')).to.contain('application/json');
    expect(v.validate(v.currentAccount, me.json).id).to.equal(MAIN);

    const page = await send('GET', `/accounts/${MAIN}/subaccounts?offset=2&limit=3&search=Standort`);
    expect(page.status).to.equal(200);
    const parsed = v.validate(v.accountPage, page.json);
    expect(parsed.items).to.have.length(3);
    expect(parsed.total).to.be.greaterThan(3);

    const catalog = await send('GET', `/accounts/${MAIN}/catalog`);
    expect(v.validate(v.catalog, catalog.json).products.length).to.be.greaterThan(0);

    const url = await send('GET', `/accounts/${SEED.sub.id}/access-url`);
    expect(v.validate(v.accessUrl, url.json).url).to.contain(SEED.sub.id);
  });

  it('answers errors as problem+json with the status of their code', async () => {
    const cases: [string, number][] = [
      [SEED.notFound, 404],
      [SEED.alreadyLinked, 409],
      [SEED.isMain, 409],
      [SEED.main.customerNumber, 422],
      ['12', 422],
    ];
    const codes: string[] = [];
    for (const [customerNumber, status] of cases) {
      const res = await send('POST', `/accounts/${MAIN}/link-requests`, { body: { customerNumber } });
      expect(res.status, customerNumber).to.equal(status);
      expect(res.headers.get('content-type')).to.equal(PROBLEM_CONTENT_TYPE);
      expect(res.json.status).to.equal(status);
      expect(res.json.title).to.be.a('string').and.not.empty;
      expect(res.json.type).to.equal(`urn:account-widgets:problem:${res.json.code}`);
      codes.push(res.json.code);
    }
    expect(codes).to.deep.equal(['not-found', 'already-linked', 'is-main-account', 'self-link', 'validation']);
  });

  it('names the main account of `not-main-account` and answers 403', async () => {
    backend.setCurrentAccount(SEED.sub.id);
    const res = await send('POST', `/accounts/${SEED.sub.id}/link-requests`, { body: { customerNumber: SEED.linkable[0] } });
    expect(res.status).to.equal(403);
    expect(res.json).to.include({ code: 'not-main-account', mainAccountName: 'Nordlicht Kommunikation GmbH' });
  });

  it('sends Retry-After with 429', async () => {
    backend.failNext('rate-limited', {});
    const res = await send('GET', '/me');
    expect(res.status).to.equal(429);
    expect(res.json.code).to.equal('rate-limited');
    // The injected failure has no retryAfter; a real cool-down has one.
    const started = await send('POST', `/accounts/${MAIN}/link-requests`, { body: { customerNumber: SEED.linkable[0] } });
    expect(started.status).to.equal(201);
    const resend = await send('POST', `/link-requests/${started.json.id}/resend`);
    expect(resend.status).to.equal(429);
    expect(Number(resend.headers.get('retry-after'))).to.be.greaterThan(0);
    expect(resend.json.retryAfter).to.equal(Number(resend.headers.get('retry-after')));
  });

  it('runs the link flow: 201 on start, 200 on confirm, 204 on cancel', async () => {
    const a = await send('POST', `/accounts/${MAIN}/link-requests`, { body: { customerNumber: SEED.linkable[0] } });
    expect(a.status).to.equal(201);
    expect(v.validate(v.linkChallenge, a.json).status).to.equal('pending');
    const wrong = await send('POST', `/link-requests/${a.json.id}/confirm`, { body: { code: '000000' } });
    expect(wrong.status).to.equal(422);
    expect(wrong.json).to.include({ code: 'code-invalid', attemptsLeft: a.json.attemptsLeft - 1 });
    const ok = await send('POST', `/link-requests/${a.json.id}/confirm`, { body: { code: testing.DEMO_CODE } });
    expect(ok.status).to.equal(200);
    expect(v.validate(v.account, ok.json).customerNumber).to.equal(SEED.linkable[0]);

    const b = await send('POST', `/accounts/${MAIN}/link-requests`, { body: { customerNumber: SEED.linkable[1] } });
    const canceled = await send('DELETE', `/link-requests/${b.json.id}`);
    expect(canceled.status).to.equal(204);
    expect(canceled.text).to.equal('');
  });

  it('refuses malformed request bodies with 400 validation', async () => {
    const notJson = await send('POST', `/accounts/${MAIN}/link-requests`, { raw: '{"customerNumber": ' });
    expect(notJson.status).to.equal(400);
    expect(notJson.json.code).to.equal('validation');
    const wrongType = await send('POST', `/accounts/${MAIN}/link-requests`, { body: { customerNumber: 5200001 } });
    expect(wrongType.status).to.equal(400);
    expect(wrongType.json.errors).to.have.property('customerNumber');
    const array = await send('POST', '/link-requests/x/confirm', { body: ['123456'] });
    expect(array.status).to.equal(400);
  });

  it('refuses bad paging parameters with 400 validation', async () => {
    for (const query of ['offset=-1', 'limit=ten', 'offset=1.5']) {
      const res = await send('GET', `/accounts/${MAIN}/subaccounts?${query}`);
      expect(res.status, query).to.equal(400);
      expect(res.json.code).to.equal('validation');
    }
  });

  it('requires an Idempotency-Key on orders (400), answers 201 first and 200 on a replay', async () => {
    const { json: catalog } = await send('GET', `/accounts/${MAIN}/catalog`);
    const body = draft(catalog.products[0].id);
    const missing = await send('POST', `/accounts/${MAIN}/orders`, { body });
    expect(missing.status).to.equal(400);
    expect(missing.json.code).to.equal('validation');
    expect(missing.json.errors).to.have.property('Idempotency-Key');
    expect(backend.orders()).to.have.length(0);

    const first = await send('POST', `/accounts/${MAIN}/orders`, { body, headers: { 'Idempotency-Key': 'k-1' } });
    expect(first.status).to.equal(201);
    const replay = await send('POST', `/accounts/${MAIN}/orders`, { body, headers: { 'Idempotency-Key': 'k-1' } });
    expect(replay.status).to.equal(200);
    expect(replay.json.id).to.equal(first.json.id);
    expect(backend.orders()).to.have.length(1);

    const got = await send('GET', `/orders/${encodeURIComponent(first.json.id)}`);
    expect(v.validate(v.order, got.json).id).to.equal(first.json.id);
  });

  it('turns an injected `network` failure into a dropped connection', async () => {
    backend.failNext('network');
    let error: unknown;
    await fetch('/api/me').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
  });

  it('turns an injected `invalid-response` into an HTML page with status 200', async () => {
    backend.failNext('invalid-response');
    const res = await send('GET', '/me');
    expect(res.status).to.equal(200);
    expect(res.text).to.match(/^<!doctype html>/i);
  });

  it('answers a bug in the backend as a 500 problem, not a dropped connection', async () => {
    const broken = new MockBackend();
    broken.getCurrentAccount = () => Promise.reject(new TypeError('x is undefined'));
    await useHandlers(...createHandlers(broken, { baseUrl: '/broken' }));
    const res = await fetch('/broken/me');
    expect(res.status).to.equal(500);
    expect((await res.json()).code).to.equal('server');
  });

  it('serves the demo admin surface: reset and current account', async () => {
    const a = await send('POST', `/accounts/${MAIN}/link-requests`, { body: { customerNumber: SEED.linkable[0] } });
    expect(a.status).to.equal(201);
    expect((await send('POST', '/__demo/current-account', { body: { id: SEED.sub.id } })).status).to.equal(204);
    expect((await send('GET', '/me')).json.role).to.equal('sub');
    expect((await send('POST', '/__demo/reset')).status).to.equal(204);
    expect((await send('GET', '/me')).json.id).to.equal(MAIN);
    // After the reset the earlier request is gone: a fresh start is not a duplicate.
    expect((await send('POST', `/accounts/${MAIN}/link-requests`, { body: { customerNumber: SEED.linkable[0] } })).status).to.equal(201);
  });

  it('serves an absolute base URL for a RestAdapter pointing at another origin', async () => {
    const other = new MockBackend({ currentAccountId: SEED.standalone.id });
    await useHandlers(...createHandlers(other, { baseUrl: 'https://api.partner.test/v2/' }));
    const adapter = new RestAdapter({ baseUrl: 'https://api.partner.test/v2' });
    expect((await adapter.getCurrentAccount()).id).to.equal(SEED.standalone.id);
  });

  it('serves exactly the paths and methods of api/openapi.yaml', async () => {
    await useHandlers(http.get('/api/openapi.yaml', () => passthrough()));
    const yaml = await (await fetch('/api/openapi.yaml')).text();
    const contract: string[] = [];
    let path = '';
    for (const line of yaml.split('\n')) {
      const p = /^ {2}(\/\S*):\s*$/.exec(line);
      if (p) path = p[1]!;
      const m = /^ {4}(get|put|post|delete|patch):\s*$/.exec(line);
      if (m && path) contract.push(`${m[1]!.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
      if (/^components:/.test(line)) break;
    }
    const served = createHandlers(backend, { baseUrl: '' })
      .map((h) => h.info as unknown as { method: string; path: string })
      .filter((info) => !info.path.startsWith('/__demo'))
      .map((info) => `${info.method} ${info.path}`);
    expect(contract).to.have.length(11);
    expect([...served].sort()).to.deep.equal([...contract].sort());
  });

  it('round-trips every error code with its facts through problem+json to the RestAdapter', async () => {
    const adapter = new RestAdapter({ baseUrl: '/rt', retries: 0 });
    for (const code of ERROR_CODES.filter((c) => c !== 'network' && c !== 'invalid-response')) {
      const sent = new AccountWidgetsError(code, {
        message: `because ${code}`,
        fields: code === 'validation' ? { 'site.city': 'Required' } : undefined,
        attemptsLeft: code === 'code-invalid' ? 1 : undefined,
        retryAfter: code === 'rate-limited' ? 42 : undefined,
        details: code === 'not-main-account' ? { mainAccountName: 'Nordlicht', mainAccountId: 'acc-main' } : undefined,
      });
      await useHandlers(http.get('/rt/me', () => problemResponse(sent)));
      let got: any;
      await adapter.getCurrentAccount().catch((e: unknown) => (got = e));
      expect(got, code).to.be.instanceOf(AccountWidgetsError);
      expect(got.code).to.equal(code);
      expect(got.status).to.equal(STATUS_BY_CODE[code]);
      expect(got.message).to.equal(`because ${code}`);
      expect(got.retryable, code).to.equal(sent.retryable);
      expect(got.fields).to.deep.equal(sent.fields);
      expect(got.attemptsLeft).to.equal(sent.attemptsLeft);
      expect(got.retryAfter).to.equal(sent.retryAfter);
      expect(got.details).to.deep.equal(sent.details);
    }
  });

  it('helpers: an unhandled API request fails loudly instead of reaching the dev server', async () => {
    let error: unknown;
    const res = await fetch('/api/no-such-route').catch((e: unknown) => (error = e));
    expect(error, `got ${(res as Response)?.status}`).to.be.instanceOf(TypeError);
  });

  it('helpers: useMockApi makes a fresh seeded backend when given none', async () => {
    const fresh = await useMockApi<MockBackend>(undefined, '/fresh');
    fresh.setCurrentAccount(SEED.standalone.id);
    expect((await (await fetch('/fresh/me')).json()).id).to.equal(SEED.standalone.id);
  });

  it('is exported from its own entry; the testing entry has the mock backend, adapter and seed without MSW', async () => {
    const mswEntry = await import('../../src/mock/testing-msw.js');
    expect(mswEntry.createHandlers).to.equal(createHandlers);
    expect(Object.keys(mswEntry).sort()).to.deep.equal(['createHandlers', 'problemResponse', 'untilControlled']);
    expect(Object.keys(testing).sort()).to.deep.equal(['DEMO_CODE', 'InMemoryAdapter', 'MockBackend', 'SEED']);
    expect(testing.MockBackend).to.equal(MockBackend);
    expect(new testing.InMemoryAdapter().backend).to.be.instanceOf(MockBackend);
    expect(testing.SEED.main.id).to.equal(MAIN);
    expect(testing.DEMO_CODE).to.match(/^\d{6}$/);
  });
});
