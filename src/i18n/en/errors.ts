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

export type ErrorMessages = typeof en;
export default en;
