import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AccountTree } from '../../../src/elements/account-tree/account-tree.js';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import type { LocationManagement } from '../../../src/elements/location-management/location-management.js';
import '../../../src/elements/location-management/define.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { $, $maybe, deepActive, nameOf, text } from '../../helpers/dom.js';

async function setup(lang = 'en'): Promise<LocationManagement> {
  const adapter = new InMemoryAdapter();
  const el = await fixture<LocationManagement>(html`<location-management lang=${lang} .adapter=${adapter}></location-management>`);
  const tree = $<AccountTree>(el, '[part~="tree"]');
  await waitUntil(() => tree.shadowRoot?.querySelectorAll('[role="treeitem"]').length, 'rows', { timeout: 4000 });
  await waitUntil(() => !$maybe(el, '.hint'), 'loaded', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** Every visible control inside `root` (through shadow roots). */
function controls(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll<HTMLElement>('*')) {
      if (child.matches('button, input, select, a, [role="treeitem"]') && child.getClientRects().length) found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return found;
}

describe('<location-management> on a phone (320–400 px)', function () {
  this.timeout(20000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [320, 640],
    [390, 844],
  ]) {
    it(`${width} px: the first screen shows the add button and the root row; every target is at least 24 × 24 px`, async () => {
      await setViewport({ width, height });
      const el = await setup();
      const top = el.getBoundingClientRect().top;
      const add = $(el, '[part~="add-button"]').getBoundingClientRect();
      const tree = $<AccountTree>(el, '[part~="tree"]');
      const root = tree.shadowRoot!.querySelector('[role="treeitem"][aria-level="1"]')!.getBoundingClientRect();
      expect(add.bottom - top).to.be.at.most(height);
      expect(root.bottom - top, 'the root row on the first screen').to.be.at.most(height);
      for (const control of controls(el.shadowRoot!)) {
        const r = control.getBoundingClientRect();
        expect(r.width, `${nameOf(control)} wide enough`).to.be.at.least(24);
        expect(r.height, `${nameOf(control)} tall enough`).to.be.at.least(24);
        expect(r.right, `${nameOf(control)} not cut at the right edge`).to.be.at.most(width + 0.5);
      }
      for (const meta of tree.shadowRoot!.querySelectorAll<HTMLElement>('.name, .meta, .managed-by')) {
        expect(meta.scrollWidth, `"${text(meta)}" is not cut`).to.be.at.most(meta.clientWidth + 1);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('the description shortens to two lines with Read more, which opens it (aria-expanded)', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await setup('de');
    const description = $(el, '[part~="description"]');
    const more = $<HTMLButtonElement>(el, '[part~="more-button"]');
    const lineHeight = parseFloat(getComputedStyle(description).lineHeight) || 24;
    expect(description.getBoundingClientRect().height).to.be.at.most(lineHeight * 2 + 1);
    expect(text(more)).to.equal('Weiterlesen');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('Weniger anzeigen');
    expect(description.getBoundingClientRect().height).to.be.above(lineHeight * 3);
    await expect(el).to.be.accessible();
  });

  it('at desktop width the description is shown in full and Read more is not there', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await setup();
    expect($(el, '[part~="more-button"]').getClientRects().length).to.equal(0);
  });

  it('the dialog at 320 px: focus on the step heading, buttons at least 24 × 24 px, nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await setup();
    $(el, '[part~="add-button"]').focus();
    await sendKeys({ press: 'Enter' });
    // The dialog's code loads on first use.
    await waitUntil(() => $maybe(el, '[part~="dialog"]'), 'the dialog loaded', { timeout: 4000 });
    const dialog = $<AddSubaccountDialog>(el, '[part~="dialog"]');
    await waitUntil(() => dialog.open && $maybe(dialog, '#option-link'));
    $(dialog, '#option-link').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.matches('[data-step-heading]'), 'focus on the heading');
    for (const control of controls(dialog.shadowRoot!)) {
      const r = control.getBoundingClientRect();
      expect(r.height, `${nameOf(control)} tall enough`).to.be.at.least(24);
      expect(r.right, `${nameOf(control)} inside the screen`).to.be.at.most(320.5);
    }
    await expect(dialog).to.be.accessible();
  });
});
