// The theme files that ship in the package (themes/*.css → dist/themes/): each applies its tokens
// to the elements, keeps every state it shows accessible (axe, contrast included), and auto.css
// follows prefers-color-scheme.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LocationManagement } from '../../src/elements/location-management/location-management.js';
import '../../src/elements/location-management/define.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { $, $maybe } from '../helpers/dom.js';

const css = async (name: string) => (await fetch(`/themes/${name}.css`)).text();

async function mount(theme: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div class="aw-theme-${theme}" lang="en">
    <style>
      ${await css(theme)}
    </style>
    <location-management .adapter=${new InMemoryAdapter()}></location-management>
  </div>`);
  const el = wrap.querySelector<LocationManagement>('location-management')!;
  await waitUntil(() => $maybe(el, '[part~="tree"]')?.shadowRoot?.querySelector('[role="treeitem"]'), 'rows', { timeout: 4000 });
  const tree = $(el, '[part~="tree"]');
  const surface = () => getComputedStyle($(tree, '[part~="tree"]')).backgroundColor;
  return { wrap, el, surface };
}

describe('theme files', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('light.css spells out the defaults', async () => {
    const { el, surface } = await mount('light');
    expect(surface()).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('dark.css turns the elements dark, readable', async () => {
    const { wrap, el, surface } = await mount('dark');
    expect(surface()).to.equal('rgb(23, 28, 35)');
    expect(getComputedStyle(wrap).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('auto.css follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const { el, surface } = await mount('auto');
    expect(surface()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => surface() === 'rgb(23, 28, 35)', 'dark when the system prefers it');
    await expect(el).to.be.accessible();
  });

  it("partner.css brands the section and reaches the tree's rows through exported parts", async () => {
    const { el } = await mount('partner');
    const tree = $(el, '[part~="tree"]');
    const row = $(tree, '[part~="row"]');
    expect(getComputedStyle(row).borderInlineStartWidth).to.equal('3px');
    expect(getComputedStyle($(el, '[part~="add-button"]')).backgroundColor).to.equal('rgb(0, 102, 94)');
    await expect(el).to.be.accessible();
  });
});
