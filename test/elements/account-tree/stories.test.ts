import { expect, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/account-tree.stories.js';
import { $, children, nameOf, place, rootItem, settled, type AccountTree } from './helpers.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render: (args: Record<string, unknown>) => TemplateResult;
}

async function renderStory(story: StoryLike): Promise<AccountTree> {
  const host = await place<HTMLElement>(story.render({ ...meta.args, ...story.args }));
  return host.querySelector('account-tree')!;
}

const all = Object.entries(stories).filter(([key]) => key !== 'default') as [string, StoryLike][];

describe('account-tree stories render their state, axe-clean', function () {
  this.timeout(20000);

  it('covers every state the issue lists', () => {
    const keys = all.map(([k]) => k);
    for (const k of ['Default', 'TenThousand', 'SubAccountView', 'Standalone', 'Loading', 'ErrorState', 'CollectiveInvoice', 'Provisioning', 'LongNames']) {
      expect(keys).to.include(k);
    }
  });

  for (const [key, story] of all) {
    it(`${key}`, async () => {
      const el = await renderStory(story);
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
        expect(children(el).every((c) => c.textContent!.includes('Sammelrechnung'))).to.equal(true);
      }
      if (key === 'Provisioning') expect(children(el).map((c) => c.querySelector('[part~="badge-status"]')?.textContent)).to.have.members(['Wird eingerichtet', 'Gesperrt']);
      if (key === 'LongNames') expect(nameOf(children(el)[0]).length).to.be.greaterThan(80);
      if (key === 'PhoneWidth') {
        // The badge sits on its own line below the name: rows are taller than the default 3.5rem.
        const badged = children(el).find((c) => c.querySelector('[part~="badge"]'))!;
        const name = badged.querySelector('[part~="name"]')!.getBoundingClientRect();
        const badge = badged.querySelector('[part~="badge"]')!.getBoundingClientRect();
        expect(badge.top).to.be.greaterThanOrEqual(name.bottom);
        expect(badged.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(document.documentElement).fontSize) * 3.5);
      }
      if (key === 'FixedMaximumHeight') {
        const box = $(el, '[role="tree"]')!;
        expect(box.clientHeight).to.be.at.most(14 * 16 + 1);
        expect(box.scrollHeight).to.be.above(box.clientHeight);
      }
      if (key === 'Default') {
        const box = $(el, '[role="tree"]')!;
        expect(box.scrollHeight, 'a short list has no scroll box').to.be.at.most(box.clientHeight + 1);
        expect(children(el).every((c) => c.querySelector('[part~="open"], [part~="open-reason"]'))).to.equal(true);
      }
      if (key === 'SubAccountViewPhone') expect(rootItem(el).querySelector('[part~="open-reason"]')!.textContent).to.contain('Nur Ansicht');
      if (key === 'PhoneWidthNarrowEnglish') {
        const name = children(el)[0].querySelector<HTMLElement>('[part~="name"]')!;
        expect(name.getBoundingClientRect().height, 'the name wraps to a second line').to.be.above(30);
      }
      await expect(el).to.be.accessible();
    });
  }
});
