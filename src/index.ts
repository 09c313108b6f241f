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
