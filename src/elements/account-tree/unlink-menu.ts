import { html, nothing, type TemplateResult } from 'lit';
import type { AccountWidgetsError } from '../../api/errors.js';
import type { Account } from '../../api/types.js';
import { cssProps } from '../../core/css-props.js';
import { createIdempotencyKey } from '../../core/idempotency.js';
import { menuStyles } from './unlink-menu.styles.js';
import type { RowActionsHost, RowActionsOptions } from './unlink.js';

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
 * The actions menu of a sub-account row and the confirmation before unlinking, loaded on first use
 * by `RowActionsController` (./unlink.ts, where the patterns they follow are described), which
 * forwards the tree's updates to it.
 */
export class UnlinkMenu {
  private readonly host: RowActionsHost;
  private readonly o: RowActionsOptions;
  /** The row whose menu is open, and where the menu sits (viewport coordinates). */
  private menu?: Target & { top: number; right: number };
  private confirm?: Confirmation;
  private controller?: AbortController;

  constructor(host: RowActionsHost, options: RowActionsOptions) {
    this.host = host;
    this.o = options;
    adoptStyles(host.shadowRoot);
  }

  /** The index of the row whose menu is open, if any. */
  get openIndex(): number | undefined {
    return this.menu?.index;
  }

  disconnected(): void {
    this.controller?.abort();
    this.menu = undefined;
    this.confirm = undefined;
  }

  updated(): void {
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

  /** The open menu and the confirmation. */
  render(): TemplateResult {
    return html`${this.renderMenu()}${this.renderConfirm()}`;
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

/** Adds the menu's styles to the tree's own (which Lit adopted when the tree first rendered). */
function adoptStyles(root: ShadowRoot | null): void {
  const sheet = menuStyles.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
