import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AccountAdapter } from '../../api/adapter.js';
import { AccountWidgetsError } from '../../api/errors.js';
import type { Account, UnlinkedAccount } from '../../api/types.js';
import { cssProps } from '../../core/css-props.js';
import { createIdempotencyKey } from '../../core/idempotency.js';
import type { AccountTreeMessages } from '../../i18n/account-tree.js';

/** What the row actions need from the tree that hosts them. */
export interface RowActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly shadowRoot: ShadowRoot | null;
}

export interface RowActionsOptions {
  /** The resolved adapter (behind the seam) and the main account's id. */
  adapter: () => AccountAdapter | undefined;
  mainId: () => string | undefined;
  /** The main account's name, for the confirmation text. */
  mainName: () => string;
  t: (key: keyof AccountTreeMessages & string, params?: Record<string, unknown>) => string;
  /** A localized message for a failure (by code), and the `adapter-error` event. */
  errorMessage: (error: unknown) => string;
  reportError: (error: unknown) => AccountWidgetsError;
  /** The row element of a child index (to place the menu and to give focus back). */
  row: (index: number) => HTMLElement | null;
  /** Focus the row at `index` (it becomes the tree's tab stop). */
  focusRow: (index: number) => void;
  /** The account is unlinked: take its row away and move focus on. */
  removed: (account: UnlinkedAccount, index: number) => Promise<void> | void;
}

interface Target {
  account: Account;
  index: number;
}

interface Confirmation extends Target {
  /** One key per confirmation: a retry after a lost answer sends it again, so it never unlinks twice. */
  key: string;
  busy: boolean;
  error?: AccountWidgetsError;
}

/**
 * The row actions of `<account-tree>`: a menu button on every sub-account row (WAI-ARIA
 * menu-button pattern) whose one item, *Unlink*, asks for confirmation in an `alertdialog` and
 * then calls `unlinkSubaccount`.
 *
 * - Inside the tree's one tab stop: the button is a pointer and touch target (`tabindex="-1"`);
 *   from the keyboard, Shift+F10 or the context-menu key on the row opens the same menu (the rows
 *   describe it). Enter, Space or ArrowDown on the button open it with focus on the first item,
 *   ArrowUp on the last; arrows, Home and End move within it; Escape closes it and focus goes back
 *   to the row; Tab or a click elsewhere closes it.
 * - The confirmation names the account and says what happens (keeps its login, leaves the
 *   collective invoice, disappears from the list); focus starts on Cancel, the safe choice.
 *   Confirming twice sends one request (the button is busy until the answer); a refusal is shown
 *   in the dialog by its code and nothing changes; a retry reuses the idempotency key.
 */
export class RowActionsController implements ReactiveController {
  private readonly host: RowActionsHost;
  private readonly o: RowActionsOptions;
  /** The row whose menu is open, and where the menu sits (viewport coordinates). */
  private menu?: Target & { top: number; right: number };
  private confirm?: Confirmation;
  private controller?: AbortController;

  constructor(host: RowActionsHost, options: RowActionsOptions) {
    this.host = host;
    this.o = options;
    host.addController(this);
  }

  /** True when the adapter can unlink (the action is hidden otherwise). */
  get available(): boolean {
    return typeof this.o.adapter()?.unlinkSubaccount === 'function';
  }

  /** The index of the row whose menu is open, if any. */
  get openIndex(): number | undefined {
    return this.menu?.index;
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.menu = undefined;
    this.confirm = undefined;
  }

  hostUpdated(): void {
    const dialog = this.dialog;
    if (this.confirm && dialog && !dialog.open) {
      dialog.showModal();
      // The safe choice first (APG alert dialog): a stray Enter cancels.
      dialog.querySelector<HTMLElement>('[data-cancel]')?.focus();
    }
  }

