import { expect, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/account-switcher.stories.js';
import type { AccountSwitcher } from '../../../src/elements/account-switcher/account-switcher.js';
import { mount } from '../../helpers/dom.js';
import { langOf, type LangContext } from '../../../stories/support.js';
import { inEachLanguage } from '../../helpers/stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  parameters?: { lang?: string };
  render: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const all = Object.entries(stories).filter(([key]) => key !== 'default') as [string, StoryLike][];
const $ = (el: AccountSwitcher, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);

describe('account-switcher stories render their state, axe-clean', function () {
  this.timeout(20000);

  it('covers every state', () => {
    const keys = all.map(([k]) => k);
    for (const k of ['Default', 'Open', 'RecentFirst', 'TenThousand', 'SubAccountView', 'Standalone', 'Loading', 'ErrorState', 'NoMatches']) expect(keys).to.include(k);
  });

  // Each story in both languages, as the toolbar sets them: the story sets no language of its own.
  for (const [key, story, context] of inEachLanguage(Object.fromEntries(all))) {
    it(`${key} (${langOf(context as LangContext)})`, async () => {
      const canvasElement = mount(html`<div lang=${langOf(context)}>${story.render({ ...meta.args, ...story.args })}</div>`)
        .firstElementChild as HTMLElement;
      expect(canvasElement.querySelector('[lang]'), 'the story sets no language of its own').to.equal(null);
      const el = canvasElement.querySelector('account-switcher')!;
      expect(el.closest('[lang]')?.getAttribute('lang')).to.equal(langOf(context));
      if (key.startsWith('Loading')) {
        await el.updateComplete;
        expect($(el, '[part="status"]')).to.exist;
      } else if (key.startsWith('Error')) {
        await waitUntil(() => $(el, '[part="error"]'), 'error shown');
      } else {
        await waitUntil(() => el.view, 'loaded');
        await story.play?.({ canvasElement });
        if (story.play) await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length > 1 || $(el, '[part="status"]'), 'popup shown');
        if (key.startsWith('RecentFirst')) await waitUntil(() => $(el, '[part~="option-recent"]'), 'recent first');
        if (key === 'Searched') await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length === 1, 'one match');
        if (key === 'NoMatches') await waitUntil(() => $(el, '[part="status"]')?.textContent?.includes('zzz'), 'no matches');
      }
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
