import { defineElement } from '../../core/define.js';
import { AccountTree } from './account-tree.js';

defineElement('account-tree', AccountTree);

declare global {
  interface HTMLElementTagNameMap {
    'account-tree': AccountTree;
  }
}
