import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AccountAdapter } from '../../api/adapter.js';
import type { AccountWidgetsError } from '../../api/errors.js';
import type { Account, UnlinkedAccount } from '../../api/types.js';
import type { AccountTreeMessages } from '../../i18n/account-tree.js';
import type { UnlinkMenu } from './unlink-menu.js';

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
  /** Says something to screen readers (the tree's live region): why the menu could not open. */
  announce: (message: string) => void;
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
 *
 * This controller holds the buttons only: the menu and the confirmation (`UnlinkMenu`,
 * ./unlink-menu.ts) load when a menu first opens — prefetched when a pointer comes over a button —
 * so a tree nobody unlinks from never pays for them. Should that load fail, focus stays on the row
 * and the reason is announced; the next attempt loads again.
 */
export class RowActionsController implements ReactiveController {
  private readonly host: RowActionsHost;
  private readonly o: RowActionsOptions;
  private menu?: UnlinkMenu;
  private loading?: Promise<UnlinkMenu>;

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
    return this.menu?.openIndex;
  }

  hostDisconnected(): void {
    this.menu?.disconnected();
  }

  hostUpdated(): void {
    this.menu?.updated();
  }

  /** Opens the row's menu (its code first, the first time); focus goes to its first item (or its last). */
  openMenu(account: Account, index: number, focusLast = false): void {
    this.load().then(
      (menu) => {
        if (this.host.isConnected && this.o.row(index)) menu.openMenu(account, index, focusLast);
      },
      (error: unknown) => this.o.announce(this.o.errorMessage(this.o.reportError(error))),
    );
  }

  /** Closes the menu; with `restore`, focus goes back to its row. */
  closeMenu(restore: boolean): void {
    this.menu?.closeMenu(restore);
  }

  /** The tree or the page scrolled under an open menu: it follows its row (and closes when the row left the DOM). */
  reposition(): void {
    this.menu?.reposition();
  }

  /** The button a row renders (a tap target, not a tab stop). */
  renderButton(account: Account, index: number): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    const expanded = this.openIndex === index;
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
      @pointerenter=${this.prefetch}
    ><span class="dots" aria-hidden="true"></span><span class="visually-hidden">${this.o.t('actions')}</span></button>`;
  }

  /** The open menu and the confirmation (outside the tree, so the tree holds only its items). */
  render(): TemplateResult | typeof nothing {
    return this.menu?.render() ?? nothing;
  }

  /** Keys on a button of a row (Enter, Space, arrows): the menu-button pattern. True when handled. */
  onButtonKey(event: KeyboardEvent, account: Account, index: number): boolean {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') this.openMenu(account, index);
    else if (event.key === 'ArrowUp') this.openMenu(account, index, true);
    else return false;
    return true;
  }

  /** The menu's code, once (a failed load is tried again next time). */
  private load(): Promise<UnlinkMenu> {
    return (this.loading ??= import('./unlink-menu.js').then(
      ({ UnlinkMenu }) => (this.menu = new UnlinkMenu(this.host, this.o)),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }

  private readonly prefetch = (): void => {
    this.load().catch(() => {}); // a failure shows when the menu is asked for
  };
}
