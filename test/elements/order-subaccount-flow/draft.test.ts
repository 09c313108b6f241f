import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DraftStore } from '../../../src/core/draft-store.js';
import { isInViewport } from '../../../src/core/scroll-into-view.js';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { SEED } from '../../../src/mock/seed.js';
import {
  acceptTerms,
  chooseProduct,
  fillSite,
  InMemoryAdapter,
  MemoryDraftStore,
  PROVISIONING_MS,
  pressNext,
  q,
  setup,
  text,
  toReview,
  typeInto,
  waitForStep,
} from './helpers.js';
import { holdCalls } from '../../helpers/hold.js';

const KEY = `account-widgets:order-draft:${SEED.main.id}`;

function stored(store: MemoryDraftStore): Record<string, unknown> {
  return JSON.parse(store.get(KEY)!);
}

function draftOf(patch: Record<string, unknown>): string {
  return JSON.stringify({
    v: 1,
    step: 'review',
    productId: 'cloud-pbx-site',
    options: { seats: 12, numbers: 'port', callRecording: true },
    site: { name: 'Filiale Ulm', street: 'Münsterplatz 1', postalCode: '89073', city: 'Ulm' },
    contactEmail: 'ulm@example.de',
    invoice: 'own',
    acceptTerms: true,
    catalogVersion: '2026-11-01',
    idempotencyKey: '0b7c1f3e-1111-4222-8333-444455556666',
    ...patch,
  });
}

