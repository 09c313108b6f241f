import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccountAdapter } from '../../api/adapter.js';
import { AccountWidgetsError, type ErrorCode } from '../../api/errors.js';
import type { Account, CurrentAccount, LinkChallenge } from '../../api/types.js';
import { AccountWidgetElement } from '../../core/account-widget-element.js';
import { Announcer } from '../../core/announcer.js';
import { CountdownController, formatDuration, type Clock } from '../../core/countdown.js';
import { emit, type SubaccountAddedDetail } from '../../core/events.js';
import type { GuardedFlow, LeaveRisk } from '../../core/flow-guard.js';
import { LocalizeController } from '../../core/localize.js';
import { StepFocusController } from '../../core/step-focus.js';
import { base, tokens } from '../../core/styles.js';
import type { LinkAccountFlowMessages } from '../../i18n/link-account-flow.js';
import { linkAccountFlowMessages } from '../../i18n/lazy.js';
import { styles } from './link-account-flow.styles.js';

/** What the flow shows: its three steps plus the states around them. */
export type LinkFlowView = 'loading' | 'error' | 'blocked' | 'number' | 'code' | 'locked' | 'done';
type Busy = 'load' | 'start' | 'resend' | 'confirm' | 'cancel';
interface Problem {
  error: AccountWidgetsError;
  /** Repeats the failed action (network and server failures). */
  retry?: () => void;
}

/** Refusals of `startLink` that belong next to the customer-number field. */
const NUMBER_REFUSALS: ReadonlySet<ErrorCode> = new Set([
  'not-found',
  'already-linked',
  'is-main-account',
  'self-link',
  'duplicate-request',
  'limit-reached',
  'rate-limited',
  'not-main-account',
  'validation',
]);
/**
 * The request is locked: the contract's marker `details.status: "locked"`, or (backends written
 * before it) the wrong code that used the last attempt, or any later confirm or resend
 * (`rate-limited` with no attempts left, or without a retry time).
 */
function isLockedError(error: AccountWidgetsError): boolean {
  if (error.details?.status === 'locked') return true;
  if (error.code === 'code-invalid') return error.attemptsLeft === 0;
  if (error.code === 'rate-limited') return error.attemptsLeft === 0 || error.retryAfter === undefined;
  return false;
}
const DEFAULT_PATTERN = '\\d{7,10}';
const TOTAL_STEPS = 3;

/**
 * The *add existing account* steps: customer number → verification code → done. Links an
 * account the customer already has to the current main account, with its owner's consent (a
 * code sent to the existing account's registered contact).
 *
 * - Step 1 validates the customer number as it is typed and shows every refusal next to the
 *   field, keeping the value.
 * - Step 2 says where the code went (masked), accepts a pasted code with spaces, shows attempts
 *   left, the expiry and a resend cool-down; the request can be canceled. A locked request says
 *   what to do next.
 * - Step 3 names the linked account and explains what the link means.
 *
 * Each step change moves focus to the step's heading and is announced. A second click while a
 * request is in flight sends nothing. Network failures keep the input and offer a retry.
 *
 * In a sub-account it explains that only a main account can have sub-accounts, naming it.
 *
 * @summary Link an existing account as a sub-account, confirmed with a code.
 * @tagname link-account-flow
 *
 * @event subaccount-added - `{ account, via: 'link' }` when the link is complete. Bubbles, composed.
 * @event adapter-error - `{ error }` for every failed request (refusals included). Bubbles, composed.
 * @event flow-back - Back pressed on the first step (only shown when `embedded`). Bubbles, composed.
 * @event flow-close - Close pressed on the last step (only shown when `embedded`). Bubbles, composed.
 *
 * @csspart step-indicator - The "Step 1 of 3" line.
 * @csspart heading - The heading of the current step (focused on every step change).
 * @csspart field - Each text field (customer number, code).
 * @csspart field-error - The message next to a field.
 * @csspart button - Every button; the main action also has `primary-button`.
 * @csspart primary-button - The main action of a step.
 * @csspart message - Boxed notices (locked, done, not possible).
 * @csspart actions - The footer of a step: secondary actions first, the primary action last.
 * @csspart announcer - The visually hidden live region.
 *
 * @cssproperty [--aw-link-heading-size=1.25rem] - Size of the step headings.
 * @cssproperty [--aw-color-primary=#0b5cad] - Buttons, focus ring (see core/styles.ts for every `--aw-*` token).
 * @cssproperty [--aw-color-danger=#b3261e] - Field errors, expired code.
 * @cssproperty [--aw-color-success=#1e7a34] - The done notice.
 */
