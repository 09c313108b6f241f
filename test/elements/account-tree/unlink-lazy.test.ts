// The row menu and its confirmation load on first use (./unlink-menu.ts): a tree nobody unlinks
// from never fetches them. (A failed load is in unlink-lazy-failure.test.ts: an engine may keep a
// failed module for the rest of the page.)
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sendMouse } from '../../helpers/pointer.js';
import { requested } from '../location-management/lazy-helpers.js';
import { $, children, focused, mount } from './helpers.js';

const MENU = /\/unlink-menu\.(js|ts)\b/;

describe('<account-tree>: the row menu loads on first use', () => {
  it('is not fetched with the tree; a pointer over a row’s button prefetches it; Shift+F10 then opens it at once', async () => {
    const { el } = await mount();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested(MENU), 'fetched before use').to.deep.equal([]);
    expect($(el, '[role="menu"]')).to.equal(null);

    const row = children(el)[0]!;
    const box = row.querySelector('.actions')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => requested(MENU).length === 1, 'hovering the button prefetches the menu', { timeout: 4000 });

    row.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F10' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => focused(el)?.getAttribute('role') === 'menuitem', 'the menu opens with focus on Unlink', { timeout: 4000 });
    expect(row.querySelector('.actions')!.getAttribute('aria-expanded')).to.equal('true');
    expect(requested(MENU), 'fetched once').to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
