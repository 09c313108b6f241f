import type { LinkAccountFlowMessages } from '../en/link-account-flow.js';

const de: LinkAccountFlowMessages = {
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

export default de;
