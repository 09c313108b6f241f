import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AccountAdapter } from '../src/api/adapter.js';
import { MemoryRecentStore } from '../src/core/recent-accounts.js';
import '../src/elements/account-switcher/define.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';
import { until } from './support.js';

/**
 * Every state of `<account-switcher>`, each on its own `InMemoryAdapter`, in the toolbar's language
 * (German or English) and theme.
 * Keyboard: Tab to the button, Enter or ArrowDown opens; type to search; arrows, Home/End,
 * PageUp/PageDown; Enter chooses; Escape closes and returns to the button.
 */
export default {
  title: 'Elements/Account Switcher',
  component: 'account-switcher',
  argTypes: {
    searchDelay: { control: 'number', description: 'Debounce of the search in ms' },
    recentLimit: { control: 'number', description: 'How many accounts opened last are listed first' },
  },
  args: { searchDelay: 150, recentLimit: 5 },
} satisfies Meta;

type Story = StoryObj;

const memory = (options: InMemoryAdapterOptions = {}) => () => new InMemoryAdapter(options);

/** A header with the switcher on an adapter made fresh for each render; choosing is logged, not navigated. */
function switcher(makeAdapter: () => AccountAdapter, recent: string[] = []) {
  return (args: Record<string, unknown>) => {
    const store = new MemoryRecentStore();
    const adapter = makeAdapter();
    if (recent.length) {
      void Promise.all(recent.map((id) => adapter.listSubaccounts(SEED.main.id, { search: id.replace('acc-sub-', '') }))).then((pages) =>
        store.save(SEED.main.id, pages.flatMap((p) => p.items.slice(0, 1))),
      );
    }
    return html`<header class="story-header">
      <account-switcher
        .adapter=${adapter}
        .recentStore=${store}
        .searchDelay=${Number(args.searchDelay ?? 150)}
        .recentLimit=${Number(args.recentLimit ?? 5)}
        @account-switch=${(e: Event) => e.preventDefault()}
      ></account-switcher>
    </header>`;
  };
}

const neverAnswers = () => {
  const adapter = new InMemoryAdapter();
  adapter.getCurrentAccount = () => new Promise(() => {});
  return adapter;
};
const failsOnce = () => {
  const adapter = new InMemoryAdapter();
  adapter.backend.failNext('network');
  return adapter;
};

/** Opens the popup (and types `text`), as a person would with the keyboard. */
function openIt(text = ''): Story['play'] {
  return async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector('account-switcher'));
    const button = await until(() => el.shadowRoot?.querySelector<HTMLElement>('[part~="button"]'));
    button.click();
    const input = await until(() => el.shadowRoot?.querySelector<HTMLInputElement>('[role="combobox"], [role="listbox"]'));
    if (text && input instanceof HTMLInputElement) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
}

export const Default: Story = { render: switcher(memory()) };
/** Open: the main account first, then its sub-accounts. */
export const Open: Story = { render: switcher(memory()), play: openIt() };
/** The accounts opened last (Köln, Bremen) listed first. */
export const RecentFirst: Story = { render: switcher(memory(), ['acc-sub-koeln', 'acc-sub-bremen']), play: openIt() };
/** Searched for “köln”. */
export const Searched: Story = { render: switcher(memory()), play: openIt('köln') };
/** A search that matches nothing. */
export const NoMatches: Story = { render: switcher(memory()), play: openIt('zzz') };
/** 10,000 sub-accounts: at most ~200 options in the DOM. */
export const TenThousand: Story = { render: switcher(memory({ generatedSubaccounts: 10_000 })), play: openIt() };
/** In a sub-account: the account itself and, read-only, its main account. */
export const SubAccountView: Story = { render: switcher(memory({ currentAccountId: SEED.sub.id })), play: openIt() };
/** A standalone account: just the account, no popup. */
export const Standalone: Story = { render: switcher(memory({ currentAccountId: SEED.standalone.id })) };
export const Loading: Story = { render: switcher(neverAnswers) };
/** The first load fails; Retry works. */
export const ErrorState: Story = { render: switcher(failsOnce) };
