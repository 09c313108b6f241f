import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AccountAdapter } from '../../api/adapter.js';
import { AccountWidgetsError } from '../../api/errors.js';
import { validAccessUrl } from '../../core/access-url.js';
import type { Account, AccountRelation, AccountStatus, CurrentAccount, UnlinkedAccount } from '../../api/types.js';
import { AccountWidgetElement } from '../../core/account-widget-element.js';
import { Announcer } from '../../core/announcer.js';
import { cssProps } from '../../core/css-props.js';
import { emit } from '../../core/events.js';
import { LocalizeController } from '../../core/localize.js';
import { PagedDataController, type PagedList, type PageFetcher } from '../../core/paged-data.js';
import { RovingFocusController } from '../../core/roving-focus.js';
import { scrollIntoViewNearest } from '../../core/scroll-into-view.js';
import { base, tokens } from '../../core/styles.js';
import { startsWithCollated, TypeAheadController } from '../../core/type-ahead.js';
import { VirtualWindowController } from '../../core/virtual-window.js';
import type { AccountTreeMessages } from '../../i18n/account-tree.js';
import { accountTreeMessages } from '../../i18n/lazy.js';
import { styles } from './account-tree.styles.js';
import { badgeQuery, badgesOf, renderBadges, renderExplanation, type BadgeQuery } from './badges.js';
import { filterTerms, highlight, type TextPiece } from './highlight.js';
import { RowActionsController } from './unlink.js';

/** What the tree shows: a main account with its sub-accounts, a sub-account under its main, or a standalone account. */
export type AccountTreeView = 'main' | 'sub' | 'standalone';

/** The index of the root node; children are 0 … count-1. */
const ROOT = -1;
/** How long a revealed row stays highlighted. */
const REVEAL_MS = 2000;
/** How long a scroll's render waits for its pages before it shows placeholders: one frame. */
const FRAME_MS = 16;
/** Access URLs remembered for the Open links (hovered or pressed rows). */
const MAX_CACHED_URLS = 200;

function viewOf(account: CurrentAccount): AccountTreeView {
  if (account.role === 'sub' && account.main) return 'sub';
  if (account.role === 'main') return 'main';
  return 'standalone';
}

/** True when a query narrows the list (text, relation or status). */
function isFiltered(q: BadgeQuery): boolean {
  return !!(q.search || q.relation || q.status);
}

