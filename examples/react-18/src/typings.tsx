// Type-level checks the example's `tsc` runs: the wrappers' props and event props are typed.
import { AccountTree } from 'account-widgets/react';

export const wrongProps = [
  // @ts-expect-error: filter is a string
  <AccountTree filter={42} />,
  // @ts-expect-error: the detail of account-select has `account`, not `id`
  <AccountTree onAccountSelect={(e) => e.detail.id} />,
  <AccountTree filter="Berlin" filterDelay={100} onAccountOpen={(e) => e.detail.account.id} />,
];
