import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SubaccountAddedDetail } from '../../../src/core/events.js';
import '../../../src/elements/add-subaccount-dialog/define.js';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import '../../../src/elements/link-account-flow/define.js';
import type { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';
import { RestAdapter } from '../../../src/api/rest-adapter.js';
import { errorCatalogues } from '../../../src/i18n/errors.js';
import { MockBackend } from '../../../src/mock/mock-backend.js';
import { DEMO_CODE, SEED } from '../../../src/mock/seed.js';
import { useHandlers, useMockApi } from '../../helpers/msw.js';
import { http, HttpResponse } from 'msw';
import { linkAccountFlowCatalogues } from '../../../src/i18n/link-account-flow.js';
const en = linkAccountFlowCatalogues.en;
import { $, $maybe, mount, text } from '../../helpers/dom.js';

/**
 * Over HTTP: the zero-JS drop-in (`api-base`) builds a RestAdapter that talks to the mock backend
 * served by MSW under the REST contract; refusals arrive as problem+json.
 */
describe('<link-account-flow> over HTTP (MSW)', () => {
  async function type(el: LinkAccountFlow, selector: string, value: string) {
    $(el, selector).focus();
    await sendKeys({ type: value });
  }

  it('links an account through the REST contract, with attempts left from problem+json', async () => {
    const backend = await useMockApi(new MockBackend());
    const el = mount(html`<link-account-flow api-base="/api"></link-account-flow>`).firstElementChild as LinkAccountFlow;
    await waitUntil(() => el.view === 'number', 'the current account arrives over HTTP', { timeout: 4000 });

    await type(el, '#number', SEED.notFound);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $maybe(el, '#number-error'), 'the refusal arrives', { timeout: 4000 });
    expect($(el, '#number-error').dataset.code).to.equal('not-found');
    expect(text($(el, '#number-error'))).to.include(errorCatalogues.en['not-found'] as string);

    const input = $<HTMLInputElement>(el, '#number');
    input.select();
    await sendKeys({ type: SEED.linkable[0] });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'code', 'the code step', { timeout: 4000 });

    await type(el, '#code', '000000');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($maybe(el, '#code-error')).includes('2 attempts left'), 'attempts left', { timeout: 4000 });

    const added = oneEvent(el, 'subaccount-added') as Promise<CustomEvent<SubaccountAddedDetail>>;
    $<HTMLInputElement>(el, '#code').select();
    await sendKeys({ type: DEMO_CODE });
    await sendKeys({ press: 'Enter' });
    expect((await added).detail.account.customerNumber).to.equal(SEED.linkable[0]);
    const page = await backend.listSubaccounts(SEED.main.id, { search: SEED.linkable[0] });
    expect(page.total).to.equal(1);
  });

  it('the dialog with api-base hands its REST adapter to the link flow', async () => {
    await useMockApi(new MockBackend());
    const el = mount(html`<add-subaccount-dialog api-base="/api" open></add-subaccount-dialog>`)
      .firstElementChild as AddSubaccountDialog;
    await waitUntil(() => $maybe(el, '#option-link'), 'the choice', { timeout: 4000 });
    $(el, '#option-link').click();
    await waitUntil(() => $maybe(el, '[data-flow="link"]'));
    const flow = $<LinkAccountFlow>(el, '[data-flow="link"]');
    expect(flow.adapter).to.be.instanceOf(RestAdapter);
    await waitUntil(() => flow.view === 'number');
    await type(flow, '#number', SEED.linkable[1]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'code', 'startLink over HTTP', { timeout: 4000 });
    el.close();
  });

  it('a sub-account sees the explanation over HTTP', async () => {
    await useMockApi(new MockBackend({ currentAccountId: SEED.sub.id }));
    const el = mount(html`<add-subaccount-dialog api-base="/api" open></add-subaccount-dialog>`)
      .firstElementChild as AddSubaccountDialog;
    await waitUntil(() => $maybe(el, '[data-reason="not-main-account"]'), 'the sub-account explanation', { timeout: 4000 });
    expect(text($(el, '.body'))).to.include(SEED.main.customerNumber);
    el.close();
  });

  it('a 429 on confirm, even with Retry-After and no lock marker, offers a new request (not "Try again")', async () => {
    await useMockApi(new MockBackend());
    // A backend written before the contract named its lock marker: 429 with Retry-After, nothing else.
    await useHandlers(
      http.post('/api/link-requests/:id/confirm', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Too many requests', status: 429, code: 'rate-limited' },
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '60' } },
        ),
      ),
    );
    const el = mount(html`<link-account-flow api-base="/api"></link-account-flow>`).firstElementChild as LinkAccountFlow;
    await waitUntil(() => el.view === 'number', 'the current account arrives over HTTP', { timeout: 4000 });
    await type(el, '#number', SEED.linkable[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'code', 'the code step', { timeout: 4000 });
    await type(el, '#code', DEMO_CODE);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'locked', 'the request is shown locked', { timeout: 4000 });
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => text(b));
    expect(buttons).to.include(en.startAgain);
    expect(buttons).not.to.include(errorCatalogues.en.retry as string);
    await expect(el).to.be.accessible();
  });
});
