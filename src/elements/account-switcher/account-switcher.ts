import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AccountAdapter } from '../../api/adapter.js';
import { AccountWidgetsError } from '../../api/errors.js';
import { validAccessUrl } from '../../core/access-url.js';
import type { Account, CurrentAccount } from '../../api/types.js';
import { AccountWidgetElement } from '../../core/account-widget-element.js';
import { Announcer } from '../../core/announcer.js';
import { cssProps } from '../../core/css-props.js';
import { emit } from '../../core/events.js';
import { LocalizeController } from '../../core/localize.js';
import { PagedDataController } from '../../core/paged-data.js';
import { LocalRecentStore, remember, type RecentAccountsStore } from '../../core/recent-accounts.js';
import { base, tokens } from '../../core/styles.js';
import { VirtualWindowController } from '../../core/virtual-window.js';
import type { AccountSwitcherMessages } from '../../i18n/account-switcher.js';
import { accountSwitcherMessages } from '../../i18n/lazy.js';
import { styles } from './account-switcher.styles.js';

/** What the switcher shows: a main account with its sub-accounts, a sub-account under its main, or a standalone account. */
export type AccountSwitcherView = 'main' | 'sub' | 'standalone';

/** One option of the list: an account, and whether it is there as a recent one or is read-only. */
interface Option {
  account: Account;
  recent?: boolean;
  readOnly?: boolean;
}

const sharedLocalStore = new LocalRecentStore();

function viewOf(account: CurrentAccount): AccountSwitcherView {
  if (account.role === 'sub' && account.main) return 'sub';
  return account.role === 'main' ? 'main' : 'standalone';
}

/** Case-, accent- and ß-insensitive words, as the backends search. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

function matchesSearch(account: Account, search: string): boolean {
  const hay = fold([account.name, account.customerNumber, account.site?.city, account.site?.street, account.site?.postalCode].filter(Boolean).join(' '));
  return fold(search).split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
}

/**
 * The portal header's account switcher: the current account (name, customer number, role) as a
 * compact button; its popup lists the accounts opened last, then the main account, then every
 * sub-account, searched on the server as you type.
 *
 * - Pattern: a button that opens a popup (`role="dialog"`) holding an APG combobox — a search
 *   field with a listbox (`aria-activedescendant`); see docs/decisions.md. A letter typed on the
 *   button opens the popup and starts the search with it. Focus stays in the
 *   search field while ArrowDown/ArrowUp, Home/End and PageUp/PageDown move the active option;
 *   Enter chooses it; Escape closes and puts focus back on the button; Tab or a click elsewhere closes.
 * - The list pages and windows exactly like `<account-tree>` (core/paged-data.ts,
 *   core/virtual-window.ts): 50-row pages fetched as they come into view, fixed-height options, at
 *   most 200 in the DOM at any count, with true `aria-setsize` / `aria-posinset`; a new search
 *   aborts the one before (debounced by `search-delay`).
 * - Accounts opened last come first, per main account, kept by `recentStore` (default:
 *   `localStorage`; `clearRecent()` forgets them). Only while the search is empty.
 * - Choosing fires `account-switch` `{ account }`, cancelable; when not canceled and the adapter
 *   has `getAccessUrl`, the element navigates there.
 * - After a `subaccount-added` or `subaccount-removed` anywhere on the page it reloads, so it
 *   stays consistent with a site management section or tree beside it (`refresh()` does the same).
 * - In a sub-account it shows the account itself and, read-only, the main account it belongs to.
 *   A standalone account is shown on its own, without a popup.
 *
 * @summary The current account, and every other one a keystroke away.
 * @tagname account-switcher
 *
 * @fires account-switch - `{ account }` when an account is chosen. Cancelable: when not canceled and the adapter has `getAccessUrl`, the element navigates there. Bubbles, composed.
 * @fires adapter-error - `{ error }` for every failed request. Bubbles, composed.
 *
 * @csspart button - The button showing the current account (opens the popup).
 * @csspart current - The current account as shown (in the button, or alone for a standalone account).
 * @csspart name - An account's name.
 * @csspart meta - Customer number and role.
 * @csspart role - The role badge.
 * @csspart popup - The popup (`role="dialog"`).
 * @csspart search - The search field (`role="combobox"`).
 * @csspart listbox - The scrolling list (`role="listbox"`).
 * @csspart option - Every option; the active one also has `option-active`, recent ones `option-recent`, the read-only main account `option-readonly`, unloaded ones `placeholder`.
 * @csspart option-active - The active option (the one Enter chooses).
 * @csspart option-recent - An option listed as opened recently.
 * @csspart option-readonly - The main account in a sub-account's view.
 * @csspart placeholder - An option whose page is still loading.
 * @csspart status - Loading, empty and no-match messages.
 * @csspart error - The error message (with the Retry button).
 * @csspart retry - The Retry button.
 * @csspart announcer - The visually hidden live region.
 *
 * @cssproperty [--aw-switcher-max-width=22rem] - Widest the button grows.
 * @cssproperty [--aw-switcher-popup-width=24rem] - Width of the popup.
 * @cssproperty [--aw-switcher-list-height=20rem] - Maximum height of the list.
 * @cssproperty [--aw-switcher-option-height=3.25rem] - Height of every option (fixed, for windowing).
 * @cssproperty [--aw-switcher-active-background=var(--aw-color-surface-alt)] - The active option.
 * @cssproperty [--aw-switcher-focus-color=var(--aw-color-focus)] - The focus ring.
 */
