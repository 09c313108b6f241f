import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { RestAdapter } from '../../../src/api/rest-adapter.js';
import type { OrderDraft } from '../../../src/api/types.js';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { MockBackend } from '../../../src/mock/mock-backend.js';
import { useHandlers, useMockApi } from '../../helpers/msw.js';
import { acceptTerms, MemoryDraftStore, PROVISIONING_MS, pressNext, text, toReview, waitForStep } from './helpers.js';

describe('<order-subaccount-flow> over HTTP (RestAdapter + MSW)', () => {
  it('retries after a dropped connection with the same Idempotency-Key; the backend holds one order', async () => {
    const backend = new MockBackend({ provisioningMs: PROVISIONING_MS });
    await useMockApi(backend);
    const keys: string[] = [];
    let dropped = false;
    await useHandlers(
      http.post('/api/accounts/:mainId/orders', async ({ request, params }) => {
        const key = request.headers.get('Idempotency-Key') ?? '';
        keys.push(key);
        if (!dropped) {
          // The server places the order, but the connection drops before the answer arrives.
          dropped = true;
          const draft = (await request.clone().json()) as OrderDraft;
          await backend.placeOrder(String(params.mainId), draft, { idempotencyKey: key });
          return HttpResponse.error();
        }
        return undefined; // on to the mock API
      }),
    );
    const el = await fixture<OrderSubaccountFlow>(
      html`<order-subaccount-flow api-base="/api" .draftStore=${new MemoryDraftStore()} poll-interval="20"></order-subaccount-flow>`,
    );
    await waitForStep(el, 'product');
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error after the dropped connection', { timeout: 5000 });
    expect(text(el)).to.contain('The connection failed');
    expect(backend.orders()).to.have.length(1);
    await pressNext(el);
    // The retry's answer may wait for the first request's late 504 (1.5 s): more than
    // waitForStep's second on a loaded machine.
    await waitUntil(() => el.step === 'provisioning', 'the retry replayed the order', { timeout: 5000 });
    await waitForStep(el, 'provisioning');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(keys[1]).to.equal(keys[0]);
    expect(backend.orders()).to.have.length(1);
    backend.advanceTime(PROVISIONING_MS);
    await waitForStep(el, 'done');
  });

  it('a timed-out order is retried with the same key and replayed, never placed twice', async () => {
    const backend = new MockBackend({ provisioningMs: PROVISIONING_MS });
    await useMockApi(backend);
    const keys: string[] = [];
    let slow = true;
    await useHandlers(
      http.post('/api/accounts/:mainId/orders', async ({ request, params }) => {
        const key = request.headers.get('Idempotency-Key') ?? '';
        keys.push(key);
        if (slow) {
          // The server places the order but answers too late for the client's timeout.
          slow = false;
          const draft = (await request.clone().json()) as OrderDraft;
          await backend.placeOrder(String(params.mainId), draft, { idempotencyKey: key });
          await delay(1500);
          return HttpResponse.json({}, { status: 504 });
        }
        return undefined;
      }),
    );
    const adapter = new RestAdapter({ baseUrl: '/api', timeoutMs: 300 });
    const el = await fixture<OrderSubaccountFlow>(
      html`<order-subaccount-flow .adapter=${adapter} .draftStore=${new MemoryDraftStore()} poll-interval="20"></order-subaccount-flow>`,
    );
    await waitForStep(el, 'product');
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error after the timeout', { timeout: 5000 });
    expect(text(el)).to.contain('We could not confirm your order. Trying again will not order twice.');
    await pressNext(el);
    // The retry's answer may wait for the first request's late 504 (1.5 s): more than
    // waitForStep's second on a loaded machine.
    await waitUntil(() => el.step === 'provisioning', 'the retry replayed the order', { timeout: 5000 });
    await waitForStep(el, 'provisioning');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(backend.orders()).to.have.length(1);
  });
});
