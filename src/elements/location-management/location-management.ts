import { ContextProvider } from '@lit/context';
import { Task } from '@lit/task';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html } from 'lit/static-html.js';
import type { CurrentAccount } from '../../api/types.js';
import { adapterContext } from '../../api/context.js';
import { AccountWidgetElement } from '../../core/account-widget-element.js';
import { Announcer } from '../../core/announcer.js';
import type { SubaccountAddedDetail } from '../../core/events.js';
import { LocalizeController } from '../../core/localize.js';
import { base, tokens } from '../../core/styles.js';
import { tagFor } from '../../core/tag-name.js';
import { locationManagementCatalogues, type LocationManagementMessages } from '../../i18n/location-management.js';
import { AccountTree } from '../account-tree/account-tree.js';
import { AddSubaccountDialog } from '../add-subaccount-dialog/add-subaccount-dialog.js';
import { styles } from './location-management.styles.js';

/**
 * The whole *site management* (Standortverwaltung) section: heading, what sub-accounts are,
 * **Add sub-account** top right, a search over the tree, the tree, and the dialog hosting both
 * ways to add. After an add the tree refreshes and reveals, highlights and announces the new
 * account. Provides its adapter to every element inside it (Lit context).
 *
 * @summary Site management: the main account, its sub-accounts, and adding more.
 *
 * @slot heading - Replaces the default heading.
 * @slot description - Replaces the default description of what sub-accounts are.
 *
 * @fires subaccount-added - `{ account, via, order? }` when a sub-account was linked or ordered (from the dialog).
 * @fires account-select - `{ account }` from the tree.
 * @fires account-open - `{ account }` from the tree; cancelable, the portal navigates.
 * @fires adapter-error - `{ error }` when a backend call failed.
 *
 * @csspart header - The row with heading and add button.
 * @csspart add-button - The **Add sub-account** button.
 * @csspart search - The search field.
 * @csspart notice - The explanation shown in a sub-account or standalone account.
 * @csspart tree - The `<account-tree>`.
 * @csspart dialog - The `<add-subaccount-dialog>`.
 *
 * @cssproperty [--aw-location-gap=calc(var(--aw-space) * 2)] - Space between the section's parts.
 * @cssproperty [--aw-location-heading-size=1.5rem] - Font size of the default heading.
 */
export class LocationManagement extends AccountWidgetElement<LocationManagementMessages> {
  static override styles = [tokens, base, styles];

  /** Where "create new" hands over to the portal's own shop, instead of the embedded order flow. */
  @property({ attribute: 'order-url' }) accessor orderUrl: string | undefined;

  @query('[part~="tree"]') private accessor tree: AccountTree | null = null;
  @query('[part~="dialog"]') private accessor dialog: AddSubaccountDialog | null = null;

  protected readonly l10n = new LocalizeController(this, 'location-management', locationManagementCatalogues);
  private readonly announcer = new Announcer(this);
  private readonly provider = new ContextProvider(this, { context: adapterContext });
  private filter = '';

  private readonly current = new Task(this, {
    task: ([adapter], { signal }) => {
      if (!adapter) return this.requireAdapter().getCurrentAccount({ signal });
      return adapter.getCurrentAccount({ signal });
    },
    args: () => [this.resolvedAdapter] as const,
    onError: (error) => this.reportError(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('subaccount-added', this.onAdded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('subaccount-added', this.onAdded);
  }

  protected override willUpdate(): void {
    // Children inside (and slotted into) this section use this section's backend.
    this.provider.setValue(this.resolvedAdapter);
  }

  /** Reloads the current account and the tree. */
  async refresh(): Promise<void> {
    await this.current.run();
    await this.tree?.refresh();
  }

  /** Opens the **Add sub-account** dialog. */
  openAddDialog(): void {
    this.dialog?.show();
  }

  protected override render() {
    const account = this.current.value;
    return html`
      <section>
        <div class="header" part="header">
          <slot name="heading"><h2>${this.l10n.t('heading')}</h2></slot>
          ${account && account.role !== 'sub'
            ? html`<button type="button" class="primary" part="add-button" @click=${this.openAddDialog}>
                ${this.l10n.t('add')}
              </button>`
            : null}
        </div>
        <slot name="description"><p class="description">${this.l10n.t('description')}</p></slot>
        ${this.renderNotice(account)}
        <div class="search">
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
        <${tagFor(AccountTree, 'account-tree')} part="tree" .adapter=${this.resolvedAdapter}></${tagFor(AccountTree, 'account-tree')}>
        ${account && account.role !== 'sub'
          ? html`<${tagFor(AddSubaccountDialog, 'add-subaccount-dialog')}
              part="dialog"
              .adapter=${this.resolvedAdapter}
              order-url=${ifDefined(this.orderUrl)}
            ></${tagFor(AddSubaccountDialog, 'add-subaccount-dialog')}>`
          : null}
        ${this.announcer.render()}
      </section>
    `;
  }

  private renderNotice(account: CurrentAccount | undefined) {
    if (account?.role === 'sub') {
      return html`<p class="notice" part="notice">
        ${this.l10n.t('subExplanation', { main: account.main?.name ?? '' })}
      </p>`;
    }
    if (account?.role === 'standalone') {
      return html`<p class="notice" part="notice">${this.l10n.t('standaloneHint')}</p>`;
    }
    return null;
  }

  private onSearch(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value;
    if (this.tree) this.tree.filter = this.filter;
  }

  private readonly onAdded = async (event: CustomEvent<SubaccountAddedDetail>): Promise<void> => {
    const { account } = event.detail;
    this.announcer.announce(this.l10n.t('added', { name: account.name }));
    // A standalone account just became a main account: reload it, then show the new sub-account.
    this.current.run();
    this.filter = '';
    const tree = this.tree;
    if (!tree) return;
    tree.filter = '';
    await tree.refresh();
    await tree.reveal(account.id);
  };
}
