import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { AccountWidgetsError } from '../src/api/errors.js';
import type { AddSubaccountDialog } from '../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import type { LinkAccountFlow } from '../src/elements/link-account-flow/link-account-flow.js';
import '../src/elements/location-management/define.js';
import type { LocationManagement } from '../src/elements/location-management/location-management.js';
import { createHandlers, problemResponse } from '../src/mock/testing-msw.js';
import { MockBackend, type MockBackendOptions } from '../src/mock/mock-backend.js';
import { DEMO_CODE, SEED } from '../src/mock/seed.js';
import { pinLang, shopDraft, until } from './support.js';
import { PARTNER_PARTS, PARTNER_STRINGS } from './white-label.js';

/**
 * `<location-management>` as a portal embeds it without any JavaScript of its own: `api-base="/api"`,
 * the element builds its `RestAdapter`, and MSW (`msw-storybook-addon`) answers the REST calls
 * from a `MockBackend` — per story, through `parameters.msw.handlers`: the logged-in account, a
 * slow network, a backend that is down. Every story starts from the seeded state, in the toolbar's
 * language and theme; the section opens the add dialog, so every story renders in its own frame
 * (also on the docs page, where each frame keeps its own MSW handlers).
 */
export default {
  title: 'Elements/Location Management',
  component: 'location-management',
  // Controls of the manifest's rows: the `order-url` attribute and the two slots (text here).
  argTypes: {
    'order-url': { control: 'text' },
    heading: { control: 'text' },
    description: { control: 'text' },
  },
  args: { 'order-url': '', heading: '', description: '' },
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } }, layout: 'padded' },
} satisfies Meta;

type Story = StoryObj;

const API = '/api';

interface Setup {
  /** Options of this story's `MockBackend` (the logged-in account, generated sub-accounts …). */
  backend?: MockBackendOptions;
  /** Handlers placed before the mock API: slow or failing networks. */
  network?: RequestHandler[];
  /** Runs after the backend was reset, before the element renders. */
  before?: (backend: MockBackend) => unknown | Promise<unknown>;
  /** Drives the section into its state. */
  play?: (el: LocationManagement, backend: MockBackend) => Promise<void>;
  orderUrl?: string;
  /** Render without `api-base`: a portal that forgot to configure the backend. */
  noBackend?: boolean;
  /** The section's `strings` (its own keys, and nested ones for the elements inside it). */
  strings?: LocationManagement['strings'];
  /** A partner stylesheet on the page, around the section. */
  css?: string;
}

const inShadow = <T extends Element>(host: Element, selector: string) => host.shadowRoot?.querySelector<T>(selector) ?? null;

function story(setup: Setup = {}): Story {
  const backend = new MockBackend(setup.backend);
  return {
    parameters: {
      msw: { handlers: { network: setup.network ?? [], api: createHandlers(backend, { baseUrl: API }) } },
    },
    loaders: [
      async () => {
        backend.reset();
        await setup.before?.(backend);
        return {};
      },
    ],
    render: (args) => {
      const orderUrl = (args['order-url'] as string) || setup.orderUrl;
      return html`${setup.css ? html`<style .textContent=${setup.css}></style>` : nothing}<location-management
        api-base=${setup.noBackend ? nothing : API}
        order-url=${orderUrl || nothing}
        .strings=${setup.strings}
        @account-open=${(e: Event) => e.preventDefault()}
        @order-handover=${(e: Event) => e.preventDefault()}
      >
        ${args.heading ? html`<h2 slot="heading">${args.heading}</h2>` : nothing}
        ${args.description ? html`<p slot="description">${args.description}</p>` : nothing}
      </location-management>`;
    },
    play: setup.play
      ? async ({ canvasElement }) => {
          const el = await until(() => canvasElement.querySelector('location-management'));
          await setup.play!(el, backend);
        }
      : undefined,
  };
}

/** Every request waits `ms` before the mock API answers (`'infinite'`: never). */
const slow = (ms: number | 'infinite'): RequestHandler[] => [
  http.all(`${API}/*`, async () => {
    await delay(ms);
    // Nothing returned: MSW goes on to the mock API's handler.
  }),
];

/** The backend cannot be reached: every request fails like a dropped connection. */
const down: RequestHandler[] = [http.all(`${API}/*`, () => HttpResponse.error())];

/** The backend answers every request with `503` problem+json. */
const unavailable: RequestHandler[] = [
  http.all(`${API}/*`, () =>
    problemResponse(new AccountWidgetsError('server', { message: 'Service unavailable', status: 503, retryable: true })),
  ),
];

/** Only the sub-account list fails: the section loads, the tree shows its error with Retry. */
const listFails: RequestHandler[] = [
  http.get(`${API}/accounts/:mainId/subaccounts`, () => HttpResponse.error()),
];

// ——— The main account ———
export const MainAccount = story();

// ——— A sub-account: no adding; the section names its main account ———
export const SubAccount = story({ backend: { currentAccountId: SEED.sub.id } });

// ——— A standalone account: a hint that it becomes the main account ———
export const StandaloneAccount = story({ backend: { currentAccountId: SEED.standalone.id } });

