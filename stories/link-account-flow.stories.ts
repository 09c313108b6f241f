import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ErrorCode } from '../src/api/errors.js';
import '../src/elements/link-account-flow/define.js';
import type { LinkAccountFlow, LinkFlowView } from '../src/elements/link-account-flow/link-account-flow.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../src/mock/in-memory-adapter.js';
import { LINK_RULES } from '../src/mock/mock-backend.js';
import { DEMO_CODE, SEED } from '../src/mock/seed.js';
import { until } from './support.js';

/**
 * Every step, refusal and state of `<link-account-flow>`, each on its own `InMemoryAdapter`
 * (demo code 123456), in German and English. States after the first step are reached by a `play`
 * function that fills in the form as a person would.
 */
export default {
  title: 'Elements/Link Account Flow',
  component: 'link-account-flow',
  argTypes: {
    pattern: { control: 'text', description: 'What a customer number must look like (HTML pattern)' },
    embedded: { control: 'boolean', description: 'Inside a dialog: Back on step 1, Close at the end' },
  },
  args: { pattern: '\\d{7,10}', embedded: false },
} satisfies Meta;

type Story = StoryObj;
type Lang = 'de' | 'en';

interface Setup {
  options?: InMemoryAdapterOptions;
  /** Runs against the backend before the element renders (e.g. an open request, an injected failure). */
  before?: (adapter: InMemoryAdapter) => unknown;
  /** Drives the element into the state. */
  play?: (el: LinkAccountFlow, adapter: InMemoryAdapter) => Promise<void>;
}


function field(el: LinkAccountFlow, id: string): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
}

