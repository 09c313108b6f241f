import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AccountAdapter } from '../src/api/adapter.js';
import type { Account, CurrentAccount, Page, PageQuery, RequestOptions } from '../src/api/types.js';
import '../src/elements/account-tree/define.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';
import { until } from './support.js';

/**
 * Every state of `<account-tree>`, each on its own `InMemoryAdapter`, in German and English.
 * Keyboard: Tab into the tree, then the arrow keys, Home/End, Enter (open), Space (select),
 * type-ahead and `*`.
 */
export default {
  title: 'Elements/Account Tree',
  component: 'account-tree',
  argTypes: {
    filter: { control: 'text', description: 'Server-side search (debounced)' },
    filterDelay: { control: 'number', description: 'Debounce of `filter` in ms' },
    pageSize: { control: 'number', description: 'Rows per request' },
    filterRelation: { control: 'select', options: [undefined, 'subaccount', 'collective-invoice'], description: 'Only this relation (adapter filter)' },
    filterStatus: { control: 'select', options: [undefined, 'active', 'provisioning', 'suspended'], description: 'Only this status (adapter filter)' },
  },
  args: { filter: '', filterDelay: 200, pageSize: 50 },
} satisfies Meta;

type Story = StoryObj;
type Lang = 'de' | 'en';
interface Args {
  filter: string;
  filterRelation?: 'subaccount' | 'collective-invoice';
  filterStatus?: 'active' | 'provisioning' | 'suspended';
  filterDelay: number;
  pageSize: number;
}

/** Renders the tree on an adapter made fresh for each render, in a language, at most `width` wide. */
function tree(lang: Lang, makeAdapter: () => AccountAdapter, extra?: (args: Args) => unknown, width = '48rem') {
  return (args: Record<string, unknown>) => {
    const a = args as unknown as Args;
    return html`<div lang=${lang} style="max-width: ${width}">
      <account-tree
        .adapter=${makeAdapter()}
        .filter=${a.filter ?? ''}
        .filterDelay=${a.filterDelay ?? 200}
        .pageSize=${a.pageSize ?? 50}
        .filterRelation=${a.filterRelation}
        .filterStatus=${a.filterStatus}
        @account-open=${(e: Event) => e.preventDefault()}
      >
        ${extra?.(a)}
      </account-tree>
    </div>`;
  };
}

const memory = (options: InMemoryAdapterOptions = {}) => () => new InMemoryAdapter(options);

/** The seeded main account, showing only the sub-accounts `keep` picks. */
function only(keep: (a: Account) => boolean) {
  return () => {
    const adapter = new InMemoryAdapter();
    const list = adapter.listSubaccounts.bind(adapter);
    adapter.listSubaccounts = async (mainId: string, query: PageQuery = {}, opts?: RequestOptions): Promise<Page<Account>> => {
      const all = await list(mainId, { ...query, offset: 0, limit: 500 }, opts);
      const items = all.items.filter(keep);
      const offset = query.offset ?? 0;
      return { items: items.slice(offset, offset + (query.limit ?? 50)), total: items.length };
    };
    return adapter;
  };
}

/** Names long enough to wrap anywhere: they are cut with an ellipsis, the full name stays in the title and the accessible name. */
function longNames() {
  const adapter = new InMemoryAdapter();
  const current = adapter.getCurrentAccount.bind(adapter);
  const list = adapter.listSubaccounts.bind(adapter);
  const long = (name: string) =>
    `${name} – Zweigniederlassung für Vertrieb, Service, Kundenbetreuung und Rechnungswesen der Region`;
  adapter.getCurrentAccount = async (opts?: RequestOptions): Promise<CurrentAccount> => {
    const me = await current(opts);
    return { ...me, name: `${me.name} & Co. KG Telekommunikationsdienstleistungen Norddeutschland` };
  };
  adapter.listSubaccounts = async (mainId: string, query?: PageQuery, opts?: RequestOptions) => {
    const page = await list(mainId, query, opts);
    return { ...page, items: page.items.map((a) => ({ ...a, name: long(a.name) })) };
  };
  return adapter;
}

/** Never answers: the loading skeleton stays. */
function neverAnswers(): AccountAdapter {
  return new InMemoryAdapter({ latency: 24 * 60 * 60 * 1000 });
}

/** The first call fails; Retry works. */
function failsOnce(code: 'network' | 'server' = 'network') {
  return () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext(code);
    return adapter;
  };
}

