// Registers every element under its default tag name (skipping names already defined).
// Each element's own `elements/<name>/define.ts` can be imported alone as well.
import './elements/account-tree/define.js';
import './elements/link-account-flow/define.js';
import './elements/order-subaccount-flow/define.js';
import './elements/add-subaccount-dialog/define.js';
import './elements/location-management/define.js';
import './elements/account-switcher/define.js';
