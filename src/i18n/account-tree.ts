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
  subBadge: 'Sub-account',
  mainExplain: 'Main account: every sub-account is reached and managed from here.',
  subExplain: 'Sub-account: linked to the main account {main}, with its own invoice and its own login for the local team.',
  collectiveExplain: 'Collective invoice: a sub-account billed together with the main account’s collective invoice.',
  provisioningExplain: 'Being set up: ordered and not ready yet; this usually takes a few minutes.',
  suspendedExplain: 'Suspended: this account cannot be used for now; our customer service can tell you why.',
  thisAccountExplain: 'This account: the account you are logged in to.',
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
  subBadge: 'Nebenaccount',
  mainExplain: 'Hauptaccount: Von hier aus erreichen und verwalten Sie alle Nebenaccounts.',
  subExplain: 'Nebenaccount: verknüpft mit dem Hauptaccount {main}, mit eigener Rechnung und eigenem Zugang für das Team vor Ort.',
  collectiveExplain: 'Sammelrechnung: ein Nebenaccount, der zusammen mit der Sammelrechnung des Hauptaccounts abgerechnet wird.',
  provisioningExplain: 'Wird eingerichtet: bestellt und noch nicht bereit; das dauert meist nur wenige Minuten.',
  suspendedExplain: 'Gesperrt: Dieser Account kann derzeit nicht genutzt werden; unser Kundenservice nennt Ihnen den Grund.',
  thisAccountExplain: 'Dieser Account: Bei diesem Account sind Sie angemeldet.',
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
};

export type AccountTreeMessages = typeof en;
export const accountTreeCatalogues: Catalogues<AccountTreeMessages> = { en, de };
