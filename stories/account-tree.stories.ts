import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AccountAdapter } from '../src/api/adapter.js';
import type { Account, CurrentAccount, Page, PageQuery, RequestOptions } from '../src/api/types.js';
import '../src/elements/account-tree/define.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../src/mock/in-memory-adapter.js';
import { SEED } from '../src/mock/seed.js';
import { langOf, pinLang, until, type Lang, type LangContext } from './support.js';

/**
 * Every state of `<account-tree>`, each on its own `InMemoryAdapter`, in the toolbar's language
 * (German or English) and theme.
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
interface Args {
  filter: string;
  filterRelation?: 'subaccount' | 'collective-invoice';
  filterStatus?: 'active' | 'provisioning' | 'suspended';
  filterDelay: number;
  pageSize: number;
}

/**
 * Renders the tree on an adapter made fresh for each render, at most `width` wide, in the
 * toolbar's language (the preview sets `lang` around it); `extra` is slotted content.
 */
function tree(makeAdapter: () => AccountAdapter, extra?: (args: Args, lang: Lang) => unknown, width = '48rem') {
  return (args: Record<string, unknown>, context?: LangContext) => {
    const a = args as unknown as Args;
    return html`<div style="max-width: ${width}">
      <account-tree
        .adapter=${makeAdapter()}
        .filter=${a.filter ?? ''}
        .filterDelay=${a.filterDelay ?? 200}
        .pageSize=${a.pageSize ?? 50}
        .filterRelation=${a.filterRelation}
        .filterStatus=${a.filterStatus}
        @account-open=${(e: Event) => e.preventDefault()}
      >
        ${extra?.(a, langOf(context))}
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

export const Default: Story = { render: tree(memory()) };

/** 10,000 sub-accounts: only the rows in view are in the DOM; pages load as you scroll. */
export const TenThousandSubAccounts: Story = { render: tree(memory({ generatedSubaccounts: 10_000 })) };
export const HundredThousandSubAccounts: Story = { render: tree(memory({ generatedSubaccounts: 100_000 })) };
/** 10,000 sub-accounts, 400 ms per request. */
export const SlowNetwork: Story = { render: tree(memory({ generatedSubaccounts: 10_000, latency: 400 })) };

export const SubAccountView: Story = { render: tree(memory({ currentAccountId: SEED.sub.id })) };

/** A standalone account: no sub-accounts yet. */
export const Standalone: Story = { render: tree(memory({ currentAccountId: SEED.standalone.id })) };
/** A standalone account with the portal's own `empty` slot. */
export const StandaloneOwnEmptySlot: Story = {
  render: tree(memory({ currentAccountId: SEED.standalone.id }), (_, lang) =>
    lang === 'de'
      ? html`<p slot="empty">Noch keine Standorte. Mit <strong>Nebenaccount hinzufügen</strong> verknüpfen Sie den ersten.</p>`
      : html`<p slot="empty">No sites yet. Use <strong>Add sub-account</strong> to link your first site.</p>`,
  ),
};

/** Never answers: the loading skeleton stays. */
export const Loading: Story = { render: tree(neverAnswers) };

/** The connection fails once; Retry works. */
export const ErrorNetwork: Story = { render: tree(failsOnce('network')) };
/** The server fails once; Retry works. */
export const ErrorServer: Story = { render: tree(failsOnce('server')) };

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

/** No answer in time (a partner adapter's own `TimeoutError`); Retry works. */
export const ErrorTimeout: Story = { render: tree(partnerOnce('timeout')) };
/** A partner adapter's answer of the wrong shape; Retry works. */
export const ErrorWrongShape: Story = { render: tree(partnerOnce('shape')) };

/** Only the sub-accounts on the collective invoice. */
export const CollectiveInvoice: Story = { render: tree(only((a) => a.relation === 'collective-invoice')) };
/** Only the sub-accounts being set up or suspended. */
export const ProvisioningAndSuspended: Story = { render: tree(only((a) => a.status !== 'active')) };

/** Names long enough to wrap anywhere: cut with an ellipsis, the full name in the title and the accessible name. */
export const LongNames: Story = { render: tree(longNames) };
/** Below 30rem (phones) the badges move under the name, so names are not cut short by them. */
export const PhoneWidth: Story = { render: tree(memory(), undefined, '22rem') };
/** 320 px: names, customer numbers and "Managed by" wrap; Open and the badges sit on their own line. */
export const PhoneWidthLongNames: Story = { render: tree(longNames, undefined, '20rem') };
/** A sub-account's view at phone width: the main account says "View only" instead of Open. */
export const PhoneWidthSubAccountView: Story = { render: tree(memory({ currentAccountId: SEED.sub.id }), undefined, '20rem') };

/** The search `filter` set: matches highlighted. */
export const Filtered: Story = { args: { filter: 'köln' }, render: tree(memory()) };
export const NoMatches: Story = { args: { filter: 'zzz' }, render: tree(memory()) };

// ——— Keyboard, focus and touch ———

/** A short list is shown in full; with `--aw-tree-height: 14rem` set, that height is the maximum at any length. */
export const MaximumHeightSet: Story = {
  render: (args, context) => html`<div style="--aw-tree-height: 14rem">${tree(memory())(args, context)}</div>`,
};

/**
 * Below a screenful of other content, inside a scrolling container: arrow keys, Home/End and
 * PageUp/PageDown scroll the container and the page so that the focused row stays in view.
 */
export const InScrollingContainer: Story = {
  render: (args, context) => {
    const de = langOf(context) === 'de';
    return html`<div style="height: 24rem; overflow: auto; border: 1px dashed #8a949e; padding: 0.5rem">
      <p style="height: 30rem; margin: 0">
        ${de
          ? 'Inhalt über dem Baum (nach unten scrollen, oder mit Tab in den Baum und die Pfeiltasten drücken).'
          : 'Content above the tree (scroll down, or Tab into the tree and press the arrow keys).'}
      </p>
      ${tree(memory({ generatedSubaccounts: 500 }))(args, context)}
      <p style="height: 20rem; margin: 0">${de ? 'Inhalt unter dem Baum.' : 'Content below the tree.'}</p>
    </div>`;
  },
};

/** The adapter's relation/status filters (what `<location-management>`'s filter control sets). */
export const OnlyCollectiveInvoice: Story = { args: { filterRelation: 'collective-invoice' }, render: tree(memory()) };
export const OnlySuspended: Story = { args: { filterStatus: 'suspended' }, render: tree(memory()) };
export const OnlyBeingSetUp: Story = { args: { filterStatus: 'provisioning' }, render: tree(memory()) };

/** Typing a badge's word into the search finds those accounts: the word is German (“Sammelrechnung”), so is the story. */
export const SearchByBadgeWordGerman: Story = pinLang('de', { args: { filter: 'Sammelrechnung' }, render: tree(memory()) });
/** Typing a badge's word into the search finds those accounts: the word is English (“Suspended”), so is the story. */
export const SearchByBadgeWordEnglish: Story = pinLang('en', { args: { filter: 'Suspended' }, render: tree(memory()) });

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
/** The collective-invoice badge explained (the Köln row focused). */
export const RelationBadgeExplained: Story = { render: tree(memory()), play: focusRow('Köln') };
/** The suspended badge explained (the Ägidienberg row focused). */
export const StatusBadgeExplained: Story = { render: tree(memory()), play: focusRow('Ägidienberg') };

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
/** Unlink: the confirmation for an account on the collective invoice (Köln). */
export const UnlinkConfirm: Story = { render: tree(memory()), play: unlinkRow('Köln') };
/** Unlink refused: the account is still being set up (Nürnberg). */
export const UnlinkRefused: Story = { render: tree(memory()), play: unlinkRow('Nürnberg', true) };
