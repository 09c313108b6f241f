import { defineElement } from '../../core/define.js';
import { LinkAccountFlow } from './link-account-flow.js';

defineElement('link-account-flow', LinkAccountFlow);

declare global {
  interface HTMLElementTagNameMap {
    'link-account-flow': LinkAccountFlow;
  }
}