async function fill(el: LinkAccountFlow, id: string, value: string): Promise<void> {
  await until(() => field(el, id));
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function submit(el: LinkAccountFlow, id: string, value: string, next?: (el: LinkAccountFlow) => unknown): Promise<void> {
  await fill(el, id, value);
  field(el, id).form!.requestSubmit();
  await until(() => !next || next(el));
  await el.updateComplete;
}

const inView = (view: LinkFlowView) => (el: LinkAccountFlow) => el.view === view;
const hasError = (id: string) => (el: LinkAccountFlow) => el.shadowRoot!.querySelector(`#${id}-error`);

async function toCode(el: LinkAccountFlow, number: string = SEED.linkable[0]): Promise<void> {
  await until(() => el.view === 'number');
  await submit(el, 'number', number, inView('code'));
}

function story(lang: Lang, setup: Setup = {}): Story {
  let adapter: InMemoryAdapter;
  return {
    parameters: { lang },
    render: (args) => {
      adapter = new InMemoryAdapter(setup.options);
      setup.before?.(adapter);
      const clock = () => adapter.backend.now();
      return html`<link-account-flow
        .adapter=${adapter}
        .clock=${clock}
        pattern=${String(args.pattern ?? '\\d{7,10}')}
        ?embedded=${!!args.embedded}
      ></link-account-flow>`;
    },
    play: setup.play
      ? async ({ canvasElement }) => {
          await until(() => canvasElement.querySelector('link-account-flow'));
          await setup.play!(canvasElement.querySelector('link-account-flow') as LinkAccountFlow, adapter);
        }
      : undefined,
  };
}

function refusal(lang: Lang, code: ErrorCode): Story {
  const numbers: Partial<Record<ErrorCode, string>> = {
    'not-found': SEED.notFound,
    'already-linked': SEED.alreadyLinked,
    'is-main-account': SEED.isMain,
    'self-link': SEED.main.customerNumber,
    'duplicate-request': SEED.linkable[1],
    'limit-reached': SEED.linkable[2],
  };
  return story(lang, {
    options: code === 'limit-reached' ? { subaccountLimit: 1 } : {},
    before: (adapter) => {
      if (code === 'duplicate-request') void adapter.backend.startLink(SEED.main.id, SEED.linkable[1]);
    },
    play: async (el, adapter) => {
      await until(() => el.view === 'number');
      if (code === 'rate-limited' || code === 'network' || code === 'server') adapter.backend.failNext(code);
      await submit(el, 'number', numbers[code] ?? SEED.linkable[3], hasError('number'));
    },
  });
}

// ——— Step 1: customer number ———
export const NumberStepDe = story('de');
export const NumberStepEn = story('en');
export const NumberInvalidDe = story('de', { play: (el) => fill(el, 'number', '47a1') });
export const NumberInvalidEn = story('en', { play: (el) => fill(el, 'number', '47a1') });
export const StandaloneAccountDe = story('de', { options: { currentAccountId: SEED.standalone.id } });
export const StandaloneAccountEn = story('en', { options: { currentAccountId: SEED.standalone.id } });

// ——— Refusals next to the field ———
export const NotFoundDe = refusal('de', 'not-found');
export const NotFoundEn = refusal('en', 'not-found');
export const AlreadyLinkedDe = refusal('de', 'already-linked');
export const AlreadyLinkedEn = refusal('en', 'already-linked');
export const IsMainAccountDe = refusal('de', 'is-main-account');
export const IsMainAccountEn = refusal('en', 'is-main-account');
export const SelfLinkDe = refusal('de', 'self-link');
export const SelfLinkEn = refusal('en', 'self-link');
export const DuplicateRequestDe = refusal('de', 'duplicate-request');
export const DuplicateRequestEn = refusal('en', 'duplicate-request');
export const LimitReachedDe = refusal('de', 'limit-reached');
export const LimitReachedEn = refusal('en', 'limit-reached');
export const RateLimitedDe = refusal('de', 'rate-limited');
export const RateLimitedEn = refusal('en', 'rate-limited');
export const NetworkFailureDe = refusal('de', 'network');
export const NetworkFailureEn = refusal('en', 'network');

// ——— Step 2: verification code ———
export const CodeStepDe = story('de', { play: (el) => toCode(el) });
export const CodeStepEn = story('en', { play: (el) => toCode(el) });

const wrongCode: Setup = {
  play: async (el) => {
    await toCode(el);
    await submit(el, 'code', '000000', hasError('code'));
  },
};
export const WrongCodeDe = story('de', wrongCode);
export const WrongCodeEn = story('en', wrongCode);

const expired: Setup = {
  play: async (el, adapter) => {
    await toCode(el);
    adapter.backend.advanceTime(LINK_RULES.codeTtlMs);
    await submit(el, 'code', DEMO_CODE, () => el.shadowRoot!.querySelector('[data-expired="true"]'));
  },
};
export const CodeExpiredDe = story('de', expired);
export const CodeExpiredEn = story('en', expired);

const resendReady: Setup = {
  play: async (el, adapter) => {
    await toCode(el);
    adapter.backend.advanceTime(LINK_RULES.resendCooldownMs);
    el.requestUpdate();
  },
};
export const ResendAvailableDe = story('de', resendReady);
export const ResendAvailableEn = story('en', resendReady);

const locked: Setup = {
  play: async (el) => {
    await toCode(el);
    for (let i = 0; i < LINK_RULES.maxAttempts; i++) {
      await submit(el, 'code', `00000${i}`, (e) => e.view === 'locked' || hasError('code')(e));
    }
    await until(() => el.view === 'locked');
  },
};
export const LockedDe = story('de', locked);
export const LockedEn = story('en', locked);

// ——— Step 3: done ———
const done: Setup = {
  play: async (el) => {
    await toCode(el);
    await submit(el, 'code', '123 456', inView('done'));
  },
};
export const DoneDe = story('de', done);
export const DoneEn = story('en', done);
export const DoneStandaloneBecameMainDe = story('de', { ...done, options: { currentAccountId: SEED.standalone.id } });
export const DoneStandaloneBecameMainEn = story('en', { ...done, options: { currentAccountId: SEED.standalone.id } });

// ——— Around the steps ———
export const SubAccountDe = story('de', { options: { currentAccountId: SEED.sub.id } });
export const SubAccountEn = story('en', { options: { currentAccountId: SEED.sub.id } });
export const LoadingDe = story('de', { options: { latency: 600_000 } });
export const LoadingEn = story('en', { options: { latency: 600_000 } });
export const LoadFailedDe = story('de', { before: (a) => a.backend.failNext('server') });
export const LoadFailedEn = story('en', { before: (a) => a.backend.failNext('server') });
