import { expect, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import * as stories from '../../../stories/order-subaccount-flow.stories.js';

interface StoryLike {
  name?: string;
  parameters?: { lang?: string };
  loaders?: (() => Promise<Record<string, unknown>>)[];
  render: (args: Record<string, unknown>, context: { loaded: Record<string, unknown> }) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
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

  it('has a German and an English variant of every story', () => {
    const names = entries.map(([n]) => n);
    for (const name of names) {
      const base = name.replace(/(De|En)$/, '');
      expect(names, base).to.include.members([`${base}De`, `${base}En`]);
    }
    expect(names.length).to.be.at.least(40);
  });

  for (const [name, story] of entries) {
    it(name, async () => {
      const loaded: Record<string, unknown> = {};
      for (const loader of story.loaders ?? []) Object.assign(loaded, await loader());
      // Rendered by hand: `fixture` would wait for an animation frame, which a background page
      // (test files run in parallel) never gets.
      const host = document.createElement('div');
      document.body.append(host);
      hosts.push(host);
      render(story.render({ pollInterval: 1000 }, { loaded }), host);
      const canvas = host.firstElementChild as HTMLElement;
      const el = canvas.querySelector('order-subaccount-flow') as OrderSubaccountFlow;
      expect(canvas.getAttribute('lang')).to.equal(story.parameters?.lang);
      const base = name.replace(/(De|En)$/, '');
      if (base === 'Loading') {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      } else if (base === 'LoadError' || base === 'NotMainAccount' || base === 'LimitReached') {
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"], [data-heading]'));
      } else {
        await waitUntil(() => el.shadowRoot!.querySelector('[data-step]'), `${name} did not render a step`);
        await story.play?.({ canvasElement: canvas });
        await el.updateComplete;
        await waitUntil(() => expected[base]?.test(el.step), `${name}: at ${el.step}`);
        if (['FieldErrors', 'TermsNotAccepted', 'ServerFieldError'].includes(base)) {
          await waitUntil(() => el.shadowRoot!.querySelector('[aria-invalid="true"]'), `${name}: no field error`);
        }
        if (base === 'NetworkError') {
          await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), `${name}: no error`);
        }
      }
      await expect(canvas).to.be.accessible();
    });
  }
});
