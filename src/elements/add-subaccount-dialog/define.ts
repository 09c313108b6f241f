import { defineElement } from '../../core/define.js';
import { AddSubaccountDialog } from './add-subaccount-dialog.js';

defineElement('add-subaccount-dialog', AddSubaccountDialog);

declare global {
  interface HTMLElementTagNameMap {
    'add-subaccount-dialog': AddSubaccountDialog;
  }
}
