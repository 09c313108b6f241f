import type { Catalogues } from '../core/localize.js';

const en = {
  heading: 'Site management',
  description:
    'Each of your sites has its own account, a sub-account, linked to one main account. Whoever needs every account logs in once, to the main account; local teams keep their own login to their sub-account, for example to manage call forwarding.',
  add: 'Add sub-account',
  searchLabel: 'Search sites',
  searchPlaceholder: 'Name, customer number, city or badge',
  subExplanation: 'Only a main account can have sub-accounts. This account is a sub-account of {main}.',
  subWhatToDo: 'To add sites, log in to the main account {main} or contact the people who manage it.',
  standaloneHint: 'When you add your first sub-account, this account becomes the main account.',
  added: '{name} was added as a sub-account.',
  filterLegend: 'Show',
  filterAll: 'All',
  filterCollective: 'Collective invoice',
  filterProvisioning: 'Being set up',
  filterSuspended: 'Suspended',
  loading: 'Loading site management…',
  moreDescription: 'Read more',
  lessDescription: 'Show less',
  dialogFailed: 'Adding a sub-account could not be opened. Check your connection and try again.',
};

const de: typeof en = {
  heading: 'Standortverwaltung',
  description:
    'Nebenaccounts sind die eigenen Accounts Ihrer Standorte, verknüpft mit einem Hauptaccount. Wer alle Accounts braucht, meldet sich einmal beim Hauptaccount an; lokale Teams behalten ihren eigenen Zugang zum Nebenaccount, etwa um ihre Rufweiterleitungen zu verwalten.',
  add: 'Nebenaccount hinzufügen',
  searchLabel: 'Standorte durchsuchen',
  searchPlaceholder: 'Name, Kundennummer, Ort oder Kennzeichnung',
  subExplanation: 'Nur ein Hauptaccount kann Nebenaccounts haben. Dieser Account ist ein Nebenaccount von {main}.',
  subWhatToDo: 'Um Standorte hinzuzufügen, melden Sie sich beim Hauptaccount {main} an oder wenden Sie sich an dessen Verwaltung.',
  standaloneHint: 'Mit dem ersten Nebenaccount wird dieser Account zum Hauptaccount.',
  added: '{name} wurde als Nebenaccount hinzugefügt.',
  filterLegend: 'Anzeigen',
  filterAll: 'Alle',
  filterCollective: 'Sammelrechnung',
  filterProvisioning: 'Wird eingerichtet',
  filterSuspended: 'Gesperrt',
  loading: 'Standortverwaltung wird geladen …',
  moreDescription: 'Weiterlesen',
  lessDescription: 'Weniger anzeigen',
  dialogFailed: 'Das Hinzufügen eines Nebenaccounts konnte nicht geöffnet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
};

export type LocationManagementMessages = typeof en;
export const locationManagementCatalogues: Catalogues<LocationManagementMessages> = { en, de };
