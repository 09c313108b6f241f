// The library entry: classes, adapters and types, with no side effects (nothing is registered).
// Register the default tag names with `import 'account-widgets/define'`.
export type * from './api/types.js';
export type { AccountAdapter } from './api/adapter.js';
export * from './api/errors.js';
export { adapterContext } from './api/context.js';
export { RestAdapter, type RestAdapterOptions } from './api/rest-adapter.js';
export { defineElement } from './core/define.js';
export { registerTranslations, type Message, type Catalogue, type Overrides } from './core/localize.js';
export type { AccountEventDetail, SubaccountAddedDetail, AdapterErrorDetail } from './core/events.js';
export { AccountWidgetElement } from './core/account-widget-element.js';
export { AccountTree } from './elements/account-tree/account-tree.js';
export { LinkAccountFlow } from './elements/link-account-flow/link-account-flow.js';
export { OrderSubaccountFlow } from './elements/order-subaccount-flow/order-subaccount-flow.js';
export { AddSubaccountDialog } from './elements/add-subaccount-dialog/add-subaccount-dialog.js';
export { LocationManagement } from './elements/location-management/location-management.js';
