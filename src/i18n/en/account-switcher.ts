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

export type AccountSwitcherMessages = typeof en;
export default en;
