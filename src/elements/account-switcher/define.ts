import { defineElement } from '../../core/define.js';
import { AccountSwitcher } from './account-switcher.js';

defineElement('account-switcher', AccountSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'account-switcher': AccountSwitcher;
  }
}
