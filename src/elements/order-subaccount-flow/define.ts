import { defineElement } from '../../core/define.js';
import { OrderSubaccountFlow } from './order-subaccount-flow.js';

defineElement('order-subaccount-flow', OrderSubaccountFlow);

declare global {
  interface HTMLElementTagNameMap {
    'order-subaccount-flow': OrderSubaccountFlow;
  }
}
