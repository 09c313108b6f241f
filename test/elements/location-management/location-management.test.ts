import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Account } from '../../../src/api/types.js';
import { RestAdapter } from '../../../src/api/rest-adapter.js';
import type { SubaccountAddedDetail } from '../../../src/core/events.js';
import type { AccountTree } from '../../../src/elements/account-tree/account-tree.js';
import '../../../src/elements/account-tree/define.js';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import type { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';
import type { LocationManagement } from '../../../src/elements/location-management/location-management.js';
import '../../../src/elements/location-management/define.js';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { accountTreeCatalogues } from '../../../src/i18n/account-tree.js';
import { errorCatalogues } from '../../../src/i18n/errors.js';
import { locationManagementCatalogues } from '../../../src/i18n/location-management.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/mock/in-memory-adapter.js';
import { MockBackend } from '../../../src/mock/mock-backend.js';
import { DEMO_CODE, SEED } from '../../../src/mock/seed.js';
import { useMockApi } from '../../helpers/msw.js';
import { $, $maybe, announced, countingAdapter, deepActive, focused, nameOf, text } from '../../helpers/dom.js';
import { acceptTerms, pressNext, toReview, waitForStep } from '../order-subaccount-flow/helpers.js';

const en = locationManagementCatalogues.en;
const de = locationManagementCatalogues.de;
const PROVISIONING_MS = 1000;

async function setup(options: InMemoryAdapterOptions = {}, lang = 'en') {
  const { adapter, calls } = countingAdapter(new InMemoryAdapter({ provisioningMs: PROVISIONING_MS, ...options }));
  // The element is the fixture root: a wrapper would make fixture() wait for a frame.
  const el = await fixture<LocationManagement>(html`<location-management lang=${lang} .adapter=${adapter}></location-management>`);
  await settled(el);
  return { el, adapter, calls, backend: adapter.backend };
}

/** Waits until the current account and the tree's first rows are shown. */
async function settled(el: LocationManagement): Promise<void> {
  await waitUntil(() => treeOf(el).shadowRoot?.querySelector('[role="treeitem"]'), 'the tree shows rows', { timeout: 4000 });
  await waitUntil(() => !$maybe(el, '.hint'), 'the section has loaded', { timeout: 4000 });
  await el.updateComplete;
}

const treeOf = (el: LocationManagement) => $<AccountTree>(el, '[part~="tree"]');
const dialogOf = (el: LocationManagement) => $<AddSubaccountDialog>(el, '[part~="dialog"]');
const rows = (el: LocationManagement) => Array.from(treeOf(el).shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]'));
const rowOf = (el: LocationManagement, name: string) => rows(el).find((row) => text(row).includes(name));

/** Focuses the add button with Tab from the heading row and opens the dialog with Enter. */
async function openDialogByKeyboard(el: LocationManagement): Promise<AddSubaccountDialog> {
  $(el, '[part~="add-button"]').focus();
  await sendKeys({ press: 'Enter' });
  // The dialog's code loads on first use (prefetched when the button got focus).
  await waitUntil(() => $maybe(el, '[part~="dialog"]'), 'the dialog loaded', { timeout: 4000 });
  const dialog = dialogOf(el);
  await waitUntil(() => dialog.open && $maybe(dialog, '#option-link'), 'the dialog shows its choice');
  return dialog;
}

async function linkByKeyboard(el: LocationManagement, customerNumber: string): Promise<Account> {
  const dialog = await openDialogByKeyboard(el);
  expect(focused()).to.equal(nameOf($(dialog, '#option-create')));
  await sendKeys({ press: 'Tab' });
  expect(focused()).to.equal(nameOf($(dialog, '#option-link')));
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $maybe(dialog, '[data-flow="link"]'), 'the link flow shows');
  const flow = $<LinkAccountFlow>(dialog, '[data-flow="link"]');
  await waitUntil(() => flow.view === 'number' && flow.matches(':focus-within'), 'the number step has focus');
  await tabTo('input#number');
  await sendKeys({ type: customerNumber });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => flow.view === 'code' && flow.matches(':focus-within'), 'the code step has focus', { timeout: 4000 });
  await tabTo('input#code');
  const added = oneEvent(el, 'subaccount-added') as Promise<CustomEvent<SubaccountAddedDetail>>;
  await sendKeys({ type: DEMO_CODE });
  await sendKeys({ press: 'Enter' });
  return (await added).detail.account;
}

