import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { isInViewport } from '../../../src/core/scroll-into-view.js';
import { SEED } from '../../../src/mock/seed.js';
import { focused, mount, nameOf, rootItem, settled, tree, type AccountTree } from './helpers.js';

/** 700 px of page content above the tree (a portal's header and text), 900 px below. */
const belowTheFold = (t: unknown): TemplateResult => html`<div>
  <div style="height: 700px">portal header and text</div>
  <button>before</button>
  ${t}
  <div style="height: 900px">more page</div>
</div>`;

/** The same inside a scrolling host container that is itself further down the page. */
const inScrollingHost = (t: unknown): TemplateResult => html`<div>
  <div style="height: 300px">portal header</div>
  <div class="host" style="height: 400px; overflow: auto; border: 1px solid">
    <div style="height: 700px">text inside the host</div>
    <button>before</button>
    ${t}
    <div style="height: 600px">more inside the host</div>
  </div>
  <div style="height: 900px">more page</div>
</div>`;

/**
 * The focused row can be seen: its whole box lies inside the browser's viewport, and nothing
 * covers its middle (the tree's sticky root row, the tree's or the host's scroll box).
 */
function expectFocusedOnScreen(el: AccountTree, after: string): void {
  const row = focused(el);
  expect(row, `focus is on a row after ${after}`).to.exist;
  expect(row!.getAttribute('role')).to.equal('treeitem');
  const r = row!.getBoundingClientRect();
  expect(isInViewport(row!), `${nameOf(row) || 'root'} in the viewport after ${after}: top ${r.top}, bottom ${r.bottom}, viewport ${innerHeight}`).to.equal(true);
  const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  expect(hit?.closest('[role="treeitem"]'), `nothing covers the focused row after ${after}`).to.equal(row);
}

async function press(el: AccountTree, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await settled(el);
  await el.updateComplete;
}

/** Every key of the APG tree pattern, with a check after each. */
async function walkAllKeys(el: AccountTree): Promise<void> {
  const before = el.parentElement!.querySelector('button')!;
  before.focus();
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
  expectFocusedOnScreen(el, 'Tab');
  for (const key of [
    'ArrowDown',
    'ArrowDown',
    'ArrowDown',
    'End',
    'ArrowUp',
    'Home',
    'PageDown',
    'PageDown',
    'PageUp',
    'ArrowRight',
    'ArrowDown',
    'ArrowLeft',
    'ArrowLeft',
    '*',
    'ArrowRight',
    'End',
    'PageUp',
    'Home',
  ]) {
    await press(el, key);
    expectFocusedOnScreen(el, key);
  }
  // Type-ahead: the first account whose name starts with "S" (from the root, so it moves down).
  await sendKeys({ type: 'S' });
  await settled(el);
  await el.updateComplete;
  expect(nameOf(focused(el))).to.match(/^S/);
  expectFocusedOnScreen(el, 'type-ahead "S"');
}

describe('<account-tree> the focused row is always on screen', function () {
  this.timeout(30000);

  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('below 700 px of page content: the page scrolls along with every key (short list, no inner box)', async () => {
    const { el } = await mount({}, belowTheFold);
    expect(tree(el).scrollHeight, 'a short list has no scroll box of its own').to.be.at.most(tree(el).clientHeight + 1);
    expect(scrollY).to.equal(0);
    await walkAllKeys(el);
    expect(scrollY, 'the page scrolled').to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('below 700 px of page content with 5,000 rows: the tree box and the page both scroll', async () => {
    const { el } = await mount({ generatedSubaccounts: 5000 }, belowTheFold);
    expect(tree(el).classList.contains('bounded')).to.equal(true);
    expect(tree(el).scrollHeight).to.be.above(tree(el).clientHeight * 10);
    await walkAllKeys(el);
  });

  it('inside a scrolling host <div>: host, tree box and page scroll as needed', async () => {
    const { el } = await mount({ generatedSubaccounts: 500 }, inScrollingHost);
    const host = el.closest<HTMLElement>('.host')!;
    await walkAllKeys(el);
    expect(host.scrollTop, 'the host container scrolled').to.be.above(0);
  });

  it('inside a scrolling host <div> with a short list', async () => {
    const { el } = await mount({}, inScrollingHost);
    await walkAllKeys(el);
  });

  it('a page with scroll-behavior: smooth does not leave the row hidden while it glides', async () => {
    document.documentElement.style.scrollBehavior = 'smooth';
    try {
      const { el } = await mount({ generatedSubaccounts: 300 }, belowTheFold);
      await walkAllKeys(el);
    } finally {
      document.documentElement.style.scrollBehavior = '';
    }
  });

  it('does not move anything when the focused row is already fully visible', async () => {
    const { el } = await mount({}, (t) => html`<div><button>before</button>${t}<div style="height: 2000px"></div></div>`);
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await press(el, 'ArrowDown');
    expect(scrollY, 'the first child is visible at the top of the page: no scroll').to.equal(0);
    expectFocusedOnScreen(el, 'ArrowDown');
  });

  it('at a 390 px phone width (taller rows), below the fold', async () => {
    await setViewport({ width: 390, height: 844 });
    const { el } = await mount({ generatedSubaccounts: 300 }, belowTheFold);
    await walkAllKeys(el);
  });

  it('reveal() with focus brings the row into view in the page as well', async () => {
    const { el, adapter } = await mount({ generatedSubaccounts: 2000 }, belowTheFold);
    const page = await adapter.listSubaccounts(SEED.main.id, { offset: 1500, limit: 1 });
    el.parentElement!.querySelector('button')!.focus();
    expect(await el.reveal(page.items[0])).to.equal(true);
    expect(nameOf(focused(el))).to.equal(page.items[0].name);
    expectFocusedOnScreen(el, 'reveal()');
  });

  it('focus restored after a filter stays on screen', async () => {
    const { el } = await mount({ generatedSubaccounts: 400 }, belowTheFold);
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await press(el, 'End');
    await press(el, 'ArrowUp');
    const name = nameOf(focused(el));
    el.filter = name;
    await el.updateComplete;
    await settled(el);
    await el.updateComplete;
    expect(nameOf(focused(el))).to.equal(name);
    expectFocusedOnScreen(el, 'a filter');
    el.filter = '';
    await el.updateComplete;
    await settled(el);
    await el.updateComplete;
    expect(nameOf(focused(el))).to.equal(name);
    expectFocusedOnScreen(el, 'clearing the filter');
  });

  it('the root row is the one focused after Home, and it is on screen', async () => {
    const { el } = await mount({ generatedSubaccounts: 300 }, belowTheFold);
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await press(el, 'End');
    await press(el, 'Home');
    expect(focused(el)).to.equal(rootItem(el));
    expect(tree(el).scrollTop).to.equal(0);
    expectFocusedOnScreen(el, 'Home');
  });
});
