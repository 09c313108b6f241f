import type { AccountSwitcherMessages } from '../en/account-switcher.js';

const de: AccountSwitcherMessages = {
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

export default de;
