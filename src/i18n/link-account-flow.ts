import type { Catalogues } from '../core/localize.js';

/** Messages of `<link-account-flow>` (scope `link-account-flow`). English defines the keys. */
const en = {
  loading: 'Loading your account…',
  stepOf: 'Step {current} of {total}',
  stepAnnouncement: 'Step {current} of {total}: {heading}',
  yourAccount: 'your account',
  accountWithNumber: '{name} (customer number {customerNumber})',

  blockedHeading: 'Linking is not possible',
  blockedHint: 'To add sites, log in to the main account or contact the people who manage it.',

  numberHeading: 'Add an existing account',
  numberIntro:
    'Enter the customer number of the account you want to link to {mainName}. We then send a code to the contact registered for that account, to confirm the link.',
  numberIntroStandalone:
    'Enter the customer number of the account you want to link. We then send a code to the contact registered for that account, to confirm the link. When the link is complete, {mainName} becomes a main account.',
  numberLabel: 'Customer number',
  numberHint: '7 to 10 digits, as printed on the invoices of that account.',
  numberRequired: 'Enter a customer number.',
  numberInvalid: 'A customer number consists of 7 to 10 digits.',
  submitNumber: 'Send code',
  sendingCode: 'Sending code…',
  back: 'Back',

  'hint-not-found': 'Check the number, for example on an invoice of that account.',
  'hint-already-linked':
    'A sub-account belongs to exactly one main account. Only that main account can release it: please contact the people who manage it, or our customer service.',
  'hint-is-main-account': 'Only an account without sub-accounts can become a sub-account.',
  'hint-self-link': 'Enter the customer number of another account.',
  'hint-duplicate-request': 'We can send its code again, so you can continue with that request.',
  'hint-limit-reached': 'To add another, unlink a sub-account you no longer need (its row’s actions ⋯ in the list, then Unlink), or contact our customer service.',
  'hint-rate-limited': 'You can try again in {time}.',
  resumeRequest: 'Send the code again',

  codeHeading: 'Enter the verification code',
  codeIntro:
    'We sent a code by {channel} to {contact}, the contact registered for customer number {customerNumber}. Ask the person responsible for that account for the code and enter it here.',
  channelEmail: 'e-mail',
  channelSms: 'text message',
  codeLabel: 'Verification code',
  codeHint: 'Spaces do not matter.',
  codeRequired: 'Enter the code.',
  expiresAt: 'The code is valid until {time} ({remaining} left).',
  expired: 'The code has expired. Request a new code.',
  submitCode: 'Confirm link',
  confirming: 'Checking the code…',
  resend: 'Send a new code',
  resending: 'Sending a new code…',
  resendIn: 'You can request a new code in {time}.',
  resendReady: 'You can request a new code now.',
  resent: 'A new code was sent to {contact}.',
  cancelRequest: 'Cancel request',
  canceling: 'Canceling…',
  canceled: 'The link request was canceled.',

  lockedHeading: 'Request locked',
  lockedText:
    'The code was entered incorrectly too many times, so this request has been locked for security. No further code can be entered for it.',
  lockedNext:
    'Start a new request later and ask the person responsible for that account for the new code. If that does not work, they can contact our customer service.',
  startAgain: 'Start a new request',

  doneHeading: 'Account linked',
  doneText: '{account} is now a sub-account of {mainName}.',
  doneMeaning:
    'You can now reach this account from your main account without logging in separately. The local team keeps its own login to the account, for example to manage call forwarding.',
  doneBecameMain: '{mainName} is now a main account.',
  linkAnother: 'Link another account',
  close: 'Close',
};

