import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountAdapter } from '../../api/adapter.js';
import { AccountWidgetsError } from '../../api/errors.js';
import type { Catalog, CurrentAccount, OptionValue, Order, Product } from '../../api/types.js';
import { AccountWidgetElement } from '../../core/account-widget-element.js';
import { Announcer } from '../../core/announcer.js';
import { DraftController, sessionDraftStore, type DraftStore } from '../../core/draft-store.js';
import { emit } from '../../core/events.js';
import { createIdempotencyKey, SingleFlight } from '../../core/idempotency.js';
import { LocalizeController } from '../../core/localize.js';
import type { LeaveRisk } from '../../core/flow-guard.js';
import { PollController, type PollHandlers } from '../../core/poller.js';
import { focusIsLost, focusIsWithin } from '../../core/step-focus.js';
import { base, tokens } from '../../core/styles.js';
import type { OrderFlowMessages } from '../../i18n/order-subaccount-flow.js';
import { orderFlowMessages } from '../../i18n/lazy.js';
import {
  EDIT_STEPS,
  defaultOptions,
  emptyDraft,
  parseDraft,
  reconcileDraft,
  toOrderDraft,
  type EditStep,
  type OrderStep,
  type Reconciliation,
  type StoredDraft,
} from './draft.js';
import { stepOfField, validateStep, type FieldProblem } from './validation.js';
import type { FieldContext } from './fields.js';
import { doneView, failedView, handoverView, provisioningView, type StatusContext } from './status.js';
import { configurationStep, invoiceStep, productStep, reviewStep, type StepContext } from './steps.js';
import { styles } from './order-subaccount-flow.styles.js';

export type { OrderStep, EditStep } from './draft.js';

export interface OrderStepChangeDetail {
  step: OrderStep;
}
export interface OrderCancelDetail {
  step: OrderStep;
  /** Set when an order was already placed: leaving does not cancel it. */
  orderId?: string;
}

declare global {
  interface HTMLElementEventMap {
    'order-step-change': CustomEvent<OrderStepChangeDetail>;
    'order-cancel': CustomEvent<OrderCancelDetail>;
  }
}

/** A problem on a field: one of our messages, or the server's own text. */
type Problem = FieldProblem | { text: string };

type View = 'loading' | 'loading-order' | 'error' | 'not-main' | 'limit' | 'flow';

const DRAFT_KEY_PREFIX = 'account-widgets:order-draft:';
const ORDER_ID = /^[A-Za-z0-9_.:~-]{1,128}$/;
/** How far an order has come: a status never moves back (a stale poll answer is ignored). */
const STATUS_RANK: Record<Order['status'], number> = { submitted: 0, provisioning: 1, completed: 2, failed: 2 };
/** A failed `placeOrder` that may have reached the backend: the answer, not the order, was lost. */
const mayHavePlaced = (error: AccountWidgetsError) => error.code === 'network' || error.code === 'server';
const isEditStep = (step: OrderStep): step is EditStep => (EDIT_STEPS as readonly string[]).includes(step);

/**
 * Orders a new sub-account, driven by the catalog the adapter returns: product → configuration
 * (options, site address, contact e-mail) → invoice (own or collective) → review with price
 * summary and terms → order → provisioning status → done. With `order-url` it hands over to the
 * portal's own shop instead and picks the order up when the customer returns.
 *
 * The draft (with its idempotency key) is kept per main account in `sessionStorage` under
 * `account-widgets:order-draft:<main account id>` (or in the `draftStore` you pass: anything with
 * `get`/`set`/`remove`), so it survives closing the flow and reloading; it is removed once the
 * order completed. A draft made against an older catalog is fitted to the current one, keeping
 * what still fits and saying what changed. Retries of the order reuse the draft's idempotency key,
 * so a lost answer, a timeout or a double click never orders twice; a failed order is final, and
 * ordering again makes a new key.
 *
 * Hand-over mode: with `order-url`, "Continue in shop" navigates to that address with a
 * `return_url` back to this page; the shop returns with an `order` query parameter (or the host
 * sets `completedOrderId`), and the flow shows that order's status until it is done.
 *
 * @summary The "create a new sub-account" order flow.
 * @tagname order-subaccount-flow
 *
 * @event order-step-change - `{ step }`: the visible step changed (`product`, `configuration`, `invoice`, `review`, `provisioning`, `done`, `failed`, `handover`).
 * @event subaccount-added - `{ account, via: 'order', order }`: the order completed; the new account exists.
 * @event order-cancel - `{ step, orderId? }`: the customer left the flow (Cancel, or Close while provisioning). The draft is kept; an order already placed goes on.
 * @event adapter-error - `{ error }`: a backend call failed.
 * @event flow-back - Back pressed on the first step (only shown when `embedded`). Bubbles, composed.
 * @event flow-close - The customer closed the flow (only when `embedded`): Cancel, or Close on the last step. Bubbles, composed.
 *
 * @slot intro - Content above the flow, e.g. an introduction from the portal.
 * @slot done - Extra content on the done step, e.g. a link to the new account.
 *
 * @csspart progress - The ordered list of step names.
 * @csspart step - The current step's container (a form on the editing steps).
 * @csspart heading - The current step's heading (it receives focus on every step change).
 * @csspart product - One product card.
 * @csspart field - One form field (label, hint, input, error).
 * @csspart field-error - A field's error message.
 * @csspart notice - A notice, e.g. about a restored or reconciled draft.
 * @csspart error - An error message with its retry button.
 * @csspart summary - The review of everything chosen.
 * @csspart price-summary - The price summary on the review step.
 * @csspart actions - The row of buttons of a step.
 * @csspart next - The Next / order button.
 * @csspart back - The Back button.
 * @csspart cancel - The Cancel button.
 * @csspart loading - The loading message.
 * @csspart announcer - The live region.
 *
 * @cssproperty [--aw-order-accent=var(--aw-color-primary)] - Current step, selected product, radios and checkboxes.
 * @cssproperty [--aw-order-gap=calc(var(--aw-space) * 2)] - Space between sections.
 * @cssproperty [--aw-order-card-border=var(--aw-color-border)] - Border of product cards and sections.
 * @cssproperty [--aw-order-card-radius=var(--aw-radius)] - Corner radius of product cards and sections.
 * @cssproperty [--aw-order-selected-background=var(--aw-color-surface-alt)] - Background of the selected product.
 * @cssproperty [--aw-order-progress-done=var(--aw-color-success)] - Completed steps in the progress list.
 * @cssproperty [--aw-order-max-width=48rem] - The flow's maximum width.
 */
