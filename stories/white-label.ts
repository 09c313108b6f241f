/**
 * The white-label example the stories show and test/elements/location-management/white-label.test.ts
 * checks: a partner restyles the tree's rows and the dialog's buttons through the section's exported
 * parts, and re-words the elements inside through the section's `strings`.
 */
import type { LocationManagement } from '../src/elements/location-management/location-management.js';

export const PARTNER_PARTS = `
  location-management::part(tree-row) { border-inline-start: 4px solid #00665e; }
  location-management::part(tree-badge-relation) { background: #eef5f2; font-weight: 600; }
  location-management::part(dialog-close-button),
  location-management::part(link-primary-button),
  location-management::part(dialog-option-button) { border-radius: 999px; }
  location-management::part(dialog-title) { color: #00665e; }
`;
export const PARTNER_STRINGS: LocationManagement['strings'] = {
  heading: 'Your locations',
  add: 'Add location',
  'account-tree': { treeLabel: 'Head office and locations', mainBadge: 'Head office' },
  'add-subaccount-dialog': { title: 'Add a location' },
  'link-account-flow': { numberHeading: 'Link an existing location' },
};
