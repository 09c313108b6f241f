// The row menu's code fails to load (its own file: an engine may keep a failed module for the page).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { recordAnnouncements } from '../../helpers/announcements.js';
import { useHandlers } from '../../helpers/msw.js';
import { $, children, focused, mount } from './helpers.js';

describe('<account-tree>: the row menu fails to load', () => {
  it('announces why, keeps focus on the row and reports a network error; the next Shift+F10 tries again', async () => {
    await useHandlers(http.get(/\/unlink-menu\.(js|ts)\b/, () => HttpResponse.error()));
    const { el } = await mount();
    const errors: string[] = [];
    el.addEventListener('adapter-error', (e) => errors.push((e as CustomEvent).detail.error.code));
    const voice = recordAnnouncements(el);
    const row = children(el)[0]!;
    row.focus();
    const shiftF10 = async () => {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'F10' });
      await sendKeys({ up: 'Shift' });
    };
    await shiftF10();
    await waitUntil(() => errors.length === 1, 'the failure is reported', { timeout: 4000 });
    expect(errors).to.deep.equal(['network']);
    await waitUntil(() => voice.all.length === 1, 'the failure is announced');
    expect(voice.all[0]).to.match(/\w/);
    expect($(el, '[role="menu"]'), 'no menu without its code').to.equal(null);
    expect(focused(el)).to.equal(row);
    await expect(el).to.be.accessible();

    await shiftF10();
    await waitUntil(() => errors.length === 2, 'the second attempt loads again', { timeout: 4000 });
    expect(focused(el)).to.equal(row);
    voice.stop();
  });
});