export class AccountSwitcher extends AccountWidgetElement<AccountSwitcherMessages> {
  static override styles = [tokens, base, styles];

  /** Milliseconds after the last keystroke before searching. */
  @property({ type: Number, attribute: 'search-delay' }) searchDelay = 150;

  /** Rows per `listSubaccounts` request. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** How many accounts opened last are listed first. */
  @property({ type: Number, attribute: 'recent-limit' }) recentLimit = 5;

  /** Where the accounts opened last are kept (default: `localStorage`). */
  @property({ attribute: false }) recentStore: RecentAccountsStore = sharedLocalStore;

  /** Whether the popup is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  protected readonly l10n = new LocalizeController<AccountSwitcherMessages>(this, 'account-switcher', accountSwitcherMessages);
  private readonly announcer = new Announcer(this);
  private readonly data = new PagedDataController<Account>(this, { onError: (error) => this.reportError(error) });
  private readonly window = new VirtualWindowController(this, {
    scroller: () => this.renderRoot.querySelector<HTMLElement>('[role="listbox"]'),
    group: () => this.renderRoot.querySelector<HTMLElement>('.options'),
    count: () => (this.open ? this.count : 0),
    row: () => this.renderRoot.querySelector<HTMLElement>('[role="option"]'),
  });

  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private current: CurrentAccount | undefined;
  @state() private loadError: AccountWidgetsError | undefined;
  @state() private listError: AccountWidgetsError | undefined;
  @state() private search = '';
  /** The search the shown list was made with. */
  @state() private applied = '';
  @state() private active = 0;
  @state() private recent: readonly Account[] = [];
  /** The popup would leave the viewport at the end: it opens towards the start. */
  @state() private alignEnd = false;

  private loadedAdapter: AccountAdapter | undefined | null = null;
  private loadController?: AbortController;
  private openController?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private scrollPending = false;

  // -------------------------------------------------------------------------------------------
  // Public API

  /** Reloads the current account (and the list, when open): after an add or an unlink elsewhere. */
  async refresh(): Promise<void> {
    await this.load();
  }

  /** Forgets the accounts opened last (for this main account). */
  clearRecent(): void {
    const main = this.mainId;
    this.recentStore.clear(main);
    this.recent = [];
  }

