/**
 * The library's global typings, in the main entry's types (`export type *` in index.ts) so that
 * they hold without importing `account-widgets/define`:
 * - `HTMLElementTagNameMap`: `document.querySelector('account-tree')` is an `AccountTree`;
 * - `GlobalEventHandlersEventMap`: every event the elements dispatch, with its `detail`. The events
 *   bubble and are composed, so `document.addEventListener('account-select', (e) => e.detail.account)`
 *   is typed as well as the element's own listener.
 *
 * This map is the single source of the events' types: the manifest (custom-elements.json) takes each
 * event's type from here, and the framework typings (React, Vue, IDE data) are generated from it.
 */
import type {
  AccountEventDetail,
  AdapterErrorDetail,
  EmptyDetail,
  SubaccountAddedDetail,
  SubaccountRemovedDetail,
} from './core/events.js';
import type { AccountSwitcher } from './elements/account-switcher/account-switcher.js';
import type { AccountTree } from './elements/account-tree/account-tree.js';
import type {
  AddSubaccountDialog,
  CloseRequestDetail,
  OrderHandoverDetail,
} from './elements/add-subaccount-dialog/add-subaccount-dialog.js';
import type { LinkAccountFlow } from './elements/link-account-flow/link-account-flow.js';
import type { LocationManagement } from './elements/location-management/location-management.js';
import type {
  OrderCancelDetail,
  OrderStepChangeDetail,
  OrderSubaccountFlow,
} from './elements/order-subaccount-flow/order-subaccount-flow.js';

declare global {
  interface HTMLElementTagNameMap {
    'account-switcher': AccountSwitcher;
    'account-tree': AccountTree;
    'add-subaccount-dialog': AddSubaccountDialog;
    'link-account-flow': LinkAccountFlow;
    'location-management': LocationManagement;
    'order-subaccount-flow': OrderSubaccountFlow;
  }

  interface GlobalEventHandlersEventMap {
    'account-select': CustomEvent<AccountEventDetail>;
    'account-open': CustomEvent<AccountEventDetail>;
    'account-switch': CustomEvent<AccountEventDetail>;
    'subaccount-added': CustomEvent<SubaccountAddedDetail>;
    'subaccount-removed': CustomEvent<SubaccountRemovedDetail>;
    'adapter-error': CustomEvent<AdapterErrorDetail>;
    'close-request': CustomEvent<CloseRequestDetail>;
    'order-handover': CustomEvent<OrderHandoverDetail>;
    'order-step-change': CustomEvent<OrderStepChangeDetail>;
    'order-cancel': CustomEvent<OrderCancelDetail>;
    'flow-back': CustomEvent<EmptyDetail>;
    'flow-close': CustomEvent<EmptyDetail>;
  }
}
