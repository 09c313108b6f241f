import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ACCESS_URL_BASE } from '../../../src/mock/mock-backend.js';
import { $, $$, children, focused, mount, nameOf, posOf, rootItem, settled, type AccountTree } from './helpers.js';
import { errorMessageOf } from '../../helpers/dom.js';

/** Focuses the tree the way a keyboard user does: Tab from a button before it. */
async function tabInto(el: AccountTree): Promise<void> {
  const before = el.parentElement!.querySelector('button')!;
  before.focus();
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

const withButtons = (t: unknown) => html`<div><button>before</button>${t}<button>after</button></div>`;

async function press(el: AccountTree, key: string): Promise<HTMLElement> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
  return focused(el)!;
}

function spyNavigation(el: AccountTree): string[] {
  const urls: string[] = [];
  (el as unknown as { navigate: (url: string) => void }).navigate = (url) => urls.push(url);
  return urls;
}

describe('<account-tree> keyboard (WAI-ARIA tree view)', () => {
  it('has one tab stop: Tab enters on the root and leaves the tree with the next Tab', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    expect(focused(el)).to.equal(rootItem(el));
    expect(document.activeElement).to.equal(el);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(rootItem(el));
  });

  it('Down and Up move between visible nodes; the tab stop moves along', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    expect(nameOf(await press(el, 'ArrowDown'))).to.equal('Außenstelle Essen');
    expect(nameOf(await press(el, 'ArrowDown'))).to.equal('Filiale Überlingen');
    expect($$(el, '[role="treeitem"][tabindex="0"]').map(nameOf)).to.deep.equal(['Filiale Überlingen']);
    expect(nameOf(await press(el, 'ArrowUp'))).to.equal('Außenstelle Essen');
    expect(await press(el, 'ArrowUp')).to.equal(rootItem(el));
    expect(await press(el, 'ArrowUp')).to.equal(rootItem(el));
  });

  it('Right expands the root, then moves to its first child; Left moves to the parent, then collapses', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    const root = rootItem(el);
    await press(el, 'ArrowLeft');
    expect(root.getAttribute('aria-expanded')).to.equal('false');
    expect(children(el)).to.have.length(0);
    expect(focused(el)).to.equal(root);
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal(root);
    await press(el, 'ArrowRight');
    expect(root.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(root);
    expect(nameOf(await press(el, 'ArrowRight'))).to.equal('Außenstelle Essen');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(nameOf(await press(el, 'ArrowRight'))).to.equal('Lager Bremen');
    expect(await press(el, 'ArrowLeft')).to.equal(root);
    expect(root.getAttribute('aria-expanded')).to.equal('true');
  });

  it('Home goes to the root, End to the last visible node', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    const last = await press(el, 'End');
    expect(nameOf(last)).to.equal('Standort Würzburg');
    expect(posOf(last)).to.equal(13);
    expect(await press(el, 'Home')).to.equal(rootItem(el));
    await press(el, 'ArrowLeft');
    expect(await press(el, 'End')).to.equal(rootItem(el));
  });

  it('* expands all siblings of the focused node (the root)', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    await press(el, 'ArrowLeft');
    expect(rootItem(el).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ type: '*' });
    await el.updateComplete;
    expect(rootItem(el).getAttribute('aria-expanded')).to.equal('true');
    expect(children(el)).to.have.length(13);
    expect(focused(el)).to.equal(rootItem(el));
  });

  it('Space selects the focused node (account-select, aria-selected)', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    const selected = oneEvent(el, 'account-select');
    await press(el, 'Space');
    const event = await selected;
    expect(event.detail.account.id).to.equal('acc-sub-ueberlingen');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect($$(el, '[aria-selected="true"]').map(nameOf)).to.deep.equal(['Filiale Überlingen']);
    await press(el, 'ArrowUp');
    await press(el, 'Space');
    expect($$(el, '[aria-selected="true"]').map(nameOf)).to.deep.equal(['Außenstelle Essen']);
  });

  it('Enter opens: account-open, then navigates to the access URL', async () => {
    const { el } = await mount({}, withButtons);
    const urls = spyNavigation(el);
    await tabInto(el);
    await press(el, 'ArrowDown');
    const opened = oneEvent(el, 'account-open');
    await press(el, 'Enter');
    const event = await opened;
    expect(event.detail.account.id).to.equal('acc-sub-essen');
    expect(event.cancelable).to.equal(true);
    await waitUntil(() => urls.length === 1);
    expect(urls[0]).to.equal(`${ACCESS_URL_BASE}acc-sub-essen`);
  });

  it('a canceled account-open does not navigate', async () => {
    const { el } = await mount({}, withButtons);
    const urls = spyNavigation(el);
    let asked = 0;
    const original = el.adapter!.getAccessUrl!.bind(el.adapter);
    el.adapter!.getAccessUrl = (id, opts) => {
      asked++;
      return original(id, opts);
    };
    el.addEventListener('account-open', (e) => e.preventDefault());
    await tabInto(el);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await aTimeout(50);
    expect(asked).to.equal(0);
    expect(urls).to.deep.equal([]);
  });

  it('refuses to navigate to a non-http access URL from the adapter, with a message', async () => {
    const { el } = await mount({}, withButtons);
    const urls = spyNavigation(el);
    el.adapter!.getAccessUrl = async () => 'javascript:alert(1)';
    const failed = oneEvent(el, 'adapter-error');
    await tabInto(el);
    await press(el, 'Enter');
    expect((await failed).detail.error.code).to.equal('invalid-response');
    expect(urls).to.deep.equal([]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain(errorMessageOf(el, { code: 'invalid-response' }));
  });

  it('type-ahead moves to the next name starting with the typed characters (collated: a matches Ä)', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    await sendKeys({ type: 'l' });
    await waitUntil(() => nameOf(focused(el)) === 'Lager Bremen', 'l → Lager Bremen');
    await aTimeout(550);
    await sendKeys({ type: 's' });
    await waitUntil(() => nameOf(focused(el)) === 'Standort Ägidienberg', 's → first Standort');
    await aTimeout(550);
    await sendKeys({ type: 's' });
    await waitUntil(() => nameOf(focused(el)) === 'Standort Dresden-Neustadt', 's again → next Standort');
    await aTimeout(550);
    await sendKeys({ type: 'standort k' });
    await waitUntil(() => nameOf(focused(el)) === 'Standort Köln-Ehrenfeld', '"standort k" with a space');
    await aTimeout(550);
    await sendKeys({ type: 'n' });
    await waitUntil(() => focused(el) === rootItem(el), 'n wraps to the root (Nordlicht)');
    await aTimeout(550);
    await sendKeys({ type: 'q' });
    await el.updateComplete;
    expect(focused(el)).to.equal(rootItem(el));
  });

  it('mirrors Left and Right in a right-to-left page', async () => {
    const { el } = await mount({}, (t) => html`<div dir="rtl">${withButtons(t)}</div>`);
    await tabInto(el);
    const root = rootItem(el);
    await press(el, 'ArrowRight');
    expect(root.getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'ArrowLeft');
    expect(root.getAttribute('aria-expanded')).to.equal('true');
    expect(nameOf(await press(el, 'ArrowLeft'))).to.equal('Außenstelle Essen');
    expect(await press(el, 'ArrowRight')).to.equal(root);
  });

  it('clicking a row focuses and selects it; double-click opens it', async () => {
    const { el } = await mount({}, withButtons);
    const urls = spyNavigation(el);
    const row = children(el)[3];
    row.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(row);
    expect(row.getAttribute('tabindex')).to.equal('0');
    expect(row.getAttribute('aria-selected')).to.equal('true');
    expect(nameOf(await press(el, 'ArrowDown'))).to.equal(nameOf(children(el)[4]));
    children(el)[0].dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await waitUntil(() => urls.length === 1);
    expect(urls[0]).to.contain('acc-sub-essen');
  });

  it('keeps working after a re-render with the same account focused (refresh)', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    await press(el, 'End');
    await el.refresh();
    await settled(el);
    expect(nameOf(focused(el))).to.equal('Standort Würzburg');
    expect(nameOf(await press(el, 'ArrowUp'))).to.equal('Standort Stuttgart-Mitte');
  });

  it('the scroll box is no tab stop of its own (Firefox makes scroll containers focusable); focus on it goes to the active row', async () => {
    const { el } = await mount({}, withButtons);
    await tabInto(el);
    await press(el, 'ArrowDown');
    const box = $(el, '[role="tree"]')!;
    expect(box.getAttribute('tabindex')).to.equal('-1');
    box.focus();
    await el.updateComplete;
    await el.updateComplete;
    expect(nameOf(focused(el))).to.equal('Außenstelle Essen');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('after');
  });
});

describe('<account-tree> fixture sanity', () => {
  it('can be created without an adapter and says so', async () => {
    const el = await fixture<AccountTree>(html`<account-tree></account-tree>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('No backend is configured');
    await expect(el).to.be.accessible();
  });
});
