// A failed load of the add dialog's code (its own file: an engine may keep a failed module for the
// rest of the page, so nothing else here may need the dialog).
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-tree/define.js';
import '../../../src/elements/location-management/define.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { $, $maybe, deepActive, text } from '../../helpers/dom.js';
import { useHandlers } from '../../helpers/msw.js';
import { dialogOf, LAZY, requested, section } from './lazy-helpers.js';

describe('<location-management>: the add dialog fails to load', () => {
  it('says so beside the Add button with Retry (not a blank dialog); Retry tries again and keeps focus', async () => {
    let attempts = 0;
    await useHandlers(
      http.get(LAZY, () => {
        attempts++;
        return HttpResponse.error();
      }),
    );
    const el = await section('intent', 'de');
    const errors: string[] = [];
    el.addEventListener('adapter-error', (e) => errors.push((e as CustomEvent).detail.error.code));
    $(el, '[part~="add-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $maybe(el, '[part~="error"]'), 'the failure shows', { timeout: 4000 });
    expect(attempts).to.be.greaterThan(0);
    expect(requested(/\/i18n\/en\//), 'English messages on a German page').to.deep.equal([]);
    const error = $(el, '[part~="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.include('konnte nicht geöffnet werden');
    const retry = error.querySelector('button')!;
    expect(text(retry)).to.equal('Erneut versuchen');
    expect(dialogOf(el), 'no dialog without its code').to.equal(null);
    expect(errors).to.deep.equal(['network']);
    await expect(el).to.be.accessible();

    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => errors.length === 2, 'Retry tried again', { timeout: 4000 });
    // Still failing: the message stays, and focus with it on Retry (never on <body>).
    expect($(el, '[part~="error"]').querySelector('button')).to.equal(retry);
    expect(deepActive()).to.equal(retry);
  });
});
