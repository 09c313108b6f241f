import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { html } from 'lit/static-html.js';
import type { AccountAdapter } from '../../api/adapter.js';
import { AccountWidgetsError } from '../../api/errors.js';
import type { Account, CurrentAccount } from '../../api/types.js';
import { AccountWidgetElement } from '../../core/account-widget-element.js';
import { Announcer } from '../../core/announcer.js';
import type { Clock } from '../../core/countdown.js';
import { emit, type SubaccountAddedDetail } from '../../core/events.js';
import { isGuardedFlow, type LeaveRisk } from '../../core/flow-guard.js';
import { loadsWith, LocalizeController } from '../../core/localize.js';
import { deepActiveElement, focusIsWithin } from '../../core/step-focus.js';
import { base, tokens } from '../../core/styles.js';
import { LINK_EXPORTS, ORDER_EXPORTS } from '../../core/export-parts.js';
import { tagFor } from '../../core/tag-name.js';
import type { AddSubaccountDialogMessages } from '../../i18n/add-subaccount-dialog.js';
import { addSubaccountDialogMessages, linkAccountFlowMessages, orderFlowMessages } from '../../i18n/lazy.js';
import { LinkAccountFlow } from '../link-account-flow/link-account-flow.js';
import { OrderSubaccountFlow } from '../order-subaccount-flow/order-subaccount-flow.js';
import { styles } from './add-subaccount-dialog.styles.js';

/** What asked the dialog to close. */
export type CloseSource = 'escape' | 'close-button' | 'backdrop' | 'host';
export interface CloseRequestDetail {
  source: CloseSource;
}
export interface OrderHandoverDetail {
  /** The shop URL, with `return_url` set to the current page. */
  url: string;
}