export class LinkAccountFlow extends AccountWidgetElement<LinkAccountFlowMessages> implements GuardedFlow {
  static override styles = [tokens, base, styles];

  /** The logged-in account. Loaded from the adapter when not set (a host dialog passes it down). */
  @property({ attribute: false }) currentAccount: CurrentAccount | undefined;

  /**
   * What a customer number must look like, as in the HTML `pattern` attribute (the whole value
   * must match; spaces are removed first). Default: 7 to 10 digits. Re-word `numberHint` and
   * `numberInvalid` through `strings` when you change it.
   */
  @property({ type: String }) pattern: string = DEFAULT_PATTERN;

  /** Set by a host dialog: shows Back on the first step and Close on the last (`flow-back`, `flow-close`). */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /**
   * The clock the expiry and cool-down countdowns read (ms since the epoch; default `Date.now`).
   * Storybook and tests pass the mock backend's clock.
   */
  @property({ attribute: false }) clock: Clock | undefined;

  @state() private stage: 'number' | 'code' = 'number';
  @state() private customerNumber = '';
  @state() private code = '';
  @state() private challenge: LinkChallenge | undefined;
  @state() private linked: Account | undefined;
  @state() private becameMain = false;
  @state() private busy: Busy | undefined;
  @state() private numberTouched = false;
  @state() private numberProblem: Problem | undefined;
  @state() private codeProblem: Problem | undefined;
  /** A failed resend or cancel: shown below the buttons, not as a problem of the code field. */
  @state() private actionProblem: Problem | undefined;
  @state() private codeMissing = false;
  @state() private loaded: CurrentAccount | undefined;
  @state() private loadError: AccountWidgetsError | undefined;
  /** The current account as this flow knows it after a link (a standalone account became main). */
  @state() private updatedAccount: CurrentAccount | undefined;

  protected readonly l10n = new LocalizeController<LinkAccountFlowMessages>(this, 'link-account-flow', linkAccountFlowMessages);
  protected readonly announcer = new Announcer(this);
  private readonly expiry = new CountdownController(this, {
    clock: () => this.clock,
    onEnd: () => {
      if (this.view === 'code') this.say(this.l10n.t('expired'));
    },
  });
  private readonly cooldown = new CountdownController(this, {
    clock: () => this.clock,
    onEnd: () => {
      // Once the code has expired, its message already says to request a new one.
      if (this.view === 'code' && !this.expired) this.say(this.l10n.t('resendReady'));
    },
  });
  private readonly steps = new StepFocusController(this, {
    step: () => (this.view === 'loading' ? undefined : this.view),
    announce: (heading) => void this.updateComplete.then(() => this.announceStep(heading)),
  });

  private loadAbort?: AbortController;
  /** The adapter the current account was loaded from (one load per adapter: never a loop). */
  private loadedFrom?: AccountAdapter;
  /** The adapter the flow's state (account, open request) belongs to; a swap starts over. */
  private flowAdapter?: AccountAdapter;
  /** Aborts the requests of the steps (start, resend, confirm) on an adapter swap or removal. */
  private actionAbort = new AbortController();
  private spoken: string[] = [];
  /** Said before the next step announcement (e.g. "The request was canceled."). */
  private stepNote?: string;
  private abandoned = false;
  private readonly canceledIds = new Set<string>();

  // ——— public API ———

  /** The step or state shown now. */
  get view(): LinkFlowView {
    if (this.linked) return 'done';
    const account = this.account;
    if (!account) return this.loadError ? 'error' : 'loading';
    if (account.role === 'sub') return 'blocked';
    if (this.stage === 'code' && this.challenge) return this.challenge.status === 'locked' ? 'locked' : 'code';
    return 'number';
  }

  /** GuardedFlow: what closing now would abandon. */
  get leaveRisk(): LeaveRisk {
    if (this.busy && this.busy !== 'load') return 'busy';
    if (this.challenge?.status === 'pending' && !this.linked) return 'pending';
    return 'none';
  }

  /**
   * GuardedFlow: the person left (the dialog closed). An open link request is canceled now, one
   * still being started is canceled as soon as it arrives; a code already being checked finishes
   * (if it links, `subaccount-added` still fires).
   */
  async abandon(): Promise<void> {
    this.abandoned = true;
    await this.cancelAbandonedChallenge();
  }

  /** Starts over at the first step; the typed customer number is kept. */
  restart(): void {
    this.abandoned = false;
    this.linked = undefined;
    this.becameMain = false;
    this.challenge = undefined;
    this.code = '';
    this.codeProblem = undefined;
    this.numberProblem = undefined;
    this.stage = 'number';
  }

