import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AccountAdapter } from '../src/api/adapter.js';
import { MemoryDraftStore } from '../src/core/draft-store.js';
import '../src/elements/order-subaccount-flow/define.js';
import type { OrderSubaccountFlow } from '../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { InMemoryAdapter } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';
import { shopDraft } from './support.js';

/**
 * Every step and state of `<order-subaccount-flow>`, each on its own `InMemoryAdapter`, in German
 * and English. Steps after the first start from a saved draft (the flow restores it, as after a
 * reload); error states are reached by a `play` function pressing the buttons.
 */
export default {
  title: 'Elements/Order Subaccount Flow',
  component: 'order-subaccount-flow',
  argTypes: {
    orderUrl: { control: 'text', description: 'The portal shop (hand-over mode)' },
    pollInterval: { control: 'number' },
  },
  args: { pollInterval: 1000 },
} satisfies Meta;

type Story = StoryObj;
type Lang = 'de' | 'en';

const KEY = `account-widgets:order-draft:${SEED.main.id}`;

interface DraftInit {
  step: 'product' | 'configuration' | 'invoice' | 'review';
  [field: string]: unknown;
}

/** A saved draft, as the flow itself would have stored it. */
function draftStore(init?: DraftInit): MemoryDraftStore {
  const store = new MemoryDraftStore();
  if (init) {
    store.set(
      KEY,
      JSON.stringify({
        v: 1,
        productId: 'cloud-pbx-site',
        productName: 'Cloud-Telefonanlage Standort',
        options: { seats: 8, numbers: 'new-block-10', callRecording: true },
        site: { name: 'Filiale Leipzig', street: 'Grimmaische Straße 12', postalCode: '04109', city: 'Leipzig' },
        contactEmail: 'leipzig@nordlicht.example',
        invoice: 'collective',
        acceptTerms: false,
        catalogVersion: '2026-11-01',
        idempotencyKey: `story-${Math.random().toString(36).slice(2)}`,
        ...init,
      }),
    );
  }
  return store;
}


function render(
  lang: Lang,
  adapter: AccountAdapter,
  store: MemoryDraftStore,
  args: Record<string, unknown>,
  extra: { orderUrl?: string; completedOrderId?: string } = {},
) {
  return html`<div lang=${lang}>
    <order-subaccount-flow
      .adapter=${adapter}
      .draftStore=${store}
      poll-interval=${String(args.pollInterval ?? 1000)}
      order-url=${extra.orderUrl ?? (args.orderUrl as string) ?? ''}
      completed-order-id=${extra.completedOrderId ?? ''}
    ></order-subaccount-flow>
  </div>`;
}

/** Both languages of a story: the German and the English variant differ only in `lang`. */
function inLang(make: (lang: Lang) => Story, lang: Lang): Story {
  return { ...make(lang), parameters: { lang } };
}

async function flow(canvas: HTMLElement): Promise<OrderSubaccountFlow> {
  const el = canvas.querySelector('order-subaccount-flow')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[data-step]'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

async function press(el: OrderSubaccountFlow, selector = '[part="next"]'): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

// ——— steps ———

const product = (lang: Lang): Story => ({
  name: `Product (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore(), args),
});
export const ProductDe = inLang(product, 'de');
export const ProductEn = inLang(product, 'en');

const configuration = (lang: Lang): Story => ({
  name: `Configuration (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'configuration' }), args),
});
export const ConfigurationDe = inLang(configuration, 'de');
export const ConfigurationEn = inLang(configuration, 'en');

const invoice = (lang: Lang): Story => ({
  name: `Invoice (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'invoice' }), args),
});
export const InvoiceDe = inLang(invoice, 'de');
export const InvoiceEn = inLang(invoice, 'en');

const review = (lang: Lang): Story => ({
  name: `Review with price summary (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'review' }), args),
});
export const ReviewDe = inLang(review, 'de');
export const ReviewEn = inLang(review, 'en');

const submitting = (lang: Lang): Story => ({
  name: `Submitting the order (${lang})`,
  render: (args) =>
    render(lang, new InMemoryAdapter({ latency: 0 }), draftStore({ step: 'review', acceptTerms: true }), args),
  play: async ({ canvasElement }) => {
    const el = await flow(canvasElement);
    (el.adapter as InMemoryAdapter).backend.latency = 600_000;
    await press(el);
  },
});
export const SubmittingDe = inLang(submitting, 'de');
export const SubmittingEn = inLang(submitting, 'en');

