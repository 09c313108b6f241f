// Each language's messages as their own module, loaded when an element first needs that language
// (core/localize.ts): a German page fetches the German messages only. The elements take these;
// the catalogues with both languages at once (the files beside this one) are for tests and partners.
import type { LazyCatalogues } from '../core/localize.js';
import type { AccountSwitcherMessages } from './en/account-switcher.js';
import type { AccountTreeMessages } from './en/account-tree.js';
import type { AddSubaccountDialogMessages } from './en/add-subaccount-dialog.js';
import type { ErrorMessages } from './en/errors.js';
import type { LinkAccountFlowMessages } from './en/link-account-flow.js';
import type { LocationManagementMessages } from './en/location-management.js';
import type { OrderFlowMessages } from './en/order-subaccount-flow.js';

export const accountSwitcherMessages: LazyCatalogues<AccountSwitcherMessages> = { en: () => import('./en/account-switcher.js'), de: () => import('./de/account-switcher.js') };
export const accountTreeMessages: LazyCatalogues<AccountTreeMessages> = { en: () => import('./en/account-tree.js'), de: () => import('./de/account-tree.js') };
export const addSubaccountDialogMessages: LazyCatalogues<AddSubaccountDialogMessages> = { en: () => import('./en/add-subaccount-dialog.js'), de: () => import('./de/add-subaccount-dialog.js') };
export const errorMessages: LazyCatalogues<ErrorMessages> = { en: () => import('./en/errors.js'), de: () => import('./de/errors.js') };
export const linkAccountFlowMessages: LazyCatalogues<LinkAccountFlowMessages> = { en: () => import('./en/link-account-flow.js'), de: () => import('./de/link-account-flow.js') };
export const locationManagementMessages: LazyCatalogues<LocationManagementMessages> = { en: () => import('./en/location-management.js'), de: () => import('./de/location-management.js') };
export const orderFlowMessages: LazyCatalogues<OrderFlowMessages> = { en: () => import('./en/order-subaccount-flow.js'), de: () => import('./de/order-subaccount-flow.js') };