/** Whether `node` is `host` or inside it, through shadow roots. */
function within(host: Element, node: Element | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === host) return true;
  return false;
}

/** Presses Tab until the focused element (through shadow roots) matches, as a person would. */
async function tabTo(selector: string): Promise<void> {
  for (let i = 0; i < 6 && !deepActive()?.matches(selector); i++) await sendKeys({ press: 'Tab' });
  expect(deepActive()?.matches(selector), `Tab reaches ${selector} (at ${focused()})`).to.equal(true);
}

describe('<location-management>', () => {
  it('shows the heading, what sub-accounts are, the add button, the search and the tree', async () => {
    const { el } = await setup();
    expect(text($(el, 'h2'))).to.equal(en.heading);
    expect(text($(el, '[part~="description"]'))).to.equal(en.description);
    expect(text($(el, '[part~="add-button"]'))).to.equal(en.add);
    expect($<HTMLInputElement>(el, 'input[type="search"]').labels?.[0]?.textContent).to.equal(en.searchLabel);
    expect(rowOf(el, SEED.main.name)).to.exist;
    expect(rowOf(el, SEED.sub.name)).to.exist;
    expect($maybe(el, '[part~="notice"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks German', async () => {
    const { el } = await setup({}, 'de');
    expect(text($(el, 'h2'))).to.equal(de.heading);
    expect(text($(el, '[part~="add-button"]'))).to.equal(de.add);
    expect($<HTMLInputElement>(el, 'input[type="search"]').placeholder).to.equal(de.searchPlaceholder);
    await expect(el).to.be.accessible();
  });

  it('links an existing account with the keyboard, then reveals and highlights it in the tree (the flow announces it, once)', async () => {
    const { el } = await setup();
    const account = await linkByKeyboard(el, SEED.linkable[0]);
    expect(account.customerNumber).to.equal(SEED.linkable[0]);

    // Behind the open dialog the tree already lists and highlights the new account…
    await waitUntil(() => rowOf(el, account.name)?.matches('[part~="revealed"]'), 'the new row is revealed');
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    // …and focus stays in the dialog, on the flow's result.
    const flow = $<LinkAccountFlow>(dialog, '[data-flow="link"]');
    await waitUntil(() => flow.view === 'done');
    await announced(flow, 'Step 3 of 3');
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]')), 'the section itself stays silent').to.equal('');
    expect(within(dialog, deepActive()), `focus in the dialog (at ${focused()})`).to.equal(true);
    await expect(el).to.be.accessible();

    // Closing the dialog moves focus to the new account's row.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'the dialog closes');
    await waitUntil(() => focused().includes(account.name), `focus on the new row (at ${focused()})`);
    await expect(el).to.be.accessible();
  });

  it('orders a new sub-account: listed as provisioning while it is set up, then as active and revealed', async () => {
    const { el, backend } = await setup();
    const dialog = await openDialogByKeyboard(el);
    await sendKeys({ press: 'Enter' }); // "Create a new sub-account" has focus
    await waitUntil(() => $maybe(dialog, '[data-flow="order"]'), 'the order flow shows');
    const flow = $<OrderSubaccountFlow>(dialog, '[data-flow="order"]');
    flow.pollInterval = 20;
    await waitForStep(flow, 'product');
    await toReview(flow);
    await acceptTerms(flow);
    await pressNext(flow);
    await waitForStep(flow, 'provisioning');

    // The tree behind the dialog lists the new account with its status.
    const name = 'Filiale Koeln';
    await waitUntil(() => rowOf(el, name), 'the ordered account is listed', { timeout: 4000 });
    expect(text(rowOf(el, name))).to.include(accountTreeCatalogues.en.statusProvisioning);

    const added = oneEvent(el, 'subaccount-added') as Promise<CustomEvent<SubaccountAddedDetail>>;
    backend.advanceTime(PROVISIONING_MS);
    const { detail } = await added;
    expect(detail.via).to.equal('order');
    await waitForStep(flow, 'done');
    await announced(flow, name);
    await waitUntil(
      () => rowOf(el, name)?.matches('[part~="revealed"]') && !text(rowOf(el, name)).includes(accountTreeCatalogues.en.statusProvisioning),
      'the account is listed as active and revealed',
      { timeout: 4000 },
    );
    await expect(el).to.be.accessible();
  });

  it('in a sub-account: no way to add, an explanation naming the main account instead', async () => {
    const { el } = await setup({ currentAccountId: SEED.sub.id });
    expect($maybe(el, '[part~="add-button"]')).to.equal(null);
    expect($maybe(el, '[part~="dialog"]')).to.equal(null);
    expect(text($(el, '[part~="notice"]'))).to.equal(
      `${en.subExplanation.replace('{main}', SEED.main.name)} ${en.subWhatToDo.replace('{main}', SEED.main.name)}`,
    );
    expect(el.shadowRoot!.querySelector('add-subaccount-dialog')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a standalone account can add, is told it becomes the main account, and loses the hint once it did', async () => {
    const { el, calls } = await setup({ currentAccountId: SEED.standalone.id });
    expect(text($(el, '[part~="notice"]'))).to.equal(en.standaloneHint);
    const before = calls.getCurrentAccount ?? 0;
    await linkByKeyboard(el, SEED.linkable[1]);
    await waitUntil(() => !$maybe(el, '[part~="notice"]'), 'the hint goes: the account is a main account now');
    expect(calls.getCurrentAccount).to.be.greaterThan(before);
    expect(dialogOf(el).currentAccount?.role).to.equal('main');
  });

  it('filters the tree as the person types into the search field', async () => {
    const { el } = await setup();
    const tree = treeOf(el);
    $(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'Leipzig' });
    await waitUntil(() => tree.filter === 'Leipzig', 'the tree gets the filter');
    await waitUntil(() => !rowOf(el, SEED.sub.name) && rowOf(el, 'Standort Leipzig Zentrum'), 'only matching rows are shown', {
      timeout: 4000,
    });
    await expect(el).to.be.accessible();
  });

  it('clears the search after an add, so the new account can be seen', async () => {
    const { el } = await setup();
    $(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'Leipzig' });
    await waitUntil(() => treeOf(el).filter === 'Leipzig');
    const account = await linkByKeyboard(el, SEED.linkable[2]);
    await waitUntil(() => $<HTMLInputElement>(el, 'input[type="search"]').value === '', 'the search is cleared');
    await waitUntil(() => rowOf(el, account.name), 'the new account is shown', { timeout: 4000 });
  });

  it('shows a failed load with a retry that works by keyboard', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('server'); // the section asks first, before its tree exists
    const errors: string[] = [];
    const el = await fixture<LocationManagement>(
      html`<location-management lang="en" .adapter=${adapter} @adapter-error=${(e: CustomEvent) => errors.push(e.detail.error.code)}></location-management>`,
    );
    await waitUntil(() => $maybe(el, '[part~="error"]'), 'the error shows', { timeout: 4000 });
    expect(text($(el, '[part~="error"]'))).to.include(errorCatalogues.en.server as string);
    expect(errors).to.include('server');
    // One message and one retry: the search and the tree wait hidden.
    expect(treeOf(el).hidden).to.equal(true);
    expect($(el, '.search').hidden).to.equal(true);
    expect(getComputedStyle($(el, '.search')).display).to.equal('none');
    await expect(el).to.be.accessible();
    $(el, '[part~="error"] button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $maybe(el, '[part~="add-button"]') && !$maybe(el, '[part~="error"]'), 'loaded after retry', { timeout: 4000 });
    await settled(el);
    expect(treeOf(el).hidden).to.equal(false);
    expect(rowOf(el, SEED.sub.name)).to.exist;
  });

  it('says so when no backend is configured, without a retry that cannot help', async () => {
    const el = await fixture<LocationManagement>(html`<location-management lang="en"></location-management>`);
    await waitUntil(() => $maybe(el, '[part~="error"]'), 'the error shows');
    expect(text($(el, '[part~="error"]'))).to.equal(errorCatalogues.en['no-adapter']);
    expect($maybe(el, '[part~="error"] button')).to.equal(null);
  });

  it('works over HTTP with api-base alone, and hands its adapter to the elements inside', async () => {
    await useMockApi(new MockBackend());
    const el = await fixture<LocationManagement>(html`<location-management lang="en" api-base="/api"></location-management>`);
    await settled(el);
    expect(rowOf(el, SEED.sub.name)).to.exist;
    expect(treeOf(el).adapter).to.be.instanceOf(RestAdapter);
    expect(dialogOf(el).adapter).to.equal(treeOf(el).adapter);
  });

  it('with order-url, "create new" hands over to the portal shop with a way back', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<LocationManagement>(
      html`<location-management lang="en" .adapter=${adapter} order-url="https://shop.example.test/sites?plan=pro"></location-management>`,
    );
    await settled(el);
    expect(dialogOf(el).orderUrl).to.equal('https://shop.example.test/sites?plan=pro');
    const dialog = await openDialogByKeyboard(el);
    const handover = oneEvent(el, 'order-handover') as Promise<CustomEvent<{ url: string }>>;
    el.addEventListener('order-handover', (e) => e.preventDefault(), { once: true }); // stay on the test page
    $(dialog, '#option-create').focus();
    await sendKeys({ press: 'Enter' });
    const url = new URL((await handover).detail.url);
    expect(url.origin + url.pathname).to.equal('https://shop.example.test/sites');
    expect(url.searchParams.get('plan')).to.equal('pro');
    expect(url.searchParams.get('return_url')).to.equal(location.href);
    dialog.close();
  });

  it('provides its adapter through context to an element slotted into it', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<LocationManagement>(html`<location-management lang="en" .adapter=${adapter}>
      <account-tree slot="description"></account-tree>
    </location-management>`);
    const slotted = el.querySelector<AccountTree>('account-tree')!;
    await waitUntil(() => slotted.shadowRoot?.querySelector('[role="treeitem"]'), 'the slotted tree loads through context', {
      timeout: 4000,
    });
    expect(text(slotted.shadowRoot!.querySelector('[role="treeitem"]'))).to.include(SEED.main.name);
  });

  it('replaces heading and description through slots', async () => {
    const el = await fixture<LocationManagement>(html`<location-management lang="en" .adapter=${new InMemoryAdapter()}>
      <h1 slot="heading">Meine Standorte</h1>
      <p slot="description">Eigener Text</p>
    </location-management>`);
    await settled(el);
    const headingSlot = $<HTMLSlotElement>(el, 'slot[name="heading"]');
    expect(headingSlot.assignedElements()[0].textContent).to.equal('Meine Standorte');
    expect($<HTMLSlotElement>(el, 'slot[name="description"]').assignedElements()[0].textContent).to.equal('Eigener Text');
    await expect(el).to.be.accessible();
  });

  describe('returning from the portal shop', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => {
      history.replaceState(history.state, '', original);
    });

    it('picks up the order named in the address, shows it finish, reveals the account and cleans the address', async () => {
      const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
      const backend = adapter.backend;
      const catalog = await backend.getCatalog(SEED.main.id);
      const product = catalog.products[0];
      const order = await backend.placeOrder(
        SEED.main.id,
        {
          productId: product.id,
          options: {},
          site: { name: 'Filiale Shop', street: 'Hafenstrasse 3', postalCode: '20459', city: 'Hamburg' },
          contactEmail: 'shop@nordlicht.example',
          invoice: 'own',
          acceptTerms: true,
        },
        { idempotencyKey: 'shop-return-1' },
      );
      backend.advanceTime(PROVISIONING_MS);
      const url = new URL(location.href);
      url.searchParams.set('order', order.id);
      url.searchParams.set('tab', 'sites');
      history.replaceState(history.state, '', url.href);

      const added = new Promise<CustomEvent<SubaccountAddedDetail>>((resolve) =>
        document.addEventListener('subaccount-added', (e) => resolve(e as CustomEvent<SubaccountAddedDetail>), { once: true }),
      );
      const el = await fixture<LocationManagement>(
        html`<location-management lang="en" .adapter=${adapter} order-url="https://shop.example.test/sites"></location-management>`,
      );
      const { detail } = await added;
      expect(detail.order?.id).to.equal(order.id);
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      const flow = $<OrderSubaccountFlow>(dialog, '[data-flow="order"]');
      await waitForStep(flow, 'done');
      await waitUntil(() => rowOf(el, 'Filiale Shop')?.matches('[part~="revealed"]'), 'the account is revealed', { timeout: 4000 });
      const now = new URL(location.href);
      expect(now.searchParams.has('order')).to.equal(false);
      expect(now.searchParams.get('tab')).to.equal('sites');
    });

    it('leaves an `order` parameter alone when it hands over to no shop (it may mean something else)', async () => {
      const url = new URL(location.href);
      url.searchParams.set('order', 'name-asc');
      history.replaceState(history.state, '', url.href);
      const el = await fixture<LocationManagement>(html`<location-management lang="en" .adapter=${new InMemoryAdapter()}></location-management>`);
      await settled(el);
      expect(new URL(location.href).searchParams.get('order')).to.equal('name-asc');
      expect(dialogOf(el).open).to.equal(false);
    });
  });
});