const provisioning = (lang: Lang): Story => ({
  name: `Provisioning (${lang})`,
  loaders: [
    async () => {
      const adapter = new InMemoryAdapter({ provisioningMs: 600_000 });
      const order = await adapter.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-provisioning' });
      return { adapter, orderId: order.id };
    },
  ],
  render: (args, { loaded }) =>
    render(lang, loaded.adapter, draftStore(), args, { completedOrderId: loaded.orderId }),
});
export const ProvisioningDe = inLang(provisioning, 'de');
export const ProvisioningEn = inLang(provisioning, 'en');

const done = (lang: Lang): Story => ({
  name: `Done (${lang})`,
  loaders: [
    async () => {
      const adapter = new InMemoryAdapter({ provisioningMs: 1000 });
      const order = await adapter.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-done' });
      adapter.backend.advanceTime(1000);
      return { adapter, orderId: order.id };
    },
  ],
  render: (args, { loaded }) => render(lang, loaded.adapter, draftStore(), args, { completedOrderId: loaded.orderId }),
});
export const DoneDe = inLang(done, 'de');
export const DoneEn = inLang(done, 'en');

// ——— errors ———

const fieldErrors = (lang: Lang): Story => ({
  name: `Configuration with field errors (${lang})`,
  render: (args) =>
    render(
      lang,
      new InMemoryAdapter(),
      draftStore({
        step: 'configuration',
        options: { seats: 300, numbers: 'port', costCenter: '12' },
        site: { name: 'Filiale Leipzig', street: '', postalCode: '0410', city: 'Leipzig' },
        contactEmail: 'leipzig@',
      }),
      args,
    ),
  play: async ({ canvasElement }) => press(await flow(canvasElement)),
});
export const FieldErrorsDe = inLang(fieldErrors, 'de');
export const FieldErrorsEn = inLang(fieldErrors, 'en');

const termsNotAccepted = (lang: Lang): Story => ({
  name: `Review: terms not accepted (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'review' }), args),
  play: async ({ canvasElement }) => press(await flow(canvasElement)),
});
export const TermsNotAcceptedDe = inLang(termsNotAccepted, 'de');
export const TermsNotAcceptedEn = inLang(termsNotAccepted, 'en');

const serverFieldError = (lang: Lang): Story => ({
  name: `Server validation error, back on the field (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'review', acceptTerms: true }), args),
  play: async ({ canvasElement }) => {
    const el = await flow(canvasElement);
    (el.adapter as InMemoryAdapter).backend.failNext('validation', {
      fields: {
        'site.postalCode':
          lang === 'de' ? 'Für diese Postleitzahl ist kein Notruf-Routing möglich.' : 'Emergency routing is not available for this postal code.',
      },
    });
    await press(el);
  },
});
export const ServerFieldErrorDe = inLang(serverFieldError, 'de');
export const ServerFieldErrorEn = inLang(serverFieldError, 'en');

const networkError = (lang: Lang): Story => ({
  name: `Order failed to send, safe retry (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'review', acceptTerms: true }), args),
  play: async ({ canvasElement }) => {
    const el = await flow(canvasElement);
    (el.adapter as InMemoryAdapter).backend.failNext('network', { afterCommit: true });
    await press(el);
  },
});
export const NetworkErrorDe = inLang(networkError, 'de');
export const NetworkErrorEn = inLang(networkError, 'en');

const limitReached = (lang: Lang): Story => ({
  name: `Sub-account limit reached (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter({ subaccountLimit: 1 }), draftStore(), args),
});
export const LimitReachedDe = inLang(limitReached, 'de');
export const LimitReachedEn = inLang(limitReached, 'en');