  /** Opens the row's menu; focus goes to its first item (or its last). */
  openMenu(account: Account, index: number, focusLast = false): void {
    this.menu = { account, index, ...this.place(index) };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusItem(focusLast ? -1 : 0));
  }

  /** Where the menu goes: below the row's button, its end edge at the button's (viewport coordinates). */
  private place(index: number): { top: number; right: number } {
    const row = this.o.row(index);
    const button = row?.querySelector<HTMLElement>('.actions') ?? row;
    const r = button?.getBoundingClientRect();
    const width = this.host.ownerDocument.documentElement.clientWidth;
    return { top: r ? r.bottom : 0, right: r ? Math.max(0, width - r.right) : 0 };
  }

  /** Closes the menu; with `restore`, focus goes back to its row. */
  closeMenu(restore: boolean): void {
    const menu = this.menu;
    if (!menu) return;
    this.menu = undefined;
    this.host.requestUpdate();
    if (restore) this.o.focusRow(menu.index);
  }

  /** The tree or the page scrolled under an open menu: it follows its row (and closes when the row left the DOM). */
  reposition(): void {
    const menu = this.menu;
    if (!menu) return;
    if (!this.o.row(menu.index)) return this.closeMenu(false);
    const at = this.place(menu.index);
    if (at.top === menu.top && at.right === menu.right) return;
    Object.assign(menu, at);
    this.host.requestUpdate();
  }

  /** The button a row renders (a tap target, not a tab stop). */
  renderButton(account: Account, index: number): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    const expanded = this.menu?.index === index;
    return html`<button
      type="button"
      class="actions"
      part="actions"
      tabindex="-1"
      aria-haspopup="menu"
      aria-expanded=${String(expanded)}
      aria-controls=${expanded ? 'row-menu' : nothing}
      title=${this.o.t('actionsLabel', { name: account.name })}
      data-actions=${index}
    ><span class="dots" aria-hidden="true"></span><span class="visually-hidden">${this.o.t('actions')}</span></button>`;
  }

  /** The open menu and the confirmation (outside the tree, so the tree holds only its items). */
  render(): TemplateResult {
    return html`${this.renderMenu()}${this.renderConfirm()}`;
  }

  /** Keys on a button of a row (Enter, Space, arrows): the menu-button pattern. True when handled. */
  onButtonKey(event: KeyboardEvent, account: Account, index: number): boolean {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') this.openMenu(account, index);
    else if (event.key === 'ArrowUp') this.openMenu(account, index, true);
    else return false;
    return true;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.unlink') ?? null;
  }

  private items(): HTMLElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>('#row-menu [role="menuitem"]') ?? [])];
  }

  private focusItem(i: number): void {
    const items = this.items();
    if (!items.length) return;
    items[(i + items.length) % items.length]!.focus();
  }

  private renderMenu(): TemplateResult | typeof nothing {
    const menu = this.menu;
    if (!menu) return nothing;
    return html`<div
      id="row-menu"
      class="row-menu"
      part="menu"
      role="menu"
      aria-label=${this.o.t('actionsLabel', { name: menu.account.name })}
      ${cssProps({ '--_menu-top': `${menu.top}px`, '--_menu-right': `${menu.right}px` })}
      @keydown=${this.onMenuKey}
      @focusout=${this.onMenuFocusOut}
    >
      <button type="button" role="menuitem" part="menu-item" tabindex="-1" @click=${() => this.ask(menu)}>${this.o.t('unlink')}</button>
    </div>`;
  }

  private readonly onMenuKey = (event: KeyboardEvent): void => {
    const items = this.items();
    const at = items.indexOf(event.target as HTMLElement);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        this.focusItem(at + 1);
        break;
      case 'ArrowUp':
        this.focusItem(at - 1);
        break;
      case 'Home':
        this.focusItem(0);
        break;
      case 'End':
        this.focusItem(-1);
        break;
      case 'Escape':
        this.closeMenu(true);
        break;
      case 'Tab':
        this.closeMenu(false);
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

  private readonly onMenuFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    const menu = event.currentTarget as HTMLElement;
    if (to && menu.contains(to)) return;
    // Focus left for the confirmation or elsewhere: the menu is done.
    this.closeMenu(false);
  };

  /** The menu's Unlink: ask first. */
  private ask(target: Target): void {
    this.menu = undefined;
    this.confirm = { account: target.account, index: target.index, key: createIdempotencyKey(), busy: false };
    this.host.requestUpdate();
  }

  private renderConfirm(): TemplateResult | typeof nothing {
    const c = this.confirm;
    if (!c) return nothing;
    const t = this.o.t;
    const a = c.account;
    return html`<dialog
      class="unlink"
      part="unlink-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="unlink-title"
      aria-describedby="unlink-text"
      @cancel=${this.onDialogCancel}
    >
      <h2 id="unlink-title" part="unlink-title">${t('unlinkTitle', { name: a.name })}</h2>
      <div id="unlink-text" part="unlink-text">
        <p>${t('unlinkIntro', { name: a.name, number: a.customerNumber, main: this.o.mainName() })}</p>
        <ul>
          <li>${t('unlinkKeeps')}</li>
          ${a.relation === 'collective-invoice' ? html`<li>${t('unlinkCollective')}</li>` : nothing}
          <li>${t('unlinkDisappears')}</li>
        </ul>
      </div>
      ${c.error ? html`<p class="unlink-error" part="unlink-error" role="alert">${this.refusal(c.error, a)}</p>` : nothing}
      <div class="unlink-actions">
        <button type="button" part="unlink-cancel" data-cancel @click=${() => this.cancel()}>${t('unlinkCancel')}</button>
        <button
          type="button"
          class="danger"
          part="unlink-confirm"
          aria-disabled=${c.busy ? 'true' : 'false'}
          @click=${() => void this.send()}
        >${c.busy ? t('unlinkBusy') : c.error?.retryable ? t('retry') : t('unlinkConfirm')}</button>
      </div>
    </dialog>`;
  }

  /** The message for a refusal, by its code. */
  private refusal(error: AccountWidgetsError, account: Account): string {
    if (error.code === 'conflict' && error.details?.reason === 'provisioning') return this.o.t('unlinkProvisioning', { name: account.name });
    if (error.code === 'not-linked') return this.o.t('unlinkNotLinked', { name: account.name });
    return this.o.errorMessage(error);
  }

  private readonly onDialogCancel = (event: Event): void => {
    event.preventDefault(); // closed here, so focus goes back to the row (not wherever the browser puts it)
    this.cancel();
  };

  private cancel(): void {
    const c = this.confirm;
    if (!c) return;
    this.controller?.abort();
    this.confirm = undefined;
    this.dialog?.close();
    this.host.requestUpdate();
    this.o.focusRow(c.index);
  }

  private async send(): Promise<void> {
    const c = this.confirm;
    const adapter = this.o.adapter();
    const mainId = this.o.mainId();
    if (!c || c.busy || !adapter?.unlinkSubaccount || !mainId) return;
    c.busy = true;
    c.error = undefined;
    this.host.requestUpdate();
    const controller = (this.controller = new AbortController());
    try {
      const account = await adapter.unlinkSubaccount(mainId, c.account.id, { signal: controller.signal, idempotencyKey: c.key });
      if (controller.signal.aborted || this.confirm !== c) return;
      this.confirm = undefined;
      this.dialog?.close();
      this.host.requestUpdate();
      await this.o.removed(account, c.index);
    } catch (error) {
      if (controller.signal.aborted || this.confirm !== c) return;
      c.busy = false;
      c.error = this.o.reportError(error);
      this.host.requestUpdate();
    }
  }
}
