import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { SEED } from '../../../src/mock/seed.js';
import {
  acceptTerms,
  chooseProduct,
  fillSite,
  typeInto,
  InMemoryAdapter,
  MemoryDraftStore,
  PROVISIONING_MS,
  pressNext,
  q,
  qq,
  setup,
  text,
  toReview,
  waitForStep,
} from './helpers.js';

describe('<order-subaccount-flow>: accessibility and language', () => {
  for (const lang of ['en', 'de']) {
    it(`is axe-clean in every step, with and without errors (${lang})`, async () => {
      const { el, adapter } = await setup({ lang });
      await expect(el).to.be.accessible();
      await pressNext(el); // product error
      await expect(el).to.be.accessible();
      await chooseProduct(el, 0);
      await pressNext(el);
      await waitForStep(el, 'configuration');
      await expect(el).to.be.accessible();
      await pressNext(el); // errors on every site field
      expect(qq(el, '[aria-invalid="true"]').length).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
      q(el, '[part="back"]').click();
      await waitForStep(el, 'product');
      await toReview(el);
      await expect(el).to.be.accessible();
      await pressNext(el); // terms error
      await expect(el).to.be.accessible();
      await acceptTerms(el);
      adapter.backend.failNext('network');
      await pressNext(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      await expect(el).to.be.accessible();
      await pressNext(el);
      await waitForStep(el, 'provisioning');
      await expect(el).to.be.accessible();
      adapter.backend.advanceTime(PROVISIONING_MS);
      await waitForStep(el, 'done');
      await expect(el).to.be.accessible();
    });
  }

  it('is axe-clean on the invoice step and when an order failed', async () => {
    const { el, adapter } = await setup();
    await chooseProduct(el, 2);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    await expect(el).to.be.accessible(); // number-block: a required text option with a pattern
    await typeInto(el, '#f-options-areaCode', '0711');
    await fillSite(el);
    await pressNext(el);
    await waitForStep(el, 'invoice');
    await expect(el).to.be.accessible();
    await pressNext(el);
    await waitForStep(el, 'review');
    await acceptTerms(el);
    adapter.backend.failNextOrder('Kein Anschluss');
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(el, 'failed');
    await expect(el).to.be.accessible();
  });

  it('speaks German with German prices, and follows a change of lang', async () => {
    const { el } = await setup({ lang: 'de' });
    expect(q(el, 'h2').textContent).to.equal('Produkt wählen');
    expect(text(el)).to.contain('19,90 € monatlich');
    expect(text(el)).to.contain('49,00 € einmalig');
    await toReview(el);
    expect(q(el, '[part="next"]').textContent!.trim()).to.equal('Zahlungspflichtig bestellen');
    expect(q(el, '[data-vat]').textContent).to.match(/^Alle Preise netto, zuzüglich 19\s%\sMwSt\.$/);
    el.setAttribute('lang', 'en');
    await waitUntil(() => q(el, 'h2').textContent === 'Check your order');
    expect(q(el, '[data-price="monthly"]').textContent).to.equal('€47.40');
  });

  it('states VAT as included when the catalog says so', async () => {
    const adapter = new InMemoryAdapter();
    const getCatalog = adapter.getCatalog.bind(adapter);
    adapter.getCatalog = async (id, o) => ({ ...(await getCatalog(id, o)), vat: { rate: 0.19, included: true } });
    const { el } = await setup({ adapter });
    await toReview(el);
    expect(q(el, '[data-vat]').textContent).to.equal('All prices include 19% VAT.');
    expect(el.shadowRoot!.querySelector('[data-price="gross-monthly"]')).to.equal(null);
  });

  it('takes string overrides', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<OrderSubaccountFlow>(html`<order-subaccount-flow
      .adapter=${adapter}
      .draftStore=${new MemoryDraftStore()}
      .strings=${{ headingProduct: 'Tarif wählen', network: 'Netz weg.' }}
    ></order-subaccount-flow>`);
    await waitForStep(el, 'product');
    expect(q(el, 'h2').textContent).to.equal('Tarif wählen');
  });

  it('announces each step in its live region and never steals focus on first render', async () => {
    const before = document.activeElement;
    const { el } = await setup();
    expect(document.activeElement).to.equal(before);
    await chooseProduct(el, 0);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    await waitUntil(() => q(el, '[role="status"]').textContent === 'Step 2 of 5: Configuration');
    expect(q(el, 'h2').getAttribute('tabindex')).to.equal('-1');
  });

  it('explains in German to a sub-account why it cannot order', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.setCurrentAccount(SEED.sub.id);
    const el = await fixture<OrderSubaccountFlow>(html`<order-subaccount-flow lang="de" .adapter=${adapter}></order-subaccount-flow>`);
    await waitUntil(() => text(el).includes('Nur ein Hauptaccount'));
    expect(text(el)).to.contain('Dieser Account gehört zu Nordlicht Kommunikation GmbH.');
  });
});
