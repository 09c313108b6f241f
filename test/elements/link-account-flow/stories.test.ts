import { expect, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import { mount } from '../../helpers/dom.js';
import * as stories from '../../../stories/link-account-flow.stories.js';
import type { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';
import { langOf, type LangContext } from '../../../stories/support.js';
import { inEachLanguage } from '../../helpers/stories.js';

/** Every story renders, reaches its state through its play function, and is accessible. */
type StoryLike = {
  parameters?: { lang?: string };
  render: (args: Record<string, unknown>, context: LangContext) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

const expected: Record<string, string> = {
  NumberStep: 'number', NumberInvalid: 'number', StandaloneAccount: 'number',
  NotFound: 'number', AlreadyLinked: 'number', IsMainAccount: 'number', SelfLink: 'number',
  DuplicateRequest: 'number', LimitReached: 'number', RateLimited: 'number', NetworkFailure: 'number',
  CodeStep: 'code', WrongCode: 'code', CodeExpired: 'code', ResendAvailable: 'code', Locked: 'locked',
  Done: 'done', DoneStandaloneBecameMain: 'done', SubAccount: 'blocked', Loading: 'loading', LoadFailed: 'error',
};

describe('link-account-flow stories', () => {
  const { default: meta, ...named } = stories;
  for (const [name, story, context] of inEachLanguage(named as unknown as Record<string, StoryLike>)) {
    it(`${name} (${langOf(context)})`, async () => {
      const args = { ...(meta.args ?? {}) };
      const canvas = mount(html`<div lang=${langOf(context)}>${story.render(args, context)}</div>`).firstElementChild as HTMLDivElement;
      expect(canvas.querySelector('[lang]'), 'the story sets no language of its own').to.equal(null);
      await story.play?.({ canvasElement: canvas });
      const el = canvas.querySelector('link-account-flow') as LinkAccountFlow;
      const view = expected[name];
      expect(view, `known story ${name}`).to.be.a('string');
      if (view !== 'loading') await waitUntil(() => el.view !== 'loading', 'the account loads');
      await el.updateComplete;
      expect(el.view).to.equal(view);
      if (name.startsWith('NotFound') || name.startsWith('SelfLink')) {
        expect(el.shadowRoot!.querySelector('#number-error')).to.not.equal(null);
      }
      await expect(el).to.be.accessible();
    });
  }
});
