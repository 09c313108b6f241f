import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AccountAdapter } from '../src/api/adapter.js';
import { MemoryRecentStore } from '../src/core/recent-accounts.js';
import '../src/elements/account-switcher/define.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';
import { until } from './support.js';

/**
 * Every state of `<account-switcher>`, each on its own `InMemoryAdapter`, in German and English.
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
type Lang = 'de' | 'en';

const memory = (options: InMemoryAdapterOptions = {}) => () => new InMemoryAdapter(options);

/** A header with the switcher on an adapter made fresh for each render; choosing is logged, not navigated. */
function switcher(lang: Lang, makeAdapter: () => AccountAdapter, recent: string[] = []) {
  return (args: Record<string, unknown>) => {
    const store = new MemoryRecentStore();
    const adapter = makeAdapter();
    if (recent.length) {
      void Promise.all(recent.map((id) => adapter.listSubaccounts(SEED.main.id, { search: id.replace('acc-sub-', '') }))).then((pages) =>
        store.save(SEED.main.id, pages.flatMap((p) => p.items.slice(0, 1))),
      );
    }
    return html`<header lang=${lang} class="story-header">
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

export const Default: Story = { render: switcher('de', memory()) };
export const DefaultEnglish: Story = { name: 'Default (English)', render: switcher('en', memory()) };
export const Open: Story = { name: 'Open (main account first)', render: switcher('de', memory()), play: openIt() };
export const OpenEnglish: Story = { name: 'Open (English)', render: switcher('en', memory()), play: openIt() };
export const RecentFirst: Story = {
  name: 'Accounts opened last first',
  render: switcher('de', memory(), ['acc-sub-koeln', 'acc-sub-bremen']),
  play: openIt(),
};
export const RecentFirstEnglish: Story = {
  name: 'Accounts opened last first (English)',
  render: switcher('en', memory(), ['acc-sub-koeln', 'acc-sub-bremen']),
  play: openIt(),
};
export const Searched: Story = { name: 'Searched (“köln”)', render: switcher('de', memory()), play: openIt('köln') };
export const NoMatches: Story = { name: 'No matches (English)', render: switcher('en', memory()), play: openIt('zzz') };
export const TenThousand: Story = { name: '10,000 sub-accounts', render: switcher('de', memory({ generatedSubaccounts: 10_000 })), play: openIt() };
export const SubAccountView: Story = { name: 'In a sub-account', render: switcher('de', memory({ currentAccountId: SEED.sub.id })), play: openIt() };
export const SubAccountViewEnglish: Story = {
  name: 'In a sub-account (English)',
  render: switcher('en', memory({ currentAccountId: SEED.sub.id })),
  play: openIt(),
};
export const Standalone: Story = { name: 'Standalone (no popup)', render: switcher('de', memory({ currentAccountId: SEED.standalone.id })) };
export const StandaloneEnglish: Story = { name: 'Standalone (English)', render: switcher('en', memory({ currentAccountId: SEED.standalone.id })) };
export const Loading: Story = { render: switcher('de', neverAnswers) };
export const LoadingEnglish: Story = { name: 'Loading (English)', render: switcher('en', neverAnswers) };
export const ErrorState: Story = { name: 'Error (Retry works)', render: switcher('de', failsOnce) };
export const ErrorEnglish: Story = { name: 'Error (English)', render: switcher('en', failsOnce) };
