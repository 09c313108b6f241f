import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AdapterErrorDetail } from '../../../src/core/events.js';
import {
  acceptTerms,
  active,
  fieldError,
  InMemoryAdapter,
  PROVISIONING_MS,
  pressNext,
  q,
  setup,
  text,
  toReview,
  waitForStep,
} from './helpers.js';
import { holdCalls } from '../../helpers/hold.js';

/** An InMemoryAdapter that records every idempotency key `placeOrder` was called with. */
function recordingAdapter(): { adapter: InMemoryAdapter; keys: string[] } {
  const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
  const keys: string[] = [];
  const place = adapter.placeOrder.bind(adapter);
  adapter.placeOrder = (mainId, draft, opts) => {
    keys.push(opts.idempotencyKey);
    return place(mainId, draft, opts);
  };
  return { adapter, keys };
}

describe('<order-subaccount-flow>: ordering never orders twice', () => {
  it('retries after a lost response with the same idempotency key; the backend holds one order', async () => {
    const { adapter, keys } = recordingAdapter();
    const { el } = await setup({ adapter });
    await toReview(el);
    await acceptTerms(el);
    const errors: AdapterErrorDetail[] = [];
    el.addEventListener('adapter-error', (e) => errors.push(e.detail));
    // The order is placed, but the answer never arrives (a timeout / dropped connection)
    adapter.backend.failNext('network', { afterCommit: true });
    await pressNext(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    expect(el.step).to.equal('review');
    expect(text(el)).to.contain('The connection failed');
    // The answer was lost, not the order (the backend holds it): the words say what is known.
    expect(text(el)).to.contain('We could not confirm your order. Trying again will not order twice.');
    expect(text(el)).not.to.contain('not placed yet');
    expect(errors.map((e) => e.error.code)).to.deep.equal(['network']);
    expect(adapter.backend.orders()).to.have.length(1);
    // Try again
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(adapter.backend.orders()).to.have.length(1);
  });

  it('retries after a failure before the backend saw the order, with the same key', async () => {
    const { adapter, keys } = recordingAdapter();
    const { el } = await setup({ adapter });
    await toReview(el);
    await acceptTerms(el);
    adapter.backend.failNext('server');
    await pressNext(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(adapter.backend.orders()).to.have.length(0);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    expect(new Set(keys).size).to.equal(1);
    expect(keys).to.have.length(2);
    expect(adapter.backend.orders()).to.have.length(1);
  });

  it('a double click (and Enter on top) places one order', async () => {
    const { adapter, keys } = recordingAdapter();
    const gate = holdCalls(adapter, 'placeOrder'); // the request stays in flight until the test lets it go
    const { el } = await setup({ adapter });
    await toReview(el);
    await acceptTerms(el);
    const button = q<HTMLButtonElement>(el, '[part="next"]');
    button.click();
    button.click();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(el.leaveRisk).to.equal('busy');
    gate.release();
    await waitForStep(el, 'provisioning');
    expect(keys).to.have.length(1);
    expect(adapter.backend.orders()).to.have.length(1);
  });

  it('a server validation error takes the customer to the step and field concerned', async () => {
    const { el, adapter } = await setup();
    await toReview(el);
    await acceptTerms(el);
    adapter.backend.failNext('validation', {
      fields: { 'site.postalCode': 'Für diese Postleitzahl ist kein Notruf-Routing möglich.' },
    });
    await pressNext(el);
    await waitForStep(el, 'configuration');
    const postal = q(el, '#f-site-postalCode');
    await waitUntil(() => active(el) === postal, 'postal code not focused');
    expect(postal.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldError(el, postal)).to.equal('Für diese Postleitzahl ist kein Notruf-Routing möglich.');
    expect(adapter.backend.orders()).to.have.length(0);
  });

  it('a server validation error on an option lands on that option; on several steps, on the earliest', async () => {
    const { el, adapter } = await setup();
    await toReview(el);
    await acceptTerms(el);
    adapter.backend.failNext('validation', {
      fields: { invoice: 'No collective invoice for this product.', 'options.seats': 'At most 100 for this site.' },
    });
    await pressNext(el);
    await waitForStep(el, 'configuration');
    const seats = q(el, '#f-options-seats');
    await waitUntil(() => active(el) === seats);
    expect(fieldError(el, seats)).to.equal('At most 100 for this site.');
    // the invoice message waits on its step
    await pressNext(el);
    await waitForStep(el, 'invoice');
    expect(text(el)).to.contain('No collective invoice for this product.');
  });

  it('a server error without known fields stays on review with the message', async () => {
    const { el, adapter } = await setup();
    await toReview(el);
    await acceptTerms(el);
    adapter.backend.failNext('limit-reached');
    await pressNext(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.step).to.equal('review');
    expect(text(el)).to.contain('Your main account has reached its limit of sub-accounts.');
    expect(text(el)).not.to.contain('Trying again is safe');
  });

  it('provisioning ends failed: shows the reason, and ordering again uses a new key', async () => {
    const { adapter, keys } = recordingAdapter();
    const { el } = await setup({ adapter });
    await toReview(el);
    await acceptTerms(el);
    adapter.backend.failNextOrder('Am Standort ist kein Anschluss verfügbar.');
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    const errorsBefore = adapter.backend.orders().length;
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(el, 'failed');
    expect(text(el)).to.contain('Reason: Am Standort ist kein Anschluss verfügbar.');
    expect(active(el)?.textContent).to.contain('The order could not be completed');
    q(el, '[part="next"]').click();
    await waitForStep(el, 'review');
    expect(q<HTMLInputElement>(el, '#f-acceptTerms').checked).to.equal(false);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    expect(keys).to.have.length(2);
    expect(keys[1]).not.to.equal(keys[0]);
    expect(adapter.backend.orders()).to.have.length(errorsBefore + 1);
  });

  it('keeps polling through a passing network failure while provisioning', async () => {
    const { el, adapter } = await setup();
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    adapter.backend.failNext('network', { count: 4 }); // the poller tolerates 4 in a row (gives up at 5)
    await waitUntil(() => text(el).includes('We could not check the status just now'), 'poll error not shown', { interval: 5 });
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(el, 'done');
  });

  it('stops polling after repeated failures and offers to check again', async () => {
    const { el, adapter } = await setup();
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    const error = oneEvent(el, 'adapter-error');
    adapter.backend.failNext('server', { count: 5 }); // the poller gives up after 5 failures in a row
    expect((await error).detail.error.code).to.equal('server');
    await el.updateComplete;
    expect(text(el)).to.contain('We could not check the status of your order.');
    expect(el.step).to.equal('provisioning');
    adapter.backend.advanceTime(PROVISIONING_MS);
    q(el, '.alert button').click();
    await waitForStep(el, 'done');
  });

  it('can be left while provisioning: Close dispatches order-cancel with the order id', async () => {
    const { el, adapter } = await setup();
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    const order = adapter.backend.orders()[0];
    const cancel = oneEvent(el, 'order-cancel');
    q(el, '[part="cancel"]').click();
    expect((await cancel).detail).to.deep.equal({ step: 'provisioning', orderId: order.id });
  });

  it('a changed catalog (conflict) is reconciled on review, asking to check and accept again', async () => {
    const { el, adapter } = await setup();
    await toReview(el);
    await acceptTerms(el);
    const getCatalog = adapter.getCatalog.bind(adapter);
    adapter.getCatalog = async (id, o) => ({ ...(await getCatalog(id, o)), version: '2027-01-01' });
    adapter.backend.failNext('conflict', { message: 'The catalog has changed. Review the order.' });
    await pressNext(el);
    await waitUntil(() => text(el).includes('Prices or options have changed'), 'no reconciliation notice');
    expect(el.step).to.equal('review');
    expect(q<HTMLInputElement>(el, '#f-acceptTerms').checked).to.equal(false);
    expect(adapter.backend.orders()).to.have.length(0);
  });

  it('shows a server message for a field no step renders (e.g. site.country) on that step', async () => {
    const { el, adapter } = await setup();
    await toReview(el);
    await acceptTerms(el);
    adapter.backend.failNext('validation', { fields: { 'site.country': 'Only sites in Germany (DE) can be ordered.' } });
    await pressNext(el);
    await waitForStep(el, 'configuration');
    expect(q(el, '[role="alert"]').textContent).to.contain('Only sites in Germany (DE) can be ordered.');
  });

  it('after done: "Order another" starts afresh with a new key; embedded, Close sends flow-close', async () => {
    const { adapter, keys } = recordingAdapter();
    const { el } = await setup({ adapter });
    el.embedded = true;
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(el, 'done');
    const close = oneEvent(el, 'flow-close');
    q(el, '[data-step="done"] [part="cancel"]').click();
    await close;
    q(el, '[data-step="done"] button').click();
    await waitForStep(el, 'product');
    expect(el.shadowRoot!.querySelector('input[name="productId"]:checked')).to.equal(null);
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    expect(keys).to.have.length(2);
    expect(keys[1]).not.to.equal(keys[0]);
    expect(adapter.backend.orders()).to.have.length(2);
  });

  it('picks up an order set later through completedOrderId, then can order another', async () => {
    const { el, adapter } = await setup();
    const order = await adapter.placeOrder('acc-main', {
      productId: 'number-block',
      options: { size: '10', areaCode: '040' },
      site: { name: 'Lager Süd', street: 'Weg 1', postalCode: '80331', city: 'München' },
      contactEmail: 'sued@example.de',
      invoice: 'own',
      acceptTerms: true,
    }, { idempotencyKey: 'external-1' });
    adapter.backend.advanceTime(PROVISIONING_MS);
    el.completedOrderId = order.id;
    await waitForStep(el, 'done');
    expect(text(el)).to.contain('Lager Süd');
    q(el, '[data-step="done"] button').click();
    await waitForStep(el, 'product');
  });
});
