import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderDraft } from '../../../src/api/types.js';
import type { SubaccountAddedDetail } from '../../../src/core/events.js';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { SEED } from '../../../src/mock/seed.js';
import { InMemoryAdapter, MemoryDraftStore, PROVISIONING_MS, q, text, waitForStep, type TestOrderFlow } from './helpers.js';

const SHOP = 'https://shop.example.test/bestellen?src=portal';

const draft: OrderDraft = {
  productId: 'sip-trunk',
  options: { channels: 4 },
  site: { name: 'Werk Sindelfingen', street: 'Bahnhofstraße 3', postalCode: '71063', city: 'Sindelfingen' },
  contactEmail: 'werk@example.de',
  invoice: 'own',
  acceptTerms: true,
};

async function shopFlow(adapter: InMemoryAdapter, page: string): Promise<TestOrderFlow> {
  return fixture<TestOrderFlow>(html`<test-order-flow
    .adapter=${adapter}
    .draftStore=${new MemoryDraftStore()}
    .page=${page}
    order-url=${SHOP}
    poll-interval="20"
  ></test-order-flow>`);
}

describe('<order-subaccount-flow>: hand-over to the portal’s shop', () => {
  it('sends the customer to the shop with a return_url (without a stale order parameter)', async () => {
    const adapter = new InMemoryAdapter();
    const el = await shopFlow(adapter, 'http://portal.example.test/standorte?tab=sites');
    await waitForStep(el, 'handover');
    expect(text(el)).to.contain('New sub-accounts are ordered in our shop.');
    q(el, '[part="next"]').focus();
    await sendKeys({ press: 'Enter' });
    expect(el.navigated).to.have.length(1);
    const url = new URL(el.navigated[0]);
    expect(url.origin + url.pathname).to.equal('https://shop.example.test/bestellen');
    expect(url.searchParams.get('src')).to.equal('portal');
    expect(url.searchParams.get('return_url')).to.equal('http://portal.example.test/standorte?tab=sites');
    await expect(el).to.be.accessible();
  });

  it('on return with ?order=… picks the order up, shows provisioning and finishes', async () => {
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    const order = await adapter.placeOrder(SEED.main.id, draft, { idempotencyKey: 'shop-order-1' });
    const el = await shopFlow(adapter, `http://portal.example.test/standorte?tab=sites&order=${order.id}`);
    await waitForStep(el, 'provisioning');
    expect(text(el)).to.contain(order.number!); // the number customers see, not the id
    const added = oneEvent(el, 'subaccount-added') as Promise<CustomEvent<SubaccountAddedDetail>>;
    adapter.backend.advanceTime(PROVISIONING_MS);
    const event = await added;
    await waitForStep(el, 'done');
    expect(event.detail).to.include({ via: 'order' });
    expect(event.detail.account.name).to.equal('Werk Sindelfingen');
    expect(event.detail.order?.id).to.equal(order.id);
    expect(text(el)).to.contain('Further information follows by e-mail to werk@example.de.');
    expect(adapter.backend.orders()).to.have.length(1);
    // A further return link now points back without the order parameter
    expect(new URL(el.shopUrl()!).searchParams.get('return_url')).to.equal('http://portal.example.test/standorte?tab=sites');
  });

  it('picks up an order through the completedOrderId property (no order-url needed)', async () => {
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    const order = await adapter.placeOrder(SEED.main.id, draft, { idempotencyKey: 'shop-order-2' });
    adapter.backend.advanceTime(PROVISIONING_MS);
    const added = new Promise<CustomEvent<SubaccountAddedDetail>>((resolve) =>
      document.addEventListener('subaccount-added', (e) => resolve(e as CustomEvent<SubaccountAddedDetail>), { once: true }),
    );
    const el = await fixture<OrderSubaccountFlow>(
      html`<order-subaccount-flow .adapter=${adapter} .draftStore=${new MemoryDraftStore()} completed-order-id=${order.id}></order-subaccount-flow>`,
    );
    await waitForStep(el, 'done');
    expect((await added).detail.order?.status).to.equal('completed');
    expect(el.shadowRoot!.activeElement, 'no focus pulled on page load').to.equal(null);
  });

  it('shows a failed shop order with its reason and offers the shop again', async () => {
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    adapter.backend.failNextOrder('Standort nicht versorgbar');
    const order = await adapter.placeOrder(SEED.main.id, draft, { idempotencyKey: 'shop-order-3' });
    adapter.backend.advanceTime(PROVISIONING_MS);
    const el = await shopFlow(adapter, `http://portal.example.test/standorte?order=${order.id}`);
    await waitForStep(el, 'failed');
    expect(text(el)).to.contain('Reason: Standort nicht versorgbar');
    q(el, '[part="next"]').click();
    expect(el.navigated).to.have.length(1);
  });

  it('explains an order parameter that names no order', async () => {
    const adapter = new InMemoryAdapter();
    const el = await shopFlow(adapter, 'http://portal.example.test/standorte?order=ord-999');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(el)).to.contain('We could not find the order you placed in the shop.');
    const bad = await shopFlow(adapter, 'http://portal.example.test/standorte?order=%3Cscript%3E');
    await waitUntil(() => bad.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(bad)).to.contain('We could not find the order you placed in the shop.');
    expect(bad.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('refuses a shop address that is not http(s)', async () => {
    const adapter = new InMemoryAdapter();
    const el = await shopFlow(adapter, 'http://portal.example.test/');
    el.orderUrl = 'javascript:alert(1)';
    await waitForStep(el, 'handover');
    q(el, '[part="next"]').click();
    await el.updateComplete;
    expect(el.navigated).to.have.length(0);
    expect(text(el)).to.contain('The shop address is not valid');
  });
});
