// What loads on first use (docs/performance.md, "Loading"): this file imports only the section and
// the tree, as the drop-in's first script does, and watches which modules the page fetches.
// (A failed load is in lazy-failure.test.ts: an engine may keep a failed module for the page.)
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/account-tree/define.js';
import '../../../src/elements/location-management/define.js';
import { $, $maybe, deepActive } from '../../helpers/dom.js';
import { sendMouse } from '../../helpers/pointer.js';
import { dialogOf, LAZY, requested, section } from './lazy-helpers.js';

describe('<location-management>: the add dialog loads on first use', () => {
  it('fetches neither the dialog nor a flow before the Add button is used, then on hover; the press opens it with focus inside', async () => {
    const el = await section('intent');
    // Wait a while: nothing asks for them on its own (prefetch="intent": no idle prefetch).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested(LAZY), 'requested before use').to.deep.equal([]);
    expect(dialogOf(el)).to.equal(null);
    expect(requested(/\/rest-adapter\.(js|ts)\b/), 'RestAdapter without api-base').to.deep.equal([]);
    // Only the page's language, and only the messages of what is shown.
    expect(requested(/\/i18n\/de\//), 'German messages on an English page').to.deep.equal([]);
    expect(requested(/\/i18n\/en\//).map((url) => /en\/([\w-]+)\./.exec(url)![1]).sort()).to.deep.equal([
      'account-tree',
      'errors',
      'location-management',
    ]);

    const button = $(el, '[part~="add-button"]');
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => requested(LAZY).length > 0, 'hovering the Add button prefetches the dialog', { timeout: 4000 });
    await waitUntil(() => dialogOf(el), 'the dialog is rendered, closed, once its code is in', { timeout: 4000 });
    expect(dialogOf(el)!.open).to.equal(false);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el)!.open && $maybe(dialogOf(el)!, '#option-link'), 'the dialog opens');
    const active = deepActive();
    expect(active && dialogOf(el)!.shadowRoot!.contains(active), 'focus is in the dialog').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el)!.open, 'the dialog closes');
    expect(deepActive(), 'focus is back on the Add button').to.equal(button);
    // The dialog brought its flows' messages: English still, and nothing else.
    expect(requested(/\/i18n\/de\//)).to.deep.equal([]);
    expect(requested(/\/i18n\/en\/(link-account-flow|order-subaccount-flow|add-subaccount-dialog)\./)).to.have.length(3);
  });

  it('a second section renders its dialog at once: the code is loaded once per page', async () => {
    const before = requested(LAZY).length;
    const el = await section('intent');
    await waitUntil(() => dialogOf(el), 'the dialog is there without a new request');
    expect(requested(LAZY).length).to.equal(before);
  });
});
