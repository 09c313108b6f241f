import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SubaccountAddedDetail } from '../../../src/core/events.js';
import { SEED } from '../../../src/mock/seed.js';
import {
  acceptTerms,
  active,
  chooseProduct,
  fillSite,
  InMemoryAdapter,
  MemoryDraftStore,
  PROVISIONING_MS,
  pressNext,
  q,
  qq,
  setup,
  text,
  toReview,
  typeInto,
  waitForStep,
} from './helpers.js';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';

describe('<order-subaccount-flow>: the whole order', () => {
  it('orders a sub-account with real typing and key presses, from product to done', async () => {
    const { el, adapter, store, steps } = await setup();
    const backend = adapter.backend;

    // Product: an accessible choice with prices and features
    const radios = qq<HTMLInputElement>(el, 'input[type="radio"][name="productId"]');
    expect(radios).to.have.length(3);
    expect(text(el)).to.contain('Cloud PBX for a site'); // the catalogue in the page's language
    expect(text(el)).to.contain('€19.90 per month');
    expect(text(el)).to.contain('€49.00 one-off');
    expect(text(el)).to.contain('Voicemail delivered by e-mail');
    await chooseProduct(el, 0);
    expect(radios[0].checked).to.equal(true);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    expect(active(el)?.matches('h2[data-heading]')).to.equal(true);
    expect(active(el)?.textContent).to.contain('Configure the new sub-account');

    // Configuration: options of the product, with their defaults; site and contact typed
    expect(q<HTMLInputElement>(el, '#f-options-seats').value).to.equal('5');
    await typeInto(el, '#f-options-seats', '8');
    q(el, '#f-options-callRecording').focus();
    await sendKeys({ press: 'Space' });
    await typeInto(el, '#f-options-costCenter', '4100');
    await fillSite(el);
    await sendKeys({ press: 'Enter' }); // implicit submission from the e-mail field: Next
    await waitForStep(el, 'invoice');
    expect(active(el)?.textContent).to.contain('How should it be invoiced?');

    // Invoice: collective invoice with the arrow key
    const own = q<HTMLInputElement>(el, '#invoice-own');
    expect(own.checked).to.equal(true);
    own.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(q<HTMLInputElement>(el, '#invoice-collective').checked).to.equal(true);
    await pressNext(el);
    await waitForStep(el, 'review');

    // Review: everything chosen, price summary (net + VAT, the catalog states net)
    const review = text(el);
    expect(review).to.contain('Cloud PBX for a site');
    expect(review).to.contain('Extensions: 8 extensions');
    expect(review).to.contain('Call recording: Yes');
    expect(review).to.contain('Cost centre: 4100');
    expect(review).to.contain('Filiale Koeln');
    expect(review).to.contain('50667 Koeln');
    expect(review).to.contain('it@nordlicht.example');
    expect(review).to.contain('Collective invoice of the main account');
    // 19.90 + 8 × 4.50 + 5 (number block) + 9.90 = 70.80 monthly; 49 one-off
    expect(q(el, '[data-price="monthly"]').textContent).to.equal('€70.80');
    expect(q(el, '[data-price="one-off"]').textContent).to.equal('€49.00');
    expect(q(el, '[data-price="gross-monthly"]').textContent).to.equal('€84.25');
    expect(q(el, '[data-vat]').textContent).to.contain('19%');
    const terms = q<HTMLAnchorElement>(el, 'a[href]');
    expect(terms.href).to.equal('https://portal.example.test/agb');
    expect(terms.target).to.equal('_blank');

    await acceptTerms(el);
    // Saved after the paint (DraftController.saveSoon), not in the click's task.
    await waitUntil(() => JSON.parse(store.get(`account-widgets:order-draft:${SEED.main.id}`)!).acceptTerms === true, 'acceptance not saved');
    const added = oneEvent(el, 'subaccount-added') as Promise<CustomEvent<SubaccountAddedDetail>>;
    await pressNext(el);

    // Provisioning: visible, leavable
    await waitForStep(el, 'provisioning');
    expect(text(el)).to.contain('the new sub-account will appear in site management as soon as it is ready');
    expect(q(el, 'progress').getAttribute('aria-label')).to.equal('Setting up the sub-account');
    backend.advanceTime(PROVISIONING_MS);

    // Done: name, customer number, e-mail notice, event
    const event = await added;
    await waitForStep(el, 'done');
    const order = backend.orders()[0];
    expect(backend.orders()).to.have.length(1);
    expect(order.status).to.equal('completed');
    expect(event.detail.via).to.equal('order');
    expect(event.detail.order?.id).to.equal(order.id);
    expect(event.detail.account.name).to.equal('Filiale Koeln');
    expect(event.bubbles && event.composed).to.equal(true);
    const done = text(el);
    expect(done).to.contain(`The sub-account Filiale Koeln with customer number ${event.detail.account.customerNumber}`);
    expect(done).to.contain('Further information follows by e-mail to it@nordlicht.example.');
    expect(active(el)?.textContent).to.contain('Your new sub-account is ready');
    expect(steps).to.deep.equal(['product', 'configuration', 'invoice', 'review', 'provisioning', 'done']);
    // The draft is gone once the order completed
    expect(store.entries.size).to.equal(0);
  });

  it('sends exactly the configured draft to placeOrder', async () => {
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    const drafts: unknown[] = [];
    const place = adapter.placeOrder.bind(adapter);
    adapter.placeOrder = (mainId, draft, opts) => {
      drafts.push({ mainId, draft });
      return place(mainId, draft, opts);
    };
    const { el } = await setup({ adapter });
    await chooseProduct(el, 1); // SIP-Trunk
    await pressNext(el);
    await waitForStep(el, 'configuration');
    await fillSite(el, { name: '  Lager Nord ', street: 'Hafenweg 2', postalCode: '20457', city: 'Hamburg' }, 'lager@example.de');
    await pressNext(el);
    await waitForStep(el, 'invoice');
    await pressNext(el);
    await waitForStep(el, 'review');
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    expect(drafts).to.deep.equal([
      {
        mainId: SEED.main.id,
        draft: {
          productId: 'sip-trunk',
          options: { channels: 4, codec: 'hd', fax: false },
          site: { name: 'Lager Nord', street: 'Hafenweg 2', postalCode: '20457', city: 'Hamburg', country: 'DE' },
          contactEmail: 'lager@example.de',
          invoice: 'own',
          acceptTerms: true,
          catalogVersion: '2026-11-01',
        },
      },
    ]);
  });

  it('shows a progress list with aria-current="step" and moves Back with focus on the heading', async () => {
    const { el, steps } = await setup();
    const current = () => q(el, 'ol[part="progress"] [aria-current="step"]').textContent!.trim();
    expect(q(el, 'ol[part="progress"]').getAttribute('aria-label')).to.equal('Order progress');
    expect(qq(el, 'ol[part="progress"] li')).to.have.length(5);
    expect(current()).to.equal('Product');
    await chooseProduct(el, 0);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    expect(current()).to.equal('Configuration');
    expect(q(el, 'ol li.done').textContent).to.contain('Product');
    expect(q(el, 'ol li.done').textContent).to.contain('(done)');
    q(el, '[part="back"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'product');
    expect(active(el)?.matches('h2[data-heading]')).to.equal(true);
    expect(current()).to.equal('Product');
    expect(steps).to.deep.equal(['product', 'configuration', 'product']);
    // The announcement names the step
    await waitUntil(() => q(el, '[role="status"]').textContent!.includes('Step 1 of 5: Product'));
  });

  it('jumps from review to a step with "Edit" and keeps everything', async () => {
    const { el } = await setup();
    await chooseProduct(el, 0);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    await fillSite(el);
    await pressNext(el);
    await pressNext(el);
    await waitForStep(el, 'review');
    const edits = qq<HTMLButtonElement>(el, '.summary button');
    expect(edits.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Edit Product', 'Edit Site', 'Edit Invoice']);
    edits[1].focus();
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'configuration');
    expect(q<HTMLInputElement>(el, '#f-site-city').value).to.equal('Koeln');
    await typeInto(el, '#f-site-city', 'Bonn');
    await pressNext(el);
    await pressNext(el);
    await waitForStep(el, 'review');
    expect(text(el)).to.contain('50667 Bonn');
  });

  it('dispatches order-cancel from Cancel and keeps the draft', async () => {
    const { el, store } = await setup();
    await chooseProduct(el, 2);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    const cancel = oneEvent(el, 'order-cancel');
    q(el, '[part="cancel"]').click();
    expect((await cancel).detail).to.deep.equal({ step: 'configuration', orderId: undefined });
    expect(JSON.parse([...store.entries.values()][0]).productId).to.equal('number-block');
  });

  it('explains to a sub-account that only a main account can order, naming its main account', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.setCurrentAccount(SEED.sub.id);
    const el = await fixture<OrderSubaccountFlow>(html`<order-subaccount-flow .adapter=${adapter}></order-subaccount-flow>`);
    await waitUntil(() => text(el).includes('Only a main account'));
    expect(text(el)).to.contain('Only a main account can have sub-accounts. This account belongs to Nordlicht Kommunikation GmbH.');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a retry and recovers', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('server', { count: 1 });
    const errors: unknown[] = [];
    const el = await fixture<OrderSubaccountFlow>(
      html`<order-subaccount-flow .adapter=${adapter} .draftStore=${new MemoryDraftStore()} @adapter-error=${(e: Event) => errors.push(e)}></order-subaccount-flow>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(el)).to.contain('Something went wrong on our side');
    expect(errors).to.have.length(1);
    q(el, '[role="alert"] button').click();
    await waitForStep(el, 'product');
  });

  it('says when no backend is configured', async () => {
    const el = await fixture<OrderSubaccountFlow>(html`<order-subaccount-flow></order-subaccount-flow>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(el)).to.contain('No backend is configured');
  });

  it('in a host dialog (embedded): Back on the first step sends flow-back, Cancel sends flow-close', async () => {
    const { el } = await setup();
    el.embedded = true;
    await el.updateComplete;
    const back = oneEvent(el, 'flow-back');
    q(el, '[part="back"]').click();
    await back;
    const close = oneEvent(el, 'flow-close');
    q(el, '[part="cancel"]').click();
    await close;
    expect(el.leaveRisk).to.equal('none');
  });

  it('uses the host-provided currentAccount instead of asking the backend', async () => {
    const adapter = new InMemoryAdapter();
    let asked = 0;
    const get = adapter.getCurrentAccount.bind(adapter);
    adapter.getCurrentAccount = (o) => (asked++, get(o));
    const current = await get();
    const el = await fixture<OrderSubaccountFlow>(
      html`<order-subaccount-flow .adapter=${adapter} .currentAccount=${current} .draftStore=${new MemoryDraftStore()}></order-subaccount-flow>`,
    );
    await waitForStep(el, 'product');
    expect(asked).to.equal(0);
  });

  it('explains up front when the main account has reached its sub-account limit', async () => {
    const adapter = new InMemoryAdapter({ subaccountLimit: 3 });
    const el = await fixture<OrderSubaccountFlow>(html`<order-subaccount-flow .adapter=${adapter} .draftStore=${new MemoryDraftStore()}></order-subaccount-flow>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-unavailable]'));
    expect(text(el)).to.contain('Your main account has reached its limit of sub-accounts.');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('never links the terms to a javascript: URL from the catalog', async () => {
    const adapter = new InMemoryAdapter();
    const getCatalog = adapter.getCatalog.bind(adapter);
    adapter.getCatalog = async (id, o) => ({ ...(await getCatalog(id, o)), termsUrl: 'javascript:alert(1)' });
    // The adapter seam refuses the catalog as `invalid-response`, as RestAdapter does for HTTP.
    const { el } = await setup({ adapter, wait: false });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error state');
    expect(text(el)).to.contain('The server sent an answer we could not read.');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="error"] button')).to.exist;
  });

  it('does not pull focus back when the order completes while the customer works elsewhere', async () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    try {
      const { el, adapter } = await setup();
      await toReview(el);
      await acceptTerms(el);
      await pressNext(el);
      await waitForStep(el, 'provisioning');
      expect(active(el)?.matches('h2[data-heading]')).to.equal(true);
      outside.focus();
      adapter.backend.advanceTime(PROVISIONING_MS);
      await waitForStep(el, 'done');
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
    }
  });

  it('loads again when reconnected after a load was cut short', async () => {
    const adapter = new InMemoryAdapter({ latency: 200 });
    const el = await fixture<OrderSubaccountFlow>(html`<order-subaccount-flow .adapter=${adapter} .draftStore=${new MemoryDraftStore()}></order-subaccount-flow>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitForStep(el, 'product');
  });
});