function sameQuery(a: BadgeQuery, b: BadgeQuery): boolean {
  return a.search === b.search && a.relation === b.relation && a.status === b.status;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The account hierarchy: the current main account as the root, its sub-accounts below, each with
 * customer number, site, a relation badge for collective-invoice links and a status badge for
 * accounts being set up or suspended. Sorted by name (the adapter sorts with locale collation).
 *
 * - Logged in as a sub-account, it shows the main account it belongs to, read-only ("Managed
 *   by …"), and the account itself. A standalone account shows the root alone and the `empty` slot.
 * - Pages of sub-accounts are requested through `listSubaccounts` (offset/limit) as they come near
 *   the viewport; End, `reveal()` and type-ahead fetch only the pages they need. The total comes
 *   with the first page, so the scrollbar is right at once; unloaded rows show placeholders.
 * - Virtualised: fixed-height rows, at most 200 in the DOM at any count (100,000 works).
 * - `filter` searches on the server (debounced, stale requests aborted), highlights matches and
 *   announces the number of results. A badge's word in it ("Sammelrechnung", "Gesperrt") becomes
 *   the adapter's `relation`/`status` filter; `filter-relation` and `filter-status` set them directly.
 * - Badges say what an account is (main, sub-account, collective invoice; "This account" in a
 *   sub-account's view) and how it is (being set up, suspended) with icon and text; a standalone
 *   account has none. Their meaning is the row's accessible description and a tooltip on hover
 *   and keyboard focus — never an extra tab stop.
 * - Keyboard per the WAI-ARIA tree view pattern: Up/Down, Right/Left (expand, collapse, first
 *   child, parent; mirrored right-to-left), Home/End, Enter opens, Space selects, type-ahead on
 *   names, `*` expands the siblings; PageUp/PageDown move by a screenful. One tab stop; focus
 *   stays on the same account across paging, scrolling and filtering. Click selects; double-click
 *   opens. Whenever the active row changes it is scrolled into view in the tree's box *and* every
 *   scrolling box around it up to the page (nearest edge, no animation), so the focused row is
 *   never below the fold.
 * - Every row that can be opened shows a visible **Open** link (a tap target, not a tab stop: the
 *   tree keeps one tab stop; screen readers hear "Press Enter to open"). With the adapter's
 *   `getAccessUrl` the link gets a real `href` as the pointer reaches it, so middle-click and
 *   Ctrl/Cmd-click open the account in a new tab as links do. Rows that cannot be opened say why
 *   ("View only" for the main account seen from a sub-account, "Not available yet" while an
 *   account is being set up).
 * - With an adapter that has `unlinkSubaccount`, every sub-account row has an actions button
 *   (WAI-ARIA menu button, a visible tap target that is not a tab stop; Shift+F10 or the
 *   context-menu key on the row opens it) with *Unlink*: a confirmation (`alertdialog`, focus on
 *   Cancel) names the account and what happens; on success the row goes, the count updates,
 *   focus moves to the next row, the result is announced once and `subaccount-removed` fires; a
 *   refusal is shown by its code and nothing changes.
 * - Height follows content: up to `inline-rows` rows (default 25) are shown in full, without a
 *   scroll box inside the page; a longer list scrolls inside a box of at most `--aw-tree-height`.
 *   When `--aw-tree-height` is set, it is the maximum at any length.
 *
 * @summary The main account and its sub-accounts: a virtualised, keyboard-complete tree.
 * @tagname account-tree
 *
 * @fires account-select - `{ account }` when a node is selected (Space or click). Bubbles, composed.
 * @fires account-open - `{ account }` on Enter, double-click or a click on the row's Open link. Cancelable: when not canceled and the
 *   adapter has `getAccessUrl`, the element navigates there. Bubbles, composed.
 * @fires subaccount-removed - `{ account }` (the account afterwards, standalone) when a sub-account was unlinked
 *   through its row's *Unlink* action. Bubbles, composed.
 * @fires adapter-error - `{ error }` for every failed request. Bubbles, composed.
 *
 * @slot empty - Shown for a standalone account (no sub-accounts yet), e.g. a call to add one.
 *
 * @csspart tree - The scroll container (`role="tree"`).
 * @csspart row - Every row; the root row also has `root`, unloaded rows `placeholder`, the revealed row `revealed`.
 * @csspart root - The root row.
 * @csspart placeholder - A row whose page is still loading.
 * @csspart revealed - The row `reveal()` just showed (highlighted briefly).
 * @csspart name - An account's name.
 * @csspart meta - The line with customer number and city.
 * @csspart managed-by - "Managed by" above the main account in a sub-account's view.
 * @csspart badge - Every badge (icon and text, next to the name).
 * @csspart badge-role - The role badge ("Main account").
 * @csspart badge-relation - The relation badge (sub-account, collective invoice).
 * @csspart badge-status - The status badge (being set up, suspended).
 * @csspart badge-current - "This account" in a sub-account's view.
 * @csspart badge-tip - What a row's badges mean: shown on hover and while the row has keyboard focus (Escape hides
 *   it); also the row's accessible description.
 * @csspart match - Text matching the filter (a `<mark>`).
 * @csspart skeleton - The loading skeleton.
 * @csspart empty - The empty and no-results messages.
 * @csspart error - The error message (with the Retry button).
 * @csspart notice - A message above the tree when some pages or an open failed.
 * @csspart retry - The Retry button.
 * @csspart announcer - The visually hidden live region.
 * @csspart open - The visible Open link of an openable row.
 * @csspart open-reason - Why a row cannot be opened ("View only", "Not available yet").
 * @csspart actions - A sub-account row's actions button (menu button; shown when the adapter can unlink).
 * @csspart menu - The open actions menu (`role="menu"`).
 * @csspart menu-item - An item of the actions menu (*Unlink*).
 * @csspart unlink-dialog - The confirmation before unlinking (`role="alertdialog"`, a native modal `<dialog>`).
 * @csspart unlink-title - Its heading, naming the account.
 * @csspart unlink-text - What happens: keeps its login, leaves the collective invoice, leaves the list.
 * @csspart unlink-error - Why the backend refused (by error code).
 * @csspart unlink-cancel - Cancel (focused first: the safe choice).
 * @csspart unlink-confirm - Unlink.
 *
 * @cssproperty [--aw-tree-height=32rem] - Maximum height of the scroll container (lists longer than `inline-rows`; when set, at any length).
 * @cssproperty [--aw-tree-row-height=3.5rem] - Height of every row (fixed, for virtualisation).
 * @cssproperty [--aw-tree-indent=1.75rem] - Indent of sub-accounts.
 * @cssproperty [--aw-tree-background=var(--aw-color-surface)] - Background of the tree and its rows.
 * @cssproperty [--aw-tree-border-color=var(--aw-color-border)] - Border of the tree and badges.
 * @cssproperty [--aw-tree-row-hover-background=var(--aw-color-surface-alt)] - Row under the pointer.
 * @cssproperty [--aw-tree-selected-background=var(--aw-color-surface-alt)] - The selected row.
 * @cssproperty [--aw-tree-selected-color=var(--aw-color-primary)] - The bar marking the selected row.
 * @cssproperty [--aw-tree-reveal-background=var(--aw-color-highlight)] - The row `reveal()` showed.
 * @cssproperty [--aw-tree-match-background=var(--aw-color-highlight)] - Text matching the filter.
 * @cssproperty [--aw-tree-badge-background=var(--aw-color-surface-alt)] - Badges.
 * @cssproperty [--aw-tree-badge-color=var(--aw-color-text)] - Badge text.
 * @cssproperty [--aw-tree-focus-color=var(--aw-color-focus)] - The focus ring.
 */
export class AccountTree extends AccountWidgetElement<AccountTreeMessages> {
  static override styles = [tokens, base, styles];

  /** Server-side search over name, customer number and site; debounced by `filter-delay`. */
  @property({ type: String, reflect: true }) filter = '';

  /** Only sub-accounts hanging on the main account this way (`'collective-invoice'`), through the adapter's `relation` filter. */
  @property({ type: String, attribute: 'filter-relation', reflect: true }) filterRelation: AccountRelation | undefined;

  /** Only sub-accounts in this status (`'provisioning'`, `'suspended'`), through the adapter's `status` filter. */
  @property({ type: String, attribute: 'filter-status', reflect: true }) filterStatus: AccountStatus | undefined;

  /**
   * The longest wait, in milliseconds, after the last change of `filter` before searching. The
   * tree waits as long as its backend took for its last answer, up to this: a fast backend is
   * asked at every key (the search keeps up with typing), a slow one only when typing pauses
   * (no request storm). A search typed over is aborted: one is in flight at most. 0: no wait.
   */
  @property({ type: Number, attribute: 'filter-delay' }) filterDelay = 200;

  /** Rows per `listSubaccounts` request. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /**
   * Lists with at most this many rows are shown in full, without an inner scroll box (unless
   * `--aw-tree-height` is set); longer lists scroll inside a box of `--aw-tree-height` (32rem).
   */
  @property({ type: Number, attribute: 'inline-rows' }) inlineRows = 25;

  /** The id of the selected account (Space or click selects; the host may set it). */
  @property({ type: String, attribute: 'selected-id' }) selectedId: string | undefined;

  protected readonly l10n = new LocalizeController<AccountTreeMessages>(this, 'account-tree', accountTreeMessages);
  private readonly announcer = new Announcer(this);
  private readonly data = new PagedDataController<Account>(this, { onError: (error) => this.onPageError(error) });
  private readonly typeAhead = new TypeAheadController(this);
  private readonly roving = new RovingFocusController(this, {
    target: () => this.nodeElement(this.activeIndex),
    itemSelector: '[role="treeitem"]',
  });
  /** The sub-account rows' action menu (Unlink) and its confirmation. */
  private readonly actions = new RowActionsController(this, {
    adapter: () => (this.view === 'main' ? this.resolvedAdapter : undefined),
    mainId: () => this.current?.id,
    mainName: () => this.rootAccount?.name ?? '',
    t: (key, params) => this.t(key, params),
    errorMessage: (error) => this.errorMessage(error),
    reportError: (error) => this.reportError(error),
    row: (index) => this.nodeElement(index),
    focusRow: (index) => this.moveTo(index),
    removed: (account, index) => this.onUnlinked(account, index),
    announce: (message) => this.announcer.announce(message),
  });
  /** Where a row was unlinked: the row that follows it takes its place and its focus. */
  private removedAt: number | undefined;

  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private current: CurrentAccount | undefined;
  @state() private loadError: AccountWidgetsError | undefined;
  @state() private notice: { message: string; retry?: () => void } | undefined;
  @state() private expanded = true;
  @state() private activeIndex = ROOT;
  @state() private revealedId: string | undefined;
  /** The free text the shown list was searched with (badge labels taken out). */
  @state() private appliedFilter = '';
  /** The whole query the shown list was made with (text, relation, status), for comparisons. */
  @state() private appliedQuery: BadgeQuery = { search: '' };
  /** Escape hid the badge explanation of the focused row (WCAG 1.4.13: dismissible). */
  @state() private tipsHidden = false;
  /** The pointer is on the root's badges: their explanation shows (see `onPointerOver`). */
  @state() private rootBadgesHovered = false;

  /** The account of the active child, to find it again after a filter or refresh. */
  private activeAccount: Account | undefined;
  private loadedAdapter: AccountAdapter | undefined | null = null;
  private loadController?: AbortController;
  private opController?: AbortController;
  private openController?: AbortController;
  private filterTimer?: ReturnType<typeof setTimeout>;
  /** How long the backend took for the last page it answered (ms): the search's wait after a key. */
  private answerMs = 0;
  private revealTimer?: ReturnType<typeof setTimeout>;
  private settled = false;
  /** The active row moved because the list shrank under it: scroll it into view after rendering. */
  private scrollToActive = false;
  /** Pages that failed (rendered as "Not loaded" rather than "Loading…"), read once per render. */
  private failedPages = new Set<number>();
  private work: Promise<void> = Promise.resolve();
  private rootRowHeight = 56;
  /** Which child rows are rendered for what is in view (shared with `<account-switcher>`). */
  private readonly window = new VirtualWindowController(this, {
    scroller: () => this.treeElement,
    group: () => this.renderRoot.querySelector<HTMLElement>('.group'),
    count: () => (this.phase === 'ready' && this.expanded ? this.childCount : 0),
    row: () => this.renderRoot.querySelector<HTMLElement>('.child'),
    header: () => this.rootRowHeight,
    measure: () => this.measureRoot(),
    onViewportChange: () => this.actions.reposition(),
  });
  /** Bring the active row into view after the next update (it may not be rendered yet). */
  private scrollPending = false;
  /** Validated access URLs by account id, for the Open links' `href`. */
  private readonly accessUrls = new Map<string, string>();
  private readonly urlRequests = new Map<string, Promise<string | undefined>>();

  // -------------------------------------------------------------------------------------------
  // Public API

  /** Reloads the current account and the sub-accounts, keeping focus on the same account. */
  refresh(): Promise<void> {
    this.work = this.load(true);
    return this.work;
  }

  /**
   * Shows an account: loads the page that holds it, expands the root, scrolls to it, focuses it,
   * highlights it briefly and announces it. Pass the `Account` (e.g. from `subaccount-added`) to
   * find it in O(log n) page requests by its sort position; with an id alone an account not yet
   * loaded is found by reading the pages in order. Clears a filter that hides it. Resolves true
   * when it was found. With `{ focus: false }` the row is shown and made the tree's tab stop but
   * focus stays where it is (e.g. while a modal dialog is open over the tree). With
   * `{ announce: false }` nothing is announced (the caller announced the outcome already).
   */
  async reveal(target: string | Account, options: { focus?: boolean; announce?: boolean } = {}): Promise<boolean> {
    const account = typeof target === 'string' ? undefined : target;
    const id = typeof target === 'string' ? target : target?.id;
    if (!id || !this.isConnected) return false;
    await this.settle();
    if (!this.isConnected) return false;
    let { signal } = this.newOperation();
    try {
      let index = await this.findIndex(id, account, signal);
      if (index === undefined && isFiltered(this.appliedQuery) && !signal.aborted) {
        this.filter = '';
        this.filterRelation = undefined;
        this.filterStatus = undefined;
        await this.updateComplete;
        await this.settle();
        if (this.filter || this.filterRelation || this.filterStatus || !this.isConnected) return false;
        signal = this.newOperation().signal;
        index = await this.findIndex(id, account, signal);
      }
      if (index === undefined || signal.aborted || !this.isConnected) return false;
      if (index >= 0) this.expanded = true;
      this.setActive(index);
      await this.updateComplete;
      if (signal.aborted || !this.isConnected) return false;
      this.scrollToIndex(index, true);
      scrollIntoViewNearest(this.nodeElement(index));
      if (options.focus !== false) this.roving.focus();
      this.revealedId = id;
      clearTimeout(this.revealTimer);
      this.revealTimer = setTimeout(() => (this.revealedId = undefined), REVEAL_MS);
      const name = this.nodeAccount(index)?.name ?? account?.name ?? '';
      if (options.announce !== false) this.announcer.announce(this.l10n.t('revealed', { name }));
      await this.updateComplete;
      return true;
    } catch (error) {
      if (!signal.aborted) this.reportError(error);
      return false;
    }
  }

  /** Which view the tree shows, once loaded. */
  get view(): AccountTreeView | undefined {
    return this.current ? viewOf(this.current) : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      // Moved in the DOM, or re-attached after a removal mid-request: pick up where it stopped.
      if (!this.settled) this.loadedAdapter = null;
      else if (!this.queryApplied()) this.scheduleFilter();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.filterTimer);
    this.filterTimer = undefined;
    clearTimeout(this.revealTimer);
    this.loadController?.abort();
    this.opController?.abort();
    this.openController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size) this.window.remeasure();
    const adapter = this.resolvedAdapter;
    if (adapter !== this.loadedAdapter) {
      this.loadedAdapter = adapter;
      this.work = this.load(false);
    } else if (
      (changed.has('filter') || changed.has('filterRelation') || changed.has('filterStatus')) &&
      this.settled &&
      !this.queryApplied()
    ) {
      this.scheduleFilter();
    }
    this.keepActiveInRange();
    if (this.activeIndex >= 0 && !this.activeAccount) this.activeAccount = this.childAt(this.activeIndex);
  }

  /**
   * A later page may report a smaller total than the first (rows were removed meanwhile): when the
   * active row is gone, the nearest remaining row (the new last one, else the root) becomes the tab
   * stop, and keeps focus if the removed row had it — never `<body>`.
   */
  private keepActiveInRange(): void {
    const count = this.expanded ? this.childCount : 0;
    if (this.phase !== 'ready' || this.activeIndex < 0 || this.activeIndex < count) return;
    const focused = this.roving.focused;
    this.setActive(count > 0 ? count - 1 : ROOT);
    if (focused) {
      this.roving.focus();
      this.scrollToActive = true;
    }
  }

  /**
   * A scroll that needs pages renders once, with its rows, when the adapter answers within a frame
   * (no placeholder pass first); a slower answer gets its placeholders after that frame.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.window.scrolling) {
      const list = this.shownList;
      if (list) {
        const [start, end] = this.window.nextRange();
        list.want(start, end);
        const arrival = list.arrival(start, end);
        if (arrival) await Promise.race([arrival, new Promise((resolve) => setTimeout(resolve, FRAME_MS))]);
      }
    }
    super.scheduleUpdate();
  }

  /** The list whose rows are on screen: the main account's, expanded. */
  private get shownList(): PagedList<Account> | undefined {
    return this.view === 'main' && this.expanded ? this.data.list : undefined;
  }

  /** The sticky root row covers the top of the scroll box: rows scrolled into view stop below it. */
  private measureRoot(): void {
    const tree = this.treeElement;
    const rootRow = this.renderRoot.querySelector<HTMLElement>('.root');
    if (!tree || !rootRow) return;
    if (rootRow.offsetHeight) this.rootRowHeight = rootRow.offsetHeight;
    const pad = `${this.rootRowHeight}px`;
    if (tree.style.getPropertyValue('--_root-h') !== pad) tree.style.setProperty('--_root-h', pad);
  }

  protected override updated(): void {
    const tree = this.treeElement;
    if (this.scrollToActive) {
      // The active row moved (the data shrank): bring it into view like any other move.
      this.scrollToActive = false;
      this.scrollPending = true;
    }
    if (this.scrollPending) {
      this.scrollPending = false;
      if (this.activeIndex === ROOT && tree) tree.scrollTop = 0;
      scrollIntoViewNearest(this.nodeElement(this.activeIndex));
      if (this.window.needsRender()) this.requestUpdate();
    } else if (this.window.outOfDate()) this.requestUpdate();
    const list = this.shownList;
    if (list) {
      // Failed pages wait for Retry (the list remembers them); the others keep loading.
      const [start, end] = this.window.rendered;
      list.want(start, end);
    }
    // aria-busy follows the requests in flight without another render: set here, not bound.
    if (tree && this.phase === 'ready') {
      const busy = this.data.replacing || !!this.data.list?.loading;
      if (tree.getAttribute('aria-busy') !== String(busy)) tree.setAttribute('aria-busy', String(busy));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Loading

  private async load(keep: boolean, announce = true): Promise<void> {
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    const { signal } = controller;
    clearTimeout(this.filterTimer);
    this.filterTimer = undefined;
    this.settled = false;
    const wasReady = this.phase === 'ready';
    if (!keep || !wasReady) {
      this.phase = 'loading';
      this.loadError = undefined;
      this.data.clear();
    }
    this.notice = undefined;
    try {
      const adapter = this.requireAdapter();
      const current = await adapter.getCurrentAccount({ signal });
      if (signal.aborted) return;
      const query = this.query();
      if (viewOf(current) === 'main') {
        const list = await this.data.replace(this.fetcher(adapter, current.id, query), query.search, this.pageSize, {
          prepare: (l, s) => this.prepareActive(l, s, query),
          commit: (l, index) => this.commitList(l, index, query, current),
        });
        if (!list || signal.aborted) return;
        if (announce && isFiltered(query)) this.announceResults(list.total);
      } else {
        this.removedAt = undefined;
        this.data.clear();
        this.current = current;
        this.appliedFilter = query.search;
        this.appliedQuery = query;
        const children = this.staticChildren;
        const kept = this.activeAccount ? children.findIndex((a) => a.id === this.activeAccount!.id) : -1;
        this.setActive(kept >= 0 ? kept : this.activeIndex === ROOT || !children.length ? ROOT : 0);
      }
      this.phase = 'ready';
      this.settled = true;
      if (!this.queryApplied()) this.scheduleFilter();
    } catch (error) {
      if (signal.aborted) return; // our own cancel; an adapter's own AbortError is a failure
      const failure = AccountWidgetsError.from(error);
      if (!failure.details?.noAdapter) this.reportError(failure);
      this.settled = true;
      if (keep && wasReady && this.current) {
        this.phase = 'ready';
        this.notice = { message: this.errorMessage(failure), retry: () => void this.refresh() };
      } else {
        this.loadError = failure;
        this.phase = 'error';
      }
    }
  }

  private fetcher(adapter: AccountAdapter, mainId: string, query: BadgeQuery): PageFetcher<Account> {
    const { relation, status } = query;
    // async: whatever the adapter does, a page request only ever rejects (never throws into a render).
    return async ({ offset, limit, search }, signal) => {
      const started = performance.now();
      const page = await adapter.listSubaccounts(
        mainId,
        { offset, limit, ...(search ? { search } : {}), ...(relation ? { relation } : {}), ...(status ? { status } : {}) },
        { signal },
      );
      this.answerMs = performance.now() - started;
      return page;
    };
  }

  /** What the list is asked for: the text filter (badge labels read as relation/status) and the filter properties. */
  private query(): BadgeQuery {
    const parsed = badgeQuery(this.filter, this.t);
    return {
      search: parsed.search,
      relation: parsed.relation ?? (this.filterRelation || undefined),
      status: parsed.status ?? (this.filterStatus || undefined),
    };
  }

  /** True when the shown list was made with the current query. */
  private queryApplied(): boolean {
    return sameQuery(this.query(), this.appliedQuery);
  }

  /** Finds where the active account went in a new list (before it is shown). */
  private async prepareActive(list: PagedList<Account>, signal: AbortSignal, query: BadgeQuery): Promise<number> {
    if (this.removedAt !== undefined) {
      // After an unlink, the next row (or the new last one, else the root) takes the removed row's place.
      const at = this.removedAt;
      this.removedAt = undefined;
      return list.total > 0 ? Math.min(at, list.total - 1) : ROOT;
    }
    const account = this.activeIndex >= 0 ? this.activeAccount : undefined;
    if (!account) return this.activeIndex === ROOT ? ROOT : list.total > 0 ? 0 : ROOT;
    if (!this.couldMatch(account, query)) return list.total > 0 ? 0 : ROOT;
    const index = await this.locate(list, account, signal);
    return index >= 0 ? index : list.total > 0 ? 0 : ROOT;
  }

  private commitList(list: PagedList<Account>, index: number, query: BadgeQuery, current?: CurrentAccount): void {
    if (current) {
      // The first load shows the rows in the same update as the list arrives.
      this.current = current;
      this.phase = 'ready';
      this.loadError = undefined;
    }
    this.appliedFilter = query.search;
    this.appliedQuery = query;
    this.notice = undefined;
    const focused = this.roving.focused;
    this.setActive(index, list);
    const tree = this.treeElement;
    if (tree) {
      if (focused && index >= 0) this.scrollToIndex(index, true);
      else if (!focused) tree.scrollTop = 0;
    }
    if (focused) this.scrollPending = true;
  }

  private scheduleFilter(): void {
    clearTimeout(this.filterTimer);
    this.filterTimer = setTimeout(() => {
      this.filterTimer = undefined;
      this.work = this.applyFilter();
    }, Math.min(Math.max(0, Number(this.filterDelay) || 0), this.answerMs));
  }

  private async applyFilter(force = false): Promise<void> {
    clearTimeout(this.filterTimer);
    this.filterTimer = undefined;
    const query = this.query();
    const current = this.current;
    const adapter = this.resolvedAdapter;
    if (!current || !adapter || viewOf(current) !== 'main') {
      this.appliedFilter = query.search;
      this.appliedQuery = query;
      return;
    }
    if (!force && sameQuery(query, this.appliedQuery) && !this.data.replacing) return;
    this.opController?.abort(); // a type-ahead or reveal over the old rows is stale
    try {
      const list = await this.data.replace(this.fetcher(adapter, current.id, query), query.search, this.pageSize, {
        prepare: (l, s) => this.prepareActive(l, s, query),
        commit: (l, index) => this.commitList(l, index, query),
      });
      if (list) this.announceResults(list.total);
    } catch (error) {
      // A superseded search resolves undefined above: whatever rejects here is a real failure.
      const failure = this.reportError(error);
      this.notice = { message: this.errorMessage(failure), retry: () => (this.work = this.applyFilter(true)) };
    }
  }

  private announceResults(total: number): void {
    this.announcer.announce(this.l10n.t('results', { count: total, formatted: this.l10n.number(total) }));
  }

  private onPageError(error: unknown): void {
    const failure = this.reportError(error);
    this.notice = {
      message: `${this.l10n.t('pageError')} ${this.errorMessage(failure)}`,
      retry: () => {
        this.notice = undefined;
        this.data.list?.retry();
      },
    };
  }

  /** Waits until no load, refresh or filter is pending; applies a filter still waiting for its debounce. */
  private async settle(): Promise<void> {
    for (;;) {
      const work = this.work;
      await work.catch(() => {});
      if (this.filterTimer !== undefined) {
        this.work = this.applyFilter();
        continue;
      }
      if (work === this.work) return;
    }
  }

  private newOperation(): AbortController {
    this.opController?.abort();
    return (this.opController = new AbortController());
  }

  // -------------------------------------------------------------------------------------------
  // Finding accounts

  /** Whether an account could be in the results of a query (the backends' matching: every term in name, number or site). */
  private couldMatch(account: Account, query: BadgeQuery): boolean {
    if (query.relation && account.relation !== query.relation) return false;
    if (query.status && account.status !== query.status) return false;
    const terms = filterTerms(query.search);
    if (!terms.length) return true;
    const hay = filterTerms(
      [account.name, account.customerNumber, account.site?.street, account.site?.postalCode, account.site?.city]
        .filter(Boolean)
        .join(' '),
    ).join(' ');
    return terms.every((t) => hay.includes(t));
  }

  /**
   * The index of `account` in a sorted list: loaded rows first, then a binary search over pages by
   * (name under locale collation, customer number) — O(log n) requests.
   */
  private async locate(list: PagedList<Account>, account: Account, signal?: AbortSignal): Promise<number> {
    const known = list.loadedIndex((a) => a.id === account.id);
    if (known >= 0 || list.total === 0) return known;
    const collator = this.l10n.collator;
    const index = await list.lowerBound(
      (a) => collator.compare(a.name, account.name) || compareText(a.customerNumber, account.customerNumber),
      signal,
    );
    for (const i of [index, index - 1, index + 1]) if (list.item(i)?.id === account.id) return i;
    return -1;
  }

  /** ROOT, a child index, or undefined when the account is not in the tree. */
  private async findIndex(id: string, account: Account | undefined, signal: AbortSignal): Promise<number | undefined> {
    if (this.rootAccount?.id === id) return ROOT;
    if (this.view !== 'main') {
      const i = this.staticChildren.findIndex((a) => a.id === id);
      return i >= 0 ? i : undefined;
    }
    const list = this.data.list;
    if (!list) return undefined;
    let index = list.loadedIndex((a) => a.id === id);
    if (index < 0 && account && this.couldMatch(account, this.appliedQuery)) index = await this.locate(list, account, signal);
    // The fallback without a sort key (an id alone, or a backend collating differently): read the pages in order.
    if (index < 0) index = await list.scan((a) => a.id === id, signal);
    return index >= 0 ? index : undefined;
  }

  private async runTypeAhead(text: string): Promise<void> {
    const controller = this.newOperation();
    const { signal } = controller;
    const collator = this.l10n.collator;
    const matches = (a: Account | undefined) => !!a && startsWithCollated(collator, a.name, text);
    const start = this.activeIndex;
    const count = this.expanded ? this.childCount : 0;
    const inclusive = [...text].length > 1;
    try {
      if (start >= 0) {
        if (inclusive && matches(this.childAt(start))) return;
        if (start + 1 < count && matches(await this.childAsync(start + 1, signal))) return this.moveTo(start + 1);
      } else if (inclusive && matches(this.rootAccount)) return;
      let block = -1;
      if (count > 0) {
        const list = this.view === 'main' ? this.data.list : undefined;
        if (list) {
          const lb = await list.lowerBound((a) => collator.compare(a.name.slice(0, text.length), text), signal);
          if (lb < count && matches(list.item(lb))) block = lb;
        } else {
          block = this.staticChildren.findIndex(matches);
        }
      }
      if (signal.aborted) return;
      if (block >= 0 && block > start) this.moveTo(block);
      else if (start !== ROOT && matches(this.rootAccount)) this.moveTo(ROOT);
      else if (block >= 0 && block !== start) this.moveTo(block);
    } catch (error) {
      if (!signal.aborted) this.reportError(error);
    }
  }

  private async childAsync(index: number, signal: AbortSignal): Promise<Account | undefined> {
    const known = this.childAt(index);
    const list = this.data.list;
    if (known || this.view !== 'main' || !list) return known;
    await list.page(Math.floor(index / list.pageSize), signal);
    return list.item(index);
  }

  // -------------------------------------------------------------------------------------------
  // Nodes

  private get staticChildren(): Account[] {
    const current = this.current;
    return current && viewOf(current) === 'sub' ? [current] : [];
  }

  /** The root node's account: the current account, or in a sub-account its main. */
  private get rootAccount(): Account | undefined {
    const current = this.current;
    if (!current) return undefined;
    return viewOf(current) === 'sub' ? current.main : current;
  }

  private get childCount(): number {
    const view = this.view;
    if (view === 'main') return this.data.list?.total ?? 0;
    return this.staticChildren.length;
  }

  private childAt(index: number): Account | undefined {
    if (index < 0) return undefined;
    if (this.view === 'main') return this.data.list?.item(index);
    return this.staticChildren[index];
  }

  private nodeAccount(index: number): Account | undefined {
    return index === ROOT ? this.rootAccount : this.childAt(index);
  }

  /** The main account in a sub-account's view is context only: not selectable, not openable. */
  private isReadOnly(index: number): boolean {
    return index === ROOT && this.view === 'sub';
  }

  private setActive(index: number, list?: PagedList<Account>): void {
    this.activeIndex = index;
    this.activeAccount = index >= 0 ? (list ? list.item(index) : this.childAt(index)) : undefined;
  }

  private moveTo(index: number): void {
    this.setActive(index);
    this.scrollPending = true;
    this.roving.focus();
  }

  private get treeElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.tree');
  }

  private nodeElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role="treeitem"][data-index="${index}"]`);
  }

  // -------------------------------------------------------------------------------------------
  // Virtual window

  /** Scrolls the tree so that a node is in view (centered, or the nearest edge). */
  private scrollToIndex(index: number, center: boolean): void {
    const tree = this.treeElement;
    if (tree && index === ROOT) tree.scrollTop = 0;
    else this.window.scrollToIndex(index, center);
  }

  // -------------------------------------------------------------------------------------------
  // Interaction

  private onKeyDown(event: KeyboardEvent): void {
    const item = (event.target as Element | null)?.closest?.('[role="treeitem"]');
    if (!item || this.phase !== 'ready') return;
    const rtl = this.l10n.dir === 'rtl';
    let key = event.key;
    if (rtl && key === 'ArrowRight') key = 'ArrowLeft';
    else if (rtl && key === 'ArrowLeft') key = 'ArrowRight';
    const count = this.childCount;
    const open = this.expanded && count > 0;
    const i = this.activeIndex;
    let handled = true;
    if (key === ' ' && this.typeAhead.buffer) key = 'type-ahead';
    const actionsButton = (event.target as Element).closest?.('.actions');
    const child = i >= 0 ? this.childAt(i) : undefined;
    if (child && this.actions.available) {
      // The row's actions (menu-button pattern): from its button, or Shift+F10 / the context-menu key on the row.
      if (actionsButton ? this.actions.onButtonKey(event, child, i) : (key === 'F10' && event.shiftKey) || key === 'ContextMenu') {
        if (!actionsButton) this.actions.openMenu(child, i);
        event.preventDefault();
        return;
      }
    }
    if (key !== 'Escape') this.tipsHidden = false;
    switch (key) {
      case 'Escape':
        // Hides the badge explanation (WCAG 1.4.13); unhandled when there is none, so a host may use Escape.
        if (this.tipsHidden || !item.hasAttribute('aria-describedby')) handled = false;
        else this.tipsHidden = true;
        break;
      case 'ArrowDown':
        if (i === ROOT) {
          if (open) this.moveTo(0);
        } else if (i < count - 1) this.moveTo(i + 1);
        break;
      case 'ArrowUp':
        if (i === 0) this.moveTo(ROOT);
        else if (i > 0) this.moveTo(i - 1);
        break;
      case 'ArrowRight':
        if (i === ROOT && count > 0) {
          if (!this.expanded) this.expanded = true;
          else this.moveTo(0);
        }
        break;
      case 'ArrowLeft':
        if (i === ROOT) {
          if (this.expanded && count > 0) this.expanded = false;
        } else this.moveTo(ROOT);
        break;
      case 'Home':
        this.moveTo(ROOT);
        break;
      case 'End':
        this.moveTo(open ? count - 1 : ROOT);
        break;
      case 'PageDown':
      case 'PageUp': {
        if (!open) break;
        const step = this.window.pageRows();
        const next = key === 'PageDown' ? Math.min(count - 1, i + step) : i - step;
        this.moveTo(next < 0 ? (i === ROOT ? ROOT : 0) : next);
        break;
      }
      case 'Enter':
        this.activate(i);
        break;
      case ' ':
        this.select(i);
        break;
      case '*':
        // Siblings of the root: the root alone; the children are leaves.
        if (i === ROOT && count > 0) this.expanded = true;
        break;
      default: {
        const text = this.typeAhead.handle(event);
        if (text === undefined) handled = false;
        else void this.runTypeAhead(text);
      }
    }
    if (handled) {
      event.preventDefault();
      // Expanding, collapsing and `*` keep the active row but may move it: keep it in view too.
      this.scrollPending = true;
      this.requestUpdate();
    }
  }

  private indexOf(event: Event): number | undefined {
    const item = (event.target as Element | null)?.closest?.<HTMLElement>('[role="treeitem"]');
    if (!item) return undefined;
    const index = Number(item.dataset.index);
    return Number.isInteger(index) ? index : undefined;
  }

  private onClick(event: MouseEvent): void {
    const index = this.indexOf(event);
    if (index === undefined) return;
    if ((event.target as Element).closest?.('.actions')) {
      const account = this.childAt(index);
      this.setActive(index);
      if (this.actions.openIndex === index) this.actions.closeMenu(true);
      else if (account) this.actions.openMenu(account, index);
      return;
    }
    if (this.openLinkOf(event)) {
      this.onOpenLinkClick(event, index);
      return;
    }
    this.setActive(index);
    this.roving.focus();
    this.select(index);
  }

  private onDoubleClick(event: MouseEvent): void {
    if (this.openLinkOf(event)) return; // the first click opened already
    const index = this.indexOf(event);
    if (index !== undefined) this.activate(index);
  }

  private openLinkOf(event: Event): HTMLAnchorElement | null {
    return (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.open') ?? null;
  }

  /**
   * A plain click (or tap) on Open goes through `account-open` like Enter. A click that asks for
   * a new tab (Ctrl/Cmd/Shift, or the middle button) is the browser's own link behaviour when the
   * `href` is known; before it is, the tab is opened once the URL arrives.
   */
  private onOpenLinkClick(event: MouseEvent, index: number): void {
    const account = this.nodeAccount(index);
    const newTab = event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey;
    if (newTab) {
      if (!this.openLinkOf(event)?.hasAttribute('href')) {
        event.preventDefault();
        if (account) void this.openInNewTab(account);
      }
      return;
    }
    event.preventDefault();
    this.setActive(index);
    this.roving.focus();
    this.activate(index);
  }

  private onAuxClick(event: MouseEvent): void {
    if (event.button !== 1 || !this.openLinkOf(event)) return;
    const index = this.indexOf(event);
    if (index !== undefined) this.onOpenLinkClick(event, index);
  }

  /**
   * The pointer reached an Open link: fetch its URL now, so that the click finds a real `href`.
   * And whether it is on the root's badges, whose explanation sits outside the root row (a
   * `.root:has(:hover) ~ …` rule is not re-evaluated by WebKit on hover; one anchored on the tree
   * costs every scroll a second style pass).
   */
  private onPointerOver(event: PointerEvent): void {
    // The explanation itself counts too: it can be hovered to be read (WCAG 1.4.13).
    const onRootBadges = !!(event.target as Element | null)?.closest?.('.root .badges, .root-tip .tip');
    if (onRootBadges !== this.rootBadgesHovered) this.rootBadgesHovered = onRootBadges;
    if (!this.openLinkOf(event)) return;
    const account = this.nodeAccount(this.indexOf(event) ?? Number.NaN);
    if (account) void this.accessUrl(account);
  }

  private onPointerLeave(): void {
    this.rootBadgesHovered = false;
  }

  private async openInNewTab(account: Account): Promise<void> {
    try {
      const url = await this.accessUrl(account, true);
      if (url) this.openWindow(url);
    } catch (error) {
      this.showOpenError(error);
    }
  }

  /** Opens an access URL in a new tab (protected: a subclass or a test may intercept it). */
  protected openWindow(url: string): void {
    window.open(url, '_blank', 'noopener');
  }

  /**
   * The account's validated access URL (http/https only), cached per account. Undefined without
   * `getAccessUrl`. With `rethrow`, a failure reaches the caller; otherwise it is only reported
   * when the person acts (a hover that fails says nothing).
   */
  private accessUrl(account: Account, rethrow = false): Promise<string | undefined> {
    const known = this.accessUrls.get(account.id);
    if (known) return Promise.resolve(known);
    const adapter = this.resolvedAdapter;
    if (!adapter?.getAccessUrl) return Promise.resolve(undefined);
    let request = this.urlRequests.get(account.id);
    if (!request) {
      request = Promise.resolve()
        .then(() => adapter.getAccessUrl!(account.id))
        .then((url) => {
          const href = validAccessUrl(url);
          if (this.accessUrls.size >= MAX_CACHED_URLS) this.accessUrls.delete(this.accessUrls.keys().next().value!);
          this.accessUrls.set(account.id, href);
          this.requestUpdate();
          return href;
        })
        .finally(() => this.urlRequests.delete(account.id));
      this.urlRequests.set(account.id, request);
    }
    return rethrow ? request : request.catch(() => undefined);
  }

  private showOpenError(error: unknown): void {
    // Only our own aborts are silent (the caller checks its signal); an adapter's AbortError is a failure.
    const failure = this.reportError(error);
    const message = this.errorMessage(failure);
    this.notice = { message };
    this.announcer.announce(message);
  }

  private onFocusIn(event: FocusEvent): void {
    // Firefox makes a scroll container a tab stop of its own (hence tabindex="-1" above, which
    // still lets a click on its empty space focus it): the tree's one tab stop is the active row.
    if (event.target === event.currentTarget) return this.roving.focus();
    const index = this.indexOf(event);
    if (index !== undefined && index !== this.activeIndex) this.setActive(index);
    this.tipsHidden = false;
    // Focus arriving from outside the tree (Tab, a click, focus restored): the browser scrolls
    // that into view itself, but smoothly on a `scroll-behavior: smooth` page, leaving the row
    // hidden meanwhile. Show it at once.
    const from = event.relatedTarget as Node | null;
    const tree = this.treeElement;
    if (index !== undefined && (!from || !tree?.contains(from))) scrollIntoViewNearest(this.nodeElement(index));
  }

  /** A sub-account was unlinked: one event, one announcement, the list reloaded, focus on the next row. */
  private async onUnlinked(account: UnlinkedAccount, index: number): Promise<void> {
    emit(this, 'subaccount-removed', { account });
    this.announcer.announce(this.l10n.t('unlinked', { name: account.name }));
    this.removedAt = index;
    this.moveTo(index);
    this.work = this.load(true, false);
    await this.work;
  }

  private select(index: number): void {
    const account = this.nodeAccount(index);
    if (!account || this.isReadOnly(index)) return;
    this.selectedId = account.id;
    emit(this, 'account-select', { account });
  }

  private activate(index: number): void {
    const account = this.nodeAccount(index);
    if (!account || this.isReadOnly(index)) return;
    if (index !== ROOT && account.status === 'provisioning') {
      // Nothing to open yet: say so instead of silently doing nothing.
      this.announcer.announce(this.l10n.t('notYetOpenHint'));
      return;
    }
    void this.open(account);
  }

  private async open(account: Account): Promise<void> {
    if (!emit(this, 'account-open', { account }, { cancelable: true })) return;
    const adapter = this.resolvedAdapter;
    if (!adapter?.getAccessUrl) return;
    const known = this.accessUrls.get(account.id);
    if (known) {
      this.navigate(known);
      return;
    }
    this.openController?.abort();
    const controller = (this.openController = new AbortController());
    try {
      const url = validAccessUrl(await adapter.getAccessUrl(account.id, { signal: controller.signal }));
      if (controller.signal.aborted || !this.isConnected) return;
      this.navigate(url);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.showOpenError(error);
    }
  }

  /** Goes to an account's access URL. Protected so that a subclass (or a test) can intercept it. */
  protected navigate(url: string): void {
    location.assign(url);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    return html`${this.announcer.render()}${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    if (this.phase === 'error') {
      return html`<div class="error-state" part="error" role="alert">
        <p>${this.errorMessage(this.loadError)}</p>
        <button type="button" part="retry" @click=${() => void this.refresh()}>${this.l10n.t('retry')}</button>
      </div>`;
    }
    if (this.phase === 'loading' || !this.current) {
      return html`<div class="tree skeleton" part="tree skeleton" role="tree" aria-label=${this.l10n.t('treeLabel')} aria-busy="true">
        <span class="visually-hidden">${this.l10n.t('loading')}</span>
        ${[0, 1, 2, 3, 4].map(
          () => html`<div class="row" aria-hidden="true"><span class="bar"></span><span class="bar short"></span></div>`,
        )}
      </div>`;
    }
    const view = viewOf(this.current);
    const total = this.childCount;
    const filtered = isFiltered(this.appliedQuery);
    const empty = view === 'standalone' || (view === 'main' && total === 0 && !filtered);
    const noMatches = view === 'main' && total === 0 && filtered;
    return html`
      ${this.notice
        ? html`<div class="notice" part="notice" role="alert">
            <p>${this.notice.message}</p>
            ${this.notice.retry
              ? html`<button type="button" part="retry" @click=${this.notice.retry}>${this.l10n.t('retry')}</button>`
              : nothing}
          </div>`
        : nothing}
      <div
        class="tree${this.bounded(total) ? ' bounded' : ''}${this.tipsHidden ? ' tips-hidden' : ''}"
        part="tree"
        role="tree"
        aria-label=${this.l10n.t('treeLabel')}
        tabindex="-1"
        @keydown=${this.onKeyDown}
        @click=${this.onClick}
        @auxclick=${this.onAuxClick}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @dblclick=${this.onDoubleClick}
        @focusin=${this.onFocusIn}
        @scroll=${this.window.onScroll}
      >
        ${this.renderRoot_(view, total)}
      </div>
      <span id="open-hint" class="visually-hidden">${this.l10n.t('openHint')}</span>
      <span id="provisioning-hint" class="visually-hidden">${this.l10n.t('notYetOpenHint')}</span>
      ${this.actions.available ? html`<span id="actions-hint" class="visually-hidden">${this.l10n.t('actionsHint')}</span>` : nothing}
      ${this.actions.render()}
      ${empty ? html`<div class="empty" part="empty"><slot name="empty">${this.l10n.t('empty')}</slot></div>` : nothing}
      ${noMatches ? html`<p class="no-matches" part="empty">${this.l10n.t('noMatches', { filter: this.filterDescription() })}</p>` : nothing}
    `;
  }

  /** A long list scrolls in its own box; a short one is shown in full (see `inline-rows`). */
  private bounded(total: number): boolean {
    return this.expanded && total > Math.max(0, Number(this.inlineRows) || 0);
  }

  /** The visible Open link (not a tab stop: Enter on the row does the same), or why not. */
  private renderOpen(account: Account, openable: boolean, reason: 'viewOnly' | 'notYetOpen', id?: string): TemplateResult {
    if (!openable) {
      return html`<span class="open-reason" part="open-reason" id=${id ?? nothing}>${this.l10n.t(reason)}</span>`;
    }
    const href = this.accessUrls.get(account.id);
    // Not a tab stop (tabindex -1): the row is the one control; Enter on it does the same. Its
    // text ends the row's name ("…, Open"), and the row's description says Enter opens it.
    return html`<a class="open" part="open" id=${id ?? nothing} href=${href ?? nothing} tabindex="-1" draggable="false"
      >${this.l10n.t('open')}<span class="chevron" aria-hidden="true"></span
    ></a>`;
  }

  private renderRoot_(view: AccountTreeView, total: number): TemplateResult {
    const account = this.rootAccount!;
    const active = this.activeIndex === ROOT;
    const readOnly = view === 'sub';
    const selected = !readOnly && this.selectedId === account.id;
    const hasChildren = total > 0;
    const count = this.current?.subaccountCount ?? (isFiltered(this.appliedQuery) ? undefined : this.data.list?.total);
    const kinds = badgesOf(account, { root: true, current: false });
    // The group is a sibling owned through aria-owns, so the root's own text is only its row. The
    // root's badge explanation sits outside the row too: the row is named by its label
    // (aria-labelledby), and visible text inside it would have to be part of that name. It follows
    // the row, so the row's focus shows it through a sibling selector (a `.tree:has(…)` rule made
    // every scroll's new rows cost a second style pass); hovering its badges, through `hovered`.
    return html`<div
        role="treeitem"
        class="node row root"
        part="row root${this.revealedId === account.id ? ' revealed' : ''}"
        data-index=${ROOT}
        aria-level="1"
        aria-setsize="1"
        aria-posinset="1"
        aria-owns=${hasChildren && this.expanded ? 'children' : nothing}
        aria-expanded=${hasChildren ? String(this.expanded) : nothing}
        aria-selected=${readOnly ? nothing : String(selected)}
        aria-labelledby="root-label root-open"
        aria-describedby=${[kinds.length ? 'root-tip' : '', readOnly ? 'root-reason-hint' : 'open-hint'].filter(Boolean).join(' ')}
        tabindex=${active ? 0 : -1}
      >
        <span class="twisty${hasChildren ? '' : ' leaf'}" aria-hidden="true">▾</span>
        <span class="label" id="root-label">
          <span class="text">
            <span class="headline"
              ><span class="name" part="name" title=${account.name}
                >${readOnly ? html`<span class="managed-by" part="managed-by">${this.l10n.t('managedBy')}</span> ` : nothing}${account.name}</span
              >${renderBadges(kinds, this.t)}</span
            >
            <span class="meta" part="meta"
              >${this.l10n.t('customerNumber', { number: account.customerNumber })}${view === 'main' && count !== undefined
                ? html` · ${this.l10n.t('subCount', { count, formatted: this.l10n.number(count) })}`
                : nothing}</span
            >
          </span>
        </span>
        ${this.renderOpen(account, !readOnly, 'viewOnly', 'root-open')}
        ${readOnly ? html`<span id="root-reason-hint" class="visually-hidden">${this.l10n.t('viewOnlyHint')}</span>` : nothing}
      </div>
      ${kinds.length ? html`<div class="root-tip${this.rootBadgesHovered ? ' hovered' : ''}" aria-hidden="true">${renderExplanation('root-tip', kinds, this.t)}</div>` : nothing}
      ${hasChildren && this.expanded
        ? html`<div role="group" id="children" class="group" ${cssProps({ '--_n': String(total) })}>
            ${this.renderChildren(total)}
          </div>`
        : nothing}`;
  }

  private renderChildren(total: number): unknown {
    // The active row stays in the DOM when scrolled away, so focus never drops to the page.
    const indices = this.window.indices(this.activeIndex);
    const terms = filterTerms(this.appliedFilter);
    this.failedPages = new Set(this.view === 'main' ? (this.data.list?.failedPages ?? []) : []);
    return repeat(
      indices,
      (i) => i,
      (i) => this.renderChild(i, total, terms),
    );
  }

  private renderChild(index: number, total: number, terms: string[]): TemplateResult {
    const account = this.childAt(index);
    const revealed = !!account && this.revealedId === account.id;
    const kind = account ? `status-${account.status}` : 'placeholder';
    const openable = !!account && account.status !== 'provisioning';
    // One template for placeholder and loaded rows: when the page arrives the row's DOM node stays,
    // so focus (and a screen reader's place) stays on it.
    return html`<div
      role="treeitem"
      class="node row child ${kind}${revealed ? ' revealed' : ''}"
      part=${account ? (revealed ? 'row revealed' : 'row') : 'row placeholder'}
      data-index=${index}
      aria-level="2"
      aria-setsize=${total}
      aria-posinset=${index + 1}
      aria-selected=${String(!!account && this.selectedId === account.id)}
      aria-describedby=${account
        ? [
            this.rowBadges(account).length ? `tip-${index}` : '',
            openable ? 'open-hint' : 'provisioning-hint',
            this.actions.available ? 'actions-hint' : '',
          ]
            .filter(Boolean)
            .join(' ')
        : nothing}
      tabindex=${index === this.activeIndex ? 0 : -1}
      ${cssProps({ '--_i': String(index) })}
    >
      ${account
        ? html`${this.renderAccount(account, terms, index)}${this.renderOpen(account, openable, 'notYetOpen')}${this.actions.renderButton(
            account,
            index,
          )}`
        : this.renderPlaceholder(this.pageFailed(index))}
    </div>`;
  }

  private pageFailed(index: number): boolean {
    const size = this.data.list?.pageSize;
    return !!size && this.failedPages.has(Math.floor(index / size));
  }

  /** A row whose page is loading, or failed (then it says so; the notice above offers Retry). */
  private renderPlaceholder(failed = false): TemplateResult {
    if (failed) return html`<span class="text"><span class="meta" part="meta" data-failed>${this.l10n.t('rowFailed')}</span></span>`;
    return html`<span class="visually-hidden">${this.l10n.t('loadingRow')}</span><span class="bar" aria-hidden="true"></span>`;
  }

  private renderAccount(account: Account, terms: string[], index: number): TemplateResult {
    const number = this.l10n.t('customerNumber', { number: '\u0000' }).split('\u0000');
    const city = account.site?.city;
    const kinds = this.rowBadges(account);
    return html`<span class="text">
        <span class="headline"
          ><span class="name" part="name" title=${account.name}>${this.renderPieces(highlight(account.name, terms))}</span
          >${renderBadges(kinds, this.t)}</span
        >
        <span class="meta" part="meta"
          >${number[0]}${this.renderPieces(highlight(account.customerNumber, terms))}${number[1] ?? ''}${city
            ? html` · ${this.renderPieces(highlight(city, terms))}`
            : nothing}</span
        >
      </span>
      ${renderExplanation(`tip-${index}`, kinds, this.t, this.rootAccount?.name)}`;
  }

  /** A child's badges: its relation, "This account" in a sub-account's view, its status. */
  private rowBadges(account: Account): ReturnType<typeof badgesOf> {
    return badgesOf(account, { root: false, current: this.view === 'sub' && account.id === this.current?.id });
  }

  private readonly t = (key: keyof AccountTreeMessages & string, params?: Record<string, unknown>): string =>
    this.l10n.t(key, params as never);

  /** The applied filter in words, for "No sub-accounts match …": the chosen badge and the text. */
  private filterDescription(): string {
    const q = this.appliedQuery;
    const labels = [
      q.relation === 'collective-invoice' ? this.l10n.t('relationCollective') : q.relation === 'subaccount' ? this.l10n.t('subBadge') : '',
      q.status === 'provisioning' ? this.l10n.t('statusProvisioning') : q.status === 'suspended' ? this.l10n.t('statusSuspended') : q.status === 'active' ? '' : '',
      q.search,
    ];
    return labels.filter(Boolean).join(' · ');
  }

  private renderPieces(pieces: TextPiece[]): unknown {
    if (pieces.length === 1 && !pieces[0].match) return pieces[0].text;
    return pieces.map((p) => (p.match ? html`<mark part="match">${p.text}</mark>` : p.text));
  }
}