export const Default: Story = { render: tree('de', memory()) };
export const DefaultEnglish: Story = { name: 'Default (English)', render: tree('en', memory()) };

export const TenThousand: Story = {
  name: '10,000 sub-accounts',
  render: tree('de', memory({ generatedSubaccounts: 10_000 })),
};
export const HundredThousandEnglish: Story = {
  name: '100,000 sub-accounts (English)',
  render: tree('en', memory({ generatedSubaccounts: 100_000 })),
};
export const SlowNetwork: Story = {
  name: '10,000 sub-accounts, 400 ms per request',
  render: tree('de', memory({ generatedSubaccounts: 10_000, latency: 400 })),
};

export const SubAccountView: Story = {
  name: 'Sub-account view',
  render: tree('de', memory({ currentAccountId: SEED.sub.id })),
};
export const SubAccountViewEnglish: Story = {
  name: 'Sub-account view (English)',
  render: tree('en', memory({ currentAccountId: SEED.sub.id })),
};

export const Standalone: Story = {
  name: 'Standalone / empty',
  render: tree('de', memory({ currentAccountId: SEED.standalone.id })),
};
export const StandaloneCustomSlot: Story = {
  name: 'Standalone with own empty slot (English)',
  render: tree('en', memory({ currentAccountId: SEED.standalone.id }), () =>
    html`<p slot="empty">No sites yet. Use <strong>Add sub-account</strong> to link your first site.</p>`,
  ),
};

export const Loading: Story = { render: tree('de', neverAnswers) };
export const LoadingEnglish: Story = { name: 'Loading (English)', render: tree('en', neverAnswers) };

export const ErrorState: Story = { name: 'Error (Retry works)', render: tree('de', failsOnce('network')) };
export const ErrorEnglish: Story = { name: 'Error (English)', render: tree('en', failsOnce('server')) };

/**
 * A partner's adapter misbehaves once, then works (Retry): its own `TimeoutError` (shown as a
 * timeout, as a call past `request-timeout` is), or a wrong shape (shown as an unreadable answer).
 */
function partnerOnce(fault: 'timeout' | 'shape') {
  return () => {
    const adapter = new InMemoryAdapter();
    const current = adapter.getCurrentAccount.bind(adapter);
    let first = true;
    adapter.getCurrentAccount = async (opts?: RequestOptions): Promise<CurrentAccount> => {
      const me = await current(opts);
      if (!first) return me;
      first = false;
      if (fault === 'timeout') throw new DOMException('The partner backend timed out', 'TimeoutError');
      return { ...me, customerNumber: 4711001 as unknown as string };
    };
    return adapter;
  };
}

export const ErrorTimeout: Story = { name: 'Error: no answer in time (Retry works)', render: tree('de', partnerOnce('timeout')) };
export const ErrorTimeoutEnglish: Story = { name: 'Error: no answer in time (English)', render: tree('en', partnerOnce('timeout')) };
export const ErrorWrongShape: Story = { name: "Error: a partner adapter's wrong shape (English)", render: tree('en', partnerOnce('shape')) };

export const CollectiveInvoice: Story = {
  name: 'Collective invoice',
  render: tree('de', only((a) => a.relation === 'collective-invoice')),
};
export const Provisioning: Story = {
  name: 'Provisioning and suspended',
  render: tree('de', only((a) => a.status !== 'active')),
};
export const ProvisioningEnglish: Story = {
  name: 'Provisioning and suspended (English)',
  render: tree('en', only((a) => a.status !== 'active')),
};

export const LongNames: Story = { name: 'Very long names', render: tree('de', longNames) };
/** Below 30rem (phones) the badges move under the name, so names are not cut short by them. */
export const PhoneWidth: Story = { name: 'Phone width (badges below the name)', render: tree('de', memory(), undefined, '22rem') };

export const Filtered: Story = { name: 'Filtered (matches highlighted)', args: { filter: 'köln' }, render: tree('de', memory()) };
export const NoMatches: Story = { name: 'No matches (English)', args: { filter: 'zzz' }, render: tree('en', memory()) };

// ——— Keyboard, focus and touch ———

/** A short list is shown in full; with `--aw-tree-height` set, that height is the maximum at any length. */
export const FixedMaximumHeight: Story = {
  name: 'Maximum height set (--aw-tree-height: 14rem)',
  render: (args) => html`<div style="--aw-tree-height: 14rem">${tree('en', memory())(args)}</div>`,
};

