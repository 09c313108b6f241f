import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sendMouse } from '../../helpers/pointer.js';
import type { AccountAdapter } from '../../../src/api/adapter.js';
import { tagNameFor } from '../../../src/core/tag-name.js';
import type { SubaccountAddedDetail } from '../../../src/core/events.js';
import {
  AddSubaccountDialog,
  type CloseRequestDetail,
  type OrderHandoverDetail,
} from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import '../../../src/elements/add-subaccount-dialog/define.js';
import { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';
import { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { addSubaccountDialogCatalogues } from '../../../src/i18n/add-subaccount-dialog.js';
import { linkAccountFlowCatalogues } from '../../../src/i18n/link-account-flow.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/mock/in-memory-adapter.js';
import { LINK_RULES } from '../../../src/mock/mock-backend.js';
import { DEMO_CODE, SEED } from '../../../src/mock/seed.js';
import { $, $maybe, announced, countingAdapter, focused, nameOf, text, mount } from '../../helpers/dom.js';
import { holdCalls } from '../../helpers/hold.js';

const en = addSubaccountDialogCatalogues.en;
const flowEn = linkAccountFlowCatalogues.en;

/** A dialog whose navigation tests can observe. */
class ShopDialog extends AddSubaccountDialog {
  navigated: string[] = [];
  protected override navigate(url: string): void {
    this.navigated.push(url);
  }
}
customElements.define('test-shop-dialog', ShopDialog);

/** A stand-in for the order flow, plugged in through the static field. */
class FakeOrderFlow extends HTMLElement {
  adapter?: AccountAdapter;
  currentAccount?: unknown;
  connectedCallback() {
    this.textContent = 'order flow';
    this.tabIndex = -1;
  }
}
class DialogWithOrderFlow extends AddSubaccountDialog {
  static override orderFlowElement: CustomElementConstructor | undefined = FakeOrderFlow;
}
customElements.define('test-order-dialog', DialogWithOrderFlow);

/** A registration without any order flow. */
class DialogWithoutOrderFlow extends AddSubaccountDialog {
  static override orderFlowElement: CustomElementConstructor | undefined = undefined;
}
customElements.define('test-no-order-dialog', DialogWithoutOrderFlow);

async function setup(options: InMemoryAdapterOptions = {}, tag = 'add-subaccount-dialog', lang = 'en') {
  const inner = new InMemoryAdapter(options);
  const { adapter, calls } = countingAdapter(inner);
  const wrapper = mount(html`<div lang=${lang}>
    <button id="opener" type="button">Add sub-account</button>
  </div>`).firstElementChild as HTMLDivElement;
  const el = document.createElement(tag) as AddSubaccountDialog;
  el.adapter = adapter;
  el.clock = () => inner.backend.now();
  wrapper.append(el);
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.addEventListener('click', () => el.show());
  await el.updateComplete;
  return { el, opener, wrapper, inner, adapter, calls, backend: inner.backend };
}

function dialogOf(el: AddSubaccountDialog): HTMLDialogElement {
  return $<HTMLDialogElement>(el, 'dialog');
}

/** Opens with a real key press on the opener; resolves when the choice (or its replacement) shows. */
async function openByKeyboard(el: AddSubaccountDialog, opener: HTMLButtonElement) {
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => !text(el.shadowRoot!.querySelector('.body')).includes(en.loading) && $maybe(el, '.body button'), 'the dialog content shows');
  await el.updateComplete;
}

function flowOf(el: AddSubaccountDialog): LinkAccountFlow {
  return $<LinkAccountFlow>(el, '[data-flow="link"]');
}

async function toLinkFlow(el: AddSubaccountDialog) {
  $(el, '#option-link').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $maybe(el, '[data-flow="link"]'), 'the link flow shows');
  const flow = flowOf(el);
  await waitUntil(() => flow.view === 'number');
  return flow;
}

async function typeNumber(flow: LinkAccountFlow, number: string) {
  $(flow, '#number').focus();
  await sendKeys({ type: number });
}

