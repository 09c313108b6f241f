import type { Catalogues } from '../core/localize.js';

/** Messages of `<account-switcher>` (scope `account-switcher`). English defines the keys. */
const en = {
  buttonLabel: 'Switch account: {name}, customer no. {number}, {role}',
  popupLabel: 'Switch account',
  searchLabel: 'Search accounts',
  searchPlaceholder: 'Name, customer number or city',
  listLabel: 'Accounts',
  customerNumber: 'Customer no. {number}',
  roleMain: 'Main account',
  roleSub: 'Sub-account',
  roleStandalone: 'Account',
  recent: 'Opened recently',
  current: 'Current',
  managedBy: 'Main account, managed there: no access from here',
  loading: 'Loading account…',
  loadingList: 'Loading accounts…',
  loadingRow: 'Loading…',
  noMatches: 'No account matches “{search}”.',
  empty: 'No sub-accounts yet.',
  results: { zero: 'No accounts found.', one: '{formatted} account found.', other: '{formatted} accounts found.' },
  retry: 'Try again',
  switching: 'Opening {name}…',
};

const de: typeof en = {
  buttonLabel: 'Account wechseln: {name}, Kundennr. {number}, {role}',
  popupLabel: 'Account wechseln',
  searchLabel: 'Accounts durchsuchen',
  searchPlaceholder: 'Name, Kundennummer oder Ort',
  listLabel: 'Accounts',
  customerNumber: 'Kundennr. {number}',
  roleMain: 'Hauptaccount',
  roleSub: 'Nebenaccount',
  roleStandalone: 'Account',
  recent: 'Zuletzt geöffnet',
  current: 'Aktuell',
  managedBy: 'Hauptaccount, wird dort verwaltet: von hier kein Zugriff',
  loading: 'Account wird geladen …',
  loadingList: 'Accounts werden geladen …',
  loadingRow: 'Wird geladen …',
  noMatches: 'Kein Account passt zu „{search}“.',
  empty: 'Noch keine Nebenaccounts.',
  results: { zero: 'Keine Accounts gefunden.', one: '{formatted} Account gefunden.', other: '{formatted} Accounts gefunden.' },
  retry: 'Erneut versuchen',
  switching: '{name} wird geöffnet …',
};

export type AccountSwitcherMessages = typeof en;
export const accountSwitcherCatalogues: Catalogues<AccountSwitcherMessages> = { en, de };