/**
 * Below a screenful of other content, inside a scrolling container: arrow keys, Home/End and
 * PageUp/PageDown scroll the container and the page so that the focused row stays in view.
 */
export const InScrollingContainer: Story = {
  name: 'Inside a scrolling container, below other content',
  render: (args) => html`<div style="height: 24rem; overflow: auto; border: 1px dashed #8a949e; padding: 0.5rem">
    <p style="height: 30rem; margin: 0">Content above the tree (scroll down, or Tab into the tree and press the arrow keys).</p>
    ${tree('de', memory({ generatedSubaccounts: 500 }))(args)}
    <p style="height: 20rem; margin: 0">Content below the tree.</p>
  </div>`,
};

/** 320 px: names, customer numbers and "Managed by" wrap; Open and the badges sit on their own line. */
export const PhoneWidthNarrowEnglish: Story = {
  name: 'Phone width 320 px (English, long names wrap)',
  render: tree('en', longNames, undefined, '20rem'),
};

/** A sub-account's view at phone width: the main account says "View only" instead of Open. */
export const SubAccountViewPhone: Story = {
  name: 'Sub-account view at phone width (View only)',
  render: tree('de', memory({ currentAccountId: SEED.sub.id }), undefined, '20rem'),
};

/** The adapter's relation/status filters (what `<location-management>`'s filter control sets). */
export const OnlyCollectiveInvoice: Story = {
  name: 'Only collective invoice',
  args: { filterRelation: 'collective-invoice' },
  render: tree('de', memory()),
};
export const OnlyCollectiveInvoiceEnglish: Story = {
  name: 'Only collective invoice (English)',
  args: { filterRelation: 'collective-invoice' },
  render: tree('en', memory()),
};
export const OnlySuspended: Story = { name: 'Only suspended', args: { filterStatus: 'suspended' }, render: tree('de', memory()) };
export const OnlyBeingSetUpEnglish: Story = {
  name: 'Only being set up (English)',
  args: { filterStatus: 'provisioning' },
  render: tree('en', memory()),
};

/** Typing a badge's word into the search finds those accounts. */
export const BadgeWordSearch: Story = { name: 'Search by badge word (“Sammelrechnung”)', args: { filter: 'Sammelrechnung' }, render: tree('de', memory()) };
export const BadgeWordSearchEnglish: Story = {
  name: 'Search by badge word (“Suspended”, English)',
  args: { filter: 'Suspended' },
  render: tree('en', memory()),
};

/** What a badge means, shown while a row has keyboard focus (and on hover); the row's description for screen readers. */
function focusRow(name: string): Story['play'] {
  return async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector('account-tree'));
    const row = await until(() =>
      Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? []).find((r) => r.textContent?.includes(name)),
    );
    // Keyboard focus (as Tab and the arrows would put it), so :focus-visible shows the explanation.
    row.focus({ focusVisible: true } as FocusOptions);
  };
}
export const BadgeExplained: Story = { name: 'Badge explained (row focused)', render: tree('de', memory()), play: focusRow('Köln') };
export const BadgeExplainedEnglish: Story = {
  name: 'Badge explained (row focused, English)',
  render: tree('en', memory()),
  play: focusRow('Ägidienberg'),
};

/** A sub-account row's actions → Unlink: the confirmation (focus on Cancel), or the refusal for an account still being set up. */
function unlinkRow(name: string, confirm = false): Story['play'] {
  return async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector('account-tree'));
    const row = await until(() =>
      Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="treeitem"][aria-level="2"]') ?? []).find((r) => r.textContent?.includes(name)),
    );
    row.querySelector<HTMLElement>('.actions')!.click();
    (await until(() => el.shadowRoot?.querySelector<HTMLElement>('[role="menuitem"]'))).click();
    const yes = await until(() => el.shadowRoot?.querySelector<HTMLElement>('[part="unlink-confirm"]'));
    if (confirm) yes.click();
  };
}
export const UnlinkConfirm: Story = { name: 'Unlink: confirmation (collective invoice)', render: tree('de', memory()), play: unlinkRow('Köln') };
export const UnlinkConfirmEnglish: Story = { name: 'Unlink: confirmation (English)', render: tree('en', memory()), play: unlinkRow('Leipzig') };
export const UnlinkRefused: Story = { name: 'Unlink: refused (still being set up)', render: tree('de', memory()), play: unlinkRow('Nürnberg', true) };
export const UnlinkRefusedEnglish: Story = { name: 'Unlink: refused (English)', render: tree('en', memory()), play: unlinkRow('Nürnberg', true) };
