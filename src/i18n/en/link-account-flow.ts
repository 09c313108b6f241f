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

export type LinkAccountFlowMessages = typeof en;
export default en;
