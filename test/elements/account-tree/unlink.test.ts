import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SubaccountRemovedDetail } from '../../../src/core/events.js';
import { SEED } from '../../../src/mock/seed.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { recordAnnouncements } from '../../helpers/announcements.js';
import { countingAdapter, text } from '../../helpers/dom.js';
import { holdCalls } from '../../helpers/hold.js';
import { sendMouse } from '../../helpers/pointer.js';
import { $, children, focused, mount, nameOf, place, rootItem, settled, type AccountTree } from './helpers.js';

const withButtons = (t: unknown) => html`<div><button>before</button>${t}<button>after</button></div>`;
const rowNamed = (el: AccountTree, name: string) => children(el).find((r) => nameOf(r) === name)!;
const menu = (el: AccountTree) => $(el, '[role="menu"]');
const dialog = (el: AccountTree) => $(el, 'dialog[role="alertdialog"]') as HTMLDialogElement | null;
const meta = (el: AccountTree) => text(rootItem(el).querySelector('.meta'));

function centre(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** Shift+F10 on the focused row; resolves once the menu (its code loads on first use) has focus. */
async function shiftF10(el: AccountTree): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'F10' });
  await sendKeys({ up: 'Shift' });
  await menuFocused(el);
}

const menuFocused = (el: AccountTree) =>
  waitUntil(() => menu(el) && focused(el)?.getAttribute('role') === 'menuitem', 'the menu opens with focus on its item', { timeout: 4000 });

async function click(node: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(node) });
}

/** Clicks a row's actions button; resolves once its menu is open. */
async function clickActions(el: AccountTree, button: Element): Promise<void> {
  await click(button);
  await menuFocused(el);
}

/** Tab from "before" to the tree's tab stop (the root), then Down to the first sub-account. */
async function focusFirstChild(el: AccountTree): Promise<void> {
  el.parentElement!.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'ArrowDown' });
  expect(nameOf(focused(el))).to.equal('Außenstelle Essen');
}

