import { expect, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import { mount } from '../../helpers/dom.js';
import * as stories from '../../../stories/link-account-flow.stories.js';
import type { LinkAccountFlow } from '../../../src/elements/link-account-flow/link-account-flow.js';

/** Every story renders, reaches its state through its play function, and is accessible. */
type StoryLike = {
  parameters?: { lang?: string };
  render: (args: Record<string, unknown>) => TemplateResult;
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
  for (const [name, value] of Object.entries(named)) {
    it(name, async () => {
      const story = value as unknown as StoryLike;
      const args = { ...(meta.args ?? {}) };
      const canvas = mount(html`<div lang=${story.parameters?.lang ?? 'en'}>${story.render(args)}</div>`).firstElementChild as HTMLDivElement;
      await story.play?.({ canvasElement: canvas });
      const el = canvas.querySelector('link-account-flow') as LinkAccountFlow;
      const view = expected[name.replace(/(De|En)$/, '')];
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