export class OrderSubaccountFlow extends AccountWidgetElement<OrderFlowMessages> {
  static override styles = [tokens, base, styles];

  /** The portal's own shop. When set, the flow hands over to it (with a `return_url`) instead of ordering itself. */
  @property({ attribute: 'order-url' }) orderUrl: string | undefined;

  /** An order to pick up (e.g. after returning from the shop); the flow shows its status and finishes it. */
  @property({ attribute: 'completed-order-id' }) completedOrderId: string | undefined;

  /** Where drafts are kept: anything with `get`/`set`/`remove` (sync or async). Default: `sessionStorage`. */
  @property({ attribute: false }) draftStore: DraftStore | undefined;

  /**
   * The logged-in account, when the host already knows it (saves a `getCurrentAccount` call).
   * A host dialog sets it.
   */
  @property({ attribute: false }) currentAccount: CurrentAccount | undefined;

  /**
   * Set by a host dialog: Back on the first step dispatches `flow-back`; Cancel, and Close on the
   * last steps, also dispatch `flow-close` (see core/flow-guard.ts).
   */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /** First wait between status checks while provisioning, in ms; it grows with backoff up to 15×. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 2000;

  @state() private view: View = 'loading';
  @state() private currentStep: OrderStep = 'product';
  @state() private draft: StoredDraft = emptyDraft(createIdempotencyKey());
  @state() private problems: Record<string, Problem> = {};
  @state() private submitting = false;
  @state() private submitError: AccountWidgetsError | undefined;
  @state() private loadError: AccountWidgetsError | undefined;
  @state() private pollState: { error: AccountWidgetsError; willRetry: boolean } | undefined;
  @state() private order: Order | undefined;
  @state() private reconciliation: Reconciliation = { kind: 'none' };
  @state() private restored = false;

  private current?: CurrentAccount;
  private catalog?: Catalog;
  protected readonly l10n = new LocalizeController<OrderFlowMessages>(this, 'order-subaccount-flow', orderFlowMessages);
  private readonly announcer = new Announcer(this);
  private readonly drafts = new DraftController<StoredDraft>(this, {
    store: () => this.draftStore ?? (this.defaultStore ??= sessionDraftStore()),
    parse: parseDraft,
  });
  private defaultStore?: DraftStore;
  private readonly poller = new PollController<Order>(this);
  private readonly submitFlight = new SingleFlight<Order>();
  private loadedAdapter: AccountAdapter | undefined | null = null;
  private loadAbort?: AbortController;
  /** Aborts `placeOrder` when the backend is swapped (not on removal: its answer is kept with the draft). */
  private orderAbort = new AbortController();
  private pickedUp?: string;
  private dirty = false;
  private pendingFocus: 'heading' | 'invalid' | undefined;
  /** A host moved focus into the flow before its first step was shown (it was still loading). */
  private focusWanted = false;
  private addedFor?: string;

  /**
   * Focuses the current step's heading and announces the step — what a host dialog calls when it
   * switches to the flow. While the flow is still loading (catalog, a restored draft, an order
   * picked up) focus waits on the loading message inside the flow, and moves to the heading as
   * soon as the step shows: it never drops to the page.
   */
  override focus(options?: FocusOptions): void {
    this.focusWanted = this.loading;
    this.focusInside(options);
  }

  private get loading(): boolean {
    return this.view === 'loading' || this.view === 'loading-order';
  }

