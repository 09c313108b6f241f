// White-label reach into the elements inside <location-management>: its exported parts style the
// tree's rows, the dialog and the flows from the page, and its `strings` re-word the elements
// inside this one instance (another section on the page keeps the defaults).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountTree } from '../../../src/elements/account-tree/account-tree.js';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import type { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';
import type { LocationManagement } from '../../../src/elements/location-management/location-management.js';
import '../../../src/elements/location-management/define.js';
import { accountTreeCatalogues } from '../../../src/i18n/account-tree.js';
import { addSubaccountDialogCatalogues } from '../../../src/i18n/add-subaccount-dialog.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { $, $maybe, text } from '../../helpers/dom.js';

const PARTNER_CSS = `
  location-management::part(tree-row) { background-color: rgb(255, 248, 231); }
  location-management::part(tree-badge-role) { color: rgb(0, 77, 0); }
  location-management::part(dialog-close-button) { background-color: rgb(238, 238, 255); }
  location-management::part(dialog-option-button) { color: rgb(0, 0, 102); }
  location-management::part(link-primary-button) { background-color: rgb(0, 51, 102); }
`;

const added: Element[] = [];
afterEach(() => added.splice(0).forEach((node) => node.remove()));

/** Adds a stylesheet to the page (removed after the test). */
function addStyle(cssText: string): void {
  added.push(document.head.appendChild(Object.assign(document.createElement('style'), { textContent: cssText })));
}

/**
 * The section under test (the fixture root: a wrapper would make fixture() wait for a frame, which
 * a background tab of the concurrent run may never get), and a second section on the same page.
 */
async function mount(strings?: LocationManagement['strings']) {
  addStyle(PARTNER_CSS);
  const el = await fixture<LocationManagement>(
    html`<location-management lang="en" .adapter=${new InMemoryAdapter()} .strings=${strings}></location-management>`,
  );
  const other = Object.assign(document.createElement('location-management'), { adapter: new InMemoryAdapter(), lang: 'en' });
  added.push(document.body.appendChild(other));
  for (const section of [el, other]) {
    await waitUntil(() => $maybe(section, '[part~="tree"]')?.shadowRoot?.querySelector('[role="treeitem"]'), 'rows', { timeout: 4000 });
  }
  return { el, other };
}
const treeOf = (el: Element) => $<AccountTree>(el, '[part~="tree"]');
const dialogOf = (el: Element) => $<AddSubaccountDialog>(el, '[part~="dialog"]');
const style = (el: Element) => getComputedStyle(el);

async function openLinkFlow(el: Element): Promise<LinkAccountFlow> {
  $(el, '[part~="add-button"]').click();
  // The dialog's code loads on first use.
  await waitUntil(() => $maybe(el, '[part~="dialog"]'), 'the dialog loads');
  const dialog = dialogOf(el);
  await waitUntil(() => $maybe(dialog, '#option-link'), 'the dialog shows its choice');
  $(dialog, '#option-link').click();
  await waitUntil(() => $maybe(dialog, '[data-flow="link"]')?.shadowRoot?.querySelector('[part~="primary-button"]'), 'the link flow');
  return $<LinkAccountFlow>(dialog, '[data-flow="link"]');
}