// ——— Slow and broken networks ———
export const Loading = story({ network: slow('infinite') });
export const SlowNetwork = story({ network: slow(1500) });
export const BackendDown = story({ network: down });
// A portal that set neither `adapter` nor `api-base`: one message, no retry that cannot help.
export const NoBackendConfigured = story({ noBackend: true });
export const ServiceUnavailable = story({ network: unavailable });
export const SubAccountListFails = story({ network: listFails });

// ——— Many sites ———
export const LargeHierarchy = story({ backend: { generatedSubaccounts: 10_000 } });

// ——— Searching ———
const search = (term: string) => async (el: LocationManagement) => {
  const input = await until(() => inShadow<HTMLInputElement>(el, '[part~="search"]'));
  input.value = term;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};
export const Search = story({ play: search('köln') });
/** The filter control: only the accounts on the collective invoice, or the ones being set up. */
const show = (value: LocationManagement['show']) => async (el: LocationManagement) => {
  await until(() => inShadow(el, '[part~="filters"]:not([hidden])'));
  el.show = value;
  await el.updateComplete;
};
export const FilterCollectiveInvoice = story({ play: show('collective-invoice') });
export const FilterBeingSetUp = story({ play: show('provisioning') });
/** Typing a badge's word finds those accounts: the word is German (“Gesperrt”), so is the story. */
export const SearchByBadgeWordGerman = pinLang('de', story({ play: search('Gesperrt') }));
export const SearchNoMatches = story({ play: search('zzz') });

// ——— The partner's own wording: slots ———
/** The portal's own heading and description (slots), in English as the portal wrote them. */
export const OwnHeadingAndDescriptionEnglish: Story = {
  ...pinLang('en', story()),
  args: {
    heading: 'Your locations',
    description: 'Every location of your company, with its own login for the local team.',
  },
};

// ——— Adding ———
const openDialog = async (el: LocationManagement): Promise<AddSubaccountDialog> => {
  const button = await until(() => inShadow<HTMLButtonElement>(el, '[part~="add-button"]'));
  button.click();
  const dialog = await until(() => inShadow<AddSubaccountDialog>(el, '[part~="dialog"]'));
  await until(() => dialog.open && inShadow(dialog, '#option-link'));
  return dialog;
};
export const AddDialogOpen = story({ play: async (el) => void (await openDialog(el)) });
export const HandOverToShop = story({
  orderUrl: 'https://shop.example.test/order',
  play: async (el) => void (await openDialog(el)),
});

// ——— White label: the partner styles the elements inside through the section's exported parts and
// re-words them through the section's `strings` (this instance only; the partner's words are English) ———
/** The tree's rows and badges restyled through the section's `tree-*` parts; the heading, the tree's label and badge re-worded through its `strings`. */
export const WhiteLabelPartsAndNestedStringsEnglish = pinLang('en', story({ css: PARTNER_PARTS, strings: PARTNER_STRINGS }));
/** The dialog's and the link flow's buttons restyled through the section's `dialog-*` and `link-*` parts, their titles re-worded through its `strings`. */
export const WhiteLabelDialogEnglish = pinLang('en', story({
  css: PARTNER_PARTS,
  strings: PARTNER_STRINGS,
  play: async (el) => {
    const dialog = await openDialog(el);
    inShadow<HTMLButtonElement>(dialog, '#option-link')!.click();
    await until(() => inShadow<LinkAccountFlow>(dialog, '[data-flow="link"]'));
  },
}));

/** Links an existing account through the dialog as a person would, then closes the dialog. */
const linkExisting = async (el: LocationManagement) => {
  const dialog = await openDialog(el);
  inShadow<HTMLButtonElement>(dialog, '#option-link')!.click();
  const flow = await until(() => inShadow<LinkAccountFlow>(dialog, '[data-flow="link"]'));
  const fill = async (id: string, value: string) => {
    const input = await until(() => inShadow<HTMLInputElement>(flow, `#${id}`));
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await flow.updateComplete;
    input.form!.requestSubmit();
  };
  await until(() => flow.view === 'number');
  await fill('number', SEED.linkable[0]);
  await until(() => flow.view === 'code');
  await fill('code', DEMO_CODE);
  await until(() => flow.view === 'done');
  dialog.requestClose('close-button');
  await until(() => !dialog.open);
};
export const SubAccountAdded = story({ play: linkExisting });

// ——— Back from the portal's shop: the order finishes in the dialog ———
export const BackFromShop = story({
  backend: { provisioningMs: 600_000 },
  orderUrl: 'https://shop.example.test/order',
  before: async (backend) => {
    const order = await backend.placeOrder(SEED.main.id, shopDraft, { idempotencyKey: 'story-shop' });
    // The shop sends the customer back with `?order=<id>`; the section picks it up and removes it.
    const url = new URL(location.href);
    url.searchParams.set('order', order.id);
    history.replaceState(history.state, '', url.href);
  },
});

// ——— Phone width ———
/** 390 px: the description shortens to two lines (Read more), the first screen shows the add button and the first rows. */
const phone = (s: Story): Story => ({
  ...s,
  decorators: [(render) => html`<div style="max-width: 24rem">${render()}</div>`],
});
export const PhoneWidth = phone(story());
export const PhoneWidthDescriptionOpen = phone(
  story({
    play: async (el) => {
      const more = await until(() => inShadow<HTMLButtonElement>(el, '[part~="more-button"]'));
      more.click();
      await el.updateComplete;
    },
  }),
);
