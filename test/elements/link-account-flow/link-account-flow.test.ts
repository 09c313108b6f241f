import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ErrorCode } from '../../../src/api/errors.js';
import type { SubaccountAddedDetail } from '../../../src/core/events.js';
import '../../../src/elements/link-account-flow/define.js';
import type { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';
import { errorCatalogues } from '../../../src/i18n/errors.js';
import { linkAccountFlowCatalogues } from '../../../src/i18n/link-account-flow.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/mock/in-memory-adapter.js';
import { LINK_RULES } from '../../../src/mock/mock-backend.js';
import { DEMO_CODE, SEED } from '../../../src/mock/seed.js';
import { $, $maybe, announced, countingAdapter, focused, nameOf, text, mount } from '../../helpers/dom.js';
import { holdCalls } from '../../helpers/hold.js';

const en = linkAccountFlowCatalogues.en;
const de = linkAccountFlowCatalogues.de;
const errors = errorCatalogues.en;

async function setup(options: InMemoryAdapterOptions = {}, lang = 'en') {
  const inner = new InMemoryAdapter(options);
  const { adapter, calls } = countingAdapter(inner);
  const wrapper = mount(html`<div lang=${lang}>
    <link-account-flow .adapter=${adapter} .clock=${() => inner.backend.now()}></link-account-flow>
  </div>`).firstElementChild as HTMLDivElement;
  const el = wrapper.querySelector('link-account-flow') as LinkAccountFlow;
  await waitUntil(() => el.view !== 'loading', 'the current account loads');
  return { el, inner, backend: inner.backend, adapter, calls };
}

/** Types into a field with real key presses. */
async function typeInto(el: LinkAccountFlow, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.focus();
  input.select();
  if (input.value) await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
  await el.updateComplete;
}

async function submitNumber(el: LinkAccountFlow, number: string) {
  await typeInto(el, '#number', number);
  await sendKeys({ press: 'Enter' });
}

async function toCodeStep(el: LinkAccountFlow, number: string = SEED.linkable[0]) {
  await submitNumber(el, number);
  await waitUntil(() => el.view === 'code', 'the code step shows');
  await el.updateComplete;
}

async function submitCode(el: LinkAccountFlow, code: string) {
  await typeInto(el, '#code', code);
  await sendKeys({ press: 'Enter' });
}

function numberError(el: LinkAccountFlow) {
  return $maybe(el, '#number-error');
}

describe('<link-account-flow>', () => {
  it('links an existing account: number → code (pasted with a space) → done', async () => {
    const { el, backend } = await setup();
    expect(el.view).to.equal('number');
    expect(text($(el, 'h2'))).to.equal(en.numberHeading);
    expect(text($(el, '.step-of'))).to.equal('Step 1 of 3');

    await toCodeStep(el);
    const code = $<HTMLInputElement>(el, '#code');
    expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(code.getAttribute('inputmode')).to.equal('numeric');
    expect(code.hasAttribute('maxlength')).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('form')?.previousElementSibling)).to.match(/@example\.de|\*\*\*/);
    expect(text(el.shadowRoot!.querySelector('form')?.previousElementSibling)).to.include(SEED.linkable[0]);

    const added = oneEvent(el, 'subaccount-added') as Promise<CustomEvent<SubaccountAddedDetail>>;
    await submitCode(el, `${DEMO_CODE.slice(0, 3)} ${DEMO_CODE.slice(3)}`);
    const event = await added;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.via).to.equal('link');
    expect(event.detail.account.customerNumber).to.equal(SEED.linkable[0]);

    await el.updateComplete;
    expect(el.view).to.equal('done');
    expect(text($(el, 'h2'))).to.equal(en.doneHeading);
    const done = text(el.shadowRoot!.querySelector('.message'));
    expect(done).to.include(event.detail.account.name);
    expect(done).to.include(SEED.linkable[0]);
    expect(text(el.shadowRoot!)).to.include(en.doneMeaning);
    expect(focused()).to.equal(nameOf($(el, 'h2')));
    await announced(el, 'Step 3 of 3');

    const page = await backend.listSubaccounts(SEED.main.id, { search: SEED.linkable[0] });
    expect(page.items.map((a) => a.customerNumber)).to.include(SEED.linkable[0]);
  });

  it('moves focus to each step heading and announces the step, but never grabs focus on first render', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    outside.focus();
    try {
      const { el } = await setup();
      expect(document.activeElement).to.equal(outside);
      await toCodeStep(el);
      const heading = $(el, 'h2');
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      expect(text(heading)).to.equal(en.codeHeading);
      expect(focused()).to.equal(nameOf(heading));
      await announced(el, `Step 2 of 3: ${en.codeHeading}`);
    } finally {
      outside.remove();
    }
  });

  it('validates the customer number as it is typed and on submit, without calling the backend', async () => {
    const { el, calls } = await setup();
    await typeInto(el, '#number', '47a');
    expect(text(numberError(el))).to.equal(en.numberInvalid);
    expect($(el, '#number').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#number').getAttribute('aria-describedby')).to.include('number-error');

    await typeInto(el, '#number', '4711');
    expect(!!numberError(el), 'digits only: no complaint while still typing').to.equal(false);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(text(numberError(el)), 'after leaving the field').to.equal(en.numberInvalid);

    await typeInto(el, '#number', '5200 001');
    expect(!!numberError(el), 'spaces are ignored').to.equal(false);
    expect($(el, '#number').getAttribute('aria-invalid')).to.equal('false');

    await typeInto(el, '#number', '');
    $(el, '#number').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(numberError(el))).to.equal(en.numberRequired);
    expect(calls.startLink ?? 0).to.equal(0);
  });

  it('accepts another format through the pattern attribute', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<LinkAccountFlow>(
      html`<link-account-flow .adapter=${adapter} pattern="[A-Z]{2}\\d{5}"></link-account-flow>`,
    );
    await waitUntil(() => el.view === 'number');
    await typeInto(el, '#number', 'AB12345');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(!!numberError(el)).to.equal(false);
    await typeInto(el, '#number', '1234567');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(text(numberError(el))).to.equal(en.numberInvalid);
  });

  describe('shows every refusal next to the field and keeps the value', () => {
    const cases: { code: ErrorCode; number: string; prepare?: (b: InMemoryAdapter['backend']) => Promise<unknown> | void; options?: InMemoryAdapterOptions }[] = [
      { code: 'not-found', number: SEED.notFound },
      { code: 'already-linked', number: SEED.alreadyLinked },
      { code: 'is-main-account', number: SEED.isMain },
      { code: 'self-link', number: SEED.main.customerNumber },
      { code: 'duplicate-request', number: SEED.linkable[1], prepare: (b) => b.startLink(SEED.main.id, SEED.linkable[1]) },
      { code: 'limit-reached', number: SEED.linkable[2], options: { subaccountLimit: 1 } },
      { code: 'rate-limited', number: SEED.linkable[3], prepare: (b) => b.failNext('rate-limited') },
    ];
    for (const { code, number, prepare, options } of cases) {
      it(code, async () => {
        const { el, backend } = await setup(options);
        await prepare?.(backend);
        const reported = oneEvent(el, 'adapter-error');
        await submitNumber(el, number);
        expect((await reported).detail.error.code).to.equal(code);
        await waitUntil(() => numberError(el), 'the refusal shows');
        const shown = numberError(el)!;
        expect(shown.dataset.code).to.equal(code);
        expect(text(shown)).to.include(errors[code] as string);
        expect(el.view).to.equal('number');
        expect($<HTMLInputElement>(el, '#number').value).to.equal(number);
        expect($(el, '#number').getAttribute('aria-invalid')).to.equal('true');
        expect(focused(), 'focus stays in the field').to.equal(nameOf($(el, '#number')));
        await announced(el, errors[code] as string);
        await expect(el).to.be.accessible();
      });
    }

    it('duplicate-request offers to send the open request\'s code again', async () => {
      const { el, backend } = await setup();
      await backend.startLink(SEED.main.id, SEED.linkable[1]);
      await submitNumber(el, SEED.linkable[1]);
      await waitUntil(() => numberError(el));
      expect(text(numberError(el))).to.include(en['hint-duplicate-request']);
      backend.advanceTime(LINK_RULES.resendCooldownMs);
      const resume = [...numberError(el)!.querySelectorAll('button')].find((b) => text(b) === en.resumeRequest)!;
      resume.click();
      await waitUntil(() => el.view === 'code', 'continues with the open request');
    });

    it('the editing clears a refusal', async () => {
      const { el } = await setup();
      await submitNumber(el, SEED.notFound);
      await waitUntil(() => numberError(el));
      expect(numberError(el)?.dataset.code).to.equal('not-found');
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(numberError(el)?.dataset.code, 'the refusal is gone').to.equal(undefined);
      expect(text(numberError(el)), 'the format check takes over').to.equal(en.numberInvalid);
    });
  });

  it('counts attempts down after wrong codes and then explains the locked request', async () => {
    const { el } = await setup();
    await toCodeStep(el);
    await submitCode(el, '000000');
    await waitUntil(() => $maybe(el, '#code-error'));
    expect(text($(el, '#code-error'))).to.equal('The code is not correct. 2 attempts left.');
    expect($<HTMLInputElement>(el, '#code').value).to.equal('000000');
    expect(focused()).to.equal(nameOf($(el, '#code')));

    await submitCode(el, '000001');
    await waitUntil(() => text($maybe(el, '#code-error')).includes('1 attempt left'));
    await announced(el, '1 attempt left');

    await submitCode(el, '000002');
    await waitUntil(() => el.view === 'locked', 'the request locks');
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal(en.lockedHeading);
    expect(focused()).to.equal(nameOf($(el, 'h2')));
    expect(text(el.shadowRoot!)).to.include(en.lockedText).and.include(en.lockedNext);
    expect(!!$maybe(el, '#code')).to.equal(false);
    await expect(el).to.be.accessible();

    const again = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === en.startAgain)!;
    again.click();
    await waitUntil(() => el.view === 'number');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#number').value).to.equal(SEED.linkable[0]);
    expect(focused()).to.equal(nameOf($(el, 'h2')));
    await sendKeys({ press: 'Tab' });
    $(el, '#number').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'code', 'a fresh request can start: the locked one does not block it');
  });

  it('shows the expiry, and after code-expired offers a new code that works', async () => {
    const { el, backend, calls } = await setup();
    await toCodeStep(el);
    expect(text($(el, '#code-expiry'))).to.match(/valid until .+\(10 minutes left\)/);
    backend.advanceTime(LINK_RULES.codeTtlMs + 1000);
    await submitCode(el, DEMO_CODE);
    await waitUntil(() => $(el, '#code-expiry').dataset.expired === 'true', 'expired shows');
    expect(text($(el, '#code-expiry'))).to.equal(en.expired);
    expect(el.view).to.equal('code');
    const resend = $<HTMLButtonElement>(el, '#resend');
    expect(resend.classList.contains('primary')).to.equal(true);
    expect(resend.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();

    resend.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.resendLinkCode === 1 && $(el, '#code-expiry').dataset.expired === 'false', 'a new code arrives');
    await announced(el, 'A new code was sent to');
    expect(focused()).to.equal(nameOf($(el, '#code')));
    await submitCode(el, DEMO_CODE);
    await waitUntil(() => el.view === 'done');
  });

  it('notices expiry by itself while the step is open', async () => {
    const { el, backend } = await setup();
    await toCodeStep(el);
    backend.advanceTime(LINK_RULES.codeTtlMs);
    await waitUntil(() => $(el, '#code-expiry').dataset.expired === 'true', 'the countdown runs out', { timeout: 3000 });
    await announced(el, en.expired);
  });

  it('resend has a visible cool-down; a click during it sends nothing', async () => {
    const { el, backend, calls } = await setup();
    await toCodeStep(el);
    const resend = $<HTMLButtonElement>(el, '#resend');
    expect(resend.getAttribute('aria-disabled')).to.equal('true');
    expect(text($(el, '#resend-status'))).to.equal('You can request a new code in 30 seconds.');
    resend.click();
    await el.updateComplete;
    expect(calls.resendLinkCode ?? 0).to.equal(0);

    backend.advanceTime(20_000);
    await waitUntil(() => text($(el, '#resend-status')).includes('10 seconds'), 'the cool-down counts down', { timeout: 3000 });
    backend.advanceTime(10_000);
    await waitUntil(() => resend.getAttribute('aria-disabled') === 'false', 'the cool-down ends', { timeout: 3000 });
    await announced(el, en.resendReady);
    expect(text($(el, '#resend-status'))).to.equal('');

    resend.click();
    resend.click();
    await waitUntil(() => $(el, '#resend').getAttribute('aria-disabled') === 'true' && calls.resendLinkCode === 1);
    await announced(el, 'A new code was sent to');
    expect(calls.resendLinkCode).to.equal(1);
    expect(text($(el, '#resend-status'))).to.equal('You can request a new code in 30 seconds.');
  });

  it('cancels the request (cancelLink) and returns to the number, which is kept', async () => {
    const { el, backend, calls } = await setup();
    await toCodeStep(el);
    $(el, '#cancel').click();
    await waitUntil(() => el.view === 'number');
    expect(calls.cancelLink).to.equal(1);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#number').value).to.equal(SEED.linkable[0]);
    expect(focused()).to.equal(nameOf($(el, 'h2')));
    await announced(el, en.canceled);
    // The canceled request no longer blocks a new one (it would be duplicate-request if still open).
    const fresh = await backend.startLink(SEED.main.id, SEED.linkable[0]);
    expect(fresh.status).to.equal('pending');
  });

  it('Back keeps the typed values and continues the open request without a new one', async () => {
    const { el, calls } = await setup();
    await toCodeStep(el);
    await typeInto(el, '#code', '123');
    const back = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === en.back)!;
    back.click();
    await waitUntil(() => el.view === 'number');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#number').value).to.equal(SEED.linkable[0]);
    expect(focused()).to.equal(nameOf($(el, 'h2')));
    $(el, '#number').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'code');
    await el.updateComplete;
    expect(calls.startLink).to.equal(1);
    expect($<HTMLInputElement>(el, '#code').value).to.equal('123');
  });

  it('a different number after Back cancels the open request first', async () => {
    const { el, calls } = await setup();
    await toCodeStep(el);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === en.back)!.click();
    await waitUntil(() => el.view === 'number');
    await toCodeStep(el, SEED.linkable[1]);
    expect(calls.cancelLink).to.equal(1);
    expect(calls.startLink).to.equal(2);
    expect(text(el.shadowRoot!)).to.include(SEED.linkable[1]);
  });

  it('keeps the input on a network failure and retries', async () => {
    const { el, backend, calls } = await setup();
    backend.failNext('network');
    await submitNumber(el, SEED.linkable[0]);
    await waitUntil(() => numberError(el));
    expect(text(numberError(el))).to.include(errors.network);
    expect($<HTMLInputElement>(el, '#number').value).to.equal(SEED.linkable[0]);
    await expect(el).to.be.accessible();
    const retry = [...numberError(el)!.querySelectorAll('button')].find((b) => text(b) === errors.retry)!;
    retry.click();
    await waitUntil(() => el.view === 'code');
    expect(calls.startLink).to.equal(2);

    backend.failNext('network');
    await submitCode(el, DEMO_CODE);
    await waitUntil(() => $maybe(el, '#code-error'));
    expect(text($(el, '#code-error'))).to.include(errors.network);
    expect($<HTMLInputElement>(el, '#code').value).to.equal(DEMO_CODE);
    [...$(el, '#code-error').querySelectorAll('button')].find((b) => text(b) === errors.retry)!.click();
    await waitUntil(() => el.view === 'done');
  });

  it('an empty code is refused without a request', async () => {
    const { el, calls } = await setup();
    await toCodeStep(el);
    $(el, '#code').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '#code-error'))).to.equal(en.codeRequired);
    expect($(el, '#code').getAttribute('aria-invalid')).to.equal('true');
    expect(calls.confirmLink ?? 0).to.equal(0);
    await sendKeys({ type: '1' });
    await el.updateComplete;
    expect(!!$maybe(el, '#code-error')).to.equal(false);
  });

  it('a failed resend or cancel says so below the buttons, keeps the code field clean and offers a retry', async () => {
    const { el, backend, calls } = await setup();
    await toCodeStep(el);
    backend.advanceTime(LINK_RULES.resendCooldownMs);
    el.requestUpdate();
    await el.updateComplete;
    backend.failNext('network');
    $(el, '#resend').click();
    await waitUntil(() => $maybe(el, '#action-error'));
    expect(text($(el, '#action-error'))).to.include(errors.network);
    expect($(el, '#code').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
    [...$(el, '#action-error').querySelectorAll('button')].find((b) => text(b) === errors.retry)!.click();
    await waitUntil(() => calls.resendLinkCode === 2 && !$maybe(el, '#action-error'));

    backend.failNext('server', { count: 1 });
    $(el, '#cancel').click();
    await waitUntil(() => $maybe(el, '#action-error'));
    expect(el.view).to.equal('code');
    [...$(el, '#action-error').querySelectorAll('button')].find((b) => text(b) === errors.retry)!.click();
    await waitUntil(() => el.view === 'number', 'the retried cancel goes through');
    expect(calls.cancelLink).to.equal(2);
  });

  it('a double click and a double Enter send one request', async () => {
    const { el, calls } = await setup({ latency: 80 });
    await typeInto(el, '#number', SEED.linkable[0]);
    const submit = $<HTMLButtonElement>(el, 'button[type="submit"]');
    submit.click();
    submit.click();
    await el.updateComplete;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(text(submit)).to.equal(en.sendingCode);
    await waitUntil(() => el.view === 'code');
    expect(calls.startLink).to.equal(1);

    await typeInto(el, '#code', DEMO_CODE);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'done');
    expect(calls.confirmLink).to.equal(1);
  });

  it('in a sub-account explains that only a main account can add, naming it, with no way to add', async () => {
    const { el, calls } = await setup({ currentAccountId: SEED.sub.id });
    expect(el.view).to.equal('blocked');
    const main = (await new InMemoryAdapter().getCurrentAccount());
    const shown = text(el.shadowRoot!);
    expect(shown).to.include('Only a main account can have sub-accounts');
    expect(shown).to.include(main.name);
    expect(shown).to.include(SEED.main.customerNumber);
    expect(!!$maybe(el, 'input')).to.equal(false);
    expect(!!$maybe(el, 'button')).to.equal(false);
    expect(calls.startLink ?? 0).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('for a standalone account says it becomes a main account', async () => {
    const { el } = await setup({ currentAccountId: SEED.standalone.id });
    expect(text(el.shadowRoot!)).to.include('becomes a main account');
    await toCodeStep(el);
    await submitCode(el, DEMO_CODE);
    await waitUntil(() => el.view === 'done');
    await el.updateComplete;
    expect(text(el.shadowRoot!)).to.include('is now a main account');
  });

  it('shows a load failure with a retry', async () => {
    const inner = new InMemoryAdapter();
    inner.backend.failNext('server');
    const el = await fixture<LinkAccountFlow>(html`<link-account-flow .adapter=${inner}></link-account-flow>`);
    await waitUntil(() => el.view === 'error');
    expect(text(el.shadowRoot!)).to.include(errors.server);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => el.view === 'number');
  });

  it('says when no backend is configured', async () => {
    const el = await fixture<LinkAccountFlow>(html`<link-account-flow></link-account-flow>`);
    await el.updateComplete;
    expect(el.view).to.equal('error');
    expect(text(el.shadowRoot!)).to.include(errors['no-adapter']);
  });

  it('speaks German inside lang="de", and takes string overrides', async () => {
    const { el } = await setup({}, 'de');
    expect(text($(el, 'h2'))).to.equal(de.numberHeading);
    expect(text($(el, 'label'))).to.equal(de.numberLabel);
    await submitNumber(el, SEED.notFound);
    await waitUntil(() => numberError(el));
    expect(text(numberError(el))).to.include(errorCatalogues.de['not-found'] as string);
    await toCodeStep(el);
    expect(text($(el, '#resend-status'))).to.include('30 Sekunden');
    el.strings = { codeHeading: 'Code vom Inhaber' };
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Code vom Inhaber');
  });

  it('is accessible in every step', async () => {
    const { el } = await setup();
    await expect(el).to.be.accessible();
    await typeInto(el, '#number', '12');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await toCodeStep(el);
    await expect(el).to.be.accessible();
    await submitCode(el, '999999');
    await waitUntil(() => $maybe(el, '#code-error'));
    await expect(el).to.be.accessible();
    await submitCode(el, DEMO_CODE);
    await waitUntil(() => el.view === 'done');
    await expect(el).to.be.accessible();
  });

  it('abandon() cancels an open request, and one still starting as soon as it arrives', async () => {
    const { el, inner, backend, calls } = await setup();
    const start = holdCalls(inner, 'startLink'); // in flight until the flow has been left
    expect(el.leaveRisk).to.equal('none');
    await submitNumber(el, SEED.linkable[0]);
    await waitUntil(() => calls.startLink === 1, 'the request starts');
    expect(el.leaveRisk).to.equal('busy');
    await el.abandon();
    expect(calls.cancelLink ?? 0, 'nothing to cancel before it arrives').to.equal(0);
    start.release();
    await waitUntil(() => calls.cancelLink === 1, 'the arriving request is canceled');
    expect(el.view).to.equal('number');
    const fresh = await backend.startLink(SEED.main.id, SEED.linkable[0]);
    expect(fresh.status, 'nothing half-done is left').to.equal('pending');

    const second = await setup();
    await toCodeStep(second.el, SEED.linkable[2]);
    expect(second.el.leaveRisk).to.equal('pending');
    await second.el.abandon();
    expect(second.calls.cancelLink).to.equal(1);
    expect(second.el.leaveRisk).to.equal('none');
  });
});