  /**
   * Focuses the current step's heading and announces the step (a host moving into the flow calls
   * this). While the flow is still loading, focus waits on the loading message inside the flow
   * and moves to the first step's heading when it shows.
   */
  override focus(options?: FocusOptions): void {
    const heading = this.view === 'loading' ? null : this.steps.heading();
    if (heading) {
      heading.focus(options);
      this.announceStep(heading.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      return;
    }
    const spot = this.renderRoot?.querySelector<HTMLElement>('[data-focus-spot]');
    if (spot) spot.focus(options);
    else super.focus(options);
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
    if (this.busy === 'load') this.loadedFrom = undefined; // cut short: load again when re-attached, not before
    // Requests of the steps are aborted too; their buttons work again when the flow is re-attached.
    this.busy = undefined;
    this.abortActions();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const adapter = this.resolvedAdapter;
    const previous = changed.get('currentAccount') as CurrentAccount | undefined;
    const accountChanged = changed.has('currentAccount') && !!previous && previous.id !== this.currentAccount?.id;
    if ((this.flowAdapter && adapter !== this.flowAdapter) || accountChanged) this.startOver();
    this.flowAdapter = adapter;
    if (changed.has('currentAccount')) this.updatedAccount = undefined;
    if (this.currentAccount || this.loaded || this.busy === 'load' || !this.isConnected) return;
    if (!adapter) {
      if (!this.loadError) this.loadError = this.noAdapterError();
      return;
    }
    if (this.loadError?.details?.noAdapter) this.loadError = undefined;
    if (!this.loadError && this.loadedFrom !== adapter) void this.load(adapter);
  }

  /**
   * The backend (or the account) changed under the flow: what belonged to the old one — the
   * loaded account, an open request, a code — is dropped and requests in flight are aborted; the
   * typed customer number is kept, and the flow starts again at its first step.
   */
  private startOver(): void {
    this.abortActions();
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    this.loadedFrom = undefined;
    this.loaded = undefined;
    this.loadError = undefined;
    this.updatedAccount = undefined;
    this.busy = undefined;
    this.expiry.target = undefined;
    this.cooldown.target = undefined;
    this.actionProblem = undefined;
    this.codeMissing = false;
    this.canceledIds.clear();
    this.restart();
  }

  private abortActions(): void {
    this.actionAbort.abort();
    this.actionAbort = new AbortController();
  }

  private get account(): CurrentAccount | undefined {
    return this.updatedAccount ?? this.currentAccount ?? this.loaded;
  }

  private async load(adapter: AccountAdapter): Promise<void> {
    this.busy = 'load';
    this.loadedFrom = adapter;
    const abort = (this.loadAbort = new AbortController());
    try {
      const loaded = await adapter.getCurrentAccount({ signal: abort.signal });
      if (!abort.signal.aborted) this.loaded = loaded;
    } catch (value) {
      // Only our own abort is silent; an adapter's own AbortError arrives as a network failure.
      if (abort.signal.aborted) return;
      this.loadError = this.reportError(value);
    } finally {
      if (this.loadAbort === abort) {
        this.loadAbort = undefined;
        this.busy = undefined;
      }
    }
  }

  /** Retry after a failed load: one more request, started by the person. */
  private retryLoad(): void {
    this.loadError = undefined;
    this.loadedFrom = undefined;
  }

  private noAdapterError(): AccountWidgetsError {
    try {
      this.requireAdapter();
    } catch (error) {
      return AccountWidgetsError.from(error);
    }
    return new AccountWidgetsError('server');
  }

  // ——— step 1: customer number ———

  private get normalizedNumber(): string {
    return this.customerNumber.replace(/\s+/g, '');
  }

  private get numberRegExp(): RegExp {
    for (const source of [this.pattern || DEFAULT_PATTERN, DEFAULT_PATTERN]) {
      try {
        return new RegExp(`^(?:${source})$`, 'u');
      } catch {
        // an invalid pattern from the page: fall back to the default
      }
    }
    return /^\d{7,10}$/u;
  }

  /** The client-side problem with the number, or undefined when it is fine. */
  private get numberValidation(): 'numberRequired' | 'numberInvalid' | undefined {
    const value = this.normalizedNumber;
    if (!value) return 'numberRequired';
    return this.numberRegExp.test(value) ? undefined : 'numberInvalid';
  }

  /** Shown while typing: at once for characters that can never fit the default pattern, else after leaving the field. */
  private get numberValidationShown(): string | undefined {
    const problem = this.numberValidation;
    if (!problem) return undefined;
    const impossible =
      (this.pattern || DEFAULT_PATTERN) === DEFAULT_PATTERN &&
      (/[^\d\s]/.test(this.customerNumber) || this.normalizedNumber.length > 10);
    return this.numberTouched || impossible ? this.l10n.t(problem) : undefined;
  }

  private onNumberInput(event: InputEvent): void {
    this.customerNumber = (event.target as HTMLInputElement).value;
    this.numberProblem = undefined;
  }

  private async submitNumber(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy) return;
    this.numberTouched = true;
    if (this.numberValidation) {
      this.numberProblem = undefined;
      this.announcer.announce(this.l10n.t(this.numberValidation));
      this.focusField('number');
      return;
    }
    const account = this.account;
    if (!account) return;
    const number = this.normalizedNumber;
    // Back from step 2 with the same number: continue with the open request.
    if (this.challenge?.status === 'pending' && this.challenge.customerNumber === number) {
      this.stage = 'code';
      return;
    }
    this.busy = 'start';
    this.numberProblem = undefined;
    const { signal } = this.actionAbort;
    try {
      const adapter = this.requireAdapter();
      if (this.challenge?.status === 'pending') await this.cancelChallenge(adapter, this.challenge.id, signal);
      this.challenge = undefined;
      const challenge = await adapter.startLink(account.id, number, { signal });
      if (signal.aborted) return;
      this.busy = undefined;
      this.abandoned ? await this.cancelQuietly(challenge.id) : this.enterCodeStep(challenge);
    } catch (value) {
      if (signal.aborted) return;
      this.busy = undefined;
      const error = this.reportError(value);
      this.numberProblem = { error, retry: error.retryable && !NUMBER_REFUSALS.has(error.code) ? () => void this.submitNumber() : undefined };
      this.announcer.announce(this.errorMessage(error));
      this.focusField('number');
    }
  }