describe('<account-tree> unlink a sub-account', () => {
  beforeEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('by keyboard: Shift+F10 opens the row menu, Enter asks, Tab + Enter unlinks; focus on the next row, one announcement, the event', async () => {
    const { el, adapter } = await mount({}, withButtons);
    const before = children(el).length;
    expect(meta(el)).to.contain('13 sub-accounts');
    const row = rowNamed(el, 'Außenstelle Essen');
    expect(row.getAttribute('aria-describedby')).to.contain('actions-hint');
    const button = row.querySelector('.actions')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('tabindex')).to.equal('-1');
    await focusFirstChild(el);

    await shiftF10(el);
    await el.updateComplete;
    expect(menu(el), 'menu open').to.exist;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal('row-menu');
    expect(focused(el)?.getAttribute('role')).to.equal('menuitem');
    expect(text(focused(el))).to.equal('Unlink');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const d = dialog(el)!;
    expect(d.open).to.equal(true);
    expect(menu(el)).to.equal(null);
    expect(text(d.querySelector('h2'))).to.equal('Unlink Außenstelle Essen?');
    const says = text(d.querySelector('#unlink-text'));
    expect(says).to.contain('Außenstelle Essen (customer no. 4711014) will no longer be a sub-account of Nordlicht Kommunikation GmbH');
    expect(says).to.contain('keeps its own login');
    expect(says).to.contain('disappears from this list');
    expect(says).not.to.contain('collective invoice');
    expect(text(focused(el)), 'focus on the safe choice').to.equal('Cancel');
    await expect(el).to.be.accessible();

    const voice = recordAnnouncements(el);
    const removed = oneEvent(el, 'subaccount-removed') as Promise<CustomEvent<SubaccountRemovedDetail>>;
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Unlink');
    await sendKeys({ press: 'Enter' });
    const event = await removed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.account.id).to.equal('acc-sub-essen');
    expect(event.detail.account.role).to.equal('standalone');
    await waitUntil(() => children(el).length === before - 1 && nameOf(focused(el)) === 'Filiale Überlingen', 'focus on the next row');
    await settled(el);
    expect(dialog(el)).to.equal(null);
    expect(children(el).map(nameOf)).not.to.include('Außenstelle Essen');
    expect(meta(el)).to.contain('12 sub-accounts');
    expect(focused(el)?.getAttribute('aria-posinset')).to.equal('1');
    await waitUntil(() => voice.all.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(voice.take()).to.deep.equal(['Außenstelle Essen is unlinked and is now a standalone account.']);
    expect((await adapter.listSubaccounts(SEED.main.id)).total).to.equal(12);
    await expect(el).to.be.accessible();
  });

  it('by pointer: the row’s visible button, Unlink, confirm — a collective-invoice account is told it leaves the invoice', async () => {
    const { el } = await mount({}, withButtons);
    const row = rowNamed(el, 'Standort Köln-Ehrenfeld');
    const button = row.querySelector('.actions')!;
    const r = button.getBoundingClientRect();
    expect(r.width).to.be.at.least(44);
    expect(r.height).to.be.at.least(44);
    await clickActions(el, button);
    await el.updateComplete;
    expect(menu(el)).to.exist;
    const item = menu(el)!.querySelector('[role="menuitem"]')!;
    await click(item);
    await el.updateComplete;
    const d = dialog(el)!;
    expect(text(d.querySelector('#unlink-text'))).to.contain('It leaves the collective invoice');
    const removed = oneEvent(el, 'subaccount-removed') as Promise<CustomEvent<SubaccountRemovedDetail>>;
    await click(d.querySelector('[part="unlink-confirm"]')!);
    const event = await removed;
    expect(event.detail.account.leftCollectiveInvoice).to.equal(true);
    await settled(el);
    expect(children(el).map(nameOf)).not.to.include('Standort Köln-Ehrenfeld');
    expect(nameOf(focused(el))).to.equal('Standort Leipzig Zentrum');
  });

  it('cancel keeps everything: Escape closes the dialog, focus goes back to the row, nothing is sent', async () => {
    const counted = countingAdapter(new InMemoryAdapter());
    const el = await place<AccountTree>(html`<account-tree .adapter=${counted.adapter} filter-delay="0"></account-tree>`);
    await settled(el);
    rootItem(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(focused(el))).to.equal('Filiale Überlingen');
    // The context-menu key opens it too; Escape in the menu goes back to the row.
    await shiftF10(el);
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu(el)).to.equal(null);
    expect(nameOf(focused(el))).to.equal('Filiale Überlingen');
    await shiftF10(el);
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog(el)!.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(nameOf(focused(el))).to.equal('Filiale Überlingen');
    expect(children(el).map(nameOf)).to.include('Filiale Überlingen');
    expect(counted.calls.unlinkSubaccount ?? 0).to.equal(0);
    // Cancel by pointer too.
    await clickActions(el, rowNamed(el, 'Filiale Überlingen').querySelector('.actions')!);
    await el.updateComplete;
    await click(menu(el)!.querySelector('[role="menuitem"]')!);
    await el.updateComplete;
    await click(dialog(el)!.querySelector('[part="unlink-cancel"]')!);
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(nameOf(focused(el))).to.equal('Filiale Überlingen');
    expect(counted.calls.unlinkSubaccount ?? 0).to.equal(0);
  });

  it('a refusal is shown by its code and nothing changes (an account still being set up)', async () => {
    const { el } = await mount({}, withButtons);
    let events = 0;
    el.addEventListener('subaccount-removed', () => events++);
    const row = rowNamed(el, 'Standort Nürnberg Südstadt');
    row.scrollIntoView({ block: 'center' });
    await clickActions(el, row.querySelector('.actions')!);
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="unlink-error"]'), 'refusal shown');
    const alert = $(el, '[part="unlink-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal('Standort Nürnberg Südstadt is still being set up. It can be unlinked once it is ready.');
    expect(dialog(el)!.open).to.equal(true);
    expect(children(el).map(nameOf)).to.include('Standort Nürnberg Südstadt');
    expect(meta(el)).to.contain('13 sub-accounts');
    expect(events).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a refusal by another code (not-linked), in German: its own message', async () => {
    const { el, adapter } = await mount({}, (t) => html`<div lang="de">${t}</div>`);
    // Unlinked elsewhere meanwhile (another tab): the backend says not-linked.
    await adapter.unlinkSubaccount(SEED.main.id, 'acc-sub-bremen');
    await clickActions(el, rowNamed(el, 'Lager Bremen').querySelector('.actions')!);
    await el.updateComplete;
    expect(text(menu(el))).to.equal('Verknüpfung lösen');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(dialog(el)!.querySelector('h2'))).to.equal('Verknüpfung mit Lager Bremen lösen?');
    expect(text(focused(el))).to.equal('Abbrechen');
    await click(dialog(el)!.querySelector('[part="unlink-confirm"]')!);
    await waitUntil(() => $(el, '[part="unlink-error"]'), 'refusal shown');
    const alert = $(el, '[part="unlink-error"]')!;
    expect(text(alert)).to.contain('Lager Bremen ist nicht mehr mit diesem Hauptaccount verknüpft');
  });

  it('confirming twice sends one request', async () => {
    const inner = new InMemoryAdapter();
    const unlink = holdCalls(inner, 'unlinkSubaccount'); // in flight until both clicks and Enter are in
    const counted = countingAdapter(inner);
    const el = await place<AccountTree>(html`<account-tree .adapter=${counted.adapter} filter-delay="0"></account-tree>`);
    await settled(el);
    await clickActions(el, rowNamed(el, 'Lager Bremen').querySelector('.actions')!);
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const confirm = dialog(el)!.querySelector('[part="unlink-confirm"]')!;
    await click(confirm);
    await click(confirm);
    await sendKeys({ press: 'Enter' });
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    expect(text(confirm)).to.equal('Unlinking…');
    const removed = oneEvent(el, 'subaccount-removed');
    unlink.release();
    await removed;
    await waitUntil(() => !children(el).map(nameOf).includes('Lager Bremen'), 'row gone');
    await settled(el);
    expect(counted.calls.unlinkSubaccount).to.equal(1);
  });

  it('the last sub-account gone, the tree shows a standalone account with focus on its row', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.setCurrentAccount(SEED.standalone.id);
    const ch = await adapter.startLink(SEED.standalone.id, SEED.linkable[0]);
    await adapter.confirmLink(ch.id, '123456');
    const el = await place<AccountTree>(html`<account-tree .adapter=${adapter} filter-delay="0"></account-tree>`);
    await settled(el);
    expect(children(el)).to.have.length(1);
    children(el)[0]!.focus();
    await shiftF10(el);
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    const removed = oneEvent(el, 'subaccount-removed');
    await sendKeys({ press: 'Enter' });
    await removed;
    await waitUntil(() => el.view === 'standalone', 'standalone view');
    await settled(el);
    expect(children(el)).to.have.length(0);
    expect(focused(el)).to.equal(rootItem(el));
    await expect(el).to.be.accessible();
  });

  it('offers no actions when the adapter cannot unlink, nor in a sub-account', async () => {
    const plain = new InMemoryAdapter();
    (plain as { unlinkSubaccount?: unknown }).unlinkSubaccount = undefined;
    const el = await place<AccountTree>(html`<account-tree .adapter=${plain} filter-delay="0"></account-tree>`);
    await settled(el);
    expect($(el, '.actions')).to.equal(null);
    expect($(el, '#actions-hint')).to.equal(null);
    const { el: sub } = await mount({ currentAccountId: SEED.sub.id });
    expect($(sub, '.actions')).to.equal(null);
  });
});
