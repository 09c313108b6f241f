import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PageQuery } from '../../../src/api/types.js';
import type { AccountTree } from '../../../src/elements/account-tree/account-tree.js';
import '../../../src/elements/account-tree/define.js';
import type { LocationManagement } from '../../../src/elements/location-management/location-management.js';
import '../../../src/elements/location-management/define.js';
import { accountTreeCatalogues } from '../../../src/i18n/account-tree.js';
import { addSubaccountDialogCatalogues } from '../../../src/i18n/add-subaccount-dialog.js';
import { locationManagementCatalogues } from '../../../src/i18n/location-management.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/mock/in-memory-adapter.js';
import { SEED } from '../../../src/mock/seed.js';
import { $, $maybe, announced, focused, text } from '../../helpers/dom.js';

const lm = locationManagementCatalogues;
const tr = accountTreeCatalogues;

async function setup(options: InMemoryAdapterOptions = {}, lang = 'en') {
  const adapter = new InMemoryAdapter(options);
  const queries: (PageQuery | undefined)[] = [];
  const list = adapter.listSubaccounts.bind(adapter);
  adapter.listSubaccounts = (mainId, query, opts) => {
    queries.push(query);
    return list(mainId, query, opts);
  };
  const el = await fixture<LocationManagement>(html`<location-management lang=${lang} .adapter=${adapter}></location-management>`);
  await waitUntil(() => treeOf(el).shadowRoot?.querySelector('[role="treeitem"]') && !$maybe(el, '.hint'), 'loaded', { timeout: 4000 });
  await settledTree(el);
  return { el, adapter, queries };
}

const treeOf = (el: LocationManagement) => $<AccountTree>(el, '[part~="tree"]');
const childNames = (el: LocationManagement) =>
  Array.from(treeOf(el).shadowRoot!.querySelectorAll('[role="treeitem"][aria-level="2"] [part~="name"]')).map((n) => text(n));

async function settledTree(el: LocationManagement): Promise<void> {
  const tree = treeOf(el);
  await waitUntil(() => tree.shadowRoot!.querySelector('[role="tree"]')?.getAttribute('aria-busy') === 'false', 'tree settled', { timeout: 4000 });
  await tree.updateComplete;
}

async function shows(el: LocationManagement, names: string[]): Promise<void> {
  try {
    await waitUntil(() => JSON.stringify(childNames(el)) === JSON.stringify(names), undefined, { timeout: 4000 });
  } catch {
    throw new Error(`expected ${names.join(', ')}; shown: ${childNames(el).join(', ')}`);
  }
}

describe('<location-management> filters by what the badges say', () => {
  it('offers All · Collective invoice · Being set up · Suspended; choosing one asks the adapter and announces the count', async function () {
    this.timeout(30000); // four lists, two axe runs
    const { el, queries } = await setup();
    const chips = Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="filters"] input[type="radio"]'));
    expect(chips.map((c) => text(c.closest('label')))).to.deep.equal([lm.en.filterAll, lm.en.filterCollective, lm.en.filterProvisioning, lm.en.filterSuspended]);
    expect(text($(el, '[part~="filters"] legend'))).to.equal(lm.en.filterLegend);
    expect(chips[0].checked).to.equal(true);

    // One tab stop, arrow keys move the choice (a native radio group).
    chips[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.show).to.equal('collective-invoice');
    await shows(el, ['Standort Düsseldorf Medienhafen', 'Standort Köln-Ehrenfeld']);
    expect(queries.at(-1)).to.include({ relation: 'collective-invoice' });
    await announced(treeOf(el), '2 sub-accounts found.');
    expect(focused()).to.contain('input');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' });
    await shows(el, ['Standort Nürnberg Südstadt']);
    expect(queries.at(-1)).to.include({ status: 'provisioning' });
    expect(queries.at(-1)!.relation).to.equal(undefined);
    await announced(treeOf(el), '1 sub-account found.');

    await sendKeys({ press: 'ArrowRight' });
    await shows(el, ['Standort Ägidienberg']);
    expect(queries.at(-1)).to.include({ status: 'suspended' });
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' }); // wraps to All
    expect(el.show).to.equal('all');
    await waitUntil(() => childNames(el).length === 13, 'all 13 again', { timeout: 4000 });
  });

  it('combines the filter with the search text, and says so when nothing matches', async () => {
    const { el } = await setup();
    el.show = 'suspended';
    const input = $<HTMLInputElement>(el, '[part~="search"]');
    input.focus();
    await sendKeys({ type: 'Köln' });
    const tree = treeOf(el);
    // Searches follow the keys (a fast backend is asked at nearly every one): wait for the last.
    const expected = tr.en.noMatches.replace('{filter}', `${tr.en.statusSuspended} · Köln`);
    await waitUntil(() => text(tree.shadowRoot!.querySelector('.no-matches')) === expected, 'no matches for the whole text', { timeout: 4000 });
    await announced(tree, 'No sub-accounts found.');
    await expect(el).to.be.accessible();
  });

  it('typing a badge’s label into the search finds those accounts (German page)', async () => {
    const { el, queries } = await setup({}, 'de');
    const input = $<HTMLInputElement>(el, '[part~="search"]');
    input.focus();
    await sendKeys({ type: 'Sammelrechnung' });
    await shows(el, ['Standort Düsseldorf Medienhafen', 'Standort Köln-Ehrenfeld']);
    expect(queries.at(-1)).to.include({ relation: 'collective-invoice' });
    expect(queries.at(-1)!.search).to.equal(undefined);
    await announced(treeOf(el), '2 Nebenaccounts gefunden.');

    await sendKeys({ type: ' köln' });
    // "köl" already shows Köln: wait for the search of the whole word.
    await waitUntil(() => queries.at(-1)?.search === 'köln', 'searched for the whole word', { timeout: 4000 });
    await shows(el, ['Standort Köln-Ehrenfeld']);
    expect(queries.at(-1)).to.include({ relation: 'collective-invoice', search: 'köln' });

    input.select();
    await sendKeys({ type: 'wird eingerichtet' });
    await shows(el, ['Standort Nürnberg Südstadt']);
    input.select();
    await sendKeys({ type: 'Gesperrt' });
    await shows(el, ['Standort Ägidienberg']);
    await expect(el).to.be.accessible();
  });

  it('the badge words work in English too, and "sub-account" alone filters nothing', async () => {
    const { el, queries } = await setup();
    const input = $<HTMLInputElement>(el, '[part~="search"]');
    input.focus();
    await sendKeys({ type: 'collective invoice' });
    await shows(el, ['Standort Düsseldorf Medienhafen', 'Standort Köln-Ehrenfeld']);
    input.select();
    await sendKeys({ type: 'Sub-account' });
    await waitUntil(() => childNames(el).length === 13, 'everything', { timeout: 4000 });
    expect(queries.at(-1)!.search).to.equal(undefined);
  });
});

