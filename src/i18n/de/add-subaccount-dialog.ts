import type { AddSubaccountDialogMessages } from '../en/add-subaccount-dialog.js';

const de: AddSubaccountDialogMessages = {
  title: 'Nebenaccount hinzufügen',
  close: 'Schließen',
  loading: 'Ihr Account wird geladen …',
  accountWithNumber: '{name} (Kundennummer {customerNumber})',

  introMain:
    'Nebenaccounts werden mit Ihrem Hauptaccount {account} verknüpft. Wer alle Accounts braucht, meldet sich einmal beim Hauptaccount an; Teams vor Ort behalten ihren eigenen Zugang.',
  introStandalone:
    'Ihr Account {account} wird zum Hauptaccount, sobald Sie den ersten Nebenaccount hinzufügen. Von dort erreichen Sie dann alle Nebenaccounts; Teams vor Ort behalten ihren eigenen Zugang.',
  limitNotice:
    'Ihr Hauptaccount hat die Höchstzahl von {limit} Nebenaccounts erreicht. Um einen weiteren hinzuzufügen, lösen Sie die Verknüpfung eines Nebenaccounts, den Sie nicht mehr brauchen: In der Liste öffnen Sie die Aktionen (⋯) seiner Zeile und wählen „Verknüpfung lösen“. Oder wenden Sie sich an unseren Kundenservice.',
  choiceLabel: 'Wie möchten Sie einen Nebenaccount hinzufügen?',
  createTitle: 'Neuen Nebenaccount erstellen',
  createDescription:
    'Bestellen Sie das Produkt für einen weiteren Standort. Der neue Account erscheint hier als Nebenaccount; weitere Informationen erhalten Sie per E-Mail.',
  createShopDescription:
    'Bestellen Sie das Produkt für einen weiteren Standort in unserem Shop. Nach der Bestellung kommen Sie hierher zurück; weitere Informationen erhalten Sie per E-Mail.',
  createUnavailable:
    'Hier derzeit nicht verfügbar. Bitte bestellen Sie einen neuen Account über Ihren gewohnten Vertriebsweg.',
  linkTitle: 'Bestehendes Konto hinzufügen',
  linkDescription:
    'Verknüpfen Sie einen Account, den Sie bereits haben, Schritt für Schritt. Bestätigt wird die Verknüpfung mit einem Code, den wir an den hinterlegten Kontakt dieses Accounts senden.',

  blockedHeading: 'Zu diesem Account können keine Nebenaccounts hinzugefügt werden',
  blockedHint: 'Um Standorte hinzuzufügen, melden Sie sich beim Hauptaccount {main} an oder wenden Sie sich an dessen Verwaltung.',

  confirmBusyHeading: 'Eine Anfrage läuft noch',
  confirmBusyText:
    'Ihre Anfrage wird noch bearbeitet. Wenn Sie jetzt schließen, wird eine begonnene Verknüpfungsanfrage abgebrochen.',
  confirmPendingHeading: 'Verknüpfungsanfrage abbrechen?',
  confirmPendingText:
    'Die Verknüpfung ist noch nicht abgeschlossen. Wenn Sie jetzt schließen, wird die offene Anfrage abgebrochen und der gesendete Code ist nicht mehr gültig.',
  confirmOrderText:
    'Ihre Bestellung wird noch gesendet. Wenn Sie jetzt schließen, kann sie trotzdem abgeschlossen werden; Sie finden sie dann in der Standortverwaltung.',
  stay: 'Weiter bearbeiten',
  leave: 'Schließen und Anfrage abbrechen',
  leaveOrder: 'Trotzdem schließen',
};

export default de;
