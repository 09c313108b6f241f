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

export type AddSubaccountDialogMessages = typeof en;
export default en;
