import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Account } from '../../../src/api/types.js';
import { SEED } from '../../../src/mock/seed.js';
import {
  $$,
  childAt,
  children,
  focused,
  mount,
  nameOf,
  nextFrame,
  posOf,
  rootItem,
  settled,
  spyList,
  tree,
  type AccountTree,
} from './helpers.js';

const N = 10_000;
const TOTAL = N + 13; // the seeded sites plus the generated ones

async function accountAt(el: AccountTree, index: number): Promise<Account> {
  const page = await el.adapter!.listSubaccounts(SEED.main.id, { offset: index, limit: 1 });
  return page.items[0];
}

async function scrollRows(el: AccountTree, rows: number): Promise<void> {
  const t = tree(el);
  const rowHeight = children(el)[0].offsetHeight;
  t.scrollTop = rows * rowHeight;
  t.dispatchEvent(new Event('scroll'));
  await nextFrame();
  await el.updateComplete;
  await settled(el);
}

const withButton = (t: unknown) => html`<div><button>before</button>${t}</div>`;

describe('<account-tree> virtualised (10,000 sub-accounts)', function () {
  this.timeout(20000);

  it('keeps at most 200 rows in the DOM and the scroll height of every row', async () => {
    const { el } = await mount({ generatedSubaccounts: N });
    const rows = children(el);
    expect(rows.length).to.be.within(5, 200);
    expect(rows[0].getAttribute('aria-setsize')).to.equal(String(TOTAL));
    const rowHeight = rows[0].offsetHeight;
    const group = el.shadowRoot!.querySelector<HTMLElement>('[role="group"]')!;
    expect(group.offsetHeight).to.equal(rowHeight * TOTAL);
    expect(rootItem(el).textContent).to.contain('10,013 sub-accounts');
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
    await expect(el).to.be.accessible();
  });

  it('requests only the pages near the viewport, with placeholders until they arrive', async () => {
    const { el, adapter } = await mount({ generatedSubaccounts: N, latency: 40 });
    const calls = spyList(adapter);
    await scrollRows(el, 3000).catch(() => {});
    const offsets = calls.map((c) => c.query?.offset ?? 0);
    expect(offsets.length).to.be.within(1, 3);
    for (const o of offsets) expect(o).to.be.within(2900, 3100);
    const row = childAt(el, 3001)!;
    expect(nameOf(row)).to.equal((await accountAt(el, 3000)).name);
  });

  it('row 7,000 has aria-posinset="7000" and the true aria-setsize', async () => {
    const { el } = await mount({ generatedSubaccounts: N });
    const target = await accountAt(el, 6999);
    expect(await el.reveal(target)).to.equal(true);
    const row = childAt(el, 7000)!;
    expect(row).to.exist;
    expect(nameOf(row)).to.equal(target.name);
    expect(row.getAttribute('aria-setsize')).to.equal(String(TOTAL));
    expect(row.getAttribute('aria-level')).to.equal('2');
    expect(children(el).length).to.be.at.most(200);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the same account after scrolling 5,000 rows away, and arrows go on from it', async () => {
    const { el } = await mount({ generatedSubaccounts: N }, withButton);
    rootItem(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const first = focused(el)!;
    const name = nameOf(first);
    expect(posOf(first)).to.equal(2);
    await scrollRows(el, 5000);
    expect(childAt(el, 5001)).to.exist;
    expect(focused(el)).to.equal(first);
    expect(nameOf(focused(el))).to.equal(name);
    expect(children(el).length).to.be.at.most(200);
    expect($$(el, '[role="treeitem"][tabindex="0"]')).to.deep.equal([first]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(posOf(focused(el))).to.equal(3);
    expect(nameOf(focused(el))).to.equal((await accountAt(el, 2)).name);
    // Pick a row down there and go on with the keyboard.
    await scrollRows(el, 5000);
    childAt(el, 5003)!.click();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(posOf(focused(el))).to.equal(5004);
    expect(nameOf(focused(el))).to.equal((await accountAt(el, 5003)).name);
  });

  it('End fetches just the last page; the row is focused with the right position', async () => {
    const { el, adapter } = await mount({ generatedSubaccounts: N }, withButton);
    const calls = spyList(adapter);
    rootItem(el).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => nameOf(focused(el)) !== '' && posOf(focused(el)) === TOTAL, 'End reached the last row');
    // The last page, and the one before it that the overscan reaches into.
    const offsets = [...new Set(calls.map((c) => c.query?.offset))];
    expect(offsets).to.have.members([9950, 10000]);
    expect(nameOf(focused(el))).to.equal((await accountAt(el, TOTAL - 1)).name);
    expect(tree(el).scrollTop).to.be.greaterThan(0);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)).to.equal(rootItem(el));
    expect(tree(el).scrollTop).to.equal(0);
  });

  it('keeps focus on a row while its page loads (placeholder → account, same node)', async () => {
    const { el, adapter } = await mount({ generatedSubaccounts: N }, withButton);
    // The last page must still be loading after the key press, even where a key press takes a
    // few hundred milliseconds (WebDriver on a loaded machine).
    adapter.backend.latency = 1500;
    rootItem(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const row = focused(el)!;
    expect(posOf(row)).to.equal(TOTAL);
    expect(row.classList.contains('placeholder')).to.equal(true);
    expect(row.textContent).to.contain('Loading…');
    expect(tree(el).getAttribute('aria-busy')).to.equal('true');
    await settled(el);
    expect(focused(el)).to.equal(row);
    expect(nameOf(row)).to.equal((await accountAt(el, TOTAL - 1)).name);
    await expect(el).to.be.accessible();
  });

  it('without a height of its own (--aw-tree-height: none) it windows by the page viewport and scrolls the page', async () => {
    const { el } = await mount({ generatedSubaccounts: N }, (t) => html`<div style="--aw-tree-height: none">${withButton(t)}</div>`);
    try {
      const rowHeight = children(el)[0].offsetHeight;
      expect(tree(el).scrollHeight).to.be.at.most(tree(el).clientHeight + 1);
      expect(tree(el).offsetHeight).to.be.greaterThan(rowHeight * TOTAL);
      expect(children(el).length).to.be.at.most(Math.ceil(window.innerHeight / rowHeight) + 25);
      rootItem(el).focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => nameOf(focused(el)) !== '', 'last page loaded');
      expect(posOf(focused(el))).to.equal(TOTAL);
      const r = focused(el)!.getBoundingClientRect();
      expect(r.top).to.be.at.least(0);
      expect(r.bottom).to.be.at.most(window.innerHeight);
      window.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      await settled(el);
      expect(childAt(el, TOTAL - 3)).to.exist;
      expect(children(el).length).to.be.at.most(200);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('PageDown and PageUp move by a screenful', async () => {
    const { el } = await mount({ generatedSubaccounts: N }, withButton);
    rootItem(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    const step = posOf(focused(el)) - 1;
    expect(step).to.be.within(3, 20);
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(posOf(focused(el))).to.equal(1 + 2 * step);
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(posOf(focused(el))).to.equal(1);
  });

  it('reveal(account) finds an unloaded account in O(log n) page requests, focuses, highlights and announces it', async () => {
    const { el, adapter } = await mount({ generatedSubaccounts: N });
    const target = await accountAt(el, 8421);
    const calls = spyList(adapter);
    expect(await el.reveal(target)).to.equal(true);
    expect(calls.length).to.be.at.most(Math.ceil(Math.log2(TOTAL / 100)) + 3);
    const row = focused(el)!;
    expect(nameOf(row)).to.equal(target.name);
    expect(posOf(row)).to.equal(8422);
    expect(row.getAttribute('part')).to.contain('revealed');
    const t = tree(el).getBoundingClientRect();
    const r = row.getBoundingClientRect();
    expect(r.top).to.be.at.least(t.top);
    expect(r.bottom).to.be.at.most(t.bottom);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent === `${target.name} is shown.`);
  });

  it('reveal(id) of an account not loaded yet scans pages; unknown ids resolve false', async () => {
    const { el } = await mount({ generatedSubaccounts: 2000 });
    const target = await accountAt(el, 1500);
    expect(await el.reveal(target.id)).to.equal(true);
    expect(nameOf(focused(el))).to.equal(target.name);
    expect(await el.reveal('no-such-account')).to.equal(false);
  });

  it('type-ahead finds names far down the list by binary search', async () => {
    const { el } = await mount({ generatedSubaccounts: N }, withButton);
    rootItem(el).focus();
    await sendKeys({ type: 'werkstatt w' });
    await waitUntil(() => nameOf(focused(el)).startsWith('Werkstatt W'), 'type-ahead reached Werkstatt W…');
    const pos = posOf(focused(el));
    const expected = await el.adapter!.listSubaccounts(SEED.main.id, { offset: pos - 1, limit: 1 });
    expect(nameOf(focused(el))).to.equal(expected.items[0].name);
    expect(pos).to.be.greaterThan(9000);
  });
});
