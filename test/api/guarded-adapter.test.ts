import { expect } from '@open-wc/testing';
import type { AccountAdapter } from '../../src/api/adapter.js';
import { AccountWidgetsError } from '../../src/api/errors.js';
import { guardAdapter, unguarded, withExtras } from '../../src/api/guarded-adapter.js';
import { RestAdapter } from '../../src/api/rest-adapter.js';
import { AdapterController } from '../../src/core/adapter-controller.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { never, ownError, partner } from '../hardening/partner.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('guardAdapter (the validating seam)', () => {
  it('passes a valid result with its extra fields through, and drops null optionals', async () => {
    const base = await new InMemoryAdapter().getCurrentAccount();
    const p = partner({ getCurrentAccount: async () => ({ ...base, site: null, portalTier: 'gold', main: undefined }) });
    const me = (await guardAdapter(p.adapter).getCurrentAccount()) as unknown as Record<string, unknown>;
    expect(me.portalTier).to.equal('gold');
    expect('site' in me).to.equal(false);
    expect(me.id).to.equal(base.id);
  });

  it('keeps extras at any depth (page items)', () => {
    const input = { items: [{ a: 1, extra: { deep: true } }], total: 1, cursor: 'x' };
    expect(withExtras(input, { items: [{ a: 1 }], total: 1 })).to.deep.equal(input);
  });

  it('turns a wrong shape into invalid-response naming method and path, and reports it once', async () => {
    const seen: AccountWidgetsError[] = [];
    const p = partner({ getCatalog: async () => ({ version: '1', currency: 'EUR', vat: { rate: 0.19, included: false }, products: [{}] }) });
    const error = (await rejection(guardAdapter(p.adapter, { onInvalid: (e) => seen.push(e) }).getCatalog('m'))) as AccountWidgetsError;
    expect(error).to.be.instanceOf(AccountWidgetsError);
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.equal('getCatalog: $.products[0].id: expected a string, got undefined');
    expect(error.details).to.include({ method: 'getCatalog', path: '$.products[0].id' });
    expect(seen).to.deep.equal([error]);
  });

  it('does not validate a plain RestAdapter a second time (its own result object comes through)', async () => {
    const rest = new RestAdapter({ baseUrl: '/api' });
    const answer = { anything: true };
    rest.getCurrentAccount = (() => Promise.resolve(answer)) as never;
    const host = Object.assign(document.createElement('div'), { addController() {}, requestUpdate() {}, adapter: rest });
    const controller = new AdapterController(host as never);
    expect(await controller.value!.getCurrentAccount()).to.equal(answer);
    // A partner's adapter behind the same controller is checked.
    (host as { adapter: AccountAdapter }).adapter = partner({ getCurrentAccount: async () => answer }).adapter;
    expect(((await rejection(controller.value!.getCurrentAccount())) as AccountWidgetsError).code).to.equal('invalid-response');
  });

  it('hands out one guarded object per adapter, and unwraps a guarded one instead of wrapping twice', () => {
    const p = partner();
    const guarded = guardAdapter(p.adapter);
    expect(unguarded(guarded)).to.equal(p.adapter);
    expect(unguarded(guardAdapter(guarded))).to.equal(p.adapter);
    expect(guarded.getCatalog).to.equal(guarded.getCatalog);
  });

  it('rejects at once with our own abort reason, even when the adapter ignores the signal', async () => {
    const p = partner({ getCurrentAccount: never });
    const controller = new AbortController();
    const call = guardAdapter(p.adapter).getCurrentAccount({ signal: controller.signal });
    controller.abort();
    const error = await rejection(call);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(p.opts.getCurrentAccount![0]!.signal!.aborted).to.equal(true);
  });

  for (const name of ['AbortError', 'TimeoutError'] as const) {
    it(`makes the adapter's own ${name} a retryable network failure`, async () => {
      const p = partner({ getOrder: () => Promise.reject(ownError(name)) });
      const error = (await rejection(guardAdapter(p.adapter).getOrder('o-1', { signal: new AbortController().signal }))) as AccountWidgetsError;
      expect(error.code).to.equal('network');
      expect(error.retryable).to.equal(true);
      expect(!!error.details?.timeout).to.equal(name === 'TimeoutError');
    });
  }

  it('gives up after the deadline with a timeout, and tells the adapter to stop', async () => {
    const p = partner({ getCurrentAccount: never });
    const error = (await rejection(guardAdapter(p.adapter, { timeoutMs: () => 20 }).getCurrentAccount())) as AccountWidgetsError;
    expect(error.code).to.equal('network');
    expect(error.details).to.include({ timeout: true, timeoutMs: 20 });
    expect((p.opts.getCurrentAccount![0]!.signal!.reason as DOMException).name).to.equal('TimeoutError');
  });

  it('gives every call a signal, placeOrder included, keeping the other options', async () => {
    const p = partner({ placeOrder: never });
    void guardAdapter(p.adapter).placeOrder('m', {} as never, { idempotencyKey: 'k-12345678' });
    expect(p.opts.placeOrder![0]!.signal).to.be.instanceOf(AbortSignal);
    expect(p.opts.placeOrder![0]!.idempotencyKey).to.equal('k-12345678');
    guardAdapter(p.adapter).listSubaccounts('m').catch(() => {});
    expect(p.opts.listSubaccounts![0]!.signal).to.be.instanceOf(AbortSignal);
  });

  it('turns a synchronous throw into a rejection (server, not network), and accepts a plain valid value', async () => {
    const base = await new InMemoryAdapter().getCurrentAccount();
    const p = partner({
      getCurrentAccount: () => base,
      getCatalog: () => {
        throw new TypeError('partner bug');
      },
    });
    const guarded = guardAdapter(p.adapter);
    expect((await guarded.getCurrentAccount()).id).to.equal(base.id);
    const error = (await rejection(guarded.getCatalog('m'))) as AccountWidgetsError;
    expect(error.code).to.equal('server');
    expect(error.message).to.contain('partner bug');
  });

  it('keeps known error codes from another bundle, and says so when a required method is missing', async () => {
    const p = partner({ startLink: () => Promise.reject({ code: 'not-found', message: 'nope' }) });
    const guarded = guardAdapter(p.adapter);
    expect(AccountWidgetsError.from(await rejection(guarded.startLink('m', '1'))).code).to.equal('not-found');
    const bare = guardAdapter({} as AccountAdapter);
    expect(bare.getAccessUrl).to.equal(undefined); // optional: absent stays absent
    const missing = AccountWidgetsError.from(await rejection(bare.confirmLink('c', '1')));
    expect(missing.code).to.equal('server');
    expect(missing.message).to.contain('no confirmLink()');
  });
});