describe('<add-subaccount-dialog>', () => {
  it('opens as a modal, reflects open, and moves focus to the first choice', async () => {
    const { el, opener } = await setup();
    expect(el.open).to.equal(false);
    await openByKeyboard(el, opener);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(dialogOf(el).open).to.equal(true);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    expect(focused()).to.equal(nameOf($(el, '#option-create')));
    expect(text($(el, '.body'))).to.include('Nordlicht').and.include(SEED.main.customerNumber);
    await expect(el).to.be.accessible();
  });

  it('opens from the open attribute too', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<AddSubaccountDialog>(html`<add-subaccount-dialog open .adapter=${adapter}></add-subaccount-dialog>`);
    await waitUntil(() => $maybe(el, '#option-link'));
    expect(dialogOf(el).open).to.equal(true);
    el.close();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('Escape closes it through a close-request, and focus returns to the opener', async () => {
    const { el, opener } = await setup();
    await openByKeyboard(el, opener);
    const request = oneEvent(el, 'close-request') as Promise<CustomEvent<CloseRequestDetail>>;
    const closed = oneEvent(el, 'close');
    await sendKeys({ press: 'Escape' });
    const event = await request;
    expect(event.detail.source).to.equal('escape');
    expect(event.cancelable).to.equal(true);
    await closed;
    expect(el.open).to.equal(false);
    expect(dialogOf(el).open).to.equal(false);
    expect(focused()).to.equal(nameOf(opener));
  });

  it('the close button closes it; a host can veto a close-request', async () => {
    const { el, opener } = await setup();
    await openByKeyboard(el, opener);
    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('close-request', veto);
    $(el, 'button.close').click();
    await el.updateComplete;
    expect(el.open, 'vetoed').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open, 'vetoed Escape').to.equal(true);
    expect(dialogOf(el).open).to.equal(true);
    el.removeEventListener('close-request', veto);

    const request = oneEvent(el, 'close-request') as Promise<CustomEvent<CloseRequestDetail>>;
    $(el, 'button.close').focus();
    await sendKeys({ press: 'Enter' });
    expect((await request).detail.source).to.equal('close-button');
    await el.updateComplete;
    expect(el.open).to.equal(false);
    await waitUntil(() => focused() === nameOf(opener), 'focus returns to the opener');
  });

  it('a click on the backdrop asks to close with source backdrop', async () => {
    const { el, opener } = await setup();
    await openByKeyboard(el, opener);
    const request = oneEvent(el, 'close-request') as Promise<CustomEvent<CloseRequestDetail>>;
    await sendMouse({ type: 'click', position: [3, 3] });
    expect((await request).detail.source).to.equal('backdrop');
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('hosts the link flow by class (not a hard-coded tag), passes the adapter down, and Back returns to the choice', async () => {
    const { el, opener, adapter } = await setup();
    await openByKeyboard(el, opener);
    const flow = await toLinkFlow(el);
    expect(flow.localName).to.equal(tagNameFor(LinkAccountFlow));
    expect(flow).to.be.instanceOf(LinkAccountFlow);
    expect(flow.adapter).to.equal(adapter);
    expect(flow.embedded).to.equal(true);
    await waitUntil(() => focused() === nameOf($(flow, 'h2')), 'focus moves to the step heading');
    await expect(el).to.be.accessible();

    await typeNumber(flow, '5200');
    const back = [...flow.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === flowEn.back)!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $maybe(el, '#option-link') && !$maybe(el, '[data-flow]'));
    await waitUntil(() => focused() === nameOf($(el, '#option-link')), 'focus returns to the chosen option');
  });

  it('the whole happy path inside the dialog, by keyboard; subaccount-added leaves the dialog', async () => {
    const { el, opener, wrapper, backend } = await setup();
    const added = oneEvent(wrapper, 'subaccount-added') as Promise<CustomEvent<SubaccountAddedDetail>>;
    await openByKeyboard(el, opener);
    const flow = await toLinkFlow(el);
    await typeNumber(flow, SEED.linkable[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'code');
    await waitUntil(() => focused() === nameOf($(flow, 'h2')));
    await expect(el).to.be.accessible();
    $(flow, '#code').focus();
    await sendKeys({ type: DEMO_CODE });
    await sendKeys({ press: 'Enter' });
    const event = await added;
    expect(event.detail.via).to.equal('link');
    expect(event.detail.account.customerNumber).to.equal(SEED.linkable[0]);
    await waitUntil(() => flow.view === 'done');
    await flow.updateComplete;
    expect(focused()).to.equal(nameOf($(flow, 'h2')));
    await expect(el).to.be.accessible();

    const close = [...flow.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === flowEn.close)!;
    close.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.open, 'Close on the done step closes the dialog');
    expect(focused()).to.equal(nameOf(opener));
    const page = await backend.listSubaccounts(SEED.main.id, { search: SEED.linkable[0] });
    expect(page.total).to.equal(1);
  });

  it('Escape with a request in flight asks inside the dialog first; leaving cancels the link that arrives', async () => {
    const { el, opener, inner, calls, backend } = await setup();
    const start = holdCalls(inner, 'startLink'); // in flight until the dialog has been left
    await openByKeyboard(el, opener);
    const flow = await toLinkFlow(el);
    await typeNumber(flow, SEED.linkable[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.startLink === 1, 'the request starts');
    expect(flow.leaveRisk).to.equal('busy');
    const request = oneEvent(el, 'close-request');
    await sendKeys({ press: 'Escape' });
    await request;
    await el.updateComplete;
    expect(el.open).to.equal(true);
    const confirm = $(el, '.confirm');
    expect(text(confirm)).to.include(en.confirmBusyHeading).and.include(en.confirmBusyText);
    expect($(el, '.body').hidden).to.equal(true);
    await waitUntil(() => focused() === nameOf($(el, '#stay')), 'focus moves to the safe choice');
    await expect(el).to.be.accessible();

    $(el, '#leave').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.open);
    expect(focused()).to.equal(nameOf(opener));
    expect(calls.cancelLink ?? 0, 'nothing to cancel before it arrives').to.equal(0);
    start.release();
    await waitUntil(() => calls.cancelLink === 1, 'the challenge that arrived is canceled');
    const fresh = await backend.startLink(SEED.main.id, SEED.linkable[0]);
    expect(fresh.status, 'nothing half-done is left behind').to.equal('pending');
  });

  it('mid-verification, Escape asks; Escape again stays; leaving cancels the open request', async () => {
    const { el, opener, calls } = await setup();
    await openByKeyboard(el, opener);
    const flow = await toLinkFlow(el);
    await typeNumber(flow, SEED.linkable[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'code');
    $(flow, '#code').focus();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(text($(el, '.confirm'))).to.include(en.confirmPendingHeading).and.include(en.confirmPendingText);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(!!$maybe(el, '.confirm')).to.equal(false);
    await waitUntil(() => focused() === nameOf($(flow, '#code')), 'focus goes back to where it was');
    expect($<HTMLInputElement>(flow, '#code').value, 'nothing typed is lost').to.equal('12');

    $(el, 'button.close').click();
    await el.updateComplete;
    $(el, '#leave').click();
    await waitUntil(() => !el.open);
    await waitUntil(() => calls.cancelLink === 1);
  });

  it('close() from the host closes at once and cancels an open link request', async () => {
    const { el, opener, calls } = await setup();
    await openByKeyboard(el, opener);
    const flow = await toLinkFlow(el);
    await typeNumber(flow, SEED.linkable[3]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'code');
    el.close();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    await waitUntil(() => calls.cancelLink === 1);
  });

  it('requestClose() asks like Escape, with source host', async () => {
    const { el, opener } = await setup();
    await openByKeyboard(el, opener);
    const request = oneEvent(el, 'close-request') as Promise<CustomEvent<CloseRequestDetail>>;
    expect(el.requestClose()).to.equal(true);
    expect((await request).detail.source).to.equal('host');
  });

  it('reopening starts fresh at the choice', async () => {
    const { el, opener } = await setup();
    await openByKeyboard(el, opener);
    const flow = await toLinkFlow(el);
    await typeNumber(flow, '5200');
    el.close();
    await el.updateComplete;
    await openByKeyboard(el, opener);
    expect(!!$maybe(el, '[data-flow]')).to.equal(false);
    expect(focused()).to.equal(nameOf($(el, '#option-create')));
  });

  it('a sub-account sees why adding is impossible, naming its main account, and no way to add', async () => {
    const { el, opener, calls } = await setup({ currentAccountId: SEED.sub.id });
    await openByKeyboard(el, opener);
    const body = text($(el, '.body'));
    expect(body).to.include('Only a main account can have sub-accounts');
    expect(body).to.include('Nordlicht').and.include(SEED.main.customerNumber);
    expect($(el, '[data-reason]').dataset.reason).to.equal('not-main-account');
    expect(!!$maybe(el, '#option-link')).to.equal(false);
    expect(!!$maybe(el, '#option-create')).to.equal(false);
    expect(!!$maybe(el, '[data-flow]')).to.equal(false);
    expect(focused()).to.equal(nameOf($(el, '.body button')));
    expect(calls.startLink ?? 0).to.equal(0);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.open, 'its Close button closes');
  });

  it('a standalone account is told it becomes a main account', async () => {
    const { el, opener } = await setup({ currentAccountId: SEED.standalone.id });
    await openByKeyboard(el, opener);
    expect(text($(el, '.body'))).to.include('becomes a main account');
    await expect(el).to.be.accessible();
  });

  it('without an order flow or order-url, "create new" says it is unavailable (no dead button)', async () => {
    const { el, opener } = await setup({}, 'test-no-order-dialog');
    await openByKeyboard(el, opener);
    const create = $(el, '#option-create');
    expect(create.localName).to.not.equal('button');
    expect(text(create)).to.include(en.createTitle).and.include(en.createUnavailable);
    expect(create.querySelector('button')).to.equal(null);
  });

  it('with order-url, "create new" hands over to the shop with return_url', async () => {
    const { el, opener } = await setup({}, 'test-shop-dialog');
    el.orderUrl = 'https://shop.example.test/order?product=phone';
    await el.updateComplete;
    await openByKeyboard(el, opener);
    const create = $(el, '#option-create');
    expect(create.localName).to.equal('button');
    expect(text($(el, '#create-description'))).to.equal(en.createShopDescription);
    expect(create.getAttribute('aria-describedby')).to.equal('create-description');
    const handover = oneEvent(el, 'order-handover') as Promise<CustomEvent<OrderHandoverDetail>>;
    create.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await handover;
    const url = new URL(detail.url);
    expect(url.origin + url.pathname).to.equal('https://shop.example.test/order');
    expect(url.searchParams.get('product')).to.equal('phone');
    expect(url.searchParams.get('return_url')).to.equal(window.location.href);
    expect((el as ShopDialog).navigated).to.deep.equal([detail.url]);
  });

  it('order-handover can be canceled (a single-page app routes itself); unsafe order-url is refused', async () => {
    const { el, opener } = await setup({}, 'test-shop-dialog');
    el.orderUrl = '/shop';
    el.addEventListener('order-handover', (e) => e.preventDefault());
    await openByKeyboard(el, opener);
    $(el, '#option-create').click();
    expect((el as ShopDialog).navigated).to.deep.equal([]);

    el.orderUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect(text($(el, '#create-description')), 'no shop is offered').to.equal(en.createDescription);
    $(el, '#option-create').click();
    await waitUntil(() => $maybe(el, '[data-flow="order"]'), 'the embedded order flow instead');
    expect((el as ShopDialog).navigated).to.deep.equal([]);
  });

  it('hosts the order flow from the static orderFlowElement, passing the adapter', async () => {
    const { el, opener, adapter } = await setup({}, 'test-order-dialog');
    await openByKeyboard(el, opener);
    expect(focused()).to.equal(nameOf($(el, '#option-create')));
    $(el, '#option-create').click();
    await waitUntil(() => $maybe(el, '[data-flow="order"]'));
    const flow = $<FakeOrderFlow & HTMLElement>(el, '[data-flow="order"]');
    expect(flow).to.be.instanceOf(FakeOrderFlow);
    expect(flow.adapter).to.equal(adapter);
    expect(flow.hasAttribute('embedded')).to.equal(true);
    expect((flow.currentAccount as { id: string }).id).to.equal(SEED.main.id);
    flow.dispatchEvent(new CustomEvent('flow-back', { bubbles: true, composed: true }));
    await waitUntil(() => $maybe(el, '#option-create') && focused() === nameOf($(el, '#option-create')));
  });

  it('hosts the real order flow by default, by class, with the adapter; its Back returns to the choice', async () => {
    const { el, opener, adapter } = await setup();
    await openByKeyboard(el, opener);
    expect(focused()).to.equal(nameOf($(el, '#option-create')));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $maybe(el, '[data-flow="order"]'));
    const flow = $<OrderSubaccountFlow>(el, '[data-flow="order"]');
    expect(flow).to.be.instanceOf(OrderSubaccountFlow);
    expect(flow.localName).to.equal(tagNameFor(OrderSubaccountFlow));
    expect(flow.adapter).to.equal(adapter);
    expect(flow.embedded).to.equal(true);
    flow.dispatchEvent(new CustomEvent('flow-back', { bubbles: true, composed: true }));
    await waitUntil(() => $maybe(el, '#option-create') && focused() === nameOf($(el, '#option-create')));
  });

  it('shows a load failure with a retry', async () => {
    const { el, opener, backend } = await setup();
    backend.failNext('network');
    await openByKeyboard(el, opener);
    expect(text($(el, '.body'))).to.include('The connection failed');
    await announced(el, 'The connection failed');
    await expect(el).to.be.accessible();
    $(el, '.body button').click();
    await waitUntil(() => $maybe(el, '#option-link'));
  });

  it('speaks German inside lang="de"', async () => {
    const { el, opener } = await setup({}, 'add-subaccount-dialog', 'de');
    await openByKeyboard(el, opener);
    expect(text($(el, '#title'))).to.equal('Nebenaccount hinzufügen');
    expect(text($(el, '#option-link'))).to.include(addSubaccountDialogCatalogues.de.linkTitle);
    expect($(el, 'button.close').getAttribute('aria-label')).to.equal('Schließen');
  });

  it('after a link the dialog knows a standalone account became a main account', async () => {
    const { el, opener } = await setup({ currentAccountId: SEED.standalone.id });
    await openByKeyboard(el, opener);
    const flow = await toLinkFlow(el);
    await typeNumber(flow, SEED.linkable[4]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'code');
    $(flow, '#code').focus();
    await sendKeys({ type: DEMO_CODE });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'done');
    [...flow.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === flowEn.linkAnother)!.click();
    await waitUntil(() => flow.view === 'number');
    await flow.updateComplete;
    expect(text(flow.shadowRoot!)).to.not.include('becomes a main account');
  });

  it('showOrder(orderId) opens straight at the order flow, which picks that order up', async () => {
    const { el } = await setup({}, 'test-order-dialog');
    el.showOrder('ord-42');
    await waitUntil(() => $maybe(el, '[data-flow="order"]'), 'the order flow shows');
    expect(dialogOf(el).open).to.equal(true);
    const flow = $<FakeOrderFlow & { completedOrderId?: string }>(el, '[data-flow="order"]');
    expect(flow.completedOrderId).to.equal('ord-42');
    await waitUntil(() => el.shadowRoot!.activeElement === flow, 'focus moves into the flow');
    // The next ordinary opening starts at the choice again, without the order.
    el.close();
    await el.updateComplete;
    el.show();
    await waitUntil(() => $maybe(el, '#option-create'), 'the choice shows');
    expect($maybe(el, '[data-flow="order"]')).to.equal(null);
  });

  it('resend cool-down inside the dialog follows the dialog clock', async () => {
    const { el, opener, backend } = await setup();
    await openByKeyboard(el, opener);
    const flow = await toLinkFlow(el);
    await typeNumber(flow, SEED.linkable[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'code');
    expect($(flow, '#resend').getAttribute('aria-disabled')).to.equal('true');
    backend.advanceTime(LINK_RULES.resendCooldownMs);
    await waitUntil(() => $(flow, '#resend').getAttribute('aria-disabled') === 'false', 'cool-down over', { timeout: 3000 });
  });
});
