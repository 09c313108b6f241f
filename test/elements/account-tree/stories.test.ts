import { expect, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/account-tree.stories.js';
import { $, children, nameOf, place, rootItem, settled, type AccountTree } from './helpers.js';

import { langOf, type LangContext } from '../../../stories/support.js';
import { inEachLanguage } from '../../helpers/stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  parameters?: { lang?: string };
  render: (args: Record<string, unknown>, context: LangContext) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

/** Renders a story as the preview does: inside a wrapper with the story's language (toolbar or pinned). */
async function renderStory(story: StoryLike, context: LangContext): Promise<AccountTree> {
  const lang = langOf(context);
  const host = await place<HTMLElement>(html`<div lang=${lang}>${story.render({ ...meta.args, ...story.args }, context)}</div>`);
  expect(host.querySelector('[lang]'), 'the story sets no language of its own').to.equal(null);
  await story.play?.({ canvasElement: host });
  return host.querySelector('account-tree')!;
}

const all = Object.entries(stories).filter(([key]) => key !== 'default') as [string, StoryLike][];

describe('account-tree stories render their state, axe-clean', function () {
  this.timeout(20000);

  it('covers every state the issue lists', () => {
    const keys = all.map(([k]) => k);
    for (const k of ['Default', 'TenThousandSubAccounts', 'SubAccountView', 'Standalone', 'Loading', 'ErrorNetwork', 'CollectiveInvoice', 'ProvisioningAndSuspended', 'LongNames']) {
      expect(keys).to.include(k);
    }
  });

  for (const [key, story, context] of inEachLanguage(Object.fromEntries(all))) {
    const de = langOf(context) === 'de';
    it(`${key} (${langOf(context)})`, async () => {
      const el = await renderStory(story, context);
      if (key.startsWith('Loading')) {
        await el.updateComplete;
        expect($(el, '[part~="skeleton"]')).to.exist;
      } else {
        await settled(el);
        if (key.startsWith('Error')) expect($(el, '[part~="error"]')).to.exist;
        else expect(rootItem(el)).to.exist;
      }
      if (key === 'CollectiveInvoice') {
        await waitUntil(() => children(el).length === 2);
        expect(children(el).every((c) => c.textContent!.includes(de ? 'Sammelrechnung' : 'Collective invoice'))).to.equal(true);
      }
      if (key === 'ProvisioningAndSuspended') {
        expect(children(el).map((c) => c.querySelector('[part~="badge-status"]')?.textContent)).to.have.members(
          de ? ['Wird eingerichtet', 'Gesperrt'] : ['Being set up', 'Suspended'],
        );
      }
      if (key === 'LongNames') expect(nameOf(children(el)[0]).length).to.be.greaterThan(80);
      if (key === 'PhoneWidth') {
        // The badge sits on its own line below the name: rows are taller than the default 3.5rem.
        const badged = children(el).find((c) => c.querySelector('[part~="badge"]'))!;
        const name = badged.querySelector('[part~="name"]')!.getBoundingClientRect();
        const badge = badged.querySelector('[part~="badge"]')!.getBoundingClientRect();
        expect(badge.top).to.be.greaterThanOrEqual(name.bottom);
        expect(badged.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(document.documentElement).fontSize) * 3.5);
      }
      if (key === 'MaximumHeightSet') {
        const box = $(el, '[role="tree"]')!;
        expect(box.clientHeight).to.be.at.most(14 * 16 + 1);
        expect(box.scrollHeight).to.be.above(box.clientHeight);
      }
      if (key === 'Default') {
        const box = $(el, '[role="tree"]')!;
        expect(box.scrollHeight, 'a short list has no scroll box').to.be.at.most(box.clientHeight + 1);
        expect(children(el).every((c) => c.querySelector('[part~="open"], [part~="open-reason"]'))).to.equal(true);
      }
      if (key === 'PhoneWidthSubAccountView') {
        expect(rootItem(el).querySelector('[part~="open-reason"]')!.textContent).to.contain(de ? 'Nur Ansicht' : 'View only');
      }
      if (key === 'PhoneWidthLongNames') {
        const name = children(el)[0].querySelector<HTMLElement>('[part~="name"]')!;
        expect(name.getBoundingClientRect().height, 'the name wraps to a second line').to.be.above(30);
      }
      await expect(el).to.be.accessible();
    });
  }
});