  /** Which view the switcher shows, once loaded. */
  get view(): AccountSwitcherView | undefined {
    return this.current ? viewOf(this.current) : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Whatever adds or unlinks a sub-account on this page (a site management section, a tree),
    // the switcher follows: both events bubble and are composed, so they reach the document.
    this.ownerDocument.addEventListener('subaccount-added', this.onAccountsChanged);
    this.ownerDocument.addEventListener('subaccount-removed', this.onAccountsChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('subaccount-added', this.onAccountsChanged);
    this.ownerDocument.removeEventListener('subaccount-removed', this.onAccountsChanged);
    clearTimeout(this.searchTimer);
    this.loadController?.abort();
    this.openController?.abort();
    this.loadedAdapter = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const adapter = this.resolvedAdapter;
    if (adapter !== this.loadedAdapter) {
      this.loadedAdapter = adapter;
      void this.load();
    }
    if (changed.has('open') && this.open) this.alignEnd = false;
    if (changed.has('open') && this.open && this.view === 'main' && !this.data.list && !this.data.replacing) void this.runSearch();
    if (changed.has('recentStore') && this.mainId) this.recent = this.recentStore.load(this.mainId);
    const count = this.count;
    if (this.active >= count) this.active = Math.max(0, count - 1);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      const popup = this.renderRoot.querySelector<HTMLElement>('.popup');
      const r = popup?.getBoundingClientRect();
      const width = this.ownerDocument.documentElement.clientWidth;
      const rtl = getComputedStyle(this).direction === 'rtl';
      if (r && !this.alignEnd && (rtl ? r.left < 0 : r.right > width)) this.alignEnd = true;
      const field = this.renderRoot.querySelector<HTMLElement>('[part~="search"], [role="listbox"]');
      field?.focus();
    }
    if (this.scrollPending) {
      this.scrollPending = false;
      this.window.scrollToIndex(this.active, false);
      if (this.window.needsRender()) this.requestUpdate();
    }
    const list = this.open && this.view === 'main' ? this.data.list : undefined;
    if (list) {
      const head = this.head.length;
      const [start, end] = this.window.rendered;
      list.want(Math.max(0, start - head), Math.max(0, end - head));
    }
  }

  private readonly onAccountsChanged = (): void => {
    if (this.phase === 'ready') void this.load();
  };

  // -------------------------------------------------------------------------------------------
  // Loading

  private get mainId(): string | undefined {
    const c = this.current;
    if (!c) return undefined;
    return viewOf(c) === 'sub' ? c.main?.id : c.id;
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    const { signal } = controller;
    if (!this.current) this.phase = 'loading';
    try {
      const current = await this.requireAdapter().getCurrentAccount({ signal });
      if (signal.aborted) return;
      this.current = current;
      this.loadError = undefined;
      this.phase = 'ready';
      const main = this.mainId;
      this.recent = main ? this.recentStore.load(main).filter((a) => a.id !== current.id) : [];
      if (viewOf(current) === 'main') {
        if (this.open) await this.runSearch();
        else this.data.clear();
      } else this.data.clear();
    } catch (error) {
      if (signal.aborted) return;
      const failure = AccountWidgetsError.from(error);
      if (!failure.details?.noAdapter) this.reportError(failure);
      this.loadError = failure;
      this.phase = 'error';
    }
  }

  private runSearch(): Promise<void> {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    const adapter = this.resolvedAdapter;
    const current = this.current;
    if (!adapter || !current || viewOf(current) !== 'main') return Promise.resolve();
    const search = this.search.trim();
    this.listError = undefined;
    const mainId = current.id;
    return this.data
      .replace(
        ({ offset, limit, search: s }, signal) => adapter.listSubaccounts(mainId, { offset, limit, ...(s ? { search: s } : {}) }, { signal }),
        search,
        this.pageSize,
        {
          commit: () => {
            this.applied = search;
            this.active = 0;
            this.scrollPending = true;
          },
        },
      )
      .then((list) => {
        if (list && search) this.announcer.announce(this.l10n.t('results', { count: this.count, formatted: this.l10n.number(this.count) }));
      })
      .catch((error: unknown) => {
        this.listError = this.reportError(error);
      });
  }

  // -------------------------------------------------------------------------------------------
  // Options

  /** The options before the paged sub-accounts: the accounts opened last, then the main account. */
  private get head(): Option[] {
    const c = this.current;
    if (!c) return [];
    if (viewOf(c) === 'sub') return [{ account: c }, ...(c.main ? [{ account: c.main, readOnly: true }] : [])];
    const search = this.applied;
    const recent = search ? [] : this.recent.map((account) => ({ account, recent: true }));
    const main = !search || matchesSearch(c, search) ? [{ account: c as Account }] : [];
    return [...recent, ...main];
  }

  private get count(): number {
    const list = this.view === 'main' ? this.data.list : undefined;
    return this.head.length + (list?.total ?? 0);
  }

