import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AddSubaccountDialog } from '../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import '../src/elements/add-subaccount-dialog/define.js';
import '../src/elements/link-account-flow/define.js';
import '../src/elements/order-subaccount-flow/define.js';
import type { LinkAccountFlow } from '../src/elements/link-account-flow/link-account-flow.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';
import { langOf, until } from './support.js';

/**
 * `<add-subaccount-dialog>` in every state, each on its own `InMemoryAdapter`, in the toolbar's
 * language and theme. The dialog is modal, so every story renders in its own frame (also in the docs page).
 * The flows inside have their own stories; here: the choice, the sub-account explanation, the
 * hand-over to a shop, the hosted link flow and the question before closing mid-request.
 */
export default {
  title: 'Elements/Add Subaccount Dialog',
  component: 'add-subaccount-dialog',
  argTypes: {
    orderUrl: { control: 'text', description: "The portal's own shop: create new hands over to it" },
  },
  args: { orderUrl: '' },
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } }, layout: 'fullscreen' },
} satisfies Meta;

type Story = StoryObj;

interface Setup {
  options?: InMemoryAdapterOptions;
  open?: boolean;
  orderUrl?: string;
  before?: (adapter: InMemoryAdapter) => unknown;
  play?: (el: AddSubaccountDialog) => Promise<void>;
}

function story(setup: Setup = {}): Story {
  return {
    render: (args, context) => {
      const lang = langOf(context);
      const adapter = new InMemoryAdapter(setup.options);
      setup.before?.(adapter);
      const orderUrl = (args.orderUrl as string) || setup.orderUrl || undefined;
      const openDialog = (event: Event) => {
        const dialog = (event.currentTarget as HTMLElement).nextElementSibling as AddSubaccountDialog;
        dialog.show();
      };
      return html`<div style="padding: 1rem">
        <button type="button" @click=${openDialog}>${lang === 'de' ? 'Nebenaccount hinzufügen' : 'Add sub-account'}</button>
        <add-subaccount-dialog
          ?open=${setup.open ?? true}
          .adapter=${adapter}
          .clock=${() => adapter.backend.now()}
          order-url=${orderUrl ?? ''}
        ></add-subaccount-dialog>
      </div>`;
    },
    play: setup.play
      ? async ({ canvasElement }) => {
          const el = await until(() => canvasElement.querySelector('add-subaccount-dialog'));
          await setup.play!(el);
        }
      : undefined,
  };
}

function inDialog<T extends Element>(el: AddSubaccountDialog, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

async function toLinkFlow(el: AddSubaccountDialog): Promise<LinkAccountFlow> {
  const option = await until(() => inDialog<HTMLButtonElement>(el, '#option-link'));
  option.click();
  const flow = await until(() => inDialog<LinkAccountFlow>(el, '[data-flow="link"]'));
  await until(() => flow.view === 'number');
  return flow;
}

async function toCodeStep(el: AddSubaccountDialog): Promise<LinkAccountFlow> {
  const flow = await toLinkFlow(el);
  await flow.updateComplete;
  const input = flow.shadowRoot!.querySelector<HTMLInputElement>('#number')!;
  input.value = SEED.linkable[0];
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await flow.updateComplete;
  input.form!.requestSubmit();
  await until(() => flow.view === 'code');
  return flow;
}

// ——— The choice ———
export const Closed = story({ open: false });
export const ChoiceMainAccount = story();
export const ChoiceStandaloneAccount = story({ options: { currentAccountId: SEED.standalone.id } });
export const ChoiceLimitReached = story({ options: { subaccountLimit: 13 } });
export const HandOverToShop = story({ orderUrl: 'https://shop.example.test/order' });

// ——— Sub-account: no way to add ———
export const SubAccount = story({ options: { currentAccountId: SEED.sub.id } });

// ——— The hosted flows ———
export const LinkFlow = story({ play: async (el) => void (await toLinkFlow(el)) });
export const LinkFlowCodeStep = story({ play: async (el) => void (await toCodeStep(el)) });
const orderFlow = {
  play: async (el: AddSubaccountDialog) => {
    (await until(() => inDialog<HTMLButtonElement>(el, '#option-create'))).click();
    await until(() => inDialog(el, '[data-flow="order"]'));
  },
};
export const OrderFlow = story(orderFlow);

// ——— Closing mid-verification asks first ———
const confirmClose = {
  play: async (el: AddSubaccountDialog) => {
    await toCodeStep(el);
    el.requestClose('escape');
    await until(() => inDialog(el, '.confirm'));
  },
};
export const ConfirmCloseMidVerification = story(confirmClose);

// ——— Loading and failure ———
export const Loading = story({ options: { latency: 600_000 } });
export const LoadFailed = story({ before: (a) => a.backend.failNext('network') });
