import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html } from 'lit/static-html.js';
import { adapterContext } from '../../api/context.js';
import { AccountWidgetsError } from '../../api/errors.js';
import type { Account, CurrentAccount } from '../../api/types.js';
import { AccountWidgetElement } from '../../core/account-widget-element.js';
import { Announcer } from '../../core/announcer.js';
import { focusIsWithin } from '../../core/step-focus.js';
import type { SubaccountAddedDetail } from '../../core/events.js';
import { loadMessages, loadsWith, LocalizeController } from '../../core/localize.js';
import { DIALOG_EXPORTS, TREE_EXPORTS } from '../../core/export-parts.js';
import { loadAddDialog, loadedAddDialog } from '../../core/lazy-elements.js';
import { base, tokens } from '../../core/styles.js';
import { tagFor } from '../../core/tag-name.js';
import type { LocationManagementMessages } from '../../i18n/location-management.js';
import {
  accountTreeMessages,
  addSubaccountDialogMessages,
  linkAccountFlowMessages,
  locationManagementMessages,
  orderFlowMessages,
} from '../../i18n/lazy.js';
import { AccountTree } from '../account-tree/account-tree.js';
import type { AddSubaccountDialog } from '../add-subaccount-dialog/add-subaccount-dialog.js';
import type { OrderStepChangeDetail } from '../order-subaccount-flow/order-subaccount-flow.js';
import { styles } from './location-management.styles.js';

/** What the section's filter control offers. */
export type SectionFilter = 'all' | 'collective-invoice' | 'provisioning' | 'suspended';

const FILTERS: { value: SectionFilter; label: 'filterAll' | 'filterCollective' | 'filterProvisioning' | 'filterSuspended' }[] = [
  { value: 'all', label: 'filterAll' },
  { value: 'collective-invoice', label: 'filterCollective' },
  { value: 'provisioning', label: 'filterProvisioning' },
  { value: 'suspended', label: 'filterSuspended' },
];

/**
 * The whole *site management* (Standortverwaltung) section: heading, what sub-accounts are,
 * **Add sub-account** top right, a search over the tree, the tree, and the dialog hosting both
 * ways to add. Provides its adapter to every element inside it (Lit context).
 *
 * After a sub-account was added the tree reloads and reveals and highlights it; while the dialog
 * is still open focus stays in the dialog (whose flow announces the result — one announcement per
 * outcome), and moves to the new row when it closes. An add that finishes while the dialog is
 * closed (an order set up in the background) is announced by the section.
 * While an ordered account is provisioning the tree lists it with its status. A customer coming
 * back from the portal's shop (`order-url`) with an `order` parameter in the address sees that
 * order finish in the dialog; the parameter is then removed from the address, so a reload does
 * not pick the order up again. Without `order-url` the address is never read or changed.
 *
 * The dialog and its flows load on first use (docs/performance.md, "Loading"): when the Add button
 * is hovered, focused or pressed, or — with the default `prefetch="idle"` — once the browser is idle
 * after the section loaded. Should that load fail, the section says so beside the Add button with
 * a Retry (and opens the dialog once it arrives).
 *
 * Forwarded from the elements inside (`exportparts`, listed in the manifest): every part of the
 * tree as `tree-<part>`, of the dialog as `dialog-<part>`, of the link flow as `link-<part>` and of
 * the order flow as `order-<part>` (e.g. `::part(tree-row)`, `::part(dialog-close-button)`).
 *
 * @summary Site management: the main account, its sub-accounts, and adding more.
 * @tagname location-management
 *
 * @slot heading - Replaces the default heading (an `<h2>`).
 * @slot description - Replaces the default description of what sub-accounts are.
 *
 * @event subaccount-added - `{ account, via, order? }` when a sub-account was linked or ordered (from the dialog).
 * @event subaccount-removed - `{ account }` when a sub-account was unlinked (from the tree's row actions).
 * @event account-select - `{ account }` from the tree.
 * @event account-open - `{ account }` from the tree; cancelable, the portal navigates.
 * @event order-handover - `{ url }`, cancelable: just before *create new* navigates to `order-url`.
 * @event adapter-error - `{ error }` when a backend call failed.
 *
 * @csspart header - The row with heading and add button.
 * @csspart add-button - The **Add sub-account** button.
 * @csspart description - The default description (two lines on a phone, with *Read more*).
 * @csspart more-button - *Read more* / *Show less* under the description on a phone.
 * @csspart search - The search field.
 * @csspart filters - The filter control (a radio group: All · Collective invoice · Being set up · Suspended).
 * @csspart filter - One choice of the filter control; the chosen one also has `filter-selected`.
 * @csspart notice - The explanation shown in a sub-account or standalone account.
 * @csspart error - The message shown when the current account (or the add dialog's code) could not be loaded.
 * @csspart tree - The `<account-tree>`.
 * @csspart dialog - The `<add-subaccount-dialog>`.
 * @csspart announcer - The visually hidden live region.
 *
 * @cssproperty [--aw-location-gap=calc(var(--aw-space) * 2)] - Space between the section's parts.
 * @cssproperty [--aw-location-heading-size=1.5rem] - Font size of the default heading.
 */
