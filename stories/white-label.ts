/**
 * The white-label example the stories show and test/elements/location-management/white-label.test.ts
 * checks: a partner restyles the tree's rows and the dialog's buttons through the section's exported
 * parts, and re-words the elements inside through the section's `strings`. Colours come from the
 * tokens, so the rules hold in every theme (the stories are checked in default, dark and partner).
 */
import type { LocationManagement } from '../src/elements/location-management/location-management.js';

export const PARTNER_PARTS = `
  location-management::part(tree-row) { border-inline-start: 4px solid var(--aw-color-primary, #0b5cad); }
  location-management::part(tree-badge-relation) { font-weight: 700; letter-spacing: 0.02em; }
  location-management::part(dialog-close-button),
  location-management::part(link-primary-button),
  location-management::part(dialog-option-button) { border-radius: 999px; }
  location-management::part(dialog-title) { color: var(--aw-color-primary, #0b5cad); }
`;
export const PARTNER_STRINGS: LocationManagement['strings'] = {
  heading: 'Your locations',
  add: 'Add location',
  'account-tree': { treeLabel: 'Head office and locations', mainBadge: 'Head office' },
  'add-subaccount-dialog': { title: 'Add a location' },
  'link-account-flow': { numberHeading: 'Link an existing location' },
};
