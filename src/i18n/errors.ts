import type { Catalogues } from '../core/localize.js';

/** Messages for every error code, shared by all elements (scope `errors`). */
const en = {
  'not-main-account': 'Only a main account can have sub-accounts. This account belongs to {mainAccountName}.',
  'not-main-account-unnamed': 'Only a main account can have sub-accounts. This account is a sub-account.',
  'already-linked': 'This account is already linked to another main account.',
  'is-main-account': 'This account is itself a main account with sub-accounts and cannot become a sub-account.',
  'self-link': 'An account cannot be linked to itself.',
  'not-found': 'We could not find an account with this customer number.',
  'code-invalid': {
    zero: 'The code is not correct. No attempts are left.',
    one: 'The code is not correct. {count} attempt left.',
    other: 'The code is not correct. {count} attempts left.',
  },
  'code-expired': 'The code has expired. Request a new code.',
  'rate-limited': 'Too many attempts. Please wait a moment and try again.',
  'duplicate-request': 'A link request for this account is already open. Send the code again instead.',
  'limit-reached': 'Your main account has reached its limit of sub-accounts.',
  'not-linked': 'This account is no longer linked to your main account.',
  network: 'The connection failed. Check your network and try again.',
  unauthorized: 'Your session has ended. Please log in again.',
  forbidden: 'You are not allowed to do this.',
  conflict: 'Something changed in the meantime. Reload and try again.',
  validation: 'Some entries are not valid. Please check the marked fields.',
  server: 'Something went wrong on our side. Please try again later.',
  'invalid-response': 'The server sent an answer we could not read. Please try again later.',
  'no-adapter': 'No backend is configured for this element.',
  retry: 'Try again',
  timeout: 'The server did not answer in time. Please try again.',
};

const de: typeof en = {
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

export type ErrorMessages = typeof en;
export const errorCatalogues: Catalogues<ErrorMessages> = { en, de };