export class LocationManagement extends AccountWidgetElement<LocationManagementMessages> {
  static override styles = [tokens, base, styles];

  /** Where "create new" hands over to the portal's own shop, instead of the embedded order flow. */
  @property({ attribute: 'order-url' }) orderUrl: string | undefined;

  /**
   * Which sub-accounts the section lists: `all` (default), `collective-invoice`, `provisioning` or
   * `suspended` — the filter control above the tree sets it; the tree asks the adapter for them.
   */
  @property({ reflect: true }) show: SectionFilter = 'all';

  /**
   * When the add dialog's code is fetched before it is first opened: `idle` (default) when the
   * browser is idle after the section loaded, and on hover or focus of the Add button; `intent`
   * only on hover or focus. It is always fetched on the first press.
   */
  @property() prefetch: 'idle' | 'intent' = 'idle';

  @query('[part~="tree"]') private readonly tree!: AccountTree | null;
  @query('[part~="dialog"]') private readonly dialog!: AddSubaccountDialog | null;
  @state() private filter = '';
  /** On a phone the default description shows two lines until the person asks for more. */
  @state() private descriptionOpen = false;
  @state() private ownDescription = false;
  /** The add dialog's module once loaded (src/core/lazy-elements.ts); its load state until then. */
  @state() private dialogModule = loadedAddDialog();
  @state() private dialogLoad: 'idle' | 'loading' = 'idle';
  /** The last load failed: shown beside the Add button with Retry until a load succeeds. */
  @state() private dialogFailed = false;
  private idlePrefetch = false;

  protected readonly l10n = new LocalizeController<LocationManagementMessages>(this, 'location-management', locationManagementMessages);
  private readonly announcer = new Announcer(this);
  private readonly provider = new ContextProvider(this, { context: adapterContext });
  /** An account added while the dialog was open: focused in the tree once the dialog closes. */
  private focusOnClose?: Account;
  /** The order to pick up after returning from the shop (read once, when `order-url` is set). */
  private returnedOrder?: string;
  private returnChecked = false;

  private readonly current = new Task(this, {
    task: ([adapter], { signal }) => (adapter ?? this.requireAdapter()).getCurrentAccount({ signal }),
    args: () => [this.resolvedAdapter] as const,
    onError: (error) => {
      if (error !== this.removed) this.reportError(error);
    },
  });
  /** The reason the current-account request was aborted with on removal (a Task has no disconnect hook). */
  private readonly removed = new DOMException('The element was removed.', 'AbortError');

