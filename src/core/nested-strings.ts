import type { AccountTreeMessages } from '../i18n/account-tree.js';
import type { AddSubaccountDialogMessages } from '../i18n/add-subaccount-dialog.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { LinkAccountFlowMessages } from '../i18n/link-account-flow.js';
import type { OrderFlowMessages } from '../i18n/order-subaccount-flow.js';
import type { Overrides } from './localize.js';

/**
 * Overrides for the elements *inside* an element, keyed by the inner element's catalogue name
 * (its default tag name), so that one `strings` on `<location-management>` re-words the tree,
 * the dialog and the flows of that instance only:
 *
 *   section.strings = { add: 'Add site', 'account-tree': { treeLabel: 'Sites' }, 'link-account-flow': { … } };
 *
 * The closest ancestor that names a key wins; an element's own `strings` wins over all of them.
 */
export interface NestedStrings {
  'account-tree'?: Overrides<AccountTreeMessages & ErrorMessages>;
  'add-subaccount-dialog'?: Overrides<AddSubaccountDialogMessages & ErrorMessages>;
  'link-account-flow'?: Overrides<LinkAccountFlowMessages & ErrorMessages>;
  'order-subaccount-flow'?: Overrides<OrderFlowMessages & ErrorMessages>;
}