  private optionAt(index: number, head = this.head): Option | undefined {
    if (index < head.length) return head[index];
    const account = this.data.list?.item(index - head.length);
    return account ? { account } : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Interaction

  private toggle(): void {
    if (this.open) this.close(true);
    else this.open = true;
  }

  private close(restoreFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    clearTimeout(this.searchTimer);
    if (restoreFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus());
  }

  private readonly onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.open = true;
    } else if (this.view === 'main' && [...event.key].length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Type to search: a letter on the button opens the popup and starts the search with it.
      event.preventDefault();
      this.search = event.key;
      const loaded = !!this.data.list || this.data.replacing;
      this.open = true;
      if (loaded) this.scheduleSearch();
    }
  };

  private readonly onInput = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
    this.scheduleSearch();
  };

  private scheduleSearch(): void {
    clearTimeout(this.searchTimer);
    const delay = Math.max(0, Number(this.searchDelay) || 0);
    this.searchTimer = setTimeout(() => void this.runSearch(), delay);
  }

  private moveTo(index: number): void {
    const count = this.count;
    if (!count) return;
    this.active = Math.min(count - 1, Math.max(0, index));
    this.scrollPending = true;
  }

  private readonly onPopupKey = (event: KeyboardEvent): void => {
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        this.moveTo(this.active + 1);
        break;
      case 'ArrowUp':
        this.moveTo(this.active - 1);
        break;
      case 'Home':
        this.moveTo(0);
        break;
      case 'End':
        this.moveTo(this.count - 1);
        break;
      case 'PageDown':
        this.moveTo(this.active + this.window.pageRows());
        break;
      case 'PageUp':
        this.moveTo(this.active - this.window.pageRows());
        break;
      case 'Enter':
        void this.choose(this.active);
        break;
      case 'Escape':
        this.close(true);
        break;
      case 'Tab':
        this.close(false);
        handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && (this.renderRoot as ShadowRoot).contains(to)) return;
    if (to === this) return;
    this.close(false);
  };

  private readonly onOptionClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    if (!Number.isInteger(index)) return;
    this.active = index;
    void this.choose(index);
  };

  private async choose(index: number): Promise<void> {
    const option = this.optionAt(index);
    if (!option || option.readOnly) return;
    const { account } = option;
    const main = this.mainId;
    if (main && this.view === 'main' && account.id !== this.current?.id) {
      this.recentStore.save(main, remember(this.recentStore.load(main), account, Math.max(1, this.recentLimit)));
      this.recent = this.recentStore.load(main).filter((a) => a.id !== this.current?.id);
    }
    const proceed = emit(this, 'account-switch', { account }, { cancelable: true });
    this.close(true);
    if (!proceed) return;
    const adapter = this.resolvedAdapter;
    if (!adapter?.getAccessUrl) return;
    this.openController?.abort();
    const controller = (this.openController = new AbortController());
    this.announcer.announce(this.l10n.t('switching', { name: account.name }));
    try {
      const url = validAccessUrl(await adapter.getAccessUrl(account.id, { signal: controller.signal }));
      if (controller.signal.aborted || !this.isConnected) return;
      this.navigate(url);
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = this.reportError(error);
      this.announcer.announce(this.errorMessage(failure));
    }
  }

  /** Goes to an account's access URL. Protected so that a subclass (or a test) can intercept it. */
  protected navigate(url: string): void {
    location.assign(url);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private roleLabel(account: Account): string {
    return this.l10n.t(account.role === 'main' ? 'roleMain' : account.role === 'sub' ? 'roleSub' : 'roleStandalone');
  }

  private renderAccount(account: Account): TemplateResult {
    return html`<span class="name" part="name" title=${account.name}>${account.name}</span>
      <span class="meta" part="meta"
        >${this.l10n.t('customerNumber', { number: account.customerNumber })}
        <span class="role" part="role">${this.roleLabel(account)}</span></span
      >`;
  }

  protected override render(): TemplateResult {
    return html`${this.announcer.render()}${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    if (this.phase === 'error') {
      return html`<div class="error" part="error" role="alert">
        <span>${this.errorMessage(this.loadError)}</span>
        <button type="button" part="retry" @click=${() => void this.load()}>${this.l10n.t('retry')}</button>
      </div>`;
    }
    const current = this.current;
    if (this.phase === 'loading' || !current) {
      return html`<span class="loading" part="status" role="status">${this.l10n.t('loading')}</span>`;
    }
    const view = viewOf(current);
    if (view === 'standalone') return html`<div class="current" part="current">${this.renderAccount(current)}</div>`;
    return html`<div class="switcher" @focusout=${this.onFocusOut}>
      <button
        type="button"
        class="current"
        part="button current"
        aria-haspopup="dialog"
        aria-expanded=${String(this.open)}
        aria-controls="popup"
        aria-label=${this.l10n.t('buttonLabel', { name: current.name, number: current.customerNumber, role: this.roleLabel(current) })}
        @click=${this.toggle}
        @keydown=${this.onButtonKey}
      >
        ${this.renderAccount(current)}<span class="chevron" aria-hidden="true"></span>
      </button>
      ${this.open ? this.renderPopup(view) : nothing}
    </div>`;
  }

  private renderPopup(view: AccountSwitcherView): TemplateResult {
    const count = this.count;
    const list = this.data.list;
    const busy = this.data.replacing || !!list?.loading;
    const loadingFirst = view === 'main' && !list && !this.listError;
    const activeId = count > 0 ? `opt-${this.active}` : undefined;
    return html`<div id="popup" class="popup${this.alignEnd ? ' end' : ''}" part="popup" role="dialog" aria-label=${this.l10n.t('popupLabel')} @keydown=${this.onPopupKey}>
      ${view === 'main'
        ? html`<input
            type="search"
            part="search"
            role="combobox"
            aria-label=${this.l10n.t('searchLabel')}
            placeholder=${this.l10n.t('searchPlaceholder')}
            aria-expanded="true"
            aria-controls="listbox"
            aria-autocomplete="list"
            aria-activedescendant=${activeId ?? nothing}
            autocomplete="off"
            spellcheck="false"
            .value=${this.search}
            @input=${this.onInput}
          />`
        : nothing}
      <div
        id="listbox"
        class="listbox"
        part="listbox"
        role="listbox"
        aria-label=${this.l10n.t('listLabel')}
        aria-busy=${String(busy)}
        tabindex=${view === 'main' ? '-1' : '0'}
        aria-activedescendant=${view === 'main' ? nothing : (activeId ?? nothing)}
        @scroll=${this.window.onScroll}
        @click=${this.onOptionClick}
      >
        <div class="options" ${cssProps({ '--_n': String(count) })}>${this.renderOptionList(count)}</div>
      </div>
      ${this.listError
        ? html`<div class="error" part="error" role="alert">
            <span>${this.errorMessage(this.listError)}</span>
            <button type="button" part="retry" @click=${() => void this.runSearch()}>${this.l10n.t('retry')}</button>
          </div>`
        : loadingFirst
          ? html`<p class="status" part="status">${this.l10n.t('loadingList')}</p>`
          : count === 0
            ? html`<p class="status" part="status">${this.applied ? this.l10n.t('noMatches', { search: this.applied }) : this.l10n.t('empty')}</p>`
            : nothing}
    </div>`;
  }

  private renderOptionList(count: number): unknown {
    if (!count) return nothing;
    const head = this.head;
    const indices = this.window.indices(this.active);
    return repeat(
      indices,
      (i) => i,
      (i) => this.renderOption(i, count, this.optionAt(i, head)),
    );
  }

  private renderOption(index: number, count: number, option: Option | undefined): TemplateResult {
    const active = index === this.active;
    const account = option?.account;
    const parts = ['option', active ? 'option-active' : '', option?.recent ? 'option-recent' : '', option?.readOnly ? 'option-readonly' : '', option ? '' : 'placeholder'];
    return html`<div
      id="opt-${index}"
      class="option${active ? ' active' : ''}"
      part=${parts.filter(Boolean).join(' ')}
      role="option"
      data-index=${index}
      aria-selected=${String(!!account && account.id === this.current?.id)}
      aria-disabled=${option?.readOnly ? 'true' : nothing}
      aria-setsize=${count}
      aria-posinset=${index + 1}
      ${cssProps({ '--_i': String(index) })}
    >
      ${account
        ? html`${this.renderAccount(account)}${option!.recent
            ? html`<span class="tag" part="meta">${this.l10n.t('recent')}</span>`
            : option!.readOnly
              ? html`<span class="tag" part="meta">${this.l10n.t('managedBy')}</span>`
              : account.id === this.current?.id
                ? html`<span class="tag" part="meta">${this.l10n.t('current')}</span>`
                : nothing}`
        : html`<span class="name">${this.l10n.t('loadingRow')}</span>`}
    </div>`;
  }
}
