import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AccountAdapter } from '../src/api/adapter.js';
import { MemoryDraftStore } from '../src/core/draft-store.js';
import '../src/elements/order-subaccount-flow/define.js';
import type { OrderSubaccountFlow } from '../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { InMemoryAdapter } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';
import { langOf, shopDraft } from './support.js';

/**
 * Every step and state of `<order-subaccount-flow>`, each on its own `InMemoryAdapter`, in the
 * toolbar's language and theme. Steps after the first start from a saved draft (the flow restores
 * it, as after a reload); error states are reached by a `play` function pressing the buttons.
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
  adapter: AccountAdapter,
  store: MemoryDraftStore,
  args: Record<string, unknown>,
  extra: { orderUrl?: string; completedOrderId?: string } = {},
) {
  return html`<div>
    <order-subaccount-flow
      .adapter=${adapter}
      .draftStore=${store}
      poll-interval=${String(args.pollInterval ?? 1000)}
      order-url=${extra.orderUrl ?? (args.orderUrl as string) ?? ''}
      completed-order-id=${extra.completedOrderId ?? ''}
    ></order-subaccount-flow>
  </div>`;
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

/** Product. */
export const Product: Story = {
  render: (args) => render(new InMemoryAdapter(), draftStore(), args),
};

/** Configuration. */
export const Configuration: Story = {
  render: (args) => render(new InMemoryAdapter(), draftStore({ step: 'configuration' }), args),
};

/** Invoice. */
export const Invoice: Story = {
  render: (args) => render(new InMemoryAdapter(), draftStore({ step: 'invoice' }), args),
};

/** Review with price summary. */
export const Review: Story = {
  render: (args) => render(new InMemoryAdapter(), draftStore({ step: 'review' }), args),
};

/** Submitting the order. */
export const Submitting: Story = {
  render: (args) =>
    render(new InMemoryAdapter({ latency: 0 }), draftStore({ step: 'review', acceptTerms: true }), args),
  play: async ({ canvasElement }) => {
    const el = await flow(canvasElement);
    (el.adapter as InMemoryAdapter).backend.latency = 600_000;
    await press(el);
  },
};

/** Provisioning. */
export const Provisioning: Story = {
  loaders: [
    async () => {
      const adapter = new InMemoryAdapter({ provisioningMs: 600_000 });
      const order = await adapter.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-provisioning' });
      return { adapter, orderId: order.id };
    },
  ],
  render: (args, { loaded }) =>
    render(loaded.adapter, draftStore(), args, { completedOrderId: loaded.orderId }),
};

/** Done. */
export const Done: Story = {
  loaders: [
    async () => {
      const adapter = new InMemoryAdapter({ provisioningMs: 1000 });
      const order = await adapter.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-done' });
      adapter.backend.advanceTime(1000);
      return { adapter, orderId: order.id };
    },
  ],
  render: (args, { loaded }) => render(loaded.adapter, draftStore(), args, { completedOrderId: loaded.orderId }),
};

// ——— errors ———

/** Configuration with field errors. */
export const FieldErrors: Story = {
  render: (args) =>
    render(
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
};

/** Review: terms not accepted. */
export const TermsNotAccepted: Story = {
  render: (args) => render(new InMemoryAdapter(), draftStore({ step: 'review' }), args),
  play: async ({ canvasElement }) => press(await flow(canvasElement)),
};

/** Server validation error, back on the field. */
export const ServerFieldError: Story = {
  render: (args) => render(new InMemoryAdapter(), draftStore({ step: 'review', acceptTerms: true }), args),
  play: async (context) => {
    const el = await flow(context.canvasElement);
    (el.adapter as InMemoryAdapter).backend.failNext('validation', {
      fields: {
        // The server's own message, in the language the flow asked in.
        'site.postalCode':
          langOf(context) === 'de' ? 'Für diese Postleitzahl ist kein Notruf-Routing möglich.' : 'Emergency routing is not available for this postal code.',
      },
    });
    await press(el);
  },
};

/** Order failed to send, safe retry. */
export const NetworkError: Story = {
  render: (args) => render(new InMemoryAdapter(), draftStore({ step: 'review', acceptTerms: true }), args),
  play: async ({ canvasElement }) => {
    const el = await flow(canvasElement);
    (el.adapter as InMemoryAdapter).backend.failNext('network', { afterCommit: true });
    await press(el);
  },
};

/** Sub-account limit reached. */
export const LimitReached: Story = {
  render: (args) => render(new InMemoryAdapter({ subaccountLimit: 1 }), draftStore(), args),
};

/** Provisioning failed. */
export const OrderFailed: Story = {
  loaders: [
    async (context) => {
      const adapter = new InMemoryAdapter({ provisioningMs: 1000 });
      adapter.backend.failNextOrder(
        langOf(context) === 'de' ? 'Am Standort ist derzeit kein Anschluss verfügbar.' : 'No line is available at this site at the moment.',
      );
      const order = await adapter.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-failed' });
      adapter.backend.advanceTime(1000);
      return { adapter, orderId: order.id };
    },
  ],
  render: (args, { loaded }) => render(loaded.adapter, draftStore(), args, { completedOrderId: loaded.orderId }),
};

/** Catalog could not be loaded. */
export const LoadError: Story = {
  render: (args) => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('server', { count: 2 });
    return render(adapter, draftStore(), args);
  },
};

// ——— states ———

/** Loading. */
export const Loading: Story = {
  render: (args) => render(new InMemoryAdapter({ latency: 600_000 }), draftStore(), args),
};

/** No products. */
export const NoProducts: Story = {
  render: (args) => {
    const adapter = new InMemoryAdapter();
    const getCatalog = adapter.getCatalog.bind(adapter);
    adapter.getCatalog = async (id, o) => ({ ...(await getCatalog(id, o)), products: [] });
    return render(adapter, draftStore(), args);
  },
};

/** Restored draft. */
export const RestoredDraft: Story = {
  render: (args) => render(new InMemoryAdapter(), draftStore({ step: 'invoice' }), args),
};

/** Stale draft: product no longer offered. */
export const StaleProduct: Story = {
  render: (args) =>
    render(
      new InMemoryAdapter(),
      draftStore({ step: 'review', productId: 'isdn-legacy', productName: 'ISDN-Anlagenanschluss', catalogVersion: '2025-01-01' }),
      args,
    ),
};

/** Stale draft: options changed. */
export const StaleOptions: Story = {
  render: (args) =>
    render(new InMemoryAdapter(), draftStore({ step: 'review', options: { seats: 8, numbers: 'isdn-block' }, catalogVersion: '2026-01-01' }), args),
};

/** Sub-account: not possible. */
export const NotMainAccount: Story = {
  render: (args) => {
    const adapter = new InMemoryAdapter();
    adapter.backend.setCurrentAccount(SEED.sub.id);
    return render(adapter, draftStore(), args);
  },
};

/** Hand-over to the shop. */
export const Handover: Story = {
  render: (args) =>
    render(new InMemoryAdapter(), draftStore(), args, { orderUrl: 'https://shop.example.test/bestellen' }),
};

/** Back from the shop, provisioning. */
export const HandoverReturn: Story = {
  loaders: [
    async () => {
      const adapter = new InMemoryAdapter({ provisioningMs: 5000 });
      const order = await adapter.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-return' });
      return { adapter, orderId: order.id };
    },
  ],
  render: (args, { loaded }) =>
    render(loaded.adapter, draftStore(), args, {
      orderUrl: 'https://shop.example.test/bestellen',
      completedOrderId: loaded.orderId,
    }),
};
