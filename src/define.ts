// Registers every element under its default tag name (skipping names already defined).
// Each element's own `elements/<name>/define.ts` can be imported alone as well.
//
// The add dialog and its two flows load on first use (docs/performance.md, "Loading"): their tags
// are registered the moment their code arrives — when a section's Add button is hovered, focused
// or pressed, when the browser is idle, or at once when the page itself holds one of those tags.
// `<account-switcher>` is defined as soon as the page holds one.
import './elements/account-tree/define.js';
import './elements/location-management/define.js';
import { defineOnLoad, whenUsed } from './core/lazy-elements.js';

defineOnLoad(['add-subaccount-dialog', 'link-account-flow', 'order-subaccount-flow'], () => import('./define-dialog.js'));
// The header's switcher loads when the page holds one: a page with only the site management never pays for it.
whenUsed(['account-switcher'], () => import('./elements/account-switcher/define.js'));
