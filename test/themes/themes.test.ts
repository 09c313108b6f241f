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

const sheets: HTMLStyleElement[] = [];

async function mount(theme: string) {
  const sheet = Object.assign(document.createElement('style'), { textContent: await css(theme) });
  sheets.push(document.head.appendChild(sheet));
  // The element is the fixture root (a wrapper would make fixture() wait for a frame, which a
  // background tab of the concurrent run may never get); the theme's class scopes it.
  const el = await fixture<LocationManagement>(
    html`<location-management class="aw-theme-${theme}" lang="en" .adapter=${new InMemoryAdapter()}></location-management>`,
  );
  await waitUntil(() => $maybe(el, '[part~="tree"]')?.shadowRoot?.querySelector('[role="treeitem"]'), 'rows', { timeout: 4000 });
  const tree = $(el, '[part~="tree"]');
  const surface = () => getComputedStyle($(tree, '[part~="tree"]')).backgroundColor;
  return { el, surface };
}

describe('theme files', () => {
  afterEach(() => {
    for (const sheet of sheets.splice(0)) sheet.remove();
  });

  it('light.css spells out the defaults', async () => {
    const { el, surface } = await mount('light');
    expect(surface()).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('dark.css turns the elements dark, readable', async () => {
    const { el, surface } = await mount('dark');
    expect(surface()).to.equal('rgb(23, 28, 35)');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('auto.css follows prefers-color-scheme', async function () {
    // Media emulation needs CDP: Chromium only (Firefox over BiDi and WebKit over WebDriver have
    // none). The next test checks the file itself in every engine.
    if (!(await emulateMedia({ colorScheme: 'light' }).then(() => true, () => false))) this.skip();
    try {
      const { el, surface } = await mount('auto');
      expect(surface()).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(() => surface() === 'rgb(23, 28, 35)', 'dark when the system prefers it');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('auto.css holds light.css by default and dark.css under prefers-color-scheme: dark', async () => {
    const tokens = (rule: CSSStyleRule) =>
      Object.fromEntries([...rule.style].filter((p) => p.startsWith('--aw-')).map((p) => [p, rule.style.getPropertyValue(p).trim()]));
    const parse = async (name: string) => {
      const sheet = new CSSStyleSheet();
      await sheet.replace(await css(name));
      return [...sheet.cssRules];
    };
    const [auto, light, dark] = await Promise.all([parse('auto'), parse('light'), parse('dark')]);
    const media = auto.find((r): r is CSSMediaRule => r instanceof CSSMediaRule)!;
    expect(media.conditionText).to.equal('(prefers-color-scheme: dark)');
    expect(tokens(auto[0] as CSSStyleRule)).to.deep.equal(tokens(light[0] as CSSStyleRule));
    expect(tokens(media.cssRules[0] as CSSStyleRule)).to.deep.equal(tokens(dark[0] as CSSStyleRule));
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
