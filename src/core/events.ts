import type { Account, Order, UnlinkedAccount } from '../api/types.js';
import type { AccountWidgetsError } from '../api/errors.js';

export interface AccountEventDetail {
  account: Account;
}
export interface SubaccountAddedDetail {
  account: Account;
  via: 'link' | 'order';
  order?: Order;
}
/** `subaccount-removed`: a sub-account was unlinked; `account` is the account as it is afterwards (standalone). */
export interface SubaccountRemovedDetail {
  account: UnlinkedAccount;
}
export interface AdapterErrorDetail {
  error: AccountWidgetsError;
}
/** The detail of events that carry no data (`flow-back`, `flow-close`). */
export type EmptyDetail = Record<string, never>;

/**
 * Dispatches a typed event that bubbles and crosses shadow roots, as every public event of the
 * library does. Returns false when a listener canceled it.
 */
export function emit<T>(
  host: EventTarget,
  type: string,
  detail: T,
  options: { cancelable?: boolean } = {},
): boolean {
  return host.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: !!options.cancelable }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'account-select': CustomEvent<AccountEventDetail>;
    'account-open': CustomEvent<AccountEventDetail>;
    'account-switch': CustomEvent<AccountEventDetail>;
    'subaccount-added': CustomEvent<SubaccountAddedDetail>;
    'subaccount-removed': CustomEvent<SubaccountRemovedDetail>;
    'adapter-error': CustomEvent<AdapterErrorDetail>;
  }
}