  private enterCodeStep(challenge: LinkChallenge): void {
    this.actionProblem = undefined;
    this.setChallenge(challenge);
    this.code = '';
    this.codeProblem = undefined;
    this.codeMissing = false;
    this.stage = 'code';
  }

  private setChallenge(challenge: LinkChallenge): void {
    this.challenge = challenge;
    this.expiry.target = challenge.expiresAt;
    this.cooldown.target = challenge.resendAvailableAt;
  }

  /** `duplicate-request` names the open request (`details.challengeId`): its code can be sent again. */
  private openChallengeId(error: AccountWidgetsError): string | undefined {
    const id = error.details?.challengeId ?? (error.details?.challenge as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' && id ? id : undefined;
  }

  /** Continues with an open request found by `duplicate-request`: a fresh code is sent for it. */
  private async resumeOpenRequest(id: string): Promise<void> {
    if (this.busy) return;
    this.busy = 'resend';
    const { signal } = this.actionAbort;
    try {
      const challenge = await this.requireAdapter().resendLinkCode(id, { signal });
      if (signal.aborted) return;
      this.busy = undefined;
      if (this.abandoned) {
        await this.cancelQuietly(challenge.id);
        return;
      }
      this.numberProblem = undefined;
      this.enterCodeStep(challenge);
    } catch (value) {
      if (signal.aborted) return;
      this.busy = undefined;
      const error = this.reportError(value);
      this.numberProblem = { error, retry: error.retryable && error.code !== 'rate-limited' ? () => void this.resumeOpenRequest(id) : undefined };
      this.announcer.announce(this.errorMessage(error));
      this.focusField('number');
    }
  }

  // ——— step 2: verification code ———

  private get normalizedCode(): string {
    return this.code.replace(/[\s-]+/g, '');
  }

  private get expired(): boolean {
    if (!this.challenge) return false;
    return this.challenge.status === 'expired' || this.codeProblem?.error.code === 'code-expired' || !this.expiry.running;
  }

  private onCodeInput(event: InputEvent): void {
    this.code = (event.target as HTMLInputElement).value;
    this.codeMissing = false;
  }

  private async submitCode(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy || !this.challenge) return;
    const code = this.normalizedCode;
    if (!code) {
      this.codeMissing = true;
      this.codeProblem = undefined;
      this.announcer.announce(this.l10n.t('codeRequired'));
      this.focusField('code');
      return;
    }
    this.codeMissing = false;
    const challenge = this.challenge;
    this.busy = 'confirm';
    const { signal } = this.actionAbort;
    try {
      const adapter = this.requireAdapter();
      const account = await adapter.confirmLink(challenge.id, code, { signal });
      if (signal.aborted) return;
      this.busy = undefined;
      this.finish(account, challenge);
    } catch (value) {
      if (signal.aborted) return;
      this.busy = undefined;
      const error = this.reportError(value);
      this.applyConfirmError(error, challenge);
      if (this.abandoned) await this.cancelAbandonedChallenge();
    }
  }

