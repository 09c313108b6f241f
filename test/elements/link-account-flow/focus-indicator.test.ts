import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { isInViewport } from '../../../src/core/scroll-into-view.js';
import '../../../src/elements/link-account-flow/define.js';
import type { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { SEED } from '../../../src/mock/seed.js';
import { recordAnnouncements, settleAnnouncements } from '../../helpers/announcements.js';
import { $, deepActive, nameOf } from '../../helpers/dom.js';
import { setup as orderSetup, waitForStep } from '../order-subaccount-flow/helpers.js';

async function linkFlow(): Promise<LinkAccountFlow> {
  const adapter = new InMemoryAdapter();
  const el = await fixture<LinkAccountFlow>(html`<link-account-flow lang="en" .adapter=${adapter} .clock=${() => adapter.backend.now()}></link-account-flow>`);
  await waitUntil(() => el.view === 'number');
  await el.updateComplete;
  return el;
}

describe('focus indicators and the standalone flows', () => {
  it('a focused step heading has a bar and an underline (no box like a field); inputs and buttons share one ring', async () => {
    const el = await linkFlow();
    const input = $<HTMLInputElement>(el, '#number');
    input.focus();
    await sendKeys({ type: SEED.linkable[2] });
    const inputStyle = getComputedStyle(input);
    expect(inputStyle.outlineStyle).to.equal('solid');
    expect(inputStyle.outlineWidth).to.equal('3px');
    const ring = inputStyle.outlineColor;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'code');
    await el.updateComplete;
    const heading = deepActive() as HTMLElement;
    expect(heading.matches('[data-step-heading]'), `focus on the heading (at ${nameOf(heading)})`).to.equal(true);
    expect(heading.matches(':focus-visible')).to.equal(true);
    expect(isInViewport(heading)).to.equal(true);
    const style = getComputedStyle(heading);
    expect(style.outlineStyle, 'no box around the heading').to.equal('none');
    const bar = getComputedStyle(heading, '::after');
    expect(bar.borderLeftWidth).to.equal('4px');
    expect(bar.borderBottomWidth).to.equal('4px');
    expect(bar.borderTopStyle).to.equal('none');
    expect(bar.borderLeftColor).to.equal(ring);
    // 2.4.13: the indicator (4 px along the heading's full width and height) is at least as large
    // as a 2 px perimeter of the heading, in the focus colour (contrast checked by axe on tokens).
    const box = heading.getBoundingClientRect();
    const area = 4 * (box.width + 0.625 * 16) + 4 * box.height;
    expect(area).to.be.at.least(2 * (2 * box.width + 2 * box.height));
    // A button takes the same ring as the input.
    const back = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions"] button')!;
    back.focus();
    await sendKeys({ press: 'Shift' });
    expect(getComputedStyle(back).outlineWidth).to.equal('3px');
    expect(getComputedStyle(back).outlineColor).to.equal(ring);
  });

  it('standalone link flow: every step change puts focus on the heading, announced once; the primary action is last in the footer', async () => {
    const el = await linkFlow();
    const spoken = recordAnnouncements(el);
    const footer = $(el, '[part~="actions"]');
    expect(footer.lastElementChild!.matches('[part~="primary-button"]'), 'primary last').to.equal(true);
    $(el, '#number').focus();
    await sendKeys({ type: SEED.linkable[3] });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'code');
    await el.updateComplete;
    expect(deepActive()?.matches('[data-step-heading]')).to.equal(true);
    await settleAnnouncements();
    expect(spoken.take()).to.deep.equal(['Step 2 of 3: Enter the verification code']);
    const codeFooter = el.shadowRoot!.querySelectorAll('[part~="actions"]');
    const last = codeFooter[codeFooter.length - 1];
    expect(last.lastElementChild!.matches('[part~="primary-button"]'), 'primary last on the code step').to.equal(true);
    expect(last.firstElementChild!.textContent!.trim()).to.equal('Back');
    spoken.stop();
  });

  it('standalone order flow: a failed Next focuses the first invalid field (one announcement), Next and Back the heading', async () => {
    const { el } = await orderSetup();
    const spoken = recordAnnouncements(el);
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="productId"]')!;
    radio.focus();
    await sendKeys({ press: 'Space' });
    $(el, '[part="next"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'configuration');
    expect(deepActive()?.matches('[data-heading]')).to.equal(true);
    expect(isInViewport(deepActive()!)).to.equal(true);
    await settleAnnouncements();
    spoken.take();
    $(el, '[part="next"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()?.matches('input[aria-invalid="true"]'), `at ${nameOf(deepActive())}`).to.equal(true);
    await settleAnnouncements();
    expect(spoken.take()).to.have.length(1);
    $(el, '[part="back"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'product');
    expect(deepActive()?.matches('[data-heading]')).to.equal(true);
    const actions = $(el, '[part~="actions"]');
    expect(actions.lastElementChild!.matches('[part="next"]'), 'Next is last').to.equal(true);
    spoken.stop();
  });
});
