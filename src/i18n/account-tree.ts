import type { Catalogues } from '../core/localize.js';

/** Messages of `<account-tree>` (scope `account-tree`). English defines the keys. */
const en = {
  treeLabel: 'Main account and sub-accounts',
  loading: 'Loading accounts…',
  loadingRow: 'Loading…',
  customerNumber: 'Customer no. {number}',
  mainBadge: 'Main account',
  subCount: { zero: 'no sub-accounts', one: '{formatted} sub-account', other: '{formatted} sub-accounts' },
  managedBy: 'Managed by',
  thisAccount: 'This account',
  relationCollective: 'Collective invoice',
  statusProvisioning: 'Being set up',
  statusSuspended: 'Suspended',
  empty: 'No sub-accounts yet. Add a sub-account to manage all your sites from here.',
  noMatches: 'No sub-accounts match “{filter}”.',
  results: {
    zero: 'No sub-accounts found.',
    one: '{formatted} sub-account found.',
    other: '{formatted} sub-accounts found.',
  },
  revealed: '{name} is shown.',
  pageError: 'Some accounts could not be loaded.',
  retry: 'Try again',
  rowFailed: 'Not loaded',
  open: 'Open',
  openHint: 'Press Enter to open this account.',
  openLabel: 'Open {name}',
  viewOnly: 'View only',
  viewOnlyHint: 'Your main account: to manage it, log in to it.',
  notYetOpen: 'Not available yet',
  notYetOpenHint: 'This account can be opened once it is set up.',
};

const de: typeof en = {
  treeLabel: 'Hauptaccount und Nebenaccounts',
  loading: 'Accounts werden geladen …',
  loadingRow: 'Wird geladen …',
  customerNumber: 'Kundennr. {number}',
  mainBadge: 'Hauptaccount',
  subCount: { zero: 'keine Nebenaccounts', one: '{formatted} Nebenaccount', other: '{formatted} Nebenaccounts' },
  managedBy: 'Verwaltet von',
  thisAccount: 'Dieser Account',
  relationCollective: 'Sammelrechnung',
  statusProvisioning: 'Wird eingerichtet',
  statusSuspended: 'Gesperrt',
  empty: 'Noch keine Nebenaccounts. Fügen Sie einen Nebenaccount hinzu, um alle Standorte von hier aus zu verwalten.',
  noMatches: 'Keine Nebenaccounts passen zu „{filter}“.',
  results: {
    zero: 'Keine Nebenaccounts gefunden.',
    one: '{formatted} Nebenaccount gefunden.',
    other: '{formatted} Nebenaccounts gefunden.',
  },
  revealed: '{name} wird angezeigt.',
  pageError: 'Einige Accounts konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  rowFailed: 'Nicht geladen',
  open: 'Öffnen',
  openHint: 'Mit Enter öffnen Sie diesen Account.',
  openLabel: '{name} öffnen',
  viewOnly: 'Nur Ansicht',
  viewOnlyHint: 'Ihr Hauptaccount: Um ihn zu verwalten, melden Sie sich dort an.',
  notYetOpen: 'Noch nicht verfügbar',
  notYetOpenHint: 'Dieser Account kann geöffnet werden, sobald er eingerichtet ist.',
};

export type AccountTreeMessages = typeof en;
export const accountTreeCatalogues: Catalogues<AccountTreeMessages> = { en, de };
