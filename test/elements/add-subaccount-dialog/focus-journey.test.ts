import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { isInViewport } from '../../../src/core/scroll-into-view.js';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import '../../../src/elements/add-subaccount-dialog/define.js';
import type { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { DEMO_CODE, SEED } from '../../../src/mock/seed.js';
import { recordAnnouncements, settleAnnouncements } from '../../helpers/announcements.js';
import { $, $maybe, deepActive, mount, nameOf } from '../../helpers/dom.js';
import { acceptTerms, fillSite, waitForStep } from '../order-subaccount-flow/helpers.js';

/** True when `node` is `ancestor` or inside it, across shadow roots. */
function within(ancestor: Node, node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === ancestor) return true;
  return false;
}

/** Focus is inside `where`, on something with a size, inside the viewport: never <body>. */
function expectFocusIn(where: Element, after: string, what?: (el: Element) => boolean): Element {
  const active = deepActive();
  expect(active, `focus after ${after}`).to.exist;
  expect(active, `focus after ${after} is not on <body>`).not.to.equal(document.body);
  expect(within(where, active), `focus inside <${where.localName}> after ${after} (at ${nameOf(active)})`).to.equal(true);
  expect(isInViewport(active!), `focused ${nameOf(active)} visible after ${after}`).to.equal(true);
  if (what) expect(what(active!), `focus on the right element after ${after} (at ${nameOf(active)})`).to.equal(true);
  return active!;
}
const isHeading = (el: Element) => el.matches('[data-heading], [data-step-heading]');

async function setup(lang = 'en') {
  const adapter = new InMemoryAdapter({ provisioningMs: 1000 });
  const wrapper = mount(html`<div lang=${lang}>
    <button id="opener" type="button">Add sub-account</button>
  </div>`).firstElementChild as HTMLDivElement;
  const el = document.createElement('add-subaccount-dialog') as AddSubaccountDialog;
  el.adapter = adapter;
  el.clock = () => adapter.backend.now();
  wrapper.append(el);
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.addEventListener('click', () => el.show());
  await el.updateComplete;
  return { el, opener, adapter };
}

async function open(el: AddSubaccountDialog, opener: HTMLButtonElement): Promise<void> {
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $maybe(el, '#option-create'), 'the choice shows');
}

const frameTop = (el: AddSubaccountDialog) => Math.round($(el, 'dialog').getBoundingClientRect().top);

async function pressOn(host: Element, selector: string, key = 'Enter'): Promise<void> {
  $(host, selector).focus();
  await sendKeys({ press: key });
}