describe('<location-management> white-label reach', () => {
  it("styles the tree's rows and badges through its exported parts", async () => {
    const { el, other } = await mount();
    const row = treeOf(el).shadowRoot!.querySelector('[part~="row"]')!;
    expect(style(row).backgroundColor).to.equal('rgb(255, 248, 231)');
    expect(style(treeOf(el).shadowRoot!.querySelector('[part~="badge-role"]')!).color).to.equal('rgb(0, 77, 0)');
    expect(treeOf(el).getAttribute('exportparts')).to.include('row:tree-row');
    // The partner rules name the section; the inner tree's own parts are not styled by them directly.
    expect(style(treeOf(other).shadowRoot!.querySelector('[part~="row"]')!).backgroundColor).to.equal('rgb(255, 248, 231)');
    await expect(el).to.be.accessible();
  });

  it("styles the dialog's buttons and the flow inside it", async () => {
    const { el } = await mount();
    const flow = await openLinkFlow(el);
    const dialog = dialogOf(el);
    expect(style($(dialog, '[part~="close-button"]')).backgroundColor).to.equal('rgb(238, 238, 255)');
    expect(style($(flow, '[part~="primary-button"]')).backgroundColor).to.equal('rgb(0, 51, 102)');
    await expect(el).to.be.accessible();
  });

  it('re-words the elements inside one section through its strings, and follows changes', async () => {
    const { el, other } = await mount({
      add: 'Add site',
      'account-tree': { treeLabel: 'Sites' },
      'add-subaccount-dialog': { title: 'New site' },
    });
    expect(text($(el, '[part~="add-button"]'))).to.equal('Add site');
    expect($(treeOf(el), '[role="tree"]').getAttribute('aria-label')).to.equal('Sites');
    expect($(treeOf(other), '[role="tree"]').getAttribute('aria-label')).to.equal(accountTreeCatalogues.en.treeLabel);

    $(el, '[part~="add-button"]').click();
    await waitUntil(() => $maybe<AddSubaccountDialog>(el, '[part~="dialog"]')?.open, 'the dialog opens');
    expect(text($(dialogOf(el), '[part~="title"]'))).to.equal('New site');
    await expect(el).to.be.accessible();

    el.strings = { 'add-subaccount-dialog': { title: 'Another title' } };
    await waitUntil(() => text($(dialogOf(el), '[part~="title"]')) === 'Another title', 'the dialog follows new strings');
    await waitUntil(
      () => $(treeOf(el), '[role="tree"]').getAttribute('aria-label') === accountTreeCatalogues.en.treeLabel,
      'the tree is back to its default',
    );
    // The other section renders its dialog once the code is in (prefetched when the browser is idle).
    await waitUntil(() => $maybe(other, '[part~="dialog"]'), "the other section's dialog");
    expect(text($(dialogOf(other), '[part~="title"]'))).to.equal(addSubaccountDialogCatalogues.en.title);
  });

  it("lets an inner element's own strings win over the section's", async () => {
    const { el } = await mount({ 'account-tree': { treeLabel: 'Sites' } });
    treeOf(el).strings = { treeLabel: 'Own label' };
    await waitUntil(() => $(treeOf(el), '[role="tree"]').getAttribute('aria-label') === 'Own label', 'own strings win');
  });
});

describe('the white-label story (stories/white-label.ts)', () => {
  it('is shown by two stories of the section (English: the partner wrote English)', async () => {
    const stories = (await import('../../../stories/location-management.stories.js')) as unknown as Record<string, { parameters?: { lang?: string } }>;
    for (const name of ['WhiteLabelPartsAndNestedStringsEnglish', 'WhiteLabelDialogEnglish']) {
      expect(stories[name]?.parameters?.lang, name).to.equal('en');
    }
  });

  it('restyles tree rows and dialog buttons through exported parts, and re-words nested elements', async () => {
    const { PARTNER_PARTS, PARTNER_STRINGS } = await import('../../../stories/white-label.js');
    addStyle(PARTNER_PARTS);
    const el = await fixture<LocationManagement>(
      html`<location-management lang="en" .adapter=${new InMemoryAdapter()} .strings=${PARTNER_STRINGS}></location-management>`,
    );
    await waitUntil(() => $maybe(el, '[part~="tree"]')?.shadowRoot?.querySelector('[role="treeitem"]'), 'rows', { timeout: 4000 });
    const tree = treeOf(el);
    expect(style($(tree, '[part~="row"]')).borderInlineStartWidth).to.equal('4px');
    expect(style($(tree, '[part~="row"]')).borderInlineStartColor).to.equal('rgb(11, 92, 173)');
    expect($(tree, '[role="tree"]').getAttribute('aria-label')).to.equal('Head office and locations');
    expect(text($(tree, '[part~="badge-role"]'))).to.equal('Head office');
    const flow = await openLinkFlow(el);
    const dialog = dialogOf(el);
    expect(text($(dialog, '[part~="title"]'))).to.equal('Add a location');
    expect(style($(dialog, '[part~="close-button"]')).borderTopLeftRadius).to.equal('999px');
    expect(style($(flow, '[part~="primary-button"]')).borderTopLeftRadius).to.equal('999px');
    expect(text($(flow, 'h2, h3, [part~="heading"]'))).to.equal('Link an existing location');
    await expect(el).to.be.accessible();
  });
});
