import type { Catalogues } from '../core/localize.js';

const en = {
  heading: 'Site management',
  description:
    'Sub-accounts are the own accounts of your sites, linked to one main account. Whoever needs every account logs in once, at the main account; local teams keep their own login to their sub-account, for example to manage call forwarding.',
  add: 'Add sub-account',
  searchLabel: 'Search sites',
  searchPlaceholder: 'Name, customer number or city',
  subExplanation: 'Only a main account can have sub-accounts. This account is managed by {main}.',
  standaloneHint: 'When you add your first sub-account, this account becomes the main account.',
  added: '{name} was added as a sub-account.',
  loading: 'Loading site management…',
  moreDescription: 'Read more',
  lessDescription: 'Show less',
};

const de: typeof en = {
  heading: 'Standortverwaltung',
  description:
    'Nebenaccounts sind die eigenen Accounts Ihrer Standorte, verknüpft mit einem Hauptaccount. Wer alle Accounts braucht, meldet sich einmal beim Hauptaccount an; lokale Teams behalten ihren eigenen Zugang zum Nebenaccount, etwa für ihre Anrufweiterleitung.',
  add: 'Nebenaccount hinzufügen',
  searchLabel: 'Standorte durchsuchen',
  searchPlaceholder: 'Name, Kundennummer oder Ort',
  subExplanation: 'Nur ein Hauptaccount kann Nebenaccounts haben. Dieser Account wird von {main} verwaltet.',
  standaloneHint: 'Mit dem ersten Nebenaccount wird dieser Account zum Hauptaccount.',
  added: '{name} wurde als Nebenaccount hinzugefügt.',
  loading: 'Standortverwaltung wird geladen…',
  moreDescription: 'Weiterlesen',
  lessDescription: 'Weniger anzeigen',
};

export type LocationManagementMessages = typeof en;
export const locationManagementCatalogues: Catalogues<LocationManagementMessages> = { en, de };
