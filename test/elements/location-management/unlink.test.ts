import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AccountTree } from '../../../src/elements/account-tree/account-tree.js';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import type { LocationManagement } from '../../../src/elements/location-management/location-management.js';
import '../../../src/elements/location-management/define.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { $, $maybe, text } from '../../helpers/dom.js';

const treeOf = (el: LocationManagement) => $<AccountTree>(el, '[part~="tree"]');
const dialogOf = (el: LocationManagement) => $<AddSubaccountDialog>(el, '[part~="dialog"]');

describe('<location-management> after an unlink', () => {
  it('the limit message leads to the row action; after an unlink the section is below the limit again', async () => {
    const adapter = new InMemoryAdapter({ subaccountLimit: 13 });
    const el = await fixture<LocationManagement>(html`<location-management lang="en" .adapter=${adapter}></location-management>`);
    const tree = treeOf(el);
    await waitUntil(() => tree.shadowRoot?.querySelector('.actions'), 'rows with actions', { timeout: 4000 });
    // At the limit: the dialog says how to make room — through the row's actions.
    $(el, '[part~="add-button"]').click();
    // The dialog's code loads on first use.
    await waitUntil(() => $maybe(el, '[part~="dialog"]'), 'dialog loaded', { timeout: 4000 });
    const dialog = dialogOf(el);
    await waitUntil(() => $maybe(dialog, '[part~="notice"]'), 'limit notice');
    expect(text($(dialog, '[part~="notice"]'))).to.contain('open its row’s actions (⋯) and choose Unlink');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !(dialog.open ?? false) && !$maybe(dialog, 'dialog[open]'), 'dialog closed');

    const row = [...tree.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"][aria-level="2"]')][0]!;
    row.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F10' });
    await sendKeys({ up: 'Shift' });
    // The menu's code loads on first use: Enter before it opened would open the row's account.
    await waitUntil(() => tree.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'the row menu opens', { timeout: 4000 });
    await sendKeys({ press: 'Enter' });
    await tree.updateComplete;
    await sendKeys({ press: 'Tab' });
    const removed = oneEvent(el, 'subaccount-removed');
    await sendKeys({ press: 'Enter' });
    await removed;
    await waitUntil(() => text(tree.shadowRoot!.querySelector('.root .meta')).includes('12 sub-accounts'), 'count updated');
    $(el, '[part~="add-button"]').click();
    await waitUntil(() => $maybe(dialog, '[part~="option-button"]'), 'choices');
    await dialog.updateComplete;
    expect($maybe(dialog, '.notice.warning'), 'no limit notice any more').to.equal(null);
    await expect(el).to.be.accessible();
  });
});