  private applyConfirmError(error: AccountWidgetsError, challenge: LinkChallenge): void {
    // The contract's lock marker is `details.status: "locked"`; a backend that only answers 429 on
    // confirm (even with a `Retry-After`) means the same: re-sending the code cannot succeed, so the
    // flow offers a new request instead of a "Try again" that would get 429 forever.
    const lockedNow = isLockedError(error) || error.code === 'rate-limited';
    if (lockedNow) {
      this.setChallenge({ ...challenge, status: 'locked', attemptsLeft: 0 });
      this.codeProblem = undefined;
      return; // a step change: focus goes to the "Request locked" heading, which is announced
    }
    if (error.code === 'code-invalid' && typeof error.attemptsLeft === 'number') {
      this.challenge = { ...challenge, attemptsLeft: error.attemptsLeft };
    }
    if (error.code === 'code-expired') this.challenge = { ...challenge, status: 'expired' };
    const retryable = error.retryable && error.code !== 'code-invalid' && error.code !== 'code-expired';
    this.codeProblem = { error, retry: retryable ? () => void this.submitCode() : undefined };
    this.announcer.announce(this.errorMessage(error));
    this.focusField('code', error.code === 'code-invalid');
  }

  private finish(account: Account, challenge: LinkChallenge): void {
    const before = this.account;
    this.becameMain = before?.role === 'standalone';
    if (before) this.updatedAccount = { ...before, role: 'main', subaccountCount: (before.subaccountCount ?? 0) + 1 };
    this.challenge = { ...challenge, status: 'linked' };
    this.expiry.target = undefined;
    this.cooldown.target = undefined;
    this.linked = account;
    this.code = '';
    emit<SubaccountAddedDetail>(this, 'subaccount-added', { account, via: 'link' });
  }

  private async resend(): Promise<void> {
    if (this.busy || !this.challenge || this.cooldown.running) {
      if (this.cooldown.running && !this.busy) {
        this.announcer.announce(this.l10n.t('resendIn', { time: formatDuration(this.cooldown.remaining, this.l10n.lang) }));
      }
      return;
    }
    const challenge = this.challenge;
    this.busy = 'resend';
    this.actionProblem = undefined;
    const { signal } = this.actionAbort;
    try {
      const adapter = this.requireAdapter();
      const next = await adapter.resendLinkCode(challenge.id, { signal });
      if (signal.aborted) return;
      this.busy = undefined;
      if (this.abandoned) {
        await this.cancelQuietly(next.id);
        return;
      }
      this.setChallenge(next);
      this.code = '';
      this.codeProblem = undefined;
      this.codeMissing = false;
      this.announcer.announce(this.l10n.t('resent', { contact: next.maskedContact }));
      this.focusField('code');
    } catch (value) {
      if (signal.aborted) return;
      this.busy = undefined;
      const error = this.reportError(value);
      if (typeof error.retryAfter === 'number') {
        this.cooldown.target = this.now() + error.retryAfter * 1000;
      }
      if (isLockedError(error)) {
        this.setChallenge({ ...challenge, status: 'locked', attemptsLeft: 0 });
        return;
      }
      this.actionProblem = { error, retry: error.retryable && error.code !== 'rate-limited' ? () => void this.resend() : undefined };
      this.announcer.announce(this.errorMessage(error));
    }
  }

  private async cancelRequest(): Promise<void> {
    if (this.busy || !this.challenge) return;
    const challenge = this.challenge;
    this.busy = 'cancel';
    this.actionProblem = undefined;
    const { signal } = this.actionAbort;
    try {
      await this.cancelChallenge(this.requireAdapter(), challenge.id, signal);
      if (signal.aborted) return;
      this.busy = undefined;
      this.challenge = undefined;
      this.expiry.target = undefined;
      this.cooldown.target = undefined;
      this.code = '';
      this.codeProblem = undefined;
      this.actionProblem = undefined;
      this.stepNote = this.l10n.t('canceled');
      this.stage = 'number';
    } catch (value) {
      if (signal.aborted) return;
      this.busy = undefined;
      const error = this.reportError(value);
      this.actionProblem = { error, retry: error.retryable ? () => void this.cancelRequest() : undefined };
      this.announcer.announce(this.errorMessage(error));
    }
  }

