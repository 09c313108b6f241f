// The library entry: classes, adapters and types, with no side effects (nothing is registered).
// Register the default tag names with `import 'account-widgets/define'`.
export type * from './api/types.js';
export type { AccountAdapter } from './api/adapter.js';
export * from './api/errors.js';
export { adapterContext } from './api/context.js';
export { RestAdapter, type RestAdapterOptions, type RestRequestInfo } from './api/rest-adapter.js';
export { defineElement } from './core/define.js';
export { registerTranslations, type Message, type Catalogue, type Overrides } from './core/localize.js';
export type { NestedStrings } from './core/nested-strings.js';
export type {
  AccountEventDetail,
  SubaccountAddedDetail,
  SubaccountRemovedDetail,
  AdapterErrorDetail,
  EmptyDetail,
} from './core/events.js';
// HTMLElementTagNameMap and GlobalEventHandlersEventMap, without the define side effect:
export type * from './globals.js';
export { AccountWidgetElement } from './core/account-widget-element.js';
export { MemoryDraftStore, sessionDraftStore, type DraftStore } from './core/draft-store.js';
export { AccountTree, type AccountTreeView } from './elements/account-tree/account-tree.js';
export { LinkAccountFlow, type LinkFlowView } from './elements/link-account-flow/link-account-flow.js';
export {
  OrderSubaccountFlow,
  type OrderStep,
  type OrderStepChangeDetail,
  type OrderCancelDetail,
} from './elements/order-subaccount-flow/order-subaccount-flow.js';
export {
  AddSubaccountDialog,
  type CloseSource,
  type CloseRequestDetail,
  type OrderHandoverDetail,
} from './elements/add-subaccount-dialog/add-subaccount-dialog.js';
export { LocationManagement } from './elements/location-management/location-management.js';
export { AccountSwitcher, type AccountSwitcherView } from './elements/account-switcher/account-switcher.js';
export { LocalRecentStore, MemoryRecentStore, type RecentAccountsStore } from './core/recent-accounts.js';
