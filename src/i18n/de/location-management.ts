import type { LocationManagementMessages } from '../en/location-management.js';

const de: LocationManagementMessages = {
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

export default de;