describe('focus never drops, and nothing jumps, in the dialog and its flows', function () {
  this.timeout(30000);
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  // German too on a phone: its long compounds are what widened the review beyond the screen.
  for (const [width, height, lang] of [
    [1280, 800, 'en'],
    [390, 844, 'en'],
    [390, 844, 'de'],
  ] as const) {
    it(`create new (${width}×${height}, ${lang}): every step puts focus on its heading, announced once; the dialog keeps its top edge; Close returns focus`, async () => {
      await setViewport({ width, height });
      const { el, opener, adapter } = await setup(lang);
      const spoken = recordAnnouncements(el);
      await open(el, opener);
      const tops: number[] = [frameTop(el)];
      spoken.take();

      await pressOn(el, '#option-create');
      const flow = await waitUntil(() => $maybe(el, '[data-flow="order"]'), 'the order flow').then(() => $<OrderSubaccountFlow>(el, '[data-flow="order"]'));
      flow.pollInterval = 20;
      await waitForStep(flow, 'product');
      await waitUntil(() => isHeading(deepActive()!), 'focus on the product heading');
      expectFocusIn(flow, 'choosing create new', isHeading);
      await settleAnnouncements();
      expect(spoken.take(), 'entering the flow').to.deep.equal([lang === 'en' ? 'Step 1 of 5: Product' : 'Schritt 1 von 5: Produkt']);
      tops.push(frameTop(el));

      // The product step: choose the first product, Next.
      const radio = flow.shadowRoot!.querySelector<HTMLInputElement>('input[name="productId"]')!;
      radio.focus();
      await sendKeys({ press: 'Space' });
      await pressOn(flow, '[part="next"]');
      await waitForStep(flow, 'configuration');
      expectFocusIn(flow, 'Next to configuration', isHeading);
      await settleAnnouncements();
      expect(spoken.take()).to.have.length(1);
      tops.push(frameTop(el));

      // A failed Next: focus on the first invalid field, one announcement.
      await pressOn(flow, '[part="next"]');
      await flow.updateComplete;
      expectFocusIn(flow, 'a failed Next', (a) => a.matches('input[aria-invalid="true"]'));
      await settleAnnouncements();
      const failed = spoken.take();
      expect(failed, JSON.stringify(failed)).to.have.length(1);
      expect(failed, 'a failed step').to.have.length(1);
      expect(failed[0]).to.match(lang === 'en' ? /check/i : /prüfen/i);

      // Back and Next again.
      await pressOn(flow, '[part="back"]');
      await waitForStep(flow, 'product');
      expectFocusIn(flow, 'Back', isHeading);
      await pressOn(flow, '[part="next"]');
      await waitForStep(flow, 'configuration');
      expectFocusIn(flow, 'Next again', isHeading);
      await fillSite(flow);
      await pressOn(flow, '[part="next"]');
      await waitForStep(flow, 'invoice');
      expectFocusIn(flow, 'Next to invoice', isHeading);
      tops.push(frameTop(el));
      await pressOn(flow, '[part="next"]');
      await waitForStep(flow, 'review');
      expectFocusIn(flow, 'Next to review', isHeading);
      tops.push(frameTop(el));
      await settleAnnouncements();
      spoken.take();

      // Order: provisioning, then done — each outcome announced once.
      await acceptTerms(flow);
      await pressOn(flow, '[part="next"]');
      await waitForStep(flow, 'provisioning');
      expectFocusIn(flow, 'placing the order', isHeading);
      await settleAnnouncements();
      const placed = spoken.take();
      expect(placed, `a placed order: ${JSON.stringify(placed)}`).to.have.length(1);
      tops.push(frameTop(el));
      adapter.backend.advanceTime(1000);
      await waitForStep(flow, 'done');
      await waitUntil(() => isHeading(deepActive()!), 'focus on the done heading');
      expectFocusIn(flow, 'the order completing', isHeading);
      await settleAnnouncements();
      const done = spoken.take();
      expect(done, 'a finished order').to.have.length(1);
      expect(done[0]).to.include('Filiale Koeln');
      tops.push(frameTop(el));

      expect(new Set(tops).size, `the dialog's top edge stays put: ${tops.join(', ')}`).to.equal(1);
      await expect(el).to.be.accessible();

      await pressOn(flow, '[part~="cancel"]');
      await waitUntil(() => !el.open, 'closed');
      expect(deepActive()).to.equal(opener);
      spoken.stop();
    });
  }

  it('add existing: number → failed Next → code → Back → code → done, focus on each heading (or the field), one announcement each; Close returns focus', async () => {
    const { el, opener } = await setup();
    const spoken = recordAnnouncements(el);
    await open(el, opener);
    const top = frameTop(el);
    spoken.take();
    await pressOn(el, '#option-link');
    await waitUntil(() => $maybe(el, '[data-flow="link"]'));
    const flow = $<LinkAccountFlow>(el, '[data-flow="link"]');
    await waitUntil(() => flow.view === 'number');
    expectFocusIn(flow, 'choosing add existing', isHeading);
    await settleAnnouncements();
    expect(spoken.take()).to.deep.equal(['Step 1 of 3: Add an existing account']);

    await pressOn(flow, '[part~="primary-button"]');
    await flow.updateComplete;
    expectFocusIn(flow, 'a failed Next', (a) => a.id === 'number');
    await settleAnnouncements();
    expect(spoken.take(), 'a failed step').to.have.length(1);

    await sendKeys({ type: SEED.linkable[1] });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'code');
    await flow.updateComplete;
    expectFocusIn(flow, 'Next to the code', isHeading);
    await settleAnnouncements();
    expect(spoken.take()).to.have.length(1);
    expect(frameTop(el)).to.equal(top);

    await pressOn(flow, '[part~="actions"] button:first-child');
    await waitUntil(() => flow.view === 'number');
    await flow.updateComplete;
    expectFocusIn(flow, 'Back', isHeading);
    await pressOn(flow, '[part~="primary-button"]');
    await waitUntil(() => flow.view === 'code');
    await flow.updateComplete;
    expectFocusIn(flow, 'Next again', isHeading);
    await settleAnnouncements();
    spoken.take();

    $(flow, '#code').focus();
    await sendKeys({ type: DEMO_CODE });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.view === 'done');
    await flow.updateComplete;
    expectFocusIn(flow, 'the link completing', isHeading);
    await settleAnnouncements();
    const linked = spoken.take();
    expect(linked, `a finished link: exactly one announcement (${JSON.stringify(linked)})`).to.have.length(1);
    expect(frameTop(el)).to.equal(top);
    await expect(el).to.be.accessible();

    await pressOn(flow, '[part~="primary-button"]');
    await waitUntil(() => !el.open, 'closed');
    expect(deepActive()).to.equal(opener);
    spoken.stop();
  });

  it('reopening on a saved draft puts focus on the restored step heading', async () => {
    const { el, opener } = await setup();
    await open(el, opener);
    await pressOn(el, '#option-create');
    await waitUntil(() => $maybe(el, '[data-flow="order"]'));
    let flow = $<OrderSubaccountFlow>(el, '[data-flow="order"]');
    await waitForStep(flow, 'product');
    flow.shadowRoot!.querySelector<HTMLInputElement>('input[name="productId"]')!.focus();
    await sendKeys({ press: 'Space' });
    await pressOn(flow, '[part="next"]');
    await waitForStep(flow, 'configuration');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.open);
    expect(deepActive()).to.equal(opener);

    await open(el, opener);
    const spoken = recordAnnouncements(el);
    await pressOn(el, '#option-create');
    await waitUntil(() => $maybe(el, '[data-flow="order"]'));
    flow = $<OrderSubaccountFlow>(el, '[data-flow="order"]');
    await waitForStep(flow, 'configuration');
    await waitUntil(() => isHeading(deepActive() ?? document.body), `focus on the heading (at ${nameOf(deepActive())})`);
    expectFocusIn(flow, 'restoring a draft', isHeading);
    expect(flow.shadowRoot!.textContent).to.include('We restored the order');
    await settleAnnouncements();
    expect(spoken.take()).to.deep.equal(['Step 2 of 5: Configuration']);
    await expect(el).to.be.accessible();
    spoken.stop();
  });

  it('showOrder(id) after the shop returns: focus on the order status heading inside the flow', async () => {
    const { el, opener, adapter } = await setup();
    const catalog = await adapter.getCatalog(SEED.main.id);
    const product = catalog.products[0];
    const order = await adapter.placeOrder(
      SEED.main.id,
      {
        productId: product.id,
        options: {},
        site: { name: 'Filiale Bonn', street: 'Markt 1', postalCode: '53111', city: 'Bonn' },
        invoice: 'own',
        contactEmail: 'it@nordlicht.example',
        acceptTerms: true,
      } as never,
      { idempotencyKey: 'k-focus-1' },
    );
    opener.focus();
    el.showOrder(order.id);
    await waitUntil(() => $maybe(el, '[data-flow="order"]'));
    const flow = $<OrderSubaccountFlow>(el, '[data-flow="order"]');
    await waitUntil(() => flow.step === 'provisioning' || flow.step === 'done');
    await waitUntil(() => isHeading(deepActive() ?? document.body), `focus on the heading (at ${nameOf(deepActive())})`);
    expectFocusIn(flow, 'showOrder()', isHeading);
    await expect(el).to.be.accessible();
    el.requestClose('host');
    await waitUntil(() => !el.open);
    expect(deepActive()).to.equal(opener);
  });

  it('German: the step heading is focused and announced in German', async () => {
    const { el, opener } = await setup('de');
    const spoken = recordAnnouncements(el);
    await open(el, opener);
    spoken.take();
    await pressOn(el, '#option-link');
    await waitUntil(() => $maybe(el, '[data-flow="link"]'));
    const flow = $<LinkAccountFlow>(el, '[data-flow="link"]');
    await waitUntil(() => flow.view === 'number');
    expectFocusIn(flow, 'choosing add existing', isHeading);
    await settleAnnouncements();
    const said = spoken.take();
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Schritt 1 von 3/);
    spoken.stop();
  });
});
