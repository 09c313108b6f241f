import type { Catalogues } from '../core/localize.js';

/** Messages of `<add-subaccount-dialog>` (scope `add-subaccount-dialog`). English defines the keys. */
const en = {
  title: 'Add sub-account',
  close: 'Close',
  loading: 'Loading your account…',
  accountWithNumber: '{name} (customer number {customerNumber})',

  introMain:
    'Sub-accounts are linked to your main account {account}. Everyone who needs all accounts logs in once, to the main account; local teams keep their own login.',
  introStandalone:
    'Your account {account} becomes a main account when you add its first sub-account. From it you then reach every sub-account; local teams keep their own login.',
  limitNotice:
    'Your main account has reached its limit of {limit} sub-accounts. To add another, unlink one you no longer need: in the list, open its row’s actions (⋯) and choose Unlink. Or contact our customer service.',
  choiceLabel: 'How would you like to add a sub-account?',
  createTitle: 'Create a new sub-account',
  createDescription:
    'Order the product for another site. The new account appears here as a sub-account; further information arrives by e-mail.',
  createShopDescription:
    'Order the product for another site in our shop. You come back here when the order is complete; further information arrives by e-mail.',
  createUnavailable: 'Not available here at the moment. Please order a new account through your usual sales channel.',
  linkTitle: 'Add an existing account',
  linkDescription:
    'Link an account you already have, step by step. The link is confirmed with a code we send to the contact registered for that account.',

  blockedHeading: 'Sub-accounts cannot be added to this account',
  blockedHint: 'To add sites, log in to the main account {main} or contact the people who manage it.',

  confirmBusyHeading: 'A request is still running',
  confirmBusyText:
    'Your request is still being processed. If you close now, a link request that has been started is canceled.',
  confirmPendingHeading: 'Cancel the link request?',
  confirmPendingText:
    'The link is not finished yet. If you close now, the open link request is canceled and the code that was sent stops working.',
  confirmOrderText: 'Your order is still being sent. If you close now, it may still be completed; you will then find it in site management.',
  stay: 'Continue',
  leave: 'Close and cancel request',
  leaveOrder: 'Close anyway',
};

const de: typeof en = {
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

export type AddSubaccountDialogMessages = typeof en;
export const addSubaccountDialogCatalogues: Catalogues<AddSubaccountDialogMessages> = { en, de };