  private async cancelChallenge(adapter: AccountAdapter, id: string, signal?: AbortSignal): Promise<void> {
    if (this.canceledIds.has(id)) return;
    // Leaving cancels with a signal of its own: a removal right after closing still cancels.
    await adapter.cancelLink(id, { signal: signal ?? new AbortController().signal });
    this.canceledIds.add(id);
  }

  /** Cancels without showing anything; a failure still reaches the host as `adapter-error`. */
  private async cancelQuietly(id: string): Promise<void> {
    try {
      const adapter = this.resolvedAdapter;
      if (adapter) await this.cancelChallenge(adapter, id);
    } catch (value) {
      this.reportError(value); // our own aborts never reach here: this signal is never aborted
    }
  }

  private async cancelAbandonedChallenge(): Promise<void> {
    const challenge = this.challenge;
    if (this.busy && this.busy !== 'load' && this.busy !== 'resend') return; // finishes, then cancels
    if (challenge?.status === 'pending' && !this.linked) {
      this.challenge = { ...challenge, status: 'canceled' };
      this.expiry.target = undefined;
      this.cooldown.target = undefined;
      await this.cancelQuietly(challenge.id);
    }
  }

  private back(): void {
    if (this.stage === 'code') {
      this.stage = 'number';
      return;
    }
    emit(this, 'flow-back', {});
  }

  private startAgain(): void {
    this.actionProblem = undefined;
    this.challenge = undefined;
    this.expiry.target = undefined;
    this.cooldown.target = undefined;
    this.code = '';
    this.codeProblem = undefined;
    this.stage = 'number';
  }

  private linkAnother(): void {
    this.restart();
    this.customerNumber = '';
    this.numberTouched = false;
  }

  // ——— helpers ———

  private now(): number {
    return (this.clock ?? Date.now)();
  }

  /** Announces texts that arise together (two countdowns ending at once) as one message. */
  private say(text: string): void {
    this.spoken.push(text);
    if (this.spoken.length > 1) return;
    queueMicrotask(() => {
      const message = this.spoken.join(' ');
      this.spoken = [];
      this.announcer.announce(message);
    });
  }

  private announceStep(heading: string): void {
    const current = { number: 1, code: 2, locked: 2, done: 3 }[this.view as 'number'];
    const step = current ? this.l10n.t('stepAnnouncement', { current, total: TOTAL_STEPS, heading }) : heading;
    const note = this.stepNote;
    this.stepNote = undefined;
    this.announcer.announce(note ? `${note} ${step}` : step);
  }

