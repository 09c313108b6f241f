import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { sendMouse } from '../../helpers/pointer.js';
import { ACCESS_URL_BASE } from '../../../src/mock/mock-backend.js';
import { SEED } from '../../../src/mock/seed.js';
import { announced } from '../../helpers/dom.js';
import { $, children, focused, mount, nameOf, rootItem, type AccountTree } from './helpers.js';

const withButtons = (t: unknown) => html`<div><button>before</button>${t}<button>after</button></div>`;

function spyNavigation(el: AccountTree): string[] {
  const urls: string[] = [];
  (el as unknown as { navigate: (url: string) => void }).navigate = (url) => urls.push(url);
  return urls;
}
function spyNewTabs(el: AccountTree): string[] {
  const urls: string[] = [];
  (el as unknown as { openWindow: (url: string) => void }).openWindow = (url) => urls.push(url);
  return urls;
}

const rowNamed = (el: AccountTree, name: string) => children(el).find((r) => nameOf(r) === name)!;
const openLink = (row: Element) => row.querySelector<HTMLAnchorElement>('a.open');

/** The centre of an element, brought on screen first as a pointer user would, in viewport coordinates for sendMouse. */
function centre(node: Element): [number, number] {
  node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** The ids a row is described by (its badges' explanation and whether it opens). */
const describedBy = (row: Element): string[] => (row.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);

describe('<account-tree> a visible Open per row', () => {
  // The pointer starts away from any row, so no test's hover is left over for the next one.
  beforeEach(() => sendMouse({ type: 'move', position: [0, 0] }));
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows a labelled Open link on every openable row, a ≥ 44 px tap target, without extra tab stops', async () => {
    const { el } = await mount({}, withButtons);
    const rows = [rootItem(el), ...children(el).filter((r) => !r.classList.contains('status-provisioning'))];
    for (const row of rows) {
      const link = openLink(row)!;
      expect(link, `Open on ${nameOf(row) || 'root'}`).to.exist;
      expect(link.textContent!.trim()).to.equal('Open');
      expect(link.getAttribute('tabindex')).to.equal('-1');
      const r = link.getBoundingClientRect();
      expect(r.height).to.be.at.least(44);
      expect(r.width).to.be.at.least(44);
      expect(describedBy(row)).to.include('open-hint');
    }
    expect($(el, '#open-hint')!.textContent).to.equal('Press Enter to open this account.');
    // Still one tab stop: Tab from "before" lands on the root, the next Tab leaves the tree.
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(rootItem(el));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('after');
    await expect(el).to.be.accessible();
  });

  it('a click (or tap) on Open opens the account: account-open, then the access URL', async () => {
    const { el } = await mount({}, withButtons);
    const urls = spyNavigation(el);
    const row = rowNamed(el, 'Außenstelle Essen');
    const opened = oneEvent(el, 'account-open');
    await sendMouse({ type: 'click', position: centre(openLink(row)!) });
    const event = await opened;
    expect(event.detail.account.id).to.equal('acc-sub-essen');
    expect(event.cancelable).to.equal(true);
    await waitUntil(() => urls.length === 1, 'navigated');
    expect(urls).to.deep.equal([`${ACCESS_URL_BASE}acc-sub-essen`]);
    expect(focused(el), 'the row opened is the focused one').to.equal(row);
    expect(el.selectedId, 'opening is not selecting').to.equal(undefined);
  });

  it('Enter on the row keeps opening it', async () => {
    const { el } = await mount({}, withButtons);
    const urls = spyNavigation(el);
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => urls.length === 1, 'navigated');
    expect(urls).to.deep.equal([`${ACCESS_URL_BASE}acc-sub-essen`]);
  });

  it('with getAccessUrl the Open link becomes a real link target as the pointer reaches it (new tabs work as for any link)', async () => {
    const { el } = await mount({}, withButtons);
    const urls = spyNavigation(el);
    const row = rowNamed(el, 'Filiale Überlingen');
    const link = openLink(row)!;
    expect(link.hasAttribute('href')).to.equal(false);
    await sendMouse({ type: 'move', position: centre(link) });
    await waitUntil(() => link.hasAttribute('href'), 'href set on hover');
    expect(link.href).to.equal(`${ACCESS_URL_BASE}acc-sub-ueberlingen`);
    expect(link.matches(':any-link')).to.equal(true);
    // Ctrl/Cmd-click and the middle button are the browser's: the element does not prevent them.
    const seen: boolean[] = [];
    const record = (e: Event) => {
      seen.push(e.defaultPrevented);
      e.preventDefault(); // (the test page itself opens no tab)
    };
    window.addEventListener('click', record);
    try {
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, metaKey: true }));
    } finally {
      window.removeEventListener('click', record);
    }
    expect(seen).to.deep.equal([false, false]);
    expect(urls, 'a new-tab click does not navigate this page').to.deep.equal([]);
  });

  it('a middle click before the URL is known opens it in a new tab once it arrives', async () => {
    const { el } = await mount({}, withButtons);
    const tabs = spyNewTabs(el);
    const link = openLink(rowNamed(el, 'Außenstelle Essen'))!;
    link.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 1 }));
    await waitUntil(() => tabs.length === 1, 'opened a tab');
    expect(tabs).to.deep.equal([`${ACCESS_URL_BASE}acc-sub-essen`]);
  });

  it('a canceled account-open navigates nowhere (click on Open)', async () => {
    const { el } = await mount({}, withButtons);
    const urls = spyNavigation(el);
    el.addEventListener('account-open', (e) => e.preventDefault());
    await sendMouse({ type: 'click', position: centre(openLink(rowNamed(el, 'Außenstelle Essen'))!) });
    await aTimeout(50);
    expect(urls).to.deep.equal([]);
  });

  it('refuses a non-http access URL for the link target too', async () => {
    const { el } = await mount({}, withButtons);
    el.adapter!.getAccessUrl = async () => 'javascript:alert(1)';
    const link = openLink(rowNamed(el, 'Außenstelle Essen'))!;
    await sendMouse({ type: 'move', position: centre(link) });
    await aTimeout(50);
    expect(link.hasAttribute('href')).to.equal(false);
  });

  it('a row being set up says it is not available yet; Enter says why instead of opening', async () => {
    const { el } = await mount({}, withButtons);
    const row = children(el).find((r) => r.classList.contains('status-provisioning'))!;
    expect(openLink(row)).to.equal(null);
    expect(row.querySelector('[part~="open-reason"]')!.textContent!.trim()).to.equal('Not available yet');
    expect(describedBy(row)).to.include('provisioning-hint');
    let opened = 0;
    el.addEventListener('account-open', () => opened++);
    row.focus();
    await sendKeys({ press: 'Enter' });
    await announced(el, 'This account can be opened once it is set up.');
    expect(opened).to.equal(0);
    expect(row.id === SEED.provisioning || row.textContent!.includes('Being set up')).to.equal(true);
  });

  it('the main account seen from a sub-account says "View only", and why', async () => {
    const { el } = await mount({ currentAccountId: SEED.sub.id });
    const root = rootItem(el);
    expect(openLink(root)).to.equal(null);
    expect(root.querySelector('[part~="open-reason"]')!.textContent!.trim()).to.equal('View only');
    expect(describedBy(root)).to.include('root-reason-hint');
    expect($(el, '#root-reason-hint')!.textContent).to.contain('log in');
    expect(openLink(children(el)[0]), 'the sub-account itself can be opened').to.exist;
    await expect(el).to.be.accessible();
  });

  it('German: Öffnen, Nur Ansicht, Noch nicht verfügbar', async () => {
    const { el } = await mount({}, (t) => html`<div lang="de">${t}</div>`);
    expect(openLink(rootItem(el))!.textContent!.trim()).to.equal('Öffnen');
    const row = children(el).find((r) => r.classList.contains('status-provisioning'))!;
    expect(row.querySelector('[part~="open-reason"]')!.textContent!.trim()).to.equal('Noch nicht verfügbar');
    expect($(el, '#open-hint')!.textContent).to.equal('Mit Enter öffnen Sie diesen Account.');
  });

  it('at 320 px: Open stays a ≥ 24 px target, names wrap instead of being cut, badges are not clipped', async () => {
    await setViewport({ width: 320, height: 700 });
    const { el } = await mount();
    for (const row of [rootItem(el), ...children(el)]) {
      const link = openLink(row) ?? row.querySelector('[part~="open-reason"]')!;
      const r = link.getBoundingClientRect();
      expect(r.height).to.be.at.least(24);
      expect(r.width).to.be.at.least(24);
      const rowBox = row.getBoundingClientRect();
      expect(r.right, 'Open inside its row').to.be.at.most(rowBox.right + 0.5);
      expect(r.bottom).to.be.at.most(rowBox.bottom + 0.5);
      for (const badge of row.querySelectorAll('.badge')) {
        const b = badge.getBoundingClientRect();
        expect(b.right, `badge of ${nameOf(row)} inside the row`).to.be.at.most(rowBox.right + 0.5);
        expect(b.bottom, `badge of ${nameOf(row)} inside the row`).to.be.at.most(rowBox.bottom + 0.5);
      }
      const name = row.querySelector<HTMLElement>('.name')!;
      expect(getComputedStyle(name).whiteSpace).to.equal('normal');
      expect(name.scrollWidth, `${nameOf(row)} not cut sideways`).to.be.at.most(name.clientWidth + 1);
    }
    const meta = rootItem(el).querySelector<HTMLElement>('.meta')!;
    expect(meta.scrollWidth, 'the root\'s count is not cut').to.be.at.most(meta.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