describe('<location-management> seen from a sub-account and a standalone account', () => {
  it('a sub-account: says what to do instead, marks “Dieser Account”, hides search and filters', async () => {
    const { el } = await setup({ currentAccountId: SEED.sub.id }, 'de');
    const notice = text($(el, '[part~="notice"]'));
    expect(notice).to.contain(lm.de.subWhatToDo.replace('{main}', SEED.main.name));
    expect(notice).to.contain('Um Standorte hinzuzufügen, melden Sie sich beim Hauptaccount Nordlicht Kommunikation GmbH an oder wenden Sie sich an dessen Verwaltung');
    expect($(el, '.search').hidden).to.equal(true);
    expect($(el, '[part~="filters"]').hidden).to.equal(true);
    const tree = treeOf(el);
    const me = tree.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][aria-level="2"]')!;
    expect(text(me.querySelector('[part~="badge-current"]'))).to.equal('Dieser Account');
    expect(text(me.querySelector('[part~="badge-relation"]'))).to.equal('Nebenaccount');
    // The marker is explained through the row's description, not another tab stop.
    const tip = (me.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => tree.shadowRoot!.getElementById(id))
      .find((e) => e?.getAttribute('role') === 'tooltip')!;
    expect(text(tip)).to.contain(tr.de.thisAccountExplain);
    expect(me.querySelectorAll('[tabindex]:not([tabindex="-1"])').length).to.equal(0);
    const root = tree.shadowRoot!.querySelector('[role="treeitem"][aria-level="1"]')!;
    expect(text(root.querySelector('[part~="badge-role"]'))).to.equal('Hauptaccount');
    await expect(el).to.be.accessible();
  });

  it('a standalone account: no role badge, no search to use', async () => {
    const { el } = await setup({ currentAccountId: SEED.standalone.id }, 'de');
    const tree = treeOf(el);
    expect(tree.shadowRoot!.querySelector('[part~="badge"]')).to.equal(null);
    expect(text(tree.shadowRoot!.querySelector('[role="treeitem"]'))).not.to.contain('Hauptaccount');
    expect($(el, '.search').hidden).to.equal(true);
    expect($(el, '[part~="filters"]').hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('uses the help article’s words on the section’s button and the dialog’s two choices', async () => {
    const { el } = await setup({}, 'de');
    expect(text($(el, '[part~="add-button"]'))).to.equal('Nebenaccount hinzufügen');
    expect(text($(el, 'h2'))).to.equal('Standortverwaltung');
    $(el, '[part~="add-button"]').click();
    const dialog = $(el, '[part~="dialog"]');
    await waitUntil(() => $maybe(dialog, '#option-link'), 'the choice');
    expect(text($(dialog, '#option-create'))).to.contain('Neuen Nebenaccount erstellen');
    expect(text($(dialog, '#option-link'))).to.contain('Bestehendes Konto hinzufügen');
    expect(addSubaccountDialogCatalogues.de.createTitle).to.equal('Neuen Nebenaccount erstellen');
    expect(addSubaccountDialogCatalogues.de.linkTitle).to.equal('Bestehendes Konto hinzufügen');
  });
});