  /** The step's heading (announcing the step), else the loading or error message. */
  private focusInside(options?: FocusOptions): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    const heading = this.loading ? null : root?.querySelector<HTMLElement>('[data-heading]');
    if (heading) {
      heading.focus(options);
      if (this.view === 'flow') this.announcer.announce(this.stepAnnouncement(this.currentStep));
      return;
    }
    const spot = root?.querySelector<HTMLElement>('[data-focus-spot]');
    if (spot) spot.focus(options);
    else super.focus(options);
  }

  /** The step the flow shows now. */
  get step(): OrderStep {
    return this.currentStep;
  }

  /**
   * For a host that can be closed (`GuardedFlow`): `busy` while the order request is in flight.
   * Otherwise nothing is lost by leaving — the draft is kept and a placed order goes on.
   */
  get leaveRisk(): LeaveRisk {
    return this.submitting ? 'busy' : 'none';
  }

  /** True while a request the customer started is in flight. */
  get busy(): boolean {
    return this.submitting;
  }

  /**
   * The host closes anyway. An order request in flight is not aborted: its answer is kept with the
   * draft, and a retry reuses the idempotency key, so it can never order twice.
   */
  abandon(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a load was cut short: load again.
    if (this.hasUpdated && this.loadedAdapter === null) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.langAbort?.abort();
    // Let a reload happen on reconnect only if nothing was loaded (keeps the state otherwise).
    if (this.view === 'loading' || this.view === 'loading-order') this.loadedAdapter = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const adapter = this.resolvedAdapter;
    if (this.loadedAdapter !== adapter) {
      if (this.loadedAdapter) {
        // A new backend: the old one's order answer no longer applies; the draft (what was typed) is reloaded.
        this.orderAbort.abort();
        this.orderAbort = new AbortController();
        this.order = undefined;
        this.submitError = undefined;
        this.submitting = false;
      }
      this.loadedAdapter = adapter;
      void this.load();
    } else if (
      changed.has('completedOrderId') &&
      this.completedOrderId &&
      this.completedOrderId !== this.pickedUp &&
      this.view !== 'loading'
    ) {
      void this.load();
    }
    if (changed.has('currentAccount') && this.currentAccount && this.current && this.currentAccount.id === this.current.id) {
      this.current = this.currentAccount; // the host refreshed it (e.g. standalone → main): no reload
    } else if (changed.has('currentAccount') && this.currentAccount && this.current && this.view !== 'loading') {
      void this.load();
    }
    if (this.catalog && this.catalogLang !== undefined && this.catalogLang !== this.l10n.lang && this.view === 'flow') {
      this.catalogLang = this.l10n.lang;
      void this.reloadCatalogFor(this.catalogLang);
    }
    if (changed.has('pollInterval')) {
      const first = Math.max(1, Number(this.pollInterval) || 2000);
      this.poller.options = { ...this.poller.options, initialDelay: first, maxDelay: first * 15 };
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.dirty && this.current) {
      this.dirty = false;
      this.drafts.saveSoon(this.draftKey, this.draft); // after the paint; flushed on pagehide, hide, removal
    }
    if (this.focusWanted && !this.loading) {
      this.focusWanted = false;
      this.pendingFocus = undefined;
      // Only when focus is still ours (waiting in the flow) or lost: never pull it from elsewhere.
      if (focusIsWithin(this) || focusIsLost(this)) this.focusInside();
    } else if (this.pendingFocus) {
      const what = this.pendingFocus;
      this.pendingFocus = undefined;
      this.applyFocus(what);
    }
  }

  private get draftKey(): string {
    return DRAFT_KEY_PREFIX + (this.current?.id ?? '');
  }

  private get product(): Product | undefined {
    return this.catalog?.products.find((p) => p.id === this.draft.productId);
  }

  private get handover(): boolean {
    return !!this.orderUrl;
  }

  // ---------------------------------------------------------------- loading

  private async load(): Promise<void> {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const signal = abort.signal;
    this.poller.stop();
    this.loadError = undefined;
    const adapter = this.resolvedAdapter;
    if (!adapter) {
      this.view = 'error';
      this.loadError = new AccountWidgetsError('server', { retryable: false, details: { noAdapter: true } });
      return;
    }
    this.view = 'loading';
    try {
      const current = this.currentAccount ?? (await adapter.getCurrentAccount({ signal }));
      if (signal.aborted) return;
      this.current = current;
      if (current.role === 'sub') {
        this.view = 'not-main';
        return;
      }
      const pickup = this.pickupId();
      const limit = current.subaccountLimit;
      if (pickup === undefined && typeof limit === 'number' && (current.subaccountCount ?? 0) >= limit) {
        this.view = 'limit';
        return;
      }
      if (pickup !== undefined) {
        await this.pickUp(adapter, pickup, signal);
        return;
      }
      if (this.handover) {
        this.view = 'flow';
        this.go('handover', false);
        return;
      }
      this.catalogLang = this.l10n.lang;
      const catalogAnswer = adapter.getCatalog(current.id, { signal });
      // The price formatter (the first currency NumberFormat of a page: ~6 ms) is made while the
      // catalog is on its way, in the last catalog's currency (EUR at first), not in its first render.
      this.money(0);
      const [catalog, stored] = await Promise.all([catalogAnswer, this.drafts.load(this.draftKey)]);
      if (signal.aborted) return;
      this.catalog = catalog;
      this.restore(stored);
      if (stored?.orderId) {
        this.view = 'loading-order';
        const order = await adapter.getOrder(stored.orderId, { signal });
        if (signal.aborted) return;
        this.view = 'flow';
        this.handleOrder(order, false);
        return;
      }
      this.view = 'flow';
      this.go(this.draft.step, false);
    } catch (raw) {
      if (signal.aborted) return; // our own cancel; an adapter's own AbortError is a failure
      const error = this.reportError(raw);
      if (this.view === 'loading-order' && (error.code === 'not-found' || error.code === 'forbidden')) {
        // The remembered order is unknown to the backend: forget it and show the draft again.
        this.patch({ orderId: undefined });
        this.view = 'flow';
        this.submitError = new AccountWidgetsError(error.code, { retryable: false, details: { orderLost: true }, cause: error });
        this.go('review', false);
        return;
      }
      this.loadError = error;
      this.view = 'error';
    }
  }

  /** The order to pick up: the `completedOrderId` property, or (hand-over mode) the page's `order` parameter. */
  private pickupId(): string | undefined {
    if (this.completedOrderId) return this.completedOrderId;
    if (!this.handover) return undefined;
    try {
      const value = new URL(this.pageUrl()).searchParams.get('order');
      return value === null ? undefined : value;
    } catch {
      return undefined;
    }
  }

  private async pickUp(adapter: AccountAdapter, orderId: string, signal: AbortSignal): Promise<void> {
    this.pickedUp = orderId;
    if (!ORDER_ID.test(orderId)) {
      this.view = 'error';
      this.loadError = new AccountWidgetsError('not-found', { retryable: false, details: { orderReturn: true } });
      return;
    }
    this.view = 'loading-order';
    try {
      const order = await adapter.getOrder(orderId, { signal });
      if (signal.aborted) return;
      this.view = 'flow';
      this.handleOrder(order, false);
    } catch (raw) {
      if (signal.aborted) return; // our own cancel; an adapter's own AbortError is a failure
      const error = this.reportError(raw);
      this.loadError =
        error.code === 'not-found'
          ? new AccountWidgetsError('not-found', { retryable: false, details: { orderReturn: true }, cause: error })
          : error;
      this.view = 'error';
    }
  }

  private restore(stored: StoredDraft | undefined): void {
    const catalog = this.catalog!;
    if (!stored) {
      this.draft = this.freshDraft();
      if (catalog.products.length === 1) this.selectProduct(catalog.products[0].id);
      this.reconciliation = { kind: 'none' };
      this.restored = false;
      this.dirty = false;
      return;
    }
    const { draft, change } = reconcileDraft(stored, catalog);
    this.draft = draft;
    this.reconciliation = change;
    this.restored = change.kind === 'none' && !stored.orderId;
    this.dirty = change.kind !== 'none';
  }

  /** A new draft: a new idempotency key, the current catalog, the contact e-mail the account knows. */
  private freshDraft(): StoredDraft {
    const email = this.current?.contactEmail;
    return {
      ...emptyDraft(createIdempotencyKey()),
      catalogVersion: this.catalog?.version,
      ...(typeof email === 'string' && email ? { contactEmail: email } : {}),
    };
  }

  /**
   * The page's language changed: fetch the catalog again, so product names, options and features
   * follow it. The draft stays as it is (option values are ids); a catalog that changed meanwhile
   * is fitted as on reload. Focus and step stay.
   */
  private async reloadCatalogFor(lang: string): Promise<void> {
    const adapter = this.resolvedAdapter;
    const current = this.current;
    if (!adapter || !current || !this.catalog) return;
    this.langAbort?.abort();
    const abort = (this.langAbort = new AbortController());
    try {
      const catalog = await adapter.getCatalog(current.id, { signal: abort.signal });
      if (abort.signal.aborted || this.catalogLang !== lang) return;
      const changed = catalog.version !== this.catalog.version;
      this.catalog = catalog;
      const product = catalog.products.find((p) => p.id === this.draft.productId);
      if (changed) {
        const { draft, change } = reconcileDraft(this.draft, catalog);
        this.draft = draft;
        this.reconciliation = change.kind === 'none' ? { kind: 'catalog' } : change;
        this.dirty = true;
      } else if (product && this.draft.productName !== product.name) {
        this.patch({ productName: product.name });
      }
      this.requestUpdate();
    } catch (raw) {
      if (abort.signal.aborted) return; // our own cancel; an adapter's own AbortError is a failure
      this.reportError(raw); // the catalog shown stays usable; the next change of language tries again
    }
  }
  private langAbort?: AbortController;
  /** The language the catalog was fetched in. */
  private catalogLang?: string;

  // ---------------------------------------------------------------- navigation

  private go(step: OrderStep, focus = true): void {
    const changed = step !== this.currentStep || !this.stepAnnounced;
    this.currentStep = step;
    if (isEditStep(step) && this.draft.step !== step) this.patch({ step });
    if (changed) {
      this.stepAnnounced = true;
      emit<OrderStepChangeDetail>(this, 'order-step-change', { step });
    }
    if (focus) {
      this.pendingFocus = 'heading';
      this.announcer.announce(this.stepAnnouncement(step));
    }
  }
  private stepAnnounced = false;

  private stepAnnouncement(step: OrderStep): string {
    if (isEditStep(step)) {
      return this.l10n.t('stepAnnouncement', {
        current: EDIT_STEPS.indexOf(step) + 1,
        total: EDIT_STEPS.length + 1,
        name: this.stepName(step),
      });
    }
    return this.headingText(step);
  }

  private stepName(step: EditStep): string {
    const key = ({ product: 'stepProduct', configuration: 'stepConfiguration', invoice: 'stepInvoice', review: 'stepReview' } as const)[step];
    return this.l10n.t(key);
  }

  private headingText(step: OrderStep): string {
    const keys = {
      product: 'headingProduct',
      configuration: 'headingConfiguration',
      invoice: 'headingInvoice',
      review: 'headingReview',
      provisioning: 'headingProvisioning',
      done: 'headingDone',
      failed: 'headingFailed',
      handover: 'headingHandover',
    } as const;
    return this.l10n.t(keys[step]);
  }

  private applyFocus(what: 'heading' | 'invalid'): void {
    const root = this.renderRoot as ShadowRoot;
    // Move focus only when it is in the flow already (or was dropped with a removed button):
    // a status change while the customer works elsewhere on the page never pulls them back.
    if (!focusIsWithin(this) && !focusIsLost(this)) return;
    if (what === 'invalid') {
      const first = root.querySelector<HTMLInputElement>('[data-invalid]');
      if (first) {
        const checked =
          first.type === 'radio'
            ? Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"][data-invalid]')).find(
                (r) => r.name === first.name && r.checked,
              )
            : undefined;
        (checked ?? first).focus();
        return;
      }
    }
    root.querySelector<HTMLElement>('[data-heading]')?.focus();
  }

  private onNext = (event: Event): void => {
    event.preventDefault();
    const step = this.currentStep;
    if (!isEditStep(step) || !this.catalog) return;
    if (step === 'review') {
      void this.placeOrder();
      return;
    }
    if (!this.check(step)) return;
    this.go(EDIT_STEPS[EDIT_STEPS.indexOf(step) + 1]);
  };

  /** Validates a step; on problems shows them, focuses the first and returns false. */
  private check(step: EditStep): boolean {
    const found = validateStep(step, this.draft, this.catalog!);
    const others = Object.fromEntries(Object.entries(this.problems).filter(([field]) => stepOfField(field) !== step));
    this.problems = { ...others, ...found };
    const count = Object.keys(found).length;
    if (!count) return true;
    this.pendingFocus = 'invalid';
    this.announcer.announce(this.l10n.t('checkFields', { count }));
    return false;
  }

  private onBack = (): void => {
    const step = this.currentStep;
    if (step === 'product' && this.embedded) {
      emit(this, 'flow-back', {});
      return;
    }
    if (!isEditStep(step) || step === 'product') return;
    this.go(EDIT_STEPS[EDIT_STEPS.indexOf(step) - 1]);
  };

  private onCancel = (): void => {
    this.drafts.flush(); // "the draft is kept": stored before the host hears of the cancel
    emit<OrderCancelDetail>(this, 'order-cancel', { step: this.currentStep, orderId: this.order?.id ?? this.draft.orderId });
    if (this.embedded) emit(this, 'flow-close', {});
  };

  private onClose = (): void => {
    this.drafts.flush();
    emit(this, 'flow-close', {});
  };

  private onStartOver = (): void => {
    this.drafts.clear(this.draftKey);
    this.problems = {};
    this.submitError = undefined;
    this.restored = false;
    this.reconciliation = { kind: 'none' };
    this.draft = this.freshDraft();
    this.dirty = false;
    this.go('product');
  };

  // ---------------------------------------------------------------- editing

  private patch(patch: Partial<StoredDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.dirty = true;
  }

  private selectProduct(productId: string): void {
    if (this.draft.productId === productId) return;
    const product = this.catalog?.products.find((p) => p.id === productId);
    if (!product) return;
    this.patch({ productId, productName: product.name, options: defaultOptions(product) });
    // Problems of the previous product's options no longer apply.
    this.problems = Object.fromEntries(Object.entries(this.problems).filter(([f]) => !f.startsWith('options.')));
  }

  private change = (field: string, value: OptionValue): void => {
    if (field === 'productId') this.selectProduct(String(value));
    else if (field.startsWith('site.')) this.patch({ site: { ...this.draft.site, [field.slice(5)]: String(value) } });
    else if (field.startsWith('options.')) {
      const options = { ...this.draft.options };
      if (value === '') delete options[field.slice(8)];
      else options[field.slice(8)] = value;
      this.patch({ options });
    } else if (field === 'contactEmail') this.patch({ contactEmail: String(value) });
    else if (field === 'invoice') this.patch({ invoice: value === 'collective' ? 'collective' : 'own' });
    else if (field === 'acceptTerms') this.patch({ acceptTerms: value === true });
    // A field that shows a problem is checked again as the customer corrects it.
    if (field in this.problems) {
      const step = stepOfField(field);
      const now = step && this.catalog ? validateStep(step, this.draft, this.catalog)[field] : undefined;
      const problems = { ...this.problems };
      if (now) problems[field] = now;
      else delete problems[field];
      this.problems = problems;
    }
  };

  private problemText(problem: Problem | undefined): string | undefined {
    if (!problem) return undefined;
    if ('text' in problem) return problem.text;
    return this.l10n.t(problem.key as keyof OrderFlowMessages & string, problem.params);
  }

  private get fieldContext(): FieldContext {
    return {
      t: (key, params) => this.l10n.t(key, params),
      money: (amount) => this.money(amount),
      num: (value, options) => this.l10n.number(value, options),
      error: (field) => this.problemText(this.problems[field]),
      change: this.change,
    };
  }

  private money(amount: number): string {
    const currency = this.catalog?.currency || 'EUR';
    try {
      return this.l10n.number(amount, { style: 'currency', currency });
    } catch {
      // A code Intl does not know: the amount with the code as the catalog gave it.
      return `${this.l10n.number(amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
    }
  }

  // ---------------------------------------------------------------- ordering

  private async placeOrder(): Promise<void> {
    if (this.submitting || this.submitFlight.busy) return; // a double click never orders twice
    const catalog = this.catalog;
    const current = this.current;
    if (!catalog || !current) return;
    for (const step of EDIT_STEPS) {
      if (!this.check(step)) {
        if (step !== 'review') this.go(step, false);
        return;
      }
    }
    const product = this.product!;
    this.submitError = undefined;
    this.submitting = true;
    const idempotencyKey = this.draft.idempotencyKey;
    // Persist the key before the request: a reload during the request re-sends the same key.
    this.drafts.save(this.draftKey, this.draft);
    this.dirty = false;
    this.announcer.announce(this.l10n.t('placingOrder'));
    const { signal } = this.orderAbort;
    try {
      const adapter = this.requireAdapter();
      const order = await this.submitFlight.run(() =>
        adapter.placeOrder(current.id, toOrderDraft(this.draft, product), { idempotencyKey, signal }),
      );
      if (signal.aborted) return;
      this.patch({ orderId: order.id });
      // Saved at once: the host may have closed the flow meanwhile; a reopened flow resumes this order.
      this.drafts.save(this.draftKey, this.draft);
      this.dirty = false;
      this.handleOrder(order, true);
    } catch (raw) {
      if (signal.aborted) return;
      const error = this.reportError(raw);
      if (error.code === 'conflict' && (await this.refreshCatalog())) return;
      if (!this.routeFieldErrors(error)) {
        this.submitError = error;
        const next = mayHavePlaced(error) ? this.l10n.t('orderUnconfirmed') : error.retryable ? this.l10n.t('orderNotSent') : '';
        this.announcer.announce(next ? `${this.errorMessage(error)} ${next}` : this.errorMessage(error));
      }
    } finally {
      if (!signal.aborted) this.submitting = false;
    }
  }

  /**
   * After a `conflict`: when the catalog changed meanwhile, fits the draft to the new one, says so
   * and stays on review for the customer to check (and accept the terms) again. True when it did.
   */
  private async refreshCatalog(): Promise<boolean> {
    const adapter = this.resolvedAdapter;
    const current = this.current;
    if (!adapter || !current || !this.catalog) return false;
    try {
      const catalog = await adapter.getCatalog(current.id, { signal: this.orderAbort.signal });
      if (catalog.version === this.catalog.version) return false;
      this.catalog = catalog;
      const { draft, change } = reconcileDraft(this.draft, catalog);
      this.draft = draft;
      this.dirty = true;
      this.reconciliation = change.kind === 'none' ? { kind: 'catalog' } : change;
      this.restored = false;
      this.go(draft.step === 'review' ? 'review' : draft.step, true);
      return true;
    } catch {
      return false;
    }
  }

  /** Server `validation` errors: back to the step of the first field concerned. */
  private routeFieldErrors(error: AccountWidgetsError): boolean {
    if (error.code !== 'validation' || !error.fields) return false;
    const entries = Object.entries(error.fields).filter(([field]) => stepOfField(field));
    if (!entries.length) return false;
    const problems: Record<string, Problem> = {};
    for (const [field, text] of entries) problems[field] = { text };
    this.problems = problems;
    const steps = entries.map(([field]) => EDIT_STEPS.indexOf(stepOfField(field)!));
    const step = EDIT_STEPS[Math.min(...steps)];
    this.go(step, false);
    this.pendingFocus = 'invalid';
    this.announcer.announce(this.l10n.t('fieldsFromServer'));
    return true;
  }

  /** Shows an order's state. `focus`: move focus to the new step (not on first render). */
  private handleOrder(order: Order, focus: boolean): void {
    if (this.isStale(order)) return;
    this.order = order;
    this.pollState = undefined;
    if (order.status === 'completed') {
      this.poller.stop();
      this.finish(order, focus);
    } else if (order.status === 'failed') {
      this.poller.stop();
      this.go('failed', focus);
      this.announcer.announce(
        `${this.headingText('failed')}. ${order.failureReason ? this.l10n.t('failedReason', { reason: order.failureReason }) : ''}`,
      );
    } else {
      if (this.currentStep !== 'provisioning') this.go('provisioning', focus);
      this.startPolling(order.id);
    }
  }

  private startPolling(orderId: string): void {
    const adapter = this.resolvedAdapter;
    if (!adapter) return;
    this.poller.start((signal) => adapter.getOrder(orderId, { signal }), this.pollHandlers, false);
  }

  private readonly pollHandlers: PollHandlers<Order> = {
    done: (o) => o.status === 'completed' || o.status === 'failed',
    value: (o) => {
      this.pollState = undefined;
      if (this.isStale(o)) return;
      if (o.status === 'completed' || o.status === 'failed') this.handleOrder(o, true);
      else this.order = o;
    },
    error: (error, willRetry) => {
      this.pollState = { error, willRetry };
      if (!willRetry) {
        this.reportError(error);
        this.announcer.announce(this.l10n.t('pollStopped'));
      }
    },
  };

  /** True for an answer about the order shown that is older than what is shown (a lagging replica, a slow poll). */
  private isStale(order: Order): boolean {
    const shown = this.order;
    return !!shown && shown.id === order.id && STATUS_RANK[order.status] < STATUS_RANK[shown.status];
  }

  private finish(order: Order, focus: boolean): void {
    this.drafts.clear(this.draftKey);
    this.dirty = false;
    this.restored = false;
    this.reconciliation = { kind: 'none' };
    this.go('done', focus);
    const account = order.account;
    if (account) this.announcer.announce(`${this.headingText('done')}. ${this.l10n.t('doneAnnouncement', { name: account.name })}`);
    if (account && this.addedFor !== order.id) {
      this.addedFor = order.id;
      emit(this, 'subaccount-added', { account, via: 'order' as const, order });
    }
  }

  private onCheckAgain = (): void => {
    if (!this.order) return;
    const id = this.order.id;
    this.pollState = undefined;
    this.poller.start((signal) => this.requireAdapter().getOrder(id, { signal }), this.pollHandlers);
  };

  private onOrderAgain = (): void => {
    // A failed order is final: the next attempt is a new order with a new key.
    this.order = undefined;
    this.patch({ orderId: undefined, idempotencyKey: createIdempotencyKey(), acceptTerms: false });
    this.go('review');
  };

  private onOrderAnother = (): void => {
    this.order = undefined;
    this.problems = {};
    this.submitError = undefined;
    this.draft = this.freshDraft();
    this.dirty = false;
    if (this.catalog) {
      if (this.catalog.products.length === 1) this.selectProduct(this.catalog.products[0].id);
      this.go('product');
    } else {
      // Arrived here by picking up an order: load the catalog first.
      this.completedOrderId = undefined;
      void this.load();
    }
  };

  // ---------------------------------------------------------------- hand-over

  /** The page's address (tests and frameworks with their own router may override). */
  protected pageUrl(): string {
    return globalThis.location?.href ?? 'about:blank';
  }

  /** Leaves the page for the shop (tests may override to observe). */
  protected navigate(url: string): void {
    globalThis.location?.assign(url);
  }

  /** The shop address with `return_url` (this page without a stale `order` parameter), or undefined when invalid. */
  shopUrl(): string | undefined {
    if (!this.orderUrl) return undefined;
    try {
      const page = new URL(this.pageUrl());
      const shop = new URL(this.orderUrl, page);
      if (shop.protocol !== 'https:' && shop.protocol !== 'http:') return undefined;
      page.searchParams.delete('order');
      shop.searchParams.set('return_url', page.href);
      return shop.href;
    } catch {
      return undefined;
    }
  }

  private onContinueInShop = (): void => {
    const url = this.shopUrl();
    if (!url) {
      this.submitError = new AccountWidgetsError('invalid-response', { retryable: false, details: { orderUrl: true } });
      this.announcer.announce(this.l10n.t('errorOrderUrl'));
      return;
    }
    this.navigate(url);
  };

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    return html`${this.announcer.render()}<slot name="intro"></slot>${this.renderView()}`;
  }

  private renderView(): TemplateResult {
    switch (this.view) {
      case 'loading':
      case 'loading-order':
        // Focusable by script (not a tab stop): where focus waits while a host moved it in early.
        return html`<p class="hint" part="loading" role="status" tabindex="-1" data-focus-spot>
          ${this.l10n.t(this.view === 'loading' ? 'loading' : 'loadingOrder')}
        </p>`;
      case 'error':
        return this.renderLoadError();
      case 'not-main':
        return this.renderNotMain();
      case 'limit':
        return this.renderUnavailable(this.errorMessage(new AccountWidgetsError('limit-reached')));
      case 'flow':
        return html`${this.handover ? nothing : this.renderProgress()}${this.renderStep()}`;
    }
  }

  private flowErrorText(error: AccountWidgetsError): string {
    if (error.details?.orderReturn) return this.l10n.t('errorOrderReturn');
    if (error.details?.orderUrl) return this.l10n.t('errorOrderUrl');
    if (error.details?.orderLost) return this.l10n.t('errorOrderLost');
    return this.errorMessage(error);
  }

  private renderLoadError(): TemplateResult {
    const error = this.loadError!;
    const retry = error.retryable || (!error.details?.noAdapter && !error.details?.orderReturn);
    return html`<div class="alert" role="alert" part="error" tabindex="-1" data-focus-spot>
      <p>${this.flowErrorText(error)}</p>
      ${retry ? html`<button type="button" @click=${() => void this.load()}>${this.l10n.t('retry')}</button>` : nothing}
    </div>`;
  }

  private renderNotMain(): TemplateResult {
    const main = this.current?.main;
    const error = new AccountWidgetsError('not-main-account', { details: { mainAccountName: main?.name ?? '' } });
    return this.renderUnavailable(this.errorMessage(error));
  }

  private renderUnavailable(message: string): TemplateResult {
    return html`<section part="step" data-unavailable>
      <h2 tabindex="-1" data-heading part="heading">${this.l10n.t('headingNotMain')}</h2>
      <p>${message}</p>
      ${this.embedded
        ? html`<div class="actions" part="actions">
            <button type="button" part="back" @click=${() => emit(this, 'flow-back', {})}>${this.l10n.t('back')}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderProgress(): TemplateResult {
    const names = [...EDIT_STEPS.map((s) => this.stepName(s)), this.l10n.t('stepStatus')];
    const step = this.currentStep;
    const index = isEditStep(step) ? EDIT_STEPS.indexOf(step) : EDIT_STEPS.length;
    const allDone = step === 'done';
    return html`<ol class="progress" part="progress" aria-label=${this.l10n.t('progressLabel')}>
      ${names.map((name, i) => {
        const done = i < index || (allDone && i === index);
        return html`<li class=${done ? 'done' : ''} aria-current=${i === index ? 'step' : nothing}>
          ${name}${done ? html`<span class="visually-hidden"> ${this.l10n.t('stepDoneMarker')}</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }

  private heading(step: OrderStep): TemplateResult {
    return html`<h2 id="heading" tabindex="-1" data-heading part="heading">${this.headingText(step)}</h2>`;
  }

  private renderNotices(): TemplateResult | typeof nothing {
    const r = this.reconciliation;
    if (r.kind !== 'none') {
      const text =
        r.kind === 'product-gone'
          ? this.l10n.t('staleProductGone', { product: r.product })
          : r.kind === 'options'
            ? this.l10n.t('staleOptions', { product: r.product, options: r.options.join(', ') })
            : this.l10n.t('staleCatalog');
      return html`<div class="notice" part="notice" role="note"><p>${text}</p></div>`;
    }
    if (this.restored) {
      return html`<div class="notice info" part="notice" role="note">
        <p>${this.l10n.t('restoredDraft')}</p>
        <button type="button" class="link" @click=${this.onStartOver}>${this.l10n.t('startOver')}</button>
      </div>`;
    }
    return nothing;
  }

  private renderStep(): TemplateResult {
    const step = this.currentStep;
    switch (step) {
      case 'product':
      case 'configuration':
      case 'invoice':
      case 'review':
        return html`<form novalidate part="step" data-step=${step} aria-labelledby="heading" @submit=${this.onNext}>
          ${this.heading(step)} ${this.renderNotices()} ${this.renderEditStep(step)} ${this.renderStray(step)}
          ${this.renderActions(step)}
        </form>`;
      case 'provisioning':
        return provisioningView(this.statusContext);
      case 'done':
        return doneView(this.statusContext);
      case 'failed':
        return failedView(this.statusContext);
      case 'handover':
        return handoverView(this.statusContext);
    }
  }

  private get statusContext(): StatusContext {
    return {
      t: (key, params) => this.l10n.t(key, params),
      heading: (step) => this.heading(step),
      order: this.order,
      poll: this.pollState,
      shopError: this.submitError,
      errorText: (error) => this.flowErrorText(AccountWidgetsError.from(error)),
      embedded: this.embedded,
      handover: this.handover,
      canOrderAgain: !!this.catalog,
      on: {
        cancel: this.onCancel,
        close: this.onClose,
        checkAgain: this.onCheckAgain,
        orderAnother: this.onOrderAnother,
        orderAgain: this.onOrderAgain,
        continueInShop: this.onContinueInShop,
      },
    };
  }

  private renderEditStep(step: EditStep): TemplateResult {
    const ctx: StepContext = {
      ...this.fieldContext,
      catalog: this.catalog!,
      draft: this.draft,
      product: this.product,
      current: this.current,
      go: (s) => this.go(s),
    };
    switch (step) {
      case 'product':
        return productStep(ctx);
      case 'configuration':
        return configurationStep(ctx);
      case 'invoice':
        return invoiceStep(ctx);
      case 'review':
        return html`${reviewStep(ctx)}${this.renderSubmitError()}`;
    }
  }

  private renderSubmitError(): TemplateResult | typeof nothing {
    const error = this.submitError;
    if (!error) return nothing;
    return html`<div class="alert" role="alert" part="error">
      <p>${this.flowErrorText(error)}</p>
      ${mayHavePlaced(error)
        ? html`<p>${this.l10n.t('orderUnconfirmed')}</p>`
        : error.retryable
          ? html`<p>${this.l10n.t('orderNotSent')}</p>`
          : nothing}
    </div>`;
  }

  /** Server problems on fields this step does not show (e.g. `site.country`): listed, never lost. */
  private renderStray(step: EditStep): TemplateResult | typeof nothing {
    const stray = Object.entries(this.problems).filter(
      ([field, problem]) => stepOfField(field) === step && 'text' in problem && !this.rendersField(field),
    );
    if (!stray.length) return nothing;
    return html`<div class="alert" role="alert" part="error">
      ${stray.map(([, problem]) => html`<p>${this.problemText(problem)}</p>`)}
    </div>`;
  }

  private rendersField(field: string): boolean {
    if (field.startsWith('options.')) return !!this.product?.options.some((o) => `options.${o.id}` === field);
    return ['productId', 'site.name', 'site.street', 'site.postalCode', 'site.city', 'contactEmail', 'invoice', 'acceptTerms'].includes(field);
  }

  private renderActions(step: EditStep): TemplateResult {
    const review = step === 'review';
    const busy = review && this.submitting;
    return html`<div class="actions" part="actions">
      <button type="button" part="cancel" @click=${this.onCancel}>${this.l10n.t('cancel')}</button>
      <span class="spacer"></span>
      ${step === 'product' && !this.embedded
        ? nothing
        : html`<button type="button" part="back" @click=${this.onBack} ?disabled=${busy}>${this.l10n.t('back')}</button>`}
      ${this.catalog?.products.length
        ? html`<button type="submit" class="primary" part="next" aria-disabled=${busy ? 'true' : 'false'}>
            ${review ? (busy ? this.l10n.t('placingOrder') : this.l10n.t('placeOrder')) : this.l10n.t('next')}
          </button>`
        : nothing}
    </div>`;
  }
}