type View = 'choice' | 'link' | 'order';
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * The modal behind **Add sub-account** (native `<dialog>`): choose *create a new sub-account* or
 * *add an existing account*, then the chosen flow inside. In a sub-account it explains that only
 * a main account can have sub-accounts and names the main account; for a standalone account it
 * says the account becomes a main account.
 *
 * The flows are rendered by class, never by a hard-coded tag name: `<link-account-flow>` through
 * its class, and the order flow through the static `orderFlowElement` (`OrderSubaccountFlow`
 * unless a subclass sets another, or none: then *create new* is shown as not available). With
 * `order-url`, *create new* hands over to the portal's shop instead.
 *
 * Closing: Escape, the close button and a click on the backdrop ask first through a cancelable
 * `close-request`; while a flow has a request in flight or an unfinished link, the dialog asks the
 * person inside itself and, when they leave, cancels the open link request.
 *
 * Forwarded from the flows inside (`exportparts`, listed in the manifest): the link flow's parts as
 * `link-<part>`, the order flow's as `order-<part>` (e.g. `::part(link-primary-button)`).
 *
 * @summary Modal to add a sub-account: create a new one or link an existing one.
 * @tagname add-subaccount-dialog
 *
 * @event close-request - `{ source: 'escape' | 'close-button' | 'backdrop' | 'host' }`, cancelable: `preventDefault()` keeps the dialog open. Bubbles, composed.
 * @event close - The dialog has closed (does not bubble, like the native `<dialog>` event).
 * @event order-handover - `{ url }`, cancelable: just before navigating to `order-url` (cancel it to route yourself). Bubbles, composed.
 * @event subaccount-added - `{ account, via: 'link' | 'order', order? }` from the flow inside. Bubbles, composed.
 * @event adapter-error - `{ error }` for every failed request. Bubbles, composed.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - Title row with the close button.
 * @csspart title - The dialog's title.
 * @csspart close-button - The × button.
 * @csspart body - The content below the header.
 * @csspart option - Each of the two choices, a card (`option-create`, `option-link` too; `option-unavailable` when create is not offered).
 * @csspart option-create - The *create new* choice card.
 * @csspart option-link - The *add existing* choice card.
 * @csspart option-unavailable - A choice card that is not offered (explains why).
 * @csspart option-button - The button inside a choice card (its click target covers the card).
 * @csspart notice - Explanations (sub-account, limit reached, load error).
 * @csspart confirm - The in-dialog question before closing mid-request.
 * @csspart flow - The hosted flow element.
 * @csspart announcer - The visually hidden live region.
 *
 * @cssproperty [--aw-dialog-width=40rem] - Width of the dialog (never wider than the viewport).
 * @cssproperty [--aw-dialog-backdrop=rgb(16 24 32 / 0.55)] - The backdrop.
 * @cssproperty [--aw-dialog-title-size=1.375rem] - Size of the title.
 * @cssproperty [--aw-color-primary=#0b5cad] - Choice titles, buttons, focus ring (every shared `--aw-*` token of core/styles.ts applies).
 * @cssproperty [--aw-color-warning=#8a5300] - Border of the question before closing and of the limit notice.
 */
export class AddSubaccountDialog extends AccountWidgetElement<AddSubaccountDialogMessages> {
  static override styles = [tokens, base, styles];

  /**
   * The element class of the *create new* flow: `OrderSubaccountFlow` by default, rendered under
   * whatever tag name it is registered with. A subclass can host its own flow, or none (then
   * *create new* says it is not available):
   * `class MyDialog extends AddSubaccountDialog { static orderFlowElement = MyOrderFlow }`.
   */
  static orderFlowElement: CustomElementConstructor | undefined = OrderSubaccountFlow;

  /**
   * Whether the dialog is open. Setting it opens or closes the dialog without asking; closing
   * cancels an unfinished link request of the flow inside.
   */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * The portal's own shop. When set, *create new* navigates there, with `return_url` set to the
   * current page, instead of showing the embedded order flow. Only `http:` and `https:` URLs.
   */
  @property({ attribute: 'order-url' }) orderUrl: string | undefined;

  /** The logged-in account; loaded from the adapter each time the dialog opens when not set. */
  @property({ attribute: false }) currentAccount: CurrentAccount | undefined;

  /** The clock the flows' countdowns read (ms since the epoch); default `Date.now`. */
  @property({ attribute: false }) clock: Clock | undefined;

  @state() private view: View = 'choice';
  @state() private loaded: CurrentAccount | undefined;
  @state() private loadError: AccountWidgetsError | undefined;
  @state() private loading = false;
  @state() private confirming: LeaveRisk | undefined;
  @state() private session = 0;
  /** The order the embedded order flow picks up in this session (`showOrder(orderId)`). */
  @state() private pickupOrderId: string | undefined;

  protected readonly l10n = new LocalizeController<AddSubaccountDialogMessages>(this, 'add-subaccount-dialog', addSubaccountDialogMessages);
  protected readonly announcer = new Announcer(this);

  constructor() {
    super();
    // The flows' messages load with the dialog's own: a chosen flow renders at once, focus moves into it.
    loadsWith(this, linkAccountFlowMessages, orderFlowMessages);
  }

  private opener?: HTMLElement;
  private focusBeforeConfirm?: HTMLElement;
  private loadAbort?: AbortController;
  /** The adapter `loaded` came from: a swap while open loads the account again. */
  private loadedFrom?: AccountAdapter;
  private pointerDownOnBackdrop = false;
  private next?: { view: View; orderId?: string };

  // ——— public API ———

  /** Opens the dialog; focus returns to the element focused now when it closes. */
  show(): void {
    if (this.open) return;
    this.rememberOpener();
    this.open = true;
  }

  /**
   * Opens the dialog straight at *create new* (the embedded order flow). With `orderId` the flow
   * picks that order up and shows its status until it is done — e.g. when the customer comes back
   * from the portal's shop with an `order` parameter.
   */
  showOrder(orderId?: string): void {
    if (this.open) {
      this.pickupOrderId = orderId;
      this.session++;
      void this.enterFlow('order');
      return;
    }
    this.next = { view: 'order', orderId };
    this.show();
  }

  /**
   * Closes the dialog now, without asking (the host decided). An unfinished link request of the
   * flow inside is canceled, so nothing is left half-done.
   */
  close(): void {
    this.open = false;
  }

  /**
   * Asks to close, as Escape and the close button do: dispatches a cancelable `close-request`
   * with `source`, then, while the flow inside has a request in flight or an unfinished link,
   * asks the person inside the dialog. Returns true when the dialog closed.
   */
  requestClose(source: CloseSource = 'host'): boolean {
    if (!this.open) return true;
    if (this.confirming) {
      if (source === 'escape') this.dismissConfirm();
      else this.focusIn('#stay');
      return false;
    }
    if (!emit<CloseRequestDetail>(this, 'close-request', { source }, { cancelable: true })) return false;
    const risk = this.flowRisk();
    if (risk !== 'none') {
      this.focusBeforeConfirm = deepActiveElement(this.shadowRoot!) as HTMLElement | undefined;
      this.confirming = risk;
      this.focusIn('#stay');
      return false;
    }
    this.open = false;
    return true;
  }

  // ——— lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate(); // re-attached: load what the removal cut short
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    if (this.loading) {
      this.loading = false;
      this.loadedFrom = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && !this.dialog?.open) {
      if (!this.opener) this.rememberOpener();
      this.startSession();
    } else if (this.open && !this.currentAccount && this.isConnected && !this.loading) {
      // The backend changed while open (or a removal cut the load short): load the account from
      // the new one. The flow inside gets the new adapter too and starts over by itself.
      const adapter = this.resolvedAdapter;
      if (adapter && adapter !== this.loadedFrom) {
        this.loaded = undefined;
        this.loadError = undefined;
        void this.load(adapter);
      }
    }
    if (changed.has('open') && !this.open) this.confirming = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog;
    if (!dialog || !changed.has('open')) return;
    if (this.open && !dialog.open) {
      if (!this.isConnected) return;
      dialog.showModal();
      void this.focusInitial();
    } else if (!this.open && dialog.open) {
      // However it closes, an unfinished link request is canceled, never left behind silently.
      this.abandonFlow();
      dialog.close();
      this.afterClose();
    }
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  private get account(): CurrentAccount | undefined {
    return this.currentAccount ?? this.loaded;
  }

  private get flowElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[data-flow]');
  }

  private rememberOpener(): void {
    const active = deepActiveElement(document);
    this.opener = active instanceof HTMLElement && active !== document.body ? active : undefined;
  }

  private startSession(): void {
    this.session++;
    this.view = this.next?.view ?? 'choice';
    this.pickupOrderId = this.next?.orderId;
    this.next = undefined;
    this.confirming = undefined;
    if (!this.currentAccount) {
      this.loaded = undefined;
      this.loadError = undefined;
      const adapter = this.resolvedAdapter;
      if (adapter) void this.load(adapter);
      else {
        try {
          this.requireAdapter();
        } catch (error) {
          this.loadError = AccountWidgetsError.from(error);
        }
      }
    }
  }

  private async load(adapter: AccountAdapter): Promise<void> {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.loading = true;
    this.loadedFrom = adapter;
    try {
      const loaded = await adapter.getCurrentAccount({ signal: abort.signal });
      if (abort.signal.aborted) return; // removed or superseded meanwhile: never rendered late
      this.loaded = loaded;
    } catch (value) {
      // Only our own abort is silent; an adapter's own AbortError arrives as a network failure.
      if (abort.signal.aborted) return;
      this.loadError = this.reportError(value);
      this.announcer.announce(this.errorMessage(this.loadError));
    } finally {
      if (this.loadAbort === abort) {
        this.loading = false;
        this.loadAbort = undefined;
      }
    }
    if (this.open && !abort.signal.aborted) {
      // Focus was parked on the title while loading: move it to the first choice.
      const root = this.shadowRoot!;
      const active = root.activeElement;
      if (!active || active.id === 'title') void this.focusInitial();
    }
  }

  private retryLoad(): void {
    const adapter = this.resolvedAdapter;
    this.loadError = undefined;
    if (adapter) void this.load(adapter);
  }

  private async focusInitial(): Promise<void> {
    await this.updateComplete;
    if (this.view !== 'choice' && this.flowElement) return this.focusFlow();
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    const target =
      body?.querySelector<HTMLElement>('[autofocus]') ??
      body?.querySelector<HTMLElement>(FOCUSABLE) ??
      this.renderRoot.querySelector<HTMLElement>('#title');
    target?.focus();
  }

  private async focusIn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ——— closing ———

  private flowRisk(): LeaveRisk {
    const flow = this.flowElement;
    if (!flow || this.view === 'choice') return 'none';
    if (isGuardedFlow(flow)) return flow.leaveRisk;
    return (flow as { busy?: unknown }).busy === true ? 'busy' : 'none';
  }

  private abandonFlow(): void {
    const flow = this.flowElement;
    if (flow && isGuardedFlow(flow)) {
      try {
        void Promise.resolve(flow.abandon()).catch((error) => this.reportError(error));
      } catch (error) {
        this.reportError(error);
      }
    }
  }

  private dismissConfirm(): void {
    this.confirming = undefined;
    const back = this.focusBeforeConfirm;
    this.focusBeforeConfirm = undefined;
    void this.updateComplete.then(() => {
      if (back?.isConnected) back.focus();
      else void this.focusInitial();
    });
  }

  private confirmLeave(): void {
    this.confirming = undefined;
    this.open = false;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Handle Escape here so the browser's close request (not always cancelable) never closes
    // the dialog behind our back.
    event.preventDefault();
    this.requestClose('escape');
  }

  private onCancel(event: Event): void {
    // Other close requests (e.g. a platform back gesture): ask as for Escape.
    if (event.cancelable) {
      event.preventDefault();
      this.requestClose('escape');
    }
  }

  private onNativeClose(): void {
    // We close it ourselves in `updated` (handled there); the event may also arrive late, after a
    // quick reopen. Only a close by the browser itself (a non-cancelable close request) is left.
    if (!this.open || this.dialog?.open) return;
    this.abandonFlow();
    this.open = false;
    this.afterClose();
  }

  private afterClose(): void {
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new CustomEvent('close'));
  }

  private onPointerDown(event: PointerEvent): void {
    this.pointerDownOnBackdrop = event.target === this.dialog && this.outsideFrame(event);
  }

  private onClick(event: MouseEvent): void {
    const onBackdrop = event.target === this.dialog && this.outsideFrame(event) && this.pointerDownOnBackdrop;
    this.pointerDownOnBackdrop = false;
    if (onBackdrop) this.requestClose('backdrop');
  }

  private outsideFrame(event: MouseEvent): boolean {
    const rect = this.dialog!.getBoundingClientRect();
    return event.clientX < rect.left || event.clientX > rect.right || event.clientY < rect.top || event.clientY > rect.bottom;
  }

  // ——— the choice ———

  private get orderFlowClass(): CustomElementConstructor | undefined {
    return (this.constructor as typeof AddSubaccountDialog).orderFlowElement;
  }

  /** The shop URL with `return_url`, or undefined when `order-url` is unset or not http(s). */
  private shopUrl(): string | undefined {
    if (!this.orderUrl) return undefined;
    try {
      const url = new URL(this.orderUrl, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
      url.searchParams.set('return_url', window.location.href);
      return url.href;
    } catch {
      return undefined;
    }
  }

  private chooseCreate(): void {
    const url = this.shopUrl();
    if (url) {
      if (emit<OrderHandoverDetail>(this, 'order-handover', { url }, { cancelable: true })) this.navigate(url);
      return;
    }
    if (this.orderFlowClass) void this.enterFlow('order');
  }

  private chooseLink(): void {
    void this.enterFlow('link');
  }

  private async enterFlow(view: View): Promise<void> {
    this.view = view;
    await this.updateComplete;
    await this.focusFlow();
  }

  private async focusFlow(): Promise<void> {
    const flow = this.flowElement as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    if (!flow) return;
    await flow.updateComplete;
    flow.focus();
    if (!focusIsWithin(flow)) {
      (flow.shadowRoot?.querySelector<HTMLElement>(FOCUSABLE) ?? flow.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    }
  }

  private onFlowBack(event: Event): void {
    event.stopPropagation();
    const from = this.view;
    this.view = 'choice';
    this.focusIn(from === 'order' ? '#option-create' : '#option-link');
  }

  private onFlowClose(event: Event): void {
    event.stopPropagation();
    this.requestClose('close-button');
  }

  private onSubaccountAdded(event: CustomEvent<SubaccountAddedDetail>): void {
    const account = this.account;
    if (!account || !event.detail?.account) return;
    const next: CurrentAccount = {
      ...account,
      role: account.role === 'standalone' ? 'main' : account.role,
      subaccountCount: (account.subaccountCount ?? 0) + 1,
    };
    if (this.currentAccount) return; // the host owns it
    this.loaded = next;
  }

  /** Navigates to the shop (overridable; tests observe it). */
  protected navigate(url: string): void {
    window.location.assign(url);
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @keydown=${this.onKeydown}
      @cancel=${this.onCancel}
      @close=${this.onNativeClose}
      @pointerdown=${this.onPointerDown}
      @click=${this.onClick}
    >
      <div class="frame">
        <header part="header">
          <h2 id="title" part="title" tabindex="-1" data-focus-spot>${this.l10n.t('title')}</h2>
          <button type="button" class="close" part="close-button" aria-label=${this.l10n.t('close')} @click=${() => this.requestClose('close-button')}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div class="body" part="body" ?hidden=${!!this.confirming}>${this.renderBody()}</div>
        ${this.confirming ? this.renderConfirm(this.confirming) : nothing}
        ${this.announcer.render()}
      </div>
    </dialog>`;
  }

  private renderBody(): unknown {
    const account = this.account;
    if (!account) {
      if (this.loadError) {
        const retry = !this.loadError.details?.noAdapter;
        return html`<div class="notice error" part="notice">
          <p>${this.errorMessage(this.loadError)}</p>
          ${retry ? html`<div class="actions"><button type="button" @click=${this.retryLoad}>${this.errorL10n.t('retry')}</button></div>` : nothing}
        </div>`;
      }
      return html`<p class="hint" role="status">${this.l10n.t('loading')}</p>`;
    }
    if (account.role === 'sub') return this.renderBlocked(account);
    if (this.view === 'link') return this.renderLinkFlow(account);
    if (this.view === 'order' && this.orderFlowClass) return this.renderOrderFlow(account, this.orderFlowClass);
    return this.renderChoice(account);
  }

  private label(account: Account): string {
    return this.l10n.t('accountWithNumber', { name: account.name, customerNumber: account.customerNumber });
  }

  private renderBlocked(account: CurrentAccount): TemplateResult {
    const main = account.main;
    const mainLabel = main ? this.label(main) : '';
    const explanation = this.errorMessage(
      new AccountWidgetsError('not-main-account', { details: { mainAccountName: mainLabel } }),
    );
    return html`<div class="notice" part="notice" data-reason="not-main-account">
        <h3>${this.l10n.t('blockedHeading')}</h3>
        <p>${explanation}</p>
        ${main ? html`<p>${this.l10n.t('blockedHint', { main: mainLabel })}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.requestClose('close-button')}>${this.l10n.t('close')}</button>
      </div>`;
  }

  private renderChoice(account: CurrentAccount): TemplateResult {
    const atLimit =
      account.role === 'main' &&
      typeof account.subaccountLimit === 'number' &&
      typeof account.subaccountCount === 'number' &&
      account.subaccountCount >= account.subaccountLimit;
    const shop = this.shopUrl();
    const createAvailable = !!shop || !!this.orderFlowClass;
    const intro = account.role === 'standalone' ? 'introStandalone' : 'introMain';
    return html`<p>${this.l10n.t(intro, { account: this.label(account) })}</p>
      ${atLimit
        ? html`<p class="notice warning" part="notice">${this.l10n.t('limitNotice', { limit: this.l10n.number(account.subaccountLimit!) })}</p>`
        : nothing}
      <div class="options" role="group" aria-labelledby="choice-label">
        <p id="choice-label">${this.l10n.t('choiceLabel')}</p>
        ${createAvailable
          ? this.renderOption('create', this.l10n.t('createTitle'), this.l10n.t(shop ? 'createShopDescription' : 'createDescription'), this.chooseCreate)
          : html`<div class="option unavailable" part="option option-create option-unavailable" id="option-create">
              <span class="option-title">${this.l10n.t('createTitle')}</span>
              <span class="option-description">${this.l10n.t('createUnavailable')}</span>
            </div>`}
        ${this.renderOption('link', this.l10n.t('linkTitle'), this.l10n.t('linkDescription'), this.chooseLink)}
      </div>`;
  }

  /** A large option: a card whose button covers the whole card; the description stays outside the name. */
  private renderOption(id: 'create' | 'link', title: string, description: string, onClick: () => void): TemplateResult {
    return html`<div class="option" part="option option-${id}">
      <button type="button" id="option-${id}" class="option-button" part="option-button" aria-describedby="${id}-description" @click=${onClick}>
        ${title}
      </button>
      <span class="option-description" id="${id}-description">${description}</span>
    </div>`;
  }

  private renderLinkFlow(account: CurrentAccount): unknown {
    const tag = tagFor(LinkAccountFlow, 'link-account-flow');
    return keyed(
      this.session,
      html`<${tag}
        data-flow="link"
        part="flow"
        exportparts=${LINK_EXPORTS}
        embedded
        .adapter=${this.configuredAdapter}
        .requestTimeout=${this.requestTimeout}
        .currentAccount=${account}
        .clock=${this.clock}
        @flow-back=${this.onFlowBack}
        @flow-close=${this.onFlowClose}
        @subaccount-added=${this.onSubaccountAdded}
      ></${tag}>`,
    );
  }

  private renderOrderFlow(account: CurrentAccount, ctor: CustomElementConstructor): unknown {
    const tag = tagFor(ctor, 'order-subaccount-flow');
    return keyed(
      this.session,
      html`<${tag}
        data-flow="order"
        part="flow"
        exportparts=${ORDER_EXPORTS}
        embedded
        .adapter=${this.configuredAdapter}
        .requestTimeout=${this.requestTimeout}
        .currentAccount=${account}
        .completedOrderId=${this.pickupOrderId}
        @flow-back=${this.onFlowBack}
        @flow-close=${this.onFlowClose}
        @subaccount-added=${this.onSubaccountAdded}
      ></${tag}>`,
    );
  }

  private renderConfirm(risk: LeaveRisk): TemplateResult {
    const order = this.view === 'order';
    const heading = risk === 'busy' ? 'confirmBusyHeading' : 'confirmPendingHeading';
    const text = order ? 'confirmOrderText' : risk === 'busy' ? 'confirmBusyText' : 'confirmPendingText';
    return html`<section class="confirm" part="confirm" role="group" aria-labelledby="confirm-heading" aria-describedby="confirm-text">
      <h3 id="confirm-heading">${this.l10n.t(heading)}</h3>
      <p id="confirm-text">${this.l10n.t(text)}</p>
      <div class="actions">
        <button type="button" id="leave" class="danger" @click=${this.confirmLeave}>${this.l10n.t(order ? 'leaveOrder' : 'leave')}</button>
        <button type="button" id="stay" class="primary" @click=${this.dismissConfirm}>${this.l10n.t('stay')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'close-request': CustomEvent<CloseRequestDetail>;
    'order-handover': CustomEvent<OrderHandoverDetail>;
  }
}
