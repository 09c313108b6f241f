import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AddSubaccountDialog } from '../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import '../src/elements/add-subaccount-dialog/define.js';
import '../src/elements/link-account-flow/define.js';
import '../src/elements/order-subaccount-flow/define.js';
import type { LinkAccountFlow } from '../src/elements/link-account-flow/link-account-flow.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';
import { until } from './support.js';

/**
 * `<add-subaccount-dialog>` in every state, each on its own `InMemoryAdapter`, in German and
 * English. The dialog is modal, so every story renders in its own frame (also in the docs page).
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
type Lang = 'de' | 'en';

interface Setup {
  options?: InMemoryAdapterOptions;
  open?: boolean;
  orderUrl?: string;
  before?: (adapter: InMemoryAdapter) => unknown;
  play?: (el: AddSubaccountDialog) => Promise<void>;
}


function story(lang: Lang, setup: Setup = {}): Story {
  return {
    parameters: { lang },
    render: (args) => {
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
export const ClosedDe = story('de', { open: false });
export const ClosedEn = story('en', { open: false });
export const ChoiceMainAccountDe = story('de');
export const ChoiceMainAccountEn = story('en');
export const ChoiceStandaloneAccountDe = story('de', { options: { currentAccountId: SEED.standalone.id } });
export const ChoiceStandaloneAccountEn = story('en', { options: { currentAccountId: SEED.standalone.id } });
export const ChoiceLimitReachedDe = story('de', { options: { subaccountLimit: 13 } });
export const ChoiceLimitReachedEn = story('en', { options: { subaccountLimit: 13 } });
export const HandOverToShopDe = story('de', { orderUrl: 'https://shop.example.test/bestellen' });
export const HandOverToShopEn = story('en', { orderUrl: 'https://shop.example.test/order' });

// ——— Sub-account: no way to add ———
export const SubAccountDe = story('de', { options: { currentAccountId: SEED.sub.id } });
export const SubAccountEn = story('en', { options: { currentAccountId: SEED.sub.id } });

// ——— The hosted flows ———
export const LinkFlowDe = story('de', { play: async (el) => void (await toLinkFlow(el)) });
export const LinkFlowEn = story('en', { play: async (el) => void (await toLinkFlow(el)) });
export const LinkFlowCodeStepDe = story('de', { play: async (el) => void (await toCodeStep(el)) });
export const LinkFlowCodeStepEn = story('en', { play: async (el) => void (await toCodeStep(el)) });
const orderFlow = {
  play: async (el: AddSubaccountDialog) => {
    (await until(() => inDialog<HTMLButtonElement>(el, '#option-create'))).click();
    await until(() => inDialog(el, '[data-flow="order"]'));
  },
};
export const OrderFlowDe = story('de', orderFlow);
export const OrderFlowEn = story('en', orderFlow);

// ——— Closing mid-verification asks first ———
const confirmClose = {
  play: async (el: AddSubaccountDialog) => {
    await toCodeStep(el);
    el.requestClose('escape');
    await until(() => inDialog(el, '.confirm'));
  },
};
export const ConfirmCloseMidVerificationDe = story('de', confirmClose);
export const ConfirmCloseMidVerificationEn = story('en', confirmClose);

// ——— Loading and failure ———
export const LoadingDe = story('de', { options: { latency: 600_000 } });
export const LoadingEn = story('en', { options: { latency: 600_000 } });
export const LoadFailedDe = story('de', { before: (a) => a.backend.failNext('network') });
export const LoadFailedEn = story('en', { before: (a) => a.backend.failNext('network') });
