// Type-level checks the example's `tsc` runs: the typings are real (wrong uses fail to compile),
// and the main entry's global maps type document-level listeners without the define side effect.
import type { AccountTree } from 'account-widgets';

export function typingsHold(): void {
  const tree: AccountTree | null = document.querySelector('account-tree');
  void tree?.reveal;
  document.addEventListener('subaccount-added', (e) => {
    const via: 'link' | 'order' = e.detail.via;
    void via;
  });
  // @ts-expect-error: detail is SubaccountAddedDetail, it has no `foo`
  document.addEventListener('subaccount-added', (e) => e.detail.foo);
}

export const wrongProps = [
  // @ts-expect-error: filter is a string
  <account-tree filter={42} />,
  // @ts-expect-error: the detail of account-select has `account`, not `id`
  <account-tree onaccount-select={(e) => e.detail.id} />,
  <account-tree filter="Berlin" filter-delay={100} onaccount-open={(e) => e.detail.account.id} />,
];
