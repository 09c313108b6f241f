import type { ErrorMessages } from '../en/errors.js';

const de: ErrorMessages = {
  'not-main-account': 'Nur ein Hauptaccount kann Nebenaccounts haben. Dieser Account gehört zu {mainAccountName}.',
  'not-main-account-unnamed': 'Nur ein Hauptaccount kann Nebenaccounts haben. Dieser Account ist ein Nebenaccount.',
  'already-linked': 'Dieser Account ist bereits mit einem anderen Hauptaccount verknüpft.',
  'is-main-account': 'Dieser Account ist selbst ein Hauptaccount mit Nebenaccounts und kann kein Nebenaccount werden.',
  'self-link': 'Ein Account kann nicht mit sich selbst verknüpft werden.',
  'not-found': 'Zu dieser Kundennummer haben wir keinen Account gefunden.',
  'code-invalid': {
    zero: 'Der Code ist nicht korrekt. Es sind keine Versuche mehr übrig.',
    one: 'Der Code ist nicht korrekt. Noch {count} Versuch.',
    other: 'Der Code ist nicht korrekt. Noch {count} Versuche.',
  },
  'code-expired': 'Der Code ist abgelaufen. Fordern Sie einen neuen Code an.',
  'rate-limited': 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  'duplicate-request': 'Für diesen Account ist bereits eine Anfrage offen. Senden Sie den Code stattdessen erneut.',
  'limit-reached': 'Ihr Hauptaccount hat die Höchstzahl an Nebenaccounts erreicht.',
  'not-linked': 'Dieser Account ist nicht mehr mit Ihrem Hauptaccount verknüpft.',
  network: 'Die Verbindung ist fehlgeschlagen. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.',
  unauthorized: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  forbidden: 'Dazu sind Sie nicht berechtigt.',
  conflict: 'Inzwischen hat sich etwas geändert. Laden Sie neu und versuchen Sie es erneut.',
  validation: 'Einige Angaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.',
  server: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.',
  'invalid-response': 'Der Server hat eine unlesbare Antwort geschickt. Bitte versuchen Sie es später erneut.',
  'no-adapter': 'Für dieses Element ist kein Backend konfiguriert.',
  retry: 'Erneut versuchen',
  timeout: 'Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.',
};

export default de;
