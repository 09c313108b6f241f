/**
 * The parts composite elements forward from the elements inside them (`exportparts`), so a
 * partner styling `<location-management>` from outside reaches the tree's rows, the dialog and
 * the flows: `location-management::part(tree-row)`, `::part(dialog-close-button)`,
 * `::part(link-primary-button)`, `::part(order-next)`. The prefix names the inner element; the
 * rest is that element's own part name (its JSDoc header documents it). The live regions
 * (`announcer`) are not forwarded. test/package/manifest.test.mjs keeps these lists equal to the
 * parts the elements document.
 */
export const TREE_PARTS = [
  'tree', 'row', 'root', 'placeholder', 'revealed', 'name', 'meta', 'managed-by', 'badge', 'badge-role',
  'badge-relation', 'badge-status', 'badge-current', 'badge-tip', 'match', 'skeleton', 'empty', 'error', 'notice', 'retry', 'open', 'open-reason',
] as const;
export const DIALOG_PARTS = [
  'dialog', 'header', 'title', 'close-button', 'body', 'option', 'option-create', 'option-link',
  'option-unavailable', 'option-button', 'notice', 'confirm', 'flow',
] as const;
export const LINK_PARTS = ['step-indicator', 'heading', 'field', 'field-error', 'button', 'primary-button', 'message', 'actions'] as const;
export const ORDER_PARTS = [
  'progress', 'step', 'heading', 'product', 'field', 'field-error', 'notice', 'error', 'summary',
  'price-summary', 'actions', 'next', 'back', 'cancel', 'loading',
] as const;

/** An `exportparts` value: each part under `prefix` (`row:tree-row`), then `forward` as they are. */
export function exportParts(prefix: string, parts: readonly string[], forward: readonly string[] = []): string {
  return [...parts.map((p) => `${p}:${prefix}${p}`), ...forward].join(', ');
}

const prefixed = (prefix: string, parts: readonly string[]) => parts.map((p) => `${prefix}${p}`);

/** On the flows inside `<add-subaccount-dialog>`. */
export const LINK_EXPORTS = exportParts('link-', LINK_PARTS);
export const ORDER_EXPORTS = exportParts('order-', ORDER_PARTS);
/** On the tree and the dialog inside `<location-management>` (the dialog's flow parts pass through). */
export const TREE_EXPORTS = exportParts('tree-', TREE_PARTS);
export const DIALOG_EXPORTS = exportParts('dialog-', DIALOG_PARTS, [...prefixed('link-', LINK_PARTS), ...prefixed('order-', ORDER_PARTS)]);