const de: typeof en = {
  loading: 'Ihr Account wird geladen …',
  stepOf: 'Schritt {current} von {total}',
  stepAnnouncement: 'Schritt {current} von {total}: {heading}',
  yourAccount: 'Ihr Account',
  accountWithNumber: '{name} (Kundennummer {customerNumber})',

  blockedHeading: 'Verknüpfen ist nicht möglich',
  blockedHint: 'Um Standorte hinzuzufügen, melden Sie sich beim Hauptaccount an oder wenden Sie sich an dessen Verwaltung.',

  numberHeading: 'Bestehendes Konto hinzufügen',
  numberIntro:
    'Geben Sie die Kundennummer des Accounts ein, den Sie mit {mainName} verknüpfen möchten. Wir senden dann an den hinterlegten Kontakt dieses Accounts einen Code, mit dem die Verknüpfung bestätigt wird.',
  numberIntroStandalone:
    'Geben Sie die Kundennummer des Accounts ein, den Sie verknüpfen möchten. Wir senden dann an den hinterlegten Kontakt dieses Accounts einen Code, mit dem die Verknüpfung bestätigt wird. Sobald die Verknüpfung besteht, wird {mainName} zum Hauptaccount.',
  numberLabel: 'Kundennummer',
  numberHint: '7 bis 10 Ziffern, wie auf den Rechnungen dieses Accounts angegeben.',
  numberRequired: 'Geben Sie eine Kundennummer ein.',
  numberInvalid: 'Eine Kundennummer besteht aus 7 bis 10 Ziffern.',
  submitNumber: 'Code senden',
  sendingCode: 'Code wird gesendet …',
  back: 'Zurück',

  'hint-not-found': 'Prüfen Sie die Nummer, zum Beispiel auf einer Rechnung dieses Accounts.',
  'hint-already-linked':
    'Ein Nebenaccount gehört zu genau einem Hauptaccount. Nur dieser Hauptaccount kann ihn freigeben: Bitte wenden Sie sich an dessen Verwaltung oder an unseren Kundenservice.',
  'hint-is-main-account': 'Nur ein Account ohne Nebenaccounts kann Nebenaccount werden.',
  'hint-self-link': 'Geben Sie die Kundennummer eines anderen Accounts ein.',
  'hint-duplicate-request': 'Wir können den Code dafür erneut senden, damit Sie mit dieser Anfrage weitermachen können.',
  'hint-limit-reached': 'Um einen weiteren hinzuzufügen, lösen Sie die Verknüpfung eines Nebenaccounts, den Sie nicht mehr brauchen (Aktionen ⋯ seiner Zeile in der Liste, dann „Verknüpfung lösen“), oder wenden Sie sich an unseren Kundenservice.',
  'hint-rate-limited': 'Sie können es in {time} erneut versuchen.',
  resumeRequest: 'Code erneut senden',

  codeHeading: 'Bestätigungscode eingeben',
  codeIntro:
    'Wir haben einen Code per {channel} an {contact} gesendet, den hinterlegten Kontakt zur Kundennummer {customerNumber}. Fragen Sie die für diesen Account zuständige Person nach dem Code und geben Sie ihn hier ein.',
  channelEmail: 'E-Mail',
  channelSms: 'SMS',
  codeLabel: 'Bestätigungscode',
  codeHint: 'Leerzeichen spielen keine Rolle.',
  codeRequired: 'Geben Sie den Code ein.',
  expiresAt: 'Der Code ist gültig bis {time} Uhr (noch {remaining}).',
  expired: 'Der Code ist abgelaufen. Fordern Sie einen neuen Code an.',
  submitCode: 'Verknüpfung bestätigen',
  confirming: 'Code wird geprüft …',
  resend: 'Neuen Code senden',
  resending: 'Neuer Code wird gesendet …',
  resendIn: 'Einen neuen Code können Sie in {time} anfordern.',
  resendReady: 'Sie können jetzt einen neuen Code anfordern.',
  resent: 'Ein neuer Code wurde an {contact} gesendet.',
  cancelRequest: 'Anfrage abbrechen',
  canceling: 'Wird abgebrochen …',
  canceled: 'Die Anfrage zur Verknüpfung wurde abgebrochen.',

  lockedHeading: 'Anfrage gesperrt',
  lockedText:
    'Der Code wurde zu oft falsch eingegeben, deshalb wurde diese Anfrage aus Sicherheitsgründen gesperrt. Für sie kann kein weiterer Code eingegeben werden.',
  lockedNext:
    'Starten Sie später eine neue Anfrage und fragen Sie die für diesen Account zuständige Person nach dem neuen Code. Wenn das nicht hilft, kann sich diese Person an unseren Kundenservice wenden.',
  startAgain: 'Neue Anfrage starten',

  doneHeading: 'Account verknüpft',
  doneText: '{account} ist jetzt ein Nebenaccount von {mainName}.',
  doneMeaning:
    'Sie erreichen diesen Account jetzt von Ihrem Hauptaccount aus, ohne sich separat anzumelden. Das Team vor Ort behält seinen eigenen Zugang zum Account, zum Beispiel um Rufweiterleitungen zu verwalten.',
  doneBecameMain: '{mainName} ist jetzt ein Hauptaccount.',
  linkAnother: 'Weiteren Account verknüpfen',
  close: 'Schließen',
};

export type LinkAccountFlowMessages = typeof en;
export const linkAccountFlowCatalogues: Catalogues<LinkAccountFlowMessages> = { en, de };
