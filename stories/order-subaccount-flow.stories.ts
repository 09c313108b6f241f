import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AccountAdapter } from '../src/api/adapter.js';
import type { OrderDraft } from '../src/api/types.js';
import { MemoryDraftStore } from '../src/core/draft-store.js';
import '../src/elements/order-subaccount-flow/define.js';
import type { OrderSubaccountFlow } from '../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { InMemoryAdapter } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';

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

const shopDraft: OrderDraft = {
  productId: 'sip-trunk',
  options: { channels: 8 },
  site: { name: 'Werk Sindelfingen', street: 'Bahnhofstraße 3', postalCode: '71063', city: 'Sindelfingen' },
  contactEmail: 'werk@nordlicht.example',
  invoice: 'own',
  acceptTerms: true,
};

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

/** A story for both languages from one definition. */
function both(make: (lang: Lang) => Story): [Story, Story] {
  return [
    { ...make('de'), parameters: { lang: 'de' } },
    { ...make('en'), parameters: { lang: 'en' } },
  ];
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

export const [ProductDe, ProductEn] = both((lang) => ({
  name: `Product (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore(), args),
}));

export const [ConfigurationDe, ConfigurationEn] = both((lang) => ({
  name: `Configuration (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'configuration' }), args),
}));

export const [InvoiceDe, InvoiceEn] = both((lang) => ({
  name: `Invoice (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'invoice' }), args),
}));

export const [ReviewDe, ReviewEn] = both((lang) => ({
  name: `Review with price summary (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'review' }), args),
}));

export const [SubmittingDe, SubmittingEn] = both((lang) => ({
  name: `Submitting the order (${lang})`,
  render: (args) =>
    render(lang, new InMemoryAdapter({ latency: 0 }), draftStore({ step: 'review', acceptTerms: true }), args),
  play: async ({ canvasElement }) => {
    const el = await flow(canvasElement);
    (el.adapter as InMemoryAdapter).backend.latency = 600_000;
    await press(el);
  },
}));

export const [ProvisioningDe, ProvisioningEn] = both((lang) => ({
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
}));

export const [DoneDe, DoneEn] = both((lang) => ({
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
}));

// ——— errors ———

export const [FieldErrorsDe, FieldErrorsEn] = both((lang) => ({
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
}));

export const [TermsNotAcceptedDe, TermsNotAcceptedEn] = both((lang) => ({
  name: `Review: terms not accepted (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'review' }), args),
  play: async ({ canvasElement }) => press(await flow(canvasElement)),
}));

export const [ServerFieldErrorDe, ServerFieldErrorEn] = both((lang) => ({
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
}));

export const [NetworkErrorDe, NetworkErrorEn] = both((lang) => ({
  name: `Order failed to send, safe retry (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'review', acceptTerms: true }), args),
  play: async ({ canvasElement }) => {
    const el = await flow(canvasElement);
    (el.adapter as InMemoryAdapter).backend.failNext('network', { afterCommit: true });
    await press(el);
  },
}));

export const [LimitReachedDe, LimitReachedEn] = both((lang) => ({
  name: `Sub-account limit reached (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter({ subaccountLimit: 1 }), draftStore(), args),
}));

export const [OrderFailedDe, OrderFailedEn] = both((lang) => ({
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
}));

export const [LoadErrorDe, LoadErrorEn] = both((lang) => ({
  name: `Catalog could not be loaded (${lang})`,
  render: (args) => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('server', { count: 2 });
    return render(lang, adapter, draftStore(), args);
  },
}));

// ——— states ———

export const [LoadingDe, LoadingEn] = both((lang) => ({
  name: `Loading (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter({ latency: 600_000 }), draftStore(), args),
}));

export const [NoProductsDe, NoProductsEn] = both((lang) => ({
  name: `No products (${lang})`,
  render: (args) => {
    const adapter = new InMemoryAdapter();
    const getCatalog = adapter.getCatalog.bind(adapter);
    adapter.getCatalog = async (id, o) => ({ ...(await getCatalog(id, o)), products: [] });
    return render(lang, adapter, draftStore(), args);
  },
}));

export const [RestoredDraftDe, RestoredDraftEn] = both((lang) => ({
  name: `Restored draft (${lang})`,
  render: (args) => render(lang, new InMemoryAdapter(), draftStore({ step: 'invoice' }), args),
}));

export const [StaleProductDe, StaleProductEn] = both((lang) => ({
  name: `Stale draft: product no longer offered (${lang})`,
  render: (args) =>
    render(
      lang,
      new InMemoryAdapter(),
      draftStore({ step: 'review', productId: 'isdn-legacy', productName: 'ISDN-Anlagenanschluss', catalogVersion: '2025-01-01' }),
      args,
    ),
}));

export const [StaleOptionsDe, StaleOptionsEn] = both((lang) => ({
  name: `Stale draft: options changed (${lang})`,
  render: (args) =>
    render(lang, new InMemoryAdapter(), draftStore({ step: 'review', options: { seats: 8, numbers: 'isdn-block' }, catalogVersion: '2026-01-01' }), args),
}));

export const [NotMainAccountDe, NotMainAccountEn] = both((lang) => ({
  name: `Sub-account: not possible (${lang})`,
  render: (args) => {
    const adapter = new InMemoryAdapter();
    adapter.backend.setCurrentAccount(SEED.sub.id);
    return render(lang, adapter, draftStore(), args);
  },
}));

export const [HandoverDe, HandoverEn] = both((lang) => ({
  name: `Hand-over to the shop (${lang})`,
  render: (args) =>
    render(lang, new InMemoryAdapter(), draftStore(), args, { orderUrl: 'https://shop.example.test/bestellen' }),
}));

export const [HandoverReturnDe, HandoverReturnEn] = both((lang) => ({
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
}));