describe('<order-subaccount-flow>: the draft survives closing and reloading', () => {
  it('restores the draft mid-flow in a new element with the same storage, with the same idempotency key', async () => {
    const store = new MemoryDraftStore();
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    const first = await setup({ adapter, store });
    await chooseProduct(first.el, 1);
    await pressNext(first.el);
    await waitForStep(first.el, 'configuration');
    await fillSite(first.el);
    await typeInto(first.el, '#f-options-channels', '10');
    await pressNext(first.el);
    await waitForStep(first.el, 'invoice');
    const key = stored(store).idempotencyKey;
    expect(key).to.be.a('string');
    first.el.remove(); // closing the dialog, or reloading the page

    const second = await setup({ adapter, store, wait: 'invoice' });
    expect(text(second.el)).to.contain('We restored the order you started earlier.');
    await pressNext(second.el);
    await waitForStep(second.el, 'review');
    expect(text(second.el)).to.contain('SIP-Trunk');
    expect(text(second.el)).to.contain('Voice channels: 10 channels');
    expect(text(second.el)).to.contain('Filiale Koeln');
    expect(stored(store).idempotencyKey).to.equal(key);
  });

  it('keeps drafts per main account', async () => {
    const store = new MemoryDraftStore();
    store.set(`account-widgets:order-draft:${SEED.standalone.id}`, draftOf({ step: 'invoice' }));
    const { el } = await setup({ store });
    expect(el.step).to.equal('product');
    expect(text(el)).not.to.contain('We restored');
  });

  it('resumes an order placed before the reload and finishes it', async () => {
    const store = new MemoryDraftStore();
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    const first = await setup({ adapter, store });
    await toReview(first.el);
    await acceptTerms(first.el);
    await pressNext(first.el);
    await waitForStep(first.el, 'provisioning');
    first.el.remove();
    expect(stored(store).orderId).to.equal(adapter.backend.orders()[0].id);

    const second = await setup({ adapter, store, wait: 'provisioning' });
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(second.el, 'done');
    expect(store.entries.size).to.equal(0);
    expect(adapter.backend.orders()).to.have.length(1);
  });

  it('reconciles a draft whose product is no longer offered: back to product, site and contact kept', async () => {
    const store = new MemoryDraftStore();
    store.set(KEY, draftOf({ productId: 'isdn-legacy', productName: 'ISDN-Anlagenanschluss', catalogVersion: '2025-01-01' }));
    const { el } = await setup({ store });
    expect(text(el)).to.contain('The product you chose earlier (ISDN-Anlagenanschluss) is no longer offered.');
    expect(el.shadowRoot!.querySelector('input[name="productId"]:checked')).to.equal(null);
    await chooseProduct(el, 0);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    expect(q<HTMLInputElement>(el, '#f-site-name').value).to.equal('Filiale Ulm');
    expect(q<HTMLInputElement>(el, '#f-contactEmail').value).to.equal('ulm@example.de');
    expect(q<HTMLInputElement>(el, '#f-options-seats').value).to.equal('5'); // the new product's defaults
  });

  it('reconciles options that disappeared or no longer fit: named, defaults put in, the rest kept', async () => {
    const store = new MemoryDraftStore();
    store.set(KEY, draftOf({ options: { seats: 12, numbers: 'isdn-block', fax: true } }));
    const { el } = await setup({ store, wait: 'configuration' });
    expect(text(el)).to.contain('The options of Cloud PBX for a site have changed: Phone numbers, fax.');
    expect(q<HTMLInputElement>(el, '#f-options-seats').value).to.equal('12');
    expect(q<HTMLInputElement>(el, '#f-options-numbers-0').checked).to.equal(true); // default again
  });

  it('reconciles a changed catalog version: stays on review, terms must be accepted again', async () => {
    const store = new MemoryDraftStore();
    store.set(KEY, draftOf({ catalogVersion: '2026-01-01' }));
    const { el } = await setup({ store, wait: 'review' });
    expect(text(el)).to.contain('Prices or options have changed since you started this order.');
    expect(q<HTMLInputElement>(el, '#f-acceptTerms').checked).to.equal(false);
    expect(text(el)).to.contain('Filiale Ulm');
    // saved after the paint (saveSoon), so waited for rather than read at once
    await waitUntil(() => stored(store).catalogVersion === '2026-11-01', 'the reconciled draft was not saved');
  });

  it('ignores a malformed draft', async () => {
    const store = new MemoryDraftStore();
    store.set(KEY, '{"v":1,"step":"review","idempotencyKey":"<script>"}');
    const { el } = await setup({ store });
    expect(el.step).to.equal('product');
  });

  it('"Start over" discards a restored draft', async () => {
    const store = new MemoryDraftStore();
    store.set(KEY, draftOf({ step: 'invoice' }));
    const { el } = await setup({ store, wait: 'invoice' });
    q(el, '[part="notice"] button').click();
    await waitForStep(el, 'product');
    expect(store.get(KEY)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('input[name="productId"]:checked')).to.equal(null);
  });

  it('works when the storage throws (private mode, quota)', async () => {
    const failing: DraftStore = {
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      set: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      remove: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const { el, adapter } = await setup({ store: failing as MemoryDraftStore });
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(el, 'done');
  });

  it('uses sessionStorage by default, keyed per main account', async () => {
    sessionStorage.removeItem(KEY);
    const adapter = new InMemoryAdapter();
    const el = await fixture<OrderSubaccountFlow>(html`<order-subaccount-flow .adapter=${adapter}></order-subaccount-flow>`);
    await waitForStep(el, 'product');
    await chooseProduct(el, 2);
    await waitUntil(() => sessionStorage.getItem(KEY));
    expect(JSON.parse(sessionStorage.getItem(KEY)!).productId).to.equal('number-block');
    sessionStorage.removeItem(KEY);
  });

  it('forgets a remembered order the backend does not know, showing the draft on review', async () => {
    const store = new MemoryDraftStore();
    store.set(KEY, draftOf({ orderId: 'ord-404', acceptTerms: true }));
    const { el } = await setup({ store, wait: 'review' });
    expect(q(el, '[role="alert"]').textContent).to.contain('We could not find the status of your earlier order.');
    expect(stored(store).orderId).to.equal(undefined);
  });

  it('keeps the answer of an order sent just before the flow was closed, and resumes it', async () => {
    const store = new MemoryDraftStore();
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    const gate = holdCalls(adapter, 'placeOrder'); // the request stays in flight until the test lets it go
    const first = await setup({ adapter, store });
    await toReview(first.el);
    await acceptTerms(first.el);
    await pressNext(first.el);
    expect(first.el.leaveRisk).to.equal('busy');
    first.el.abandon();
    first.el.remove(); // the host closes while the request is in flight
    gate.release();
    await waitUntil(() => store.get(KEY) && stored(store).orderId, 'the order id was not kept', { timeout: 3000 });
    const second = await setup({ adapter, store, wait: 'provisioning' });
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(second.el, 'done');
    expect(adapter.backend.orders()).to.have.length(1);
  });
});

describe('<order-subaccount-flow>: the draft is saved after the step is painted', () => {
  function counting(): { store: MemoryDraftStore; writes: () => number } {
    let writes = 0;
    const store = new MemoryDraftStore();
    const set = store.set.bind(store);
    store.set = (k: string, v: string) => (writes++, set(k, v));
    return { store, writes: () => writes };
  }
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  it('writes the draft once after a Next, with the new step, focus on the step heading in view', async () => {
    const { store, writes } = counting();
    const { el } = await setup({ store });
    await chooseProduct(el, 1);
    await frame();
    const before = writes();
    await pressNext(el);
    await waitForStep(el, 'configuration');
    await frame();
    await frame();
    expect(writes() - before).to.equal(1);
    expect(stored(store).step).to.equal('configuration');
    const heading = q(el, '[data-heading]');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(isInViewport(heading)).to.equal(true);
  });

  it('still has the draft when the element is removed or the page hidden right after Next', async () => {
    const { store } = counting();
    const { el } = await setup({ store });
    await chooseProduct(el, 1);
    await pressNext(el);
    el.remove(); // the dialog closed in the same task as the step change
    expect(stored(store).step).to.equal('configuration');

    const second = await setup({ store, wait: 'configuration' });
    await fillSite(second.el);
    await pressNext(second.el);
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(store).step).to.equal('invoice');
    expect((stored(store).site as { city: string }).city).to.equal('Koeln');
  });
});
