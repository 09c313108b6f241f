import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import { mount } from '../../helpers/dom.js';
import * as stories from '../../../stories/add-subaccount-dialog.stories.js';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import { langOf, type LangContext } from '../../../stories/support.js';
import { inEachLanguage } from '../../helpers/stories.js';

/** Every story renders, reaches its state through its play function, and is accessible. */
type StoryLike = {
  parameters?: { lang?: string };
  render: (args: Record<string, unknown>, context: LangContext) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

const expectedSelector: Record<string, string> = {
  Closed: '', ChoiceMainAccount: '#option-link', ChoiceStandaloneAccount: '#option-link',
  ChoiceLimitReached: '.notice', HandOverToShop: '#create-description', SubAccount: '[data-reason="not-main-account"]',
  LinkFlow: '[data-flow="link"]', LinkFlowCodeStep: '[data-flow="link"]', OrderFlow: '[data-flow="order"]',
  ConfirmCloseMidVerification: '.confirm', Loading: '[role="status"]', LoadFailed: '.notice',
};

describe('add-subaccount-dialog stories', () => {
  const { default: meta, ...named } = stories;
  for (const [name, story, context] of inEachLanguage(named as unknown as Record<string, StoryLike>)) {
    it(`${name} (${langOf(context)})`, async () => {
      const canvas = mount(html`<div lang=${langOf(context)}>${story.render({ ...(meta.args ?? {}) }, context)}</div>`).firstElementChild as HTMLDivElement;
      expect(canvas.querySelector('[lang]'), 'the story sets no language of its own').to.equal(null);
      await story.play?.({ canvasElement: canvas });
      const el = canvas.querySelector('add-subaccount-dialog') as AddSubaccountDialog;
      await el.updateComplete;
      expect(name in expectedSelector, `known story ${name}`).to.equal(true);
      const selector = expectedSelector[name];
      if (selector) {
        await new Promise((r) => setTimeout(r, 100));
        expect(!!el.shadowRoot!.querySelector(selector), `${selector} shows`).to.equal(true);
      } else {
        expect(el.open).to.equal(false);
      }
      await expect(el).to.be.accessible();
      el.close();
    });
  }
});
