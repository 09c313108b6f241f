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
 * (demo code 123456), in the toolbar's language and theme. States after the first step are
 * reached by a `play` function that fills in the form as a person would.
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

function story(setup: Setup = {}): Story {
  let adapter: InMemoryAdapter;
  return {
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

function refusal(code: ErrorCode): Story {
  const numbers: Partial<Record<ErrorCode, string>> = {
    'not-found': SEED.notFound,
    'already-linked': SEED.alreadyLinked,
    'is-main-account': SEED.isMain,
    'self-link': SEED.main.customerNumber,
    'duplicate-request': SEED.linkable[1],
    'limit-reached': SEED.linkable[2],
  };
  return story({
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
export const NumberStep = story();
export const NumberInvalid = story({ play: (el) => fill(el, 'number', '47a1') });
export const StandaloneAccount = story({ options: { currentAccountId: SEED.standalone.id } });

// ——— Refusals next to the field ———
export const NotFound = refusal('not-found');
export const AlreadyLinked = refusal('already-linked');
export const IsMainAccount = refusal('is-main-account');
export const SelfLink = refusal('self-link');
export const DuplicateRequest = refusal('duplicate-request');
export const LimitReached = refusal('limit-reached');
export const RateLimited = refusal('rate-limited');
export const NetworkFailure = refusal('network');

// ——— Step 2: verification code ———
export const CodeStep = story({ play: (el) => toCode(el) });

const wrongCode: Setup = {
  play: async (el) => {
    await toCode(el);
    await submit(el, 'code', '000000', hasError('code'));
  },
};
export const WrongCode = story(wrongCode);

const expired: Setup = {
  play: async (el, adapter) => {
    await toCode(el);
    adapter.backend.advanceTime(LINK_RULES.codeTtlMs);
    await submit(el, 'code', DEMO_CODE, () => el.shadowRoot!.querySelector('[data-expired="true"]'));
  },
};
export const CodeExpired = story(expired);

const resendReady: Setup = {
  play: async (el, adapter) => {
    await toCode(el);
    adapter.backend.advanceTime(LINK_RULES.resendCooldownMs);
    el.requestUpdate();
  },
};
export const ResendAvailable = story(resendReady);

const locked: Setup = {
  play: async (el) => {
    await toCode(el);
    for (let i = 0; i < LINK_RULES.maxAttempts; i++) {
      await submit(el, 'code', `00000${i}`, (e) => e.view === 'locked' || hasError('code')(e));
    }
    await until(() => el.view === 'locked');
  },
};
export const Locked = story(locked);

// ——— Step 3: done ———
const done: Setup = {
  play: async (el) => {
    await toCode(el);
    await submit(el, 'code', '123 456', inView('done'));
  },
};
export const Done = story(done);
export const DoneStandaloneBecameMain = story({ ...done, options: { currentAccountId: SEED.standalone.id } });

// ——— Around the steps ———
export const SubAccount = story({ options: { currentAccountId: SEED.sub.id } });
export const Loading = story({ options: { latency: 600_000 } });
export const LoadFailed = story({ before: (a) => a.backend.failNext('server') });