  constructor() {
    super();
    // The tree's messages load with the section's own (in parallel, not after the section rendered it).
    loadsWith(this, accountTreeMessages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a removal cut the load short: load again.
    if (this.hasUpdated && this.current.status === TaskStatus.ERROR && this.current.error === this.removed) void this.current.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.current.abort(this.removed);
  }

  protected override willUpdate(): void {
    // Children inside (and slotted into) this section use this section's backend.
    this.provider.setValue(this.configuredAdapter);
  }

  protected override updated(): void {
    if (this.prefetch === 'idle' && !this.idlePrefetch && !this.dialogModule && this.current.value && this.current.value.role !== 'sub') {
      this.idlePrefetch = true;
      const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1000));
      idle(() => this.prefetchDialog(), { timeout: 5000 });
    }
    // Only a section that hands over to a shop expects an `order` parameter back: on any other
    // page it may well mean something else (a sort order, say) and stays untouched.
    if (!this.returnChecked && this.orderUrl) {
      this.returnChecked = true;
      this.returnedOrder = this.takeReturnedOrder();
    }
    const orderId = this.returnedOrder;
    if (orderId && this.current.value && this.current.value.role !== 'sub') {
      if (!this.dialog) {
        if (this.dialogLoad === 'idle' && !this.dialogFailed) void this.loadDialog();
        return;
      }
      this.returnedOrder = undefined;
      this.dialog.showOrder(orderId);
    }
  }

  /** Reloads the current account and the tree. */
  async refresh(): Promise<void> {
    await Promise.all([this.current.run(), this.tree?.refresh()]);
  }

  /** Opens the **Add sub-account** dialog (loading its code first, when that has not happened yet). */
  openAddDialog(): void {
    void this.loadDialog().then((ok) => {
      if (ok && this.isConnected) this.dialog?.show();
    });
  }

  /** Loads the dialog's code; false (and the failure shown, with Retry) when that failed. */
  private async loadDialog(): Promise<boolean> {
    if (!this.dialogModule) {
      if (this.dialogLoad === 'loading') return false; // pressed twice: the first press opens it
      this.dialogLoad = 'loading';
      try {
        [this.dialogModule] = await Promise.all([loadAddDialog(), this.loadDialogMessages()]);
      } catch (error) {
        this.dialogFailed = true;
        this.reportError(new AccountWidgetsError('network', { message: `The add dialog could not be loaded: ${String(error)}`, retryable: true }));
        return false;
      } finally {
        this.dialogLoad = 'idle';
      }
    }
    const retried = this.dialogFailed;
    this.dialogFailed = false;
    await this.updateComplete;
    // Retry is gone with the failure: the Add button takes focus, and gets it back when the dialog closes.
    if (retried) this.renderRoot.querySelector<HTMLElement>('[part~="add-button"]')?.focus();
    return !!this.dialog;
  }

  private readonly prefetchDialog = (): void => {
    if (this.dialogModule || this.dialogLoad !== 'idle') return;
    void this.loadDialogMessages();
    loadAddDialog().then(
      (module) => (this.dialogModule ??= module), // rendered now, so the press opens it at once
      () => {}, // a failure shows on the press
    );
  };

  /** The dialog's and its flows' messages, fetched beside its code (not after it arrived). */
  private loadDialogMessages(): Promise<unknown> {
    return loadMessages(this, addSubaccountDialogMessages, linkAccountFlowMessages, orderFlowMessages);
  }

  private readonly retryDialog = (): void => {
    void this.loadDialog().then((ok) => {
      if (ok && this.isConnected) this.dialog?.show();
    });
  };

  protected override render() {
    const account = this.current.value;
    const canAdd = account !== undefined && account.role !== 'sub';
    // When the section cannot load the account, it alone says so (one message, one retry): the
    // search and the tree, which would fail the same way, wait hidden.
    const failed = this.current.status === TaskStatus.ERROR && this.current.error !== this.removed;
    // Search and filters only where there is something to find: a main account with sub-accounts
    // (or a search already typed, so it can be cleared).
    const searchable =
      !failed &&
      (this.filter !== '' ||
        this.show !== 'all' ||
        (account?.role === 'main' && (account.subaccountCount === undefined || account.subaccountCount > 0)));
    const show = FILTERS.some((f) => f.value === this.show) ? this.show : 'all';
    const treeTag = tagFor(AccountTree, 'account-tree');
    const dialogClass = this.dialogModule?.AddSubaccountDialog;
    const dialogTag = dialogClass && tagFor(dialogClass, 'add-subaccount-dialog');
    return html`
      <div class="header" part="header">
        <slot name="heading"><h2>${this.l10n.t('heading')}</h2></slot>
        ${canAdd
          ? html`<button
              type="button"
              class="primary"
              part="add-button"
              aria-haspopup="dialog"
              aria-busy=${ifDefined(this.dialogLoad === 'loading' ? 'true' : undefined)}
              @click=${this.openAddDialog}
              @pointerenter=${this.prefetchDialog}
              @focus=${this.prefetchDialog}
            >
              ${this.l10n.t('add')}
            </button>`
          : nothing}
      </div>
      ${canAdd && this.dialogFailed
        ? html`<div class="notice error" part="error" role="alert">
            <p>${this.l10n.t('dialogFailed')}</p>
            <button type="button" aria-busy=${ifDefined(this.dialogLoad === 'loading' ? 'true' : undefined)} @click=${this.retryDialog}>
              ${this.errorL10n.t('retry')}
            </button>
          </div>`
        : nothing}
      <div class="intro${this.descriptionOpen ? ' open' : ''}">
        <slot name="description" @slotchange=${this.onDescriptionSlot}
          ><p class="description" part="description" id="description">${this.l10n.t('description')}</p></slot
        >
        ${this.ownDescription
          ? nothing
          : html`<button
              type="button"
              class="link more"
              part="more-button"
              aria-expanded=${String(this.descriptionOpen)}
              aria-controls="description"
              @click=${() => (this.descriptionOpen = !this.descriptionOpen)}
            >
              ${this.l10n.t(this.descriptionOpen ? 'lessDescription' : 'moreDescription')}
            </button>`}
      </div>
      ${this.renderStatus(account)}
      <div class="search" ?hidden=${!searchable}>
        <label for="search">${this.l10n.t('searchLabel')}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          placeholder=${this.l10n.t('searchPlaceholder')}
          .value=${this.filter}
          @input=${this.onSearch}
        />
      </div>
      <fieldset class="filters" part="filters" ?hidden=${!searchable} @keydown=${this.onFilterKey}>
        <legend>${this.l10n.t('filterLegend')}</legend>
        ${FILTERS.map(
          (f) => html`<label class="chip" part="filter${f.value === show ? ' filter-selected' : ''}"
            ><input type="radio" name="show" .value=${f.value} .checked=${f.value === show} @change=${this.onShow} /><span
              >${this.l10n.t(f.label)}</span
            ></label
          >`,
        )}
      </fieldset>
      <${treeTag}
        part="tree"
        exportparts=${TREE_EXPORTS}
        ?hidden=${failed}
        .adapter=${this.configuredAdapter}
        .requestTimeout=${this.requestTimeout}
        .filter=${this.filter}
        .filterRelation=${show === 'collective-invoice' ? 'collective-invoice' : undefined}
        .filterStatus=${show === 'provisioning' || show === 'suspended' ? show : undefined}
        @subaccount-removed=${this.onRemoved}
      ></${treeTag}>
      ${canAdd && dialogTag
        ? html`<${dialogTag}
            part="dialog"
            exportparts=${DIALOG_EXPORTS}
            .adapter=${this.configuredAdapter}
            .requestTimeout=${this.requestTimeout}
            .currentAccount=${account}
            order-url=${ifDefined(this.orderUrl)}
            @subaccount-added=${this.onAdded}
            @order-step-change=${this.onOrderStep}
            @close=${this.onDialogClose}
          ></${dialogTag}>`
        : nothing}
      ${this.announcer.render()}
    `;
  }

  private renderStatus(account: CurrentAccount | undefined) {
    return this.current.render({
      pending: () => (account ? nothing : html`<p class="hint" role="status">${this.l10n.t('loading')}</p>`),
      error: (error) =>
        error === this.removed
          ? nothing
          : html`<div class="notice error" part="error" role="alert">
              <p>${this.errorMessage(error)}</p>
              ${AccountWidgetsError.from(error).details?.noAdapter
                ? nothing
                : html`<button type="button" @click=${() => this.refresh()}>${this.errorL10n.t('retry')}</button>`}
            </div>`,
      complete: (value) => {
        if (value.role === 'sub') {
          const main = value.main?.name ?? '';
          return html`<div class="notice" part="notice">
            <p>${this.l10n.t('subExplanation', { main })}</p>
            <p>${this.l10n.t('subWhatToDo', { main })}</p>
          </div>`;
        }
        if (value.role === 'standalone') return html`<p class="notice" part="notice">${this.l10n.t('standaloneHint')}</p>`;
        return nothing;
      },
    });
  }

  private onDescriptionSlot(event: Event): void {
    this.ownDescription = (event.target as HTMLSlotElement).assignedNodes({ flatten: false }).length > 0;
  }

  private onSearch(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value;
  }

  private onShow(event: Event): void {
    this.show = (event.target as HTMLInputElement).value as SectionFilter;
  }

  /** Arrow keys wrap around the choices in every engine (WebKit's native radios stop at the ends). */
  private onFilterKey(event: KeyboardEvent): void {
    const radios = Array.from(this.renderRoot.querySelectorAll<HTMLInputElement>('.filters input[type="radio"]'));
    const at = radios.indexOf(event.target as HTMLInputElement);
    if (at < 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const back = event.key === 'ArrowUp' || event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    const target = forward && at === radios.length - 1 ? radios[0] : back && at === 0 ? radios[radios.length - 1] : undefined;
    if (!target) return; // within the group the browser moves the choice itself
    event.preventDefault();
    target.checked = true;
    target.focus();
    this.show = target.value as SectionFilter;
  }

  private readonly onAdded = async (event: CustomEvent<SubaccountAddedDetail>): Promise<void> => {
    const account = event.detail?.account;
    if (!account) return;
    // One announcement per outcome: while the dialog is open its flow says what happened (its
    // done step); only an add that finishes with the dialog closed is announced here.
    const inDialog = this.dialog?.open === true;
    if (!inDialog) this.announcer.announce(this.l10n.t('added', { name: account.name }));
    else this.focusOnClose = account;
    // A standalone account just became a main account: reload it (the dialog reads it from here).
    void this.current.run();
    this.filter = '';
    this.show = 'all'; // the new account shows, whatever it is
    const tree = this.tree;
    if (!tree) return;
    try {
      await this.updateComplete;
      await tree.refresh();
      // Behind an open modal dialog focus cannot move: show the row now, focus it when it closes.
      const dialogOpen = this.dialog?.open === true;
      await tree.reveal(account, { focus: !dialogOpen && focusIsWithin(this), announce: false });
    } catch (error) {
      this.reportError(error); // the tree shows its own failure; never an unhandled rejection
    }
  };

  /** A sub-account was unlinked in the tree (which reloaded itself): the count and the limit change, so reload the account. */
  private readonly onRemoved = (): void => {
    void this.current.run();
  };

  /** An order was placed: the tree lists the new account with its provisioning status. */
  private readonly onOrderStep = (event: CustomEvent<OrderStepChangeDetail>): void => {
    if (event.detail?.step === 'provisioning') void this.tree?.refresh();
  };

  private readonly onDialogClose = (): void => {
    const account = this.focusOnClose;
    this.focusOnClose = undefined;
    // Focus on the row speaks it; the add itself was announced by the flow already.
    if (account) this.tree?.reveal(account, { announce: false }).catch((error: unknown) => this.reportError(error));
  };

  /**
   * Reads the `order` parameter a portal shop returns with, and removes it from the address (so
   * that a reload does not pick the order up again). Subclasses with their own router override it.
   */
  protected takeReturnedOrder(): string | undefined {
    try {
      const url = new URL(globalThis.location?.href ?? '');
      const id = url.searchParams.get('order');
      if (!id) return undefined;
      url.searchParams.delete('order');
      globalThis.history?.replaceState(globalThis.history.state, '', url.href);
      return id;
    } catch {
      return undefined;
    }
  }
}
