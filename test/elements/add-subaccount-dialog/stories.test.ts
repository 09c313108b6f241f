import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import { mount } from '../../helpers/dom.js';
import * as stories from '../../../stories/add-subaccount-dialog.stories.js';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';

/** Every story renders, reaches its state through its play function, and is accessible. */
type StoryLike = {
  parameters?: { lang?: string };
  render: (args: Record<string, unknown>) => TemplateResult;
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
  for (const [name, value] of Object.entries(named)) {
    it(name, async () => {
      const story = value as unknown as StoryLike;
      const canvas = mount(html`<div lang=${story.parameters?.lang ?? 'en'}>${story.render({ ...(meta.args ?? {}) })}</div>`).firstElementChild as HTMLDivElement;
      await story.play?.({ canvasElement: canvas });
      const el = canvas.querySelector('add-subaccount-dialog') as AddSubaccountDialog;
      await el.updateComplete;
      const key = name.replace(/(De|En)$/, '');
      expect(key in expectedSelector, `known story ${key}`).to.equal(true);
      const selector = expectedSelector[key];
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