const orderFailed = (lang: Lang): Story => ({
  name: `Provisioning failed (${lang})`,
  loaders: [
    async () => {
      const adapter = new InMemoryAdapter({ provisioningMs: 1000 });
      adapter.backend.failNextOrder(
        lang === 'de' ? 'Am Standort ist derzeit kein Anschluss verfügbar.' : 'No line is available at this site at the moment.',
      );
      const order = await adapter.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-failed' });
      adapter.backend.advanceTime(1000);
      return { adapter, orderId: order.id };
    },
  ],
  render: (args, { loaded }) => render(lang, loaded.adapter, draftStore(), args, { completedOrderId: loaded.orderId }),
});
export const OrderFailedDe = inLang(orderFailed, 'de');
export const OrderFailedEn = inLang(orderFailed, 'en');

const loadError = (lang: Lang): Story => ({
  name: `Catalog could not be loaded (${lang})`,
  render: (args) => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('server', { count: 2 });
    return render(lang, adapter, draftStore(), args);
  },
});
export const LoadErrorDe = inLang(loadError, 'de');
export const LoadErrorEn = inLang(loadError, 'en');

// ——— states ———

const loading = (lang: Lang): Story => ({
  name: `Loading (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter({ latency: 600_000 }), draftStore(), args),
});
export const LoadingDe = inLang(loading, 'de');
export const LoadingEn = inLang(loading, 'en');

const noProducts = (lang: Lang): Story => ({
  name: `No products (${lang})`,
  render: (args) => {
    const adapter = new InMemoryAdapter();
    const getCatalog = adapter.getCatalog.bind(adapter);
    adapter.getCatalog = async (id, o) => ({ ...(await getCatalog(id, o)), products: [] });
    return render(lang, adapter, draftStore(), args);
  },
});
export const NoProductsDe = inLang(noProducts, 'de');
export const NoProductsEn = inLang(noProducts, 'en');

const restoredDraft = (lang: Lang): Story => ({
  name: `Restored draft (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'invoice' }), args),
});
export const RestoredDraftDe = inLang(restoredDraft, 'de');
export const RestoredDraftEn = inLang(restoredDraft, 'en');

const staleProduct = (lang: Lang): Story => ({
  name: `Stale draft: product no longer offered (${lang})`,
  render: (args) =>
    render(
      lang,
      new InMemoryAdapter(),
      draftStore({ step: 'review', productId: 'isdn-legacy', productName: 'ISDN-Anlagenanschluss', catalogVersion: '2025-01-01' }),
      args,
    ),
});
export const StaleProductDe = inLang(staleProduct, 'de');
export const StaleProductEn = inLang(staleProduct, 'en');

const staleOptions = (lang: Lang): Story => ({
  name: `Stale draft: options changed (${lang})`,
  render: (args) =>
    render(lang, new InMemoryAdapter(), draftStore({ step: 'review', options: { seats: 8, numbers: 'isdn-block' }, catalogVersion: '2026-01-01' }), args),
});
export const StaleOptionsDe = inLang(staleOptions, 'de');
export const StaleOptionsEn = inLang(staleOptions, 'en');

const notMainAccount = (lang: Lang): Story => ({
  name: `Sub-account: not possible (${lang})`,
  render: (args) => {
    const adapter = new InMemoryAdapter();
    adapter.backend.setCurrentAccount(SEED.sub.id);
    return render(lang, adapter, draftStore(), args);
  },
});
export const NotMainAccountDe = inLang(notMainAccount, 'de');
export const NotMainAccountEn = inLang(notMainAccount, 'en');

const handover = (lang: Lang): Story => ({
  name: `Hand-over to the shop (${lang})`,
  render: (args) =>
    render(lang, new InMemoryAdapter(), draftStore(), args, { orderUrl: 'https://shop.example.test/bestellen' }),
});
export const HandoverDe = inLang(handover, 'de');
export const HandoverEn = inLang(handover, 'en');

const handoverReturn = (lang: Lang): Story => ({
  name: `Back from the shop, provisioning (${lang})`,
  loaders: [
    async () => {
      const adapter = new InMemoryAdapter({ provisioningMs: 5000 });
      const order = await adapter.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-return' });
      return { adapter, orderId: order.id };
    },
  ],
  render: (args, { loaded }) =>
    render(lang, loaded.adapter, draftStore(), args, {
      orderUrl: 'https://shop.example.test/bestellen',
      completedOrderId: loaded.orderId,
    }),
});
export const HandoverReturnDe = inLang(handoverReturn, 'de');
export const HandoverReturnEn = inLang(handoverReturn, 'en');
