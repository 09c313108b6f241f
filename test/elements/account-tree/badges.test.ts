import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sendMouse } from '../../helpers/pointer.js';
import { accountTreeCatalogues } from '../../../src/i18n/account-tree.js';
import { SEED } from '../../../src/mock/seed.js';
import { children, mount, nameOf, rootItem } from './helpers.js';

const $ = (row: Element, selector: string) => row.querySelector<HTMLElement>(selector)!;

const en = accountTreeCatalogues.en;
/** The badge explanation among the row's descriptions (it may also be described as openable). */
const tipOf = (row: HTMLElement): HTMLElement | null => {
  const root = row.getRootNode() as ShadowRoot;
  const ids = (row.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById(id)).find((e) => e?.getAttribute('role') === 'tooltip') ?? null;
};
/** Shown (visibility switches at once; the fade-in that follows is only decoration). */
const shown = (el: Element | null) => !!el && getComputedStyle(el).visibility === 'visible';

describe('<account-tree> badges tell the truth and explain themselves', () => {
  it('a standalone account carries no role badge', async () => {
    const { el } = await mount({ currentAccountId: SEED.standalone.id });
    expect(el.shadowRoot!.querySelector('[part~="badge"]') === null).to.equal(true);
    expect(tipOf(rootItem(el))).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('main, sub, collective invoice, being set up and suspended each have their own icon, text and outline, at 12 px or more', async () => {
    const { el } = await mount();
    const badges = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[data-badge]'));
    const kinds = new Map<string, HTMLElement>();
    for (const b of badges) kinds.set(b.dataset.badge!, b);
    expect([...kinds.keys()].sort()).to.deep.equal(['collective', 'main', 'provisioning', 'sub', 'suspended']);
    const icons = new Set([...kinds.values()].map((b) => b.querySelector('svg')!.innerHTML));
    expect(icons.size).to.equal(5); // shapes differ, not only colours
    const texts = new Set([...kinds.values()].map((b) => b.textContent!.trim()));
    expect(texts.size).to.equal(5);
    for (const b of kinds.values()) {
      expect(parseFloat(getComputedStyle(b).fontSize)).to.be.at.least(12);
      expect(Number(getComputedStyle(b).fontWeight)).to.be.at.least(400);
      expect(b.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    }
    // Next to the name, not at the far end of a wide row.
    const row = children(el).find((r) => nameOf(r).includes('Köln'))!;
    const name = $(row, '[part~="name"]').getBoundingClientRect();
    const badge = $(row, '[data-badge]').getBoundingClientRect();
    expect(badge.left - name.right).to.be.lessThan(24);
    await expect(el).to.be.accessible();
  });

  it('explains a badge while its row has keyboard focus, as the row’s description; Escape hides it; no extra tab stops', async () => {
    const { el } = await mount();
    rootItem(el).focus();
    const rootTip = tipOf(rootItem(el));
    expect(rootTip!.textContent).to.contain(en.mainExplain);
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowDown' });
    const row = children(el).find((r) => nameOf(r).includes('Köln'))!;
    expect(el.shadowRoot!.activeElement).to.equal(row);
    const tip = tipOf(row)!;
    expect(tip.textContent).to.contain(en.collectiveExplain);
    expect(tip.getAttribute('aria-hidden')).to.equal('true'); // described by it, not named by it
    expect(shown(tip)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(tip)).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(shown(tip)).to.equal(true);
    // One tab stop: the row's Open link is no tab stop of its own, and nothing else can take focus.
    expect(row.querySelectorAll('[tabindex]:not([tabindex="-1"]), button:not([tabindex="-1"]), input').length).to.equal(0);
    for (const link of row.querySelectorAll('a')) expect(link.getAttribute('tabindex')).to.equal('-1');
    await expect(el).to.be.accessible();
  });

  it('explains the root’s badge over the root row on keyboard focus (never taking its Open link’s clicks) and on hover', async () => {
    const { el } = await mount();
    const root = rootItem(el);
    const tip = tipOf(root)!;
    expect(tip.textContent).to.contain(en.mainExplain);
    expect(shown(tip)).to.equal(false);
    root.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' }); // focus moved by keys: :focus-visible
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(root);
    expect(shown(tip)).to.equal(true);
    const row = root.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    expect(box.top + box.height / 2, 'centred on the root row').to.be.within(row.top, row.bottom);
    expect(getComputedStyle(tip).pointerEvents).to.equal('none');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(tip)).to.equal(false);
    await sendKeys({ press: 'ArrowDown' }); // focus on the first sub-account: the root's tip goes (after its short delay)
    await waitUntil(() => !shown(tip), 'the root’s explanation hides when the root loses focus');
    const badge = $(root, '[data-badge="main"]').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(badge.x + badge.width / 2), Math.round(badge.y + badge.height / 2)] });
    await el.updateComplete;
    expect(shown(tip)).to.equal(true);
    expect(getComputedStyle(tip).pointerEvents).to.equal('auto'); // hoverable, to be read
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !shown(tip), 'the root’s explanation hides when the pointer leaves');
  });

  it('explains a badge on hover, and the explanation can be hovered itself', async () => {
    const { el } = await mount();
    const row = children(el).find((r) => nameOf(r).includes('Ägidienberg'))!;
    const tip = tipOf(row)!;
    expect(tip.textContent).to.contain(en.suspendedExplain);
    expect(tip.textContent).to.contain(en.subExplain.replace('{main}', SEED.main.name));
    expect(shown(tip)).to.equal(false);
    $(row, '[data-badge="suspended"]').scrollIntoView({ block: 'center' });
    const badge = $(row, '[data-badge="suspended"]').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(badge.x + badge.width / 2), Math.round(badge.y + badge.height / 2)] });
    expect(shown(tip)).to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
