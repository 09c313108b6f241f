import { expect, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import * as stories from '../../../stories/order-subaccount-flow.stories.js';
import { langOf, type LangContext } from '../../../stories/support.js';
import { inEachLanguage } from '../../helpers/stories.js';

interface StoryLike {
  parameters?: { lang?: string };
  loaders?: ((context: LangContext) => Promise<Record<string, unknown>>)[];
  render: (args: Record<string, unknown>, context: LangContext & { loaded: Record<string, unknown> }) => TemplateResult;
  play?: (context: LangContext & { canvasElement: HTMLElement }) => Promise<void>;
}

const expected: Record<string, RegExp> = {
  Product: /^product$/,
  Configuration: /^configuration$/,
  Invoice: /^invoice$/,
  Review: /^review$/,
  Submitting: /^review$/,
  Provisioning: /^provisioning$/,
  Done: /^done$/,
  FieldErrors: /^configuration$/,
  TermsNotAccepted: /^review$/,
  ServerFieldError: /^configuration$/,
  NetworkError: /^review$/,
  OrderFailed: /^failed$/,
  RestoredDraft: /^invoice$/,
  StaleProduct: /^product$/,
  StaleOptions: /^configuration$/,
  NoProducts: /^product$/,
  Handover: /^handover$/,
  HandoverReturn: /^provisioning$/,
};

describe('order-subaccount-flow stories render their state, axe-clean', () => {
  const hosts: HTMLElement[] = [];
  afterEach(() => hosts.splice(0).forEach((h) => h.remove()));
  const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, StoryLike][];

  it('has a story for every state', () => {
    const names = entries.map(([n]) => n);
    expect(names).to.include.members(Object.keys(expected));
    expect(names.length).to.be.at.least(20);
  });

  for (const [name, story, context] of inEachLanguage(Object.fromEntries(entries))) {
    const lang = langOf(context);
    it(`${name} (${lang})`, async () => {
      const loaded: Record<string, unknown> = {};
      for (const loader of story.loaders ?? []) Object.assign(loaded, await loader(context));
      // Rendered by hand: `fixture` would wait for an animation frame, which a background page
      // (test files run in parallel) never gets.
      const host = document.createElement('div');
      document.body.append(host);
      hosts.push(host);
      // As the preview renders it: inside a wrapper with the toolbar's language.
      host.lang = lang;
      render(story.render({ pollInterval: 1000 }, { ...context, loaded }), host);
      const canvas = host.firstElementChild as HTMLElement;
      const el = canvas.querySelector('order-subaccount-flow') as OrderSubaccountFlow;
      expect(host.querySelector('[lang]'), 'the story sets no language of its own').to.equal(null);
      if (name === 'Loading') {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      } else if (name === 'LoadError' || name === 'NotMainAccount' || name === 'LimitReached') {
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"], [data-heading]'));
      } else {
        await waitUntil(() => el.shadowRoot!.querySelector('[data-step]'), `${name} did not render a step`);
        await story.play?.({ ...context, canvasElement: canvas });
        await el.updateComplete;
        await waitUntil(() => expected[name]?.test(el.step), `${name}: at ${el.step}`);
        if (['FieldErrors', 'TermsNotAccepted', 'ServerFieldError'].includes(name)) {
          await waitUntil(() => el.shadowRoot!.querySelector('[aria-invalid="true"]'), `${name}: no field error`);
        }
        if (name === 'NetworkError') {
          await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), `${name}: no error`);
        }
      }
      await expect(canvas).to.be.accessible();
    });
  }
});