  private async focusField(name: 'number' | 'code', select = false): Promise<void> {
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${name}`);
    input?.focus();
    if (select) input?.select();
  }

  private accountLabel(account: Account | undefined): string {
    if (!account) return this.l10n.t('yourAccount');
    return this.l10n.t('accountWithNumber', { name: account.name, customerNumber: account.customerNumber });
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    return html`${this.renderView()}${this.announcer.render()}`;
  }

  private renderView(): TemplateResult {
    switch (this.view) {
      case 'loading':
        // Focusable by script (not a tab stop): focus waits here when a host moved it in early; the
        // step controller moves it on to the first heading (focus is within the flow).
        return html`<p class="hint" role="status" tabindex="-1" data-focus-spot>${this.l10n.t('loading')}</p>`;
      case 'error':
        return this.renderLoadError();
      case 'blocked':
        return this.renderBlocked();
      case 'number':
        return this.renderNumberStep();
      case 'code':
        return this.renderCodeStep();
      case 'locked':
        return this.renderLocked();
      case 'done':
        return this.renderDone();
    }
  }

  private stepHeader(current: number, heading: string): TemplateResult {
    return html`<p class="step-of" part="step-indicator">${this.l10n.t('stepOf', { current, total: TOTAL_STEPS })}</p>
      <h2 tabindex="-1" data-step-heading part="heading">${heading}</h2>`;
  }

  private renderLoadError(): TemplateResult {
    const error = this.loadError!;
    return html`<div class="message error" part="message" role="alert">
      <p>${this.errorMessage(error)}</p>
      ${error.details?.noAdapter
        ? nothing
        : html`<button type="button" part="button" @click=${this.retryLoad}>${this.errorL10n.t('retry')}</button>`}
    </div>`;
  }

  private renderBlocked(): TemplateResult {
    const main = this.account?.main;
    const message = this.errorMessage(
      new AccountWidgetsError('not-main-account', { details: { mainAccountName: main ? this.accountLabel(main) : '' } }),
    );
    return html`<h2 tabindex="-1" data-step-heading part="heading">${this.l10n.t('blockedHeading')}</h2>
      <div class="message" part="message">
        <p>${message}</p>
        <p>${this.l10n.t('blockedHint')}</p>
      </div>
      ${this.embedded ? html`<div class="actions footer" part="actions">${this.closeButton()}</div>` : nothing}`;
  }

  private renderNumberStep(): TemplateResult {
    const account = this.account!;
    const busy = this.busy === 'start';
    const clientError = this.numberValidationShown;
    const problem = this.numberProblem;
    const invalid = !!clientError || !!problem;
    const intro = account.role === 'standalone' ? 'numberIntroStandalone' : 'numberIntro';
    return html`${this.stepHeader(1, this.l10n.t('numberHeading'))}
      <p>${this.l10n.t(intro, { mainName: this.accountLabel(account) })}</p>
      <form novalidate @submit=${this.submitNumber}>
        <div class="field">
          <label for="number">${this.l10n.t('numberLabel')}</label>
          <input
            id="number"
            name="customerNumber"
            part="field"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            required
            aria-describedby="number-hint${invalid ? ' number-error' : ''}"
            aria-invalid=${invalid ? 'true' : 'false'}
            .value=${this.customerNumber}
            @input=${this.onNumberInput}
            @blur=${() => (this.numberTouched = this.customerNumber !== '' || this.numberTouched)}
          />
          <p id="number-hint" class="hint">${this.l10n.t('numberHint')}</p>
          ${invalid
            ? html`<div id="number-error" class="field-error" part="field-error" data-code=${ifDefined(problem?.error.code)}>
                ${clientError ? html`<p>${clientError}</p>` : this.renderNumberProblem(problem!)}
              </div>`
            : nothing}
        </div>
        <div class="actions footer" part="actions">
          ${this.embedded ? html`<button type="button" part="button" @click=${this.back}>${this.l10n.t('back')}</button>` : nothing}
          <span class="spacer"></span>
          <button type="submit" class="primary" part="button primary-button" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? this.l10n.t('sendingCode') : this.l10n.t('submitNumber')}
          </button>
        </div>
      </form>`;
  }

  private renderNumberProblem(problem: Problem): TemplateResult {
    const { error } = problem;
    const hintKey = `hint-${error.code}` as keyof LinkAccountFlowMessages;
    const hasHint = this.l10n.has(hintKey);
    let hint: string | undefined;
    if (error.code === 'rate-limited') {
      hint = typeof error.retryAfter === 'number' ? this.l10n.t(hintKey, { time: formatDuration(error.retryAfter * 1000, this.l10n.lang) }) : undefined;
    } else if (hasHint) {
      hint = this.l10n.t(hintKey);
    }
    const open = error.code === 'duplicate-request' ? this.openChallengeId(error) : undefined;
    return html`<p>${this.errorMessage(error)}</p>
      ${hint ? html`<p>${hint}</p>` : nothing}
      ${open
        ? html`<button type="button" part="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.resumeOpenRequest(open)}>
            ${this.busy === 'resend' ? this.l10n.t('resending') : this.l10n.t('resumeRequest')}
          </button>`
        : nothing}
      ${problem.retry ? html`<button type="button" part="button" @click=${problem.retry}>${this.errorL10n.t('retry')}</button>` : nothing}`;
  }

  private renderCodeStep(): TemplateResult {
    const challenge = this.challenge!;
    const expired = this.expired;
    const cooling = this.cooldown.running;
    const problem = this.codeProblem;
    const errorText = this.codeMissing
      ? this.l10n.t('codeRequired')
      : problem && problem.error.code !== 'code-expired'
        ? this.errorMessage(problem.error)
        : undefined;
    const invalid = !!errorText;
    const channel = this.l10n.t(challenge.channel === 'sms' ? 'channelSms' : 'channelEmail');
    const lang = this.l10n.lang;
    return html`${this.stepHeader(2, this.l10n.t('codeHeading'))}
      <p>
        ${this.l10n.t('codeIntro', { channel, contact: challenge.maskedContact, customerNumber: challenge.customerNumber })}
      </p>
      <form novalidate @submit=${this.submitCode}>
        <div class="field">
          <label for="code">${this.l10n.t('codeLabel')}</label>
          <input
            id="code"
            name="code"
            part="field"
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            spellcheck="false"
            required
            aria-describedby="code-hint code-expiry${invalid ? ' code-error' : ''}"
            aria-invalid=${invalid ? 'true' : 'false'}
            .value=${this.code}
            @input=${this.onCodeInput}
          />
          <p id="code-hint" class="hint">${this.l10n.t('codeHint')}</p>
          ${invalid
            ? html`<div id="code-error" class="field-error" part="field-error" data-code=${ifDefined(problem?.error.code)}>
                <p>${errorText}</p>
                ${problem?.retry
                  ? html`<button type="button" part="button" @click=${problem.retry}>${this.errorL10n.t('retry')}</button>`
                  : nothing}
              </div>`
            : nothing}
        </div>
        <div class="meta">
          <p id="code-expiry" class=${expired ? 'expired' : 'hint'} data-expired=${expired ? 'true' : 'false'}>
            ${expired
              ? this.l10n.t('expired')
              : this.l10n.t('expiresAt', {
                  time: this.l10n.date(challenge.expiresAt, { hour: '2-digit', minute: '2-digit' }),
                  remaining: formatDuration(this.expiry.remaining, lang),
                })}
          </p>
          <p id="resend-status" class="hint">
            ${cooling ? this.l10n.t('resendIn', { time: formatDuration(this.cooldown.remaining, lang) }) : nothing}
          </p>
        </div>
        ${expired ? nothing : html`<div class="actions inline">${this.resendButton(false)}</div>`}
        ${this.actionProblem
          ? html`<div id="action-error" class="field-error" part="field-error" data-code=${this.actionProblem.error.code}>
              <p>${this.errorMessage(this.actionProblem.error)}</p>
              ${this.actionProblem.retry
                ? html`<button type="button" part="button" @click=${this.actionProblem.retry}>${this.errorL10n.t('retry')}</button>`
                : nothing}
            </div>`
          : nothing}
        <div class="actions footer" part="actions">
          <button type="button" part="button" @click=${this.back}>${this.l10n.t('back')}</button>
          <button type="button" id="cancel" class="link" part="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.cancelRequest}>
            ${this.busy === 'cancel' ? this.l10n.t('canceling') : this.l10n.t('cancelRequest')}
          </button>
          <span class="spacer"></span>
          ${expired
            ? this.resendButton(true)
            : html`<button type="submit" class="primary" part="button primary-button" aria-disabled=${this.busy ? 'true' : 'false'}>
                ${this.busy === 'confirm' ? this.l10n.t('confirming') : this.l10n.t('submitCode')}
              </button>`}
        </div>
      </form>`;
  }

  /** Resend: next to the code while it is valid; the step's primary action once it expired. */
  private resendButton(primary: boolean): TemplateResult {
    const cooling = this.cooldown.running;
    return html`<button
      type="button"
      id="resend"
      class=${primary ? 'primary' : ''}
      part=${primary ? 'button primary-button' : 'button'}
      aria-disabled=${cooling || this.busy ? 'true' : 'false'}
      aria-describedby="resend-status"
      @click=${this.resend}
    >
      ${this.busy === 'resend' ? this.l10n.t('resending') : this.l10n.t('resend')}
    </button>`;
  }

  private renderLocked(): TemplateResult {
    return html`${this.stepHeader(2, this.l10n.t('lockedHeading'))}
      <div class="message error" part="message">
        <p>${this.l10n.t('lockedText')}</p>
        <p>${this.l10n.t('lockedNext')}</p>
      </div>
      <div class="actions footer" part="actions">
        ${this.embedded ? this.closeButton() : nothing}
        <span class="spacer"></span>
        <button type="button" class="primary" part="button primary-button" @click=${this.startAgain}>${this.l10n.t('startAgain')}</button>
      </div>`;
  }

  private renderDone(): TemplateResult {
    const account = this.linked!;
    const main = this.account;
    return html`${this.stepHeader(3, this.l10n.t('doneHeading'))}
      <div class="message success" part="message">
        <p>${this.l10n.t('doneText', { account: this.accountLabel(account), mainName: this.accountLabel(main) })}</p>
      </div>
      <p>${this.l10n.t('doneMeaning')}</p>
      ${this.becameMain ? html`<p>${this.l10n.t('doneBecameMain', { mainName: this.accountLabel(main) })}</p>` : nothing}
      <div class="actions footer" part="actions">
        <button type="button" part="button" @click=${this.linkAnother}>${this.l10n.t('linkAnother')}</button>
        ${this.embedded ? html`<span class="spacer"></span>${this.closeButton(true)}` : nothing}
      </div>`;
  }

  private closeButton(primary = false): TemplateResult {
    return html`<button
      type="button"
      class=${primary ? 'primary' : ''}
      part=${primary ? 'button primary-button' : 'button'}
      @click=${() => emit(this, 'flow-close', {})}
    >
      ${this.l10n.t('close')}
    </button>`;
  }
}
