// The default tags of what `account-widgets/define` loads on first use (src/core/lazy-elements.ts):
// the add dialog and both flows, registered when their code arrives.
import './elements/link-account-flow/define.js';
import './elements/order-subaccount-flow/define.js';
import './elements/add-subaccount-dialog/define.js';
