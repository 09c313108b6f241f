/**
 * Raw-HTTP checks of the contract itself, below what `RestAdapter` hides: status codes,
 * `application/problem+json` with `code` and per-field `errors`, `Idempotency-Key` replay,
 * offset/limit/total paging (including servers that cap pages), `Retry-After` on 429. Response
 * shapes are checked against api/openapi.yaml's schemas on every exchange by the verify runner.
 * Written against `SuiteApi` like the conformance cases; `account-widgets verify` runs them.
 */
import { expect } from './expect.js';
import type { CompleteFixtures, ContractFixtures } from './fixtures.js';
import type { BackendControl, SuiteApi } from './suite.js';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export type HttpSend = (
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  init?: { body?: unknown; headers?: Record<string, string>; raw?: string },
) => Promise<HttpAnswer>;

export interface HttpCheckSetup {
  send: HttpSend;
  backend: BackendControl;
  fixtures: ContractFixtures;
}

const PROBLEM = /^application\/problem\+json\b/i;
const enc = encodeURIComponent;

export function httpChecks(t: SuiteApi, setup: () => Promise<HttpCheckSetup>): void {
  const { describe, it, beforeEach } = t;
  describe('REST contract over HTTP', { tag: 'http' }, () => {
    let send: HttpSend;
    let backend: BackendControl;
    let fx: CompleteFixtures;

    beforeEach(async () => {
      let fixtures: ContractFixtures;
      ({ send, backend, fixtures } = await setup());
      fx = fixtures as CompleteFixtures;
      await backend.reset();
    });

    /** Expects a problem+json answer with `status` and `code`; returns its body. */
    function expectProblem(res: HttpAnswer, status: number | number[], code: string): any {
      const statuses = Array.isArray(status) ? status : [status];
      expect(res.status, 'HTTP status').to.be.oneOf(statuses);
      expect(res.headers.get('content-type') ?? '', 'Content-Type of an error').to.match(PROBLEM);
      expect(res.json?.code, 'problem code').to.equal(code);
      expect(res.json?.status, 'problem status (the HTTP status)').to.equal(res.status);
      expect(res.json?.title, 'problem title').to.be.a('string');
      return res.json;
    }

    async function productId(): Promise<string> {
      const res = await send('GET', `/accounts/${enc(fx.main.id)}/catalog`);
      expect(res.status, 'catalog status').to.equal(200);
      return res.json.products[0].id;
    }

    const draft = (product: string, changes: Record<string, unknown> = {}) => ({
      productId: product,
      options: {},
      site: { ...fx.order.site },
      contactEmail: fx.order.contactEmail,
      invoice: 'own',
      acceptTerms: true,
      ...changes,
    });

    it('GET /me: 200 application/json', { needsMain: false }, async () => {
      const res = await send('GET', '/me');
      expect(res.status, 'HTTP status').to.equal(200);
      expect(res.headers.get('content-type') ?? '', 'Content-Type').to.match(/^application\/json\b/i);
      expect(res.json?.id, 'id').to.be.a('string');
    });

    it('paging: no limit gives at most the default 50 items, with the total', async () => {
      const res = await send('GET', `/accounts/${enc(fx.main.id)}/subaccounts`);
      expect(res.status, 'HTTP status').to.equal(200);
      expect(res.json.items.length, 'items without limit').to.be.at.most(50);
      expect(Number.isInteger(res.json.total), `total ${JSON.stringify(res.json.total)} is an integer`).to.equal(true);
      expect(res.json.items.length, 'items of the first page').to.equal(Math.min(res.json.total, res.json.items.length));
    });

    it('paging: walking on from where each answer ended reaches total, without gaps or repeats', async () => {
      const ids: string[] = [];
      let total = -1;
      for (let round = 0; round < 1000; round++) {
        const res = await send('GET', `/accounts/${enc(fx.main.id)}/subaccounts?offset=${ids.length}&limit=100`);
        expect(res.status, 'HTTP status').to.equal(200);
        expect(res.json.items.length, 'items (never more than limit)').to.be.at.most(100);
        if (total >= 0) expect(res.json.total, 'total (the same on every page)').to.equal(total);
        total = res.json.total;
        if (res.json.items.length === 0) break;
        ids.push(...res.json.items.map((a: { id: string }) => a.id));
        if (ids.length >= total) break;
      }
      expect(ids.length, 'rows reached by paging').to.equal(total);
      expect(new Set(ids).size, 'distinct rows').to.equal(ids.length);
      const beyond = await send('GET', `/accounts/${enc(fx.main.id)}/subaccounts?offset=${total + 10}&limit=10`);
      expect(beyond.status, 'HTTP status beyond the end').to.equal(200);
      expect(beyond.json.items, 'items beyond the end').to.deep.equal([]);
      expect(beyond.json.total, 'total beyond the end').to.equal(total);
    });

    it('paging: a malformed offset is refused as 400 validation naming the field', async () => {
      const res = await send('GET', `/accounts/${enc(fx.main.id)}/subaccounts?offset=abc`);
      const problem = expectProblem(res, 400, 'validation');
      expect(problem.errors, 'errors').to.have.property('offset');
    });

    it('unknown customer number: 404 problem+json, code not-found', { needs: ['notFound'] }, async () => {
      const res = await send('POST', `/accounts/${enc(fx.main.id)}/link-requests`, { body: { customerNumber: fx.notFound } });
      expectProblem(res, 404, 'not-found');
    });

    it('a body without customerNumber: 400/422 validation with errors.customerNumber', async () => {
      const res = await send('POST', `/accounts/${enc(fx.main.id)}/link-requests`, { body: {} });
      const problem = expectProblem(res, [400, 422], 'validation');
      expect(problem.errors, 'errors').to.have.property('customerNumber');
    });

    it('an unknown order: 404 problem+json', async () => {
      expectProblem(await send('GET', '/orders/ord-verify-does-not-exist'), 404, 'not-found');
    });

    it('a link request answers 201 with the challenge', { needs: ['linkable'] }, async () => {
      const res = await send('POST', `/accounts/${enc(fx.main.id)}/link-requests`, { body: { customerNumber: fx.linkable[0] } });
      expect(res.status, 'HTTP status').to.equal(201);
      expect(res.json.status, 'challenge status').to.equal('pending');
    });

    it('429 carries Retry-After in seconds, equal to retryAfter (resend during the cool-down)', { needs: ['linkable'] }, async () => {
      const started = await send('POST', `/accounts/${enc(fx.main.id)}/link-requests`, { body: { customerNumber: fx.linkable[0] } });
      expect(started.status, 'start status').to.equal(201);
      const res = await send('POST', `/link-requests/${enc(started.json.id)}/resend`);
      const problem = expectProblem(res, 429, 'rate-limited');
      const header = res.headers.get('retry-after');
      expect(header, 'Retry-After header').to.match(/^\d+$/);
      expect(problem.retryAfter, 'retryAfter').to.equal(Number(header));
    });

    it('a locked request: 429 with details.status "locked" and no Retry-After', { needs: ['linkable', 'link'] }, async () => {
      const started = await send('POST', `/accounts/${enc(fx.main.id)}/link-requests`, { body: { customerNumber: fx.linkable[0] } });
      expect(started.status, 'start status').to.equal(201);
      const id = enc(started.json.id);
      const wrong = fx.code?.fixed === '000000' ? '111111' : '000000';
      let last: HttpAnswer | undefined;
      for (let i = 0; i < fx.link.maxAttempts; i++) last = await send('POST', `/link-requests/${id}/confirm`, { body: { code: wrong } });
      const locking = expectProblem(last!, 422, 'code-invalid');
      expect(locking.attemptsLeft, 'attemptsLeft of the locking refusal').to.equal(0);
      expect(locking.details?.status, 'details.status of the locking refusal').to.equal('locked');
      const res = await send('POST', `/link-requests/${id}/confirm`, { body: { code: wrong } });
      const problem = expectProblem(res, 429, 'rate-limited');
      expect(problem.details?.status, 'details.status').to.equal('locked');
      expect(res.headers.get('retry-after'), 'Retry-After of a permanent lock').to.equal(null);
    });

    it('an order without Idempotency-Key: 400 validation naming the header', { needs: ['order', 'control'] }, async () => {
      const res = await send('POST', `/accounts/${enc(fx.main.id)}/orders`, { body: draft(await productId()) });
      const problem = expectProblem(res, 400, 'validation');
      expect(problem.errors, 'errors').to.have.property('Idempotency-Key');
      expect(await backend.orders(), 'orders placed').to.have.length(0);
    });

    it('Idempotency-Key: 201, then a replay 200 with the same order; another body 409 conflict', { needs: ['order', 'control'] }, async () => {
      const body = draft(await productId());
      const key = { 'Idempotency-Key': `verify-${Date.now()}` };
      const first = await send('POST', `/accounts/${enc(fx.main.id)}/orders`, { body, headers: key });
      expect(first.status, 'first attempt').to.equal(201);
      const replay = await send('POST', `/accounts/${enc(fx.main.id)}/orders`, { body, headers: key });
      expect(replay.status, 'replay').to.equal(200);
      expect(replay.json.id, 'replayed order id').to.equal(first.json.id);
      const other = await send('POST', `/accounts/${enc(fx.main.id)}/orders`, { body: { ...body, contactEmail: 'other@example.test' }, headers: key });
      expectProblem(other, 409, 'conflict');
      expect((await backend.orders()).length, 'orders placed').to.equal(1);
    });

    it('an invalid draft: 422 validation with one message per field', { needs: ['order'] }, async () => {
      const res = await send('POST', `/accounts/${enc(fx.main.id)}/orders`, {
        body: draft(await productId(), { contactEmail: 'no-at-sign', acceptTerms: false }),
        headers: { 'Idempotency-Key': `verify-invalid-${Date.now()}` },
      });
      const problem = expectProblem(res, 422, 'validation');
      expect(problem.errors, 'errors').to.include.keys('contactEmail', 'acceptTerms');
      for (const message of Object.values(problem.errors)) expect(message, 'a field message').to.be.a('string');
    });

    it('unlink: DELETE answers 200 with the standalone account; again 404 not-linked; unknown 404 not-found; provisioning 409', { needs: ['unlink'] }, async () => {
      const path = (id: string) => `/accounts/${enc(fx.main.id)}/subaccounts/${enc(id)}`;
      const res = await send('DELETE', path(fx.unlink.subaccount));
      expect(res.status, 'HTTP status').to.equal(200);
      expect(res.json.role, 'role afterwards').to.equal('standalone');
      expectProblem(await send('DELETE', path(fx.unlink.subaccount)), 404, 'not-linked');
      expectProblem(await send('DELETE', path('acc-verify-does-not-exist')), 404, 'not-found');
      const busy = expectProblem(await send('DELETE', path(fx.unlink.provisioning)), 409, 'conflict');
      expect(busy.details?.reason, 'details.reason').to.equal('provisioning');
    });

    it('a body that is not JSON: 400 validation', async () => {
      const res = await send('POST', `/accounts/${enc(fx.main.id)}/link-requests`, { raw: '{not json', headers: { 'Content-Type': 'application/json' } });
      expectProblem(res, 400, 'validation');
    });
  });
}
