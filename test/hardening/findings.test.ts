/**
 * Regression tests for the ten findings of issue 12 ("a partner's adapter can be wrong, slow or
 * hostile"). Each drives an element through a partner-style plain-object adapter (partner.ts) and
 * failed before the adapter seam (src/api/guarded-adapter.ts) and the element fixes.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AccountWidgetsError } from '../../src/api/errors.js';
import type { Account, Order } from '../../src/api/types.js';
import '../../src/elements/account-tree/define.js';
import '../../src/elements/add-subaccount-dialog/define.js';
import '../../src/elements/link-account-flow/define.js';
import '../../src/elements/location-management/define.js';
import '../../src/elements/order-subaccount-flow/define.js';
import type { AccountTree } from '../../src/elements/account-tree/account-tree.js';
import type { AddSubaccountDialog } from '../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import type { LinkAccountFlow } from '../../src/elements/link-account-flow/link-account-flow.js';
import type { LocationManagement } from '../../src/elements/location-management/location-management.js';
import type { OrderSubaccountFlow } from '../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { MemoryDraftStore } from '../../src/core/draft-store.js';
import { DEMO_CODE, SEED } from '../../src/mock/seed.js';
import { mount, text } from '../helpers/dom.js';
import { acceptTerms, pressNext, toReview, waitForStep } from '../elements/order-subaccount-flow/helpers.js';
import { junkIn, never, ownError, partner, settleTime, until, visibleText, type Partner } from './partner.js';

const NETWORK = 'The connection failed.';
const UNREADABLE = 'The server sent an answer we could not read.';
const TIMEOUT = 'The server did not answer in time.';

function errorsOf(el: Element): AccountWidgetsError[] {
  const errors: AccountWidgetsError[] = [];
  el.addEventListener('adapter-error', (e) => errors.push((e as CustomEvent<{ error: AccountWidgetsError }>).detail.error));
  return errors;
}

function linkFlow(p: Partner, props: Partial<LinkAccountFlow> = {}): LinkAccountFlow {
  const container = mount(html`<link-account-flow lang="en" .adapter=${p.adapter} .clock=${() => p.base.backend.now()}></link-account-flow>`);
  const el = container.firstElementChild as LinkAccountFlow;
  Object.assign(el, props);
  return el;
}

function tree(p: Partner, attrs: { pageSize?: number } = {}): AccountTree {
  const container = mount(
    html`<account-tree lang="en" .adapter=${p.adapter} filter-delay="0" page-size=${attrs.pageSize ?? 100}></account-tree>`,
  );
  return container.firstElementChild as AccountTree;
}

function orderFlow(p: Partner): OrderSubaccountFlow {
  const container = mount(
    html`<order-subaccount-flow lang="en" .adapter=${p.adapter} .draftStore=${new MemoryDraftStore()} poll-interval="20"></order-subaccount-flow>`,
  );
  return container.firstElementChild as OrderSubaccountFlow;
}

const shadowText = (el: Element) => text(el.shadowRoot);
const retryIn = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => /Try again/.test(b.textContent ?? '')) ?? null;

async function typeNumber(el: LinkAccountFlow, number: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#number')!;
  input.focus();
  await sendKeys({ type: number });
  await sendKeys({ press: 'Enter' });
}

describe('issue 12 findings (partner adapters)', () => {
  describe('1. link flow: no call loop', () => {
    for (const [label, fn] of [
      ['resolves null', () => Promise.resolve(null)],
      ['resolves undefined', () => Promise.resolve(undefined)],
      ['rejects with its own TimeoutError', () => Promise.reject(ownError('TimeoutError'))],
      ['rejects with its own AbortError', () => Promise.reject(ownError('AbortError'))],
    ] as const) {
      it(`getCurrentAccount ${label}: one call, an error with Retry, one more call per Retry`, async () => {
        const p = partner({ getCurrentAccount: fn });
        const el = linkFlow(p);
        await until(() => el.view === 'error', 'no error state');
        await settleTime(50);
        expect(p.calls.getCurrentAccount).to.equal(1);
        expect(shadowText(el)).to.contain(label.includes('null') || label.includes('undefined') ? UNREADABLE : label.includes('Timeout') ? TIMEOUT : NETWORK);
        retryIn(el)!.click();
        await until(() => p.calls.getCurrentAccount === 2 && el.view === 'error', 'Retry did not ask once more');
        await settleTime(50);
        expect(p.calls.getCurrentAccount).to.equal(2);
        await expect(el).to.be.accessible();
      });
    }

    it('removing the flow mid-load starts no call after removal', async () => {
      const p = partner({ getCurrentAccount: never });
      const el = linkFlow(p);
      await until(() => p.calls.getCurrentAccount === 1, 'no load');
      const signal = p.opts.getCurrentAccount![0]!.signal!;
      el.remove();
      await settleTime(50);
      expect(signal.aborted).to.equal(true);
      expect(p.calls.getCurrentAccount).to.equal(1);
    });
  });

  describe("2. an adapter's own AbortError/TimeoutError is a failure, not our cancel", () => {
    it('a timed-out placeOrder: message, adapter-error, the live region moves on; placeOrder got a signal', async () => {
      const p = partner();
      const el = orderFlow(p);
      const errors = errorsOf(el);
      await waitForStep(el, 'product');
      await toReview(el);
      await acceptTerms(el);
      p.set('placeOrder', () => Promise.reject(ownError('TimeoutError')));
      await pressNext(el);
      await until(() => el.shadowRoot!.querySelector('.alert[role="alert"]'), 'no message after the timed-out order');
      expect(errors.map((e) => e.code)).to.deep.equal(['network']);
      expect(p.opts.placeOrder![0]!.signal).to.be.instanceOf(AbortSignal);
      expect(p.opts.placeOrder![0]!.idempotencyKey).to.be.a('string');
      await until(() => !/Placing your order/.test(text(el.shadowRoot!.querySelector('[aria-live]'))), 'still "Placing your order…"');
      expect(el.busy).to.equal(false);
    });

    it('the tree: a list rejected with the adapter’s own AbortError shows an error with Retry', async () => {
      const p = partner({ listSubaccounts: () => Promise.reject(ownError('AbortError')) });
      const el = tree(p);
      await until(() => el.shadowRoot!.querySelector('.error-state'), 'tree stays on loading');
      expect(shadowText(el)).to.contain(NETWORK);
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    });

    it('the link flow: "Send code" with startLink rejecting its own AbortError says so and offers Retry', async () => {
      const p = partner({ startLink: () => Promise.reject(ownError('AbortError')) });
      const el = linkFlow(p);
      await until(() => el.view === 'number', 'no number step');
      await typeNumber(el, SEED.linkable[0]!);
      await until(() => el.shadowRoot!.querySelector('#number-error'), 'Send code did nothing');
      expect(text(el.shadowRoot!.querySelector('#number-error'))).to.contain(NETWORK);
      expect(retryIn(el)).to.exist;
      expect(p.opts.startLink![0]!.signal).to.be.instanceOf(AbortSignal);
    });
  });

  describe('3. swapping the adapter at run time', () => {
    it('the link flow mid-flow: the new backend’s account and main id, the typed number kept', async () => {
      const a = partner();
      const b = partner();
      b.base.backend.setCurrentAccount(SEED.standalone.id);
      const el = linkFlow(a);
      await until(() => el.view === 'number', 'no number step');
      await typeNumber(el, SEED.linkable[1]!);
      await until(() => el.view === 'code', 'no code step');
      el.adapter = b.adapter;
      await until(() => el.view === 'number' && b.calls.getCurrentAccount === 1, 'did not start over with the new adapter');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#number')!.value).to.equal(SEED.linkable[1]);
      expect(shadowText(el)).to.contain(SEED.standalone.name);
      el.shadowRoot!.querySelector<HTMLInputElement>('#number')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.view === 'code', 'no code step with the new backend');
      const startLink = b.base.startLink;
      expect(b.calls.startLink).to.equal(1);
      expect(a.calls.startLink).to.equal(1);
      void startLink;
    });

    it('an open dialog loads the new backend’s account and its flow follows', async () => {
      const a = partner();
      const b = partner();
      b.base.backend.setCurrentAccount(SEED.standalone.id);
      const container = mount(html`<add-subaccount-dialog lang="en" .adapter=${a.adapter}></add-subaccount-dialog>`);
      const dialog = container.firstElementChild as AddSubaccountDialog;
      dialog.show();
      await until(() => /Nordlicht/.test(shadowText(dialog)), 'no account in the dialog');
      dialog.adapter = b.adapter;
      await until(() => /Hofladen Sommerfeld/.test(shadowText(dialog)), 'the dialog kept the old account');
      expect(b.calls.getCurrentAccount).to.equal(1);
      dialog.close();
    });
  });

  describe('4. wrong shapes never crash a render', () => {
    it('tree filter with a numeric customerNumber: a clear notice, no uncaught error', async () => {
      const p = partner();
      const el = tree(p);
      await until(() => el.shadowRoot!.querySelector('[role="treeitem"][aria-level="2"]'), 'no rows');
      p.set('listSubaccounts', async (...args: unknown[]) => {
        const page = await p.base.listSubaccounts(...(args as [string]));
        return { ...page, items: page.items.map((a) => ({ ...a, customerNumber: 4711 as unknown as string, name: ['x'] })) };
      });
      el.filter = 'Ham';
      await until(() => el.shadowRoot!.querySelector('[part="notice"]'), 'no notice for the wrong shape');
      expect(shadowText(el)).to.contain(UNREADABLE);
    });

    it('the section with a null current account shows an error with Retry', async () => {
      const p = partner({ getCurrentAccount: async () => null });
      const container = mount(html`<location-management lang="en" .adapter=${p.adapter}></location-management>`);
      const el = container.firstElementChild as LocationManagement;
      await until(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error for a null account');
      expect(shadowText(el)).to.contain(UNREADABLE);
      expect(el.shadowRoot!.querySelector('[part="error"] button')).to.exist;
    });

    for (const [label, change] of [
      ["currency: '€'", (c: Record<string, unknown>) => ({ ...c, currency: '€' })],
      ['a product without price', (c: Record<string, unknown>) => ({ ...c, products: (c.products as object[]).map((p) => ({ ...p, price: undefined })) })],
      ['products not an array', (c: Record<string, unknown>) => ({ ...c, products: { a: 1 } })],
      ['no vat', (c: Record<string, unknown>) => ({ ...c, vat: undefined })],
    ] as const) {
      it(`order flow with ${label}: an error with Retry, never stuck on "Loading the offer…"`, async () => {
        const p = partner();
        p.set('getCatalog', async (...args: unknown[]) => change((await p.base.getCatalog(...(args as [string]))) as never));
        const el = orderFlow(p);
        await until(() => el.shadowRoot!.querySelector('[part="error"]'), 'stuck loading');
        expect(shadowText(el)).to.contain(UNREADABLE);
        expect(el.shadowRoot!.querySelector('[part="error"] button')).to.exist;
      });
    }

    it('the tree when listSubaccounts throws synchronously for a later page: "Not loaded" and Retry', async () => {
      const p = partner();
      let calls = 0;
      p.set('listSubaccounts', (...args: unknown[]) => {
        if (++calls > 1) throw new Error('partner bug');
        return p.base.listSubaccounts(...(args as [string]));
      });
      const el = tree(p, { pageSize: 5 });
      await until(() => el.shadowRoot!.querySelector('[part="notice"]'), 'no notice for the failed page');
      expect(el.shadowRoot!.querySelector('[data-failed]')).to.exist;
      p.set('listSubaccounts', (...args: unknown[]) => p.base.listSubaccounts(...(args as [string])));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="notice"] [part="retry"]')!.click();
      await until(() => !el.shadowRoot!.querySelector('[data-failed]') && !el.shadowRoot!.querySelector('.placeholder'), 'Retry did not load the page');
    });
  });

  describe('5. focus survives shrinking data', () => {
    it('End on 300 rows, the next page says 40: focus on the new last row, one tab stop, Home works', async () => {
      const subs: Account[] = Array.from({ length: 300 }, (_, i) => ({
        id: `s${i}`, customerNumber: String(5000000 + i), name: `Site ${String(i).padStart(3, '0')}`, role: 'sub', status: 'active',
      }));
      let total = 300;
      const p = partner({
        getCurrentAccount: () => p.base.getCurrentAccount(),
        listSubaccounts: async (_main: string, q: { offset?: number; limit?: number } = {}) => {
          const offset = q.offset ?? 0;
          const result = { items: subs.slice(offset, Math.min(total, offset + (q.limit ?? 50))), total };
          return result;
        },
      });
      const el = tree(p, { pageSize: 50 });
      await until(() => el.shadowRoot!.querySelector('[role="treeitem"][aria-level="2"]'), 'no rows');
      el.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!.focus();
      total = 40; // rows were removed meanwhile: the page End asks for says so
      await sendKeys({ press: 'End' });
      await until(() => {
        const a = el.shadowRoot!.activeElement;
        return a?.getAttribute('aria-posinset') === '40' && !el.shadowRoot!.querySelector('.placeholder');
      }, 'focus did not move to the nearest remaining row');
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.querySelectorAll('[role="treeitem"][tabindex="0"]')).to.have.length(1);
      await sendKeys({ press: 'Home' });
      await until(() => el.shadowRoot!.activeElement?.getAttribute('aria-level') === '1', 'Home did nothing');
    });
  });

  describe('6. wrong shapes are invalid-response, never a network message', () => {
    it('startLink → null, and a non-promise return', async () => {
      for (const fn of [async () => null, () => ({ id: 'x' })]) {
        const p = partner({ startLink: fn });
        const el = linkFlow(p);
        const errors = errorsOf(el);
        await until(() => el.view === 'number', 'no number step');
        await typeNumber(el, SEED.linkable[0]!);
        await until(() => el.shadowRoot!.querySelector('#number-error'), 'no message');
        expect(text(el.shadowRoot!.querySelector('#number-error'))).to.contain(UNREADABLE).and.not.contain(NETWORK);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-response']);
        expect(errors[0]!.message).to.match(/^startLink: \$/);
        el.parentElement!.remove();
      }
    });

    it('confirmLink → null: no "code has expired", no subaccount-added with a null account', async () => {
      const p = partner({ confirmLink: async () => null });
      const el = linkFlow(p);
      const added: unknown[] = [];
      el.addEventListener('subaccount-added', (e) => added.push((e as CustomEvent).detail));
      await until(() => el.view === 'number', 'no number step');
      await typeNumber(el, SEED.linkable[0]!);
      await until(() => el.view === 'code', 'no code step');
      el.shadowRoot!.querySelector<HTMLInputElement>('#code')!.focus();
      await sendKeys({ type: DEMO_CODE });
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('#code-error'), 'no message');
      expect(shadowText(el)).to.contain(UNREADABLE).and.not.contain('expired');
      expect(added).to.deep.equal([]);
    });

    it('a null or {} catalog', async () => {
      for (const value of [null, {}]) {
        const p = partner({ getCatalog: async () => value });
        const el = orderFlow(p);
        await until(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error');
        expect(shadowText(el)).to.contain(UNREADABLE).and.not.contain(NETWORK);
        el.parentElement!.remove();
      }
    });
  });

  describe('7. states that always end', () => {
    it('the dialog with a null current account: an error with Retry, not "Loading your account…" forever', async () => {
      const p = partner({ getCurrentAccount: async () => null });
      const container = mount(html`<add-subaccount-dialog lang="en" .adapter=${p.adapter}></add-subaccount-dialog>`);
      const dialog = container.firstElementChild as AddSubaccountDialog;
      dialog.show();
      await until(() => /could not read/.test(shadowText(dialog)), 'loading forever');
      expect(retryIn(dialog)).to.exist;
      dialog.close();
    });

    for (const [label, page] of [
      ['items not an array', { items: 'nope', total: 3 }],
      ['items holding nulls', { items: [null, null], total: 2 }],
    ] as const) {
      it(`tree rows with ${label}: an error with Retry`, async () => {
        const p = partner({ listSubaccounts: async () => page });
        const el = tree(p);
        await until(() => el.shadowRoot!.querySelector('.error-state'), 'rows stay loading');
        expect(shadowText(el)).to.contain(UNREADABLE);
      });
    }

    it('a promise that never settles ends in a timeout state with Retry after request-timeout', async () => {
      const p = partner({ getCurrentAccount: never });
      const container = mount(html`<account-tree lang="en" .adapter=${p.adapter} request-timeout="60"></account-tree>`);
      const el = container.firstElementChild as AccountTree;
      expect(el.requestTimeout).to.equal(60);
      await until(() => el.shadowRoot!.querySelector('.error-state'), 'loading forever');
      expect(shadowText(el)).to.contain(TIMEOUT);
      expect(p.opts.getCurrentAccount![0]!.signal!.aborted).to.equal(true); // the adapter is told to stop
      p.set('getCurrentAccount', () => p.base.getCurrentAccount());
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await until(() => el.shadowRoot!.querySelector('[role="treeitem"][aria-level="2"]'), 'Retry did not load');
    });
  });

  describe('8. no "undefined" or "NaN" on screen', () => {
    it('customer number undefined, contact undefined, NaN sub-accounts', async () => {
      const cases: Partial<Record<'getCurrentAccount' | 'startLink', () => unknown>>[] = [
        { getCurrentAccount: async () => ({ ...(await partner().base.getCurrentAccount()), customerNumber: undefined }) },
        { getCurrentAccount: async () => ({ ...(await partner().base.getCurrentAccount()), subaccountCount: NaN }) },
      ];
      for (const overrides of cases) {
        const p = partner(overrides);
        const el = tree(p);
        await until(() => el.shadowRoot!.querySelector('.error-state'), 'no error');
        expect(junkIn(visibleText(el))).to.equal(undefined);
        el.parentElement!.remove();
      }
      const base = partner().base;
      const p = partner({ startLink: async (...a: unknown[]) => ({ ...(await base.startLink(...(a as [string, string]))), maskedContact: undefined }) });
      const flow = linkFlow(p);
      await until(() => flow.view === 'number', 'no number step');
      await typeNumber(flow, SEED.linkable[2]!);
      await until(() => flow.shadowRoot!.querySelector('#number-error'), 'no message');
      expect(junkIn(visibleText(flow))).to.equal(undefined);
    });
  });

  describe('9. truthful words after a lost answer', () => {
    for (const [lang, words] of [
      ['en', 'We could not confirm your order. Trying again will not order twice.'],
      ['de', 'Wir konnten Ihre Bestellung nicht bestätigen. Ein neuer Versuch bestellt nicht doppelt.'],
    ] as const) {
      it(`a timed-out placeOrder (the server has the order) says what is known (${lang})`, async () => {
        const p = partner();
        const el = orderFlow(p);
        await waitForStep(el, 'product');
        await toReview(el);
        await acceptTerms(el);
        el.setAttribute('lang', lang);
        // The language's messages load on first use: the review reads in it before ordering.
        await until(() => shadowText(el).includes(lang === 'en' ? 'Buy now' : 'Zahlungspflichtig bestellen'), 'the page language shown');
        p.set('placeOrder', async (...args: unknown[]) => {
          await p.base.placeOrder(...(args as [string, never, never])); // the backend created it …
          throw ownError('TimeoutError'); // … the answer was lost
        });
        await pressNext(el);
        await until(() => el.shadowRoot!.querySelector('.alert[role="alert"]'), 'no message');
        expect(shadowText(el)).to.contain(words);
        expect(shadowText(el)).not.to.contain(lang === 'en' ? 'not placed yet' : 'noch nicht aufgegeben');
        expect(p.base.backend.orders()).to.have.length(1);
        await expect(el).to.be.accessible();
        // Trying again replays the same order.
        p.set('placeOrder', (...args: unknown[]) => p.base.placeOrder(...(args as [string, never, never])));
        await pressNext(el);
        await waitForStep(el, 'provisioning');
        expect(p.base.backend.orders()).to.have.length(1);
      });
    }
  });

  describe('10. nothing renders after removal; order status never goes back', () => {
    it('location-management aborts its current-account request on disconnect', async () => {
      const p = partner({ getCurrentAccount: never });
      const container = mount(html`<location-management lang="en" .adapter=${p.adapter}></location-management>`);
      const el = container.firstElementChild as LocationManagement;
      await until(() => (p.opts.getCurrentAccount ?? []).length > 0, 'no request');
      const own = p.opts.getCurrentAccount!.find((o) => o.signal && !o.signal.aborted)!;
      expect(own).to.exist;
      el.remove();
      await settleTime(20);
      expect(p.opts.getCurrentAccount!.every((o) => o.signal!.aborted)).to.equal(true);
    });

    it('the dialog renders nothing of a late answer after removal, even when the adapter ignores the abort', async () => {
      let resolve!: (v: unknown) => void;
      const p = partner({ getCurrentAccount: () => new Promise((r) => (resolve = r)) });
      const container = mount(html`<add-subaccount-dialog lang="en" .adapter=${p.adapter}></add-subaccount-dialog>`);
      const dialog = container.firstElementChild as AddSubaccountDialog;
      dialog.show();
      await until(() => p.calls.getCurrentAccount === 1, 'no request');
      dialog.remove();
      resolve(await p.base.getCurrentAccount());
      await settleTime(30);
      expect(shadowText(dialog)).not.to.contain('Nordlicht');
    });

    it('a stale poll answer never moves the shown status backwards', async () => {
      const p = partner({}, { provisioningMs: 100_000 });
      const el = orderFlow(p);
      await waitForStep(el, 'product');
      await toReview(el);
      await acceptTerms(el);
      const answers: Order['status'][] = ['provisioning', 'submitted', 'submitted'];
      p.set('getOrder', async (...args: unknown[]) => {
        const order = await p.base.getOrder(...(args as [string]));
        return { ...order, status: answers.shift() ?? 'provisioning' };
      });
      await pressNext(el);
      await waitForStep(el, 'provisioning');
      const status = () => el.shadowRoot!.querySelector('[data-status]')!.getAttribute('data-status');
      await until(() => status() === 'provisioning', 'never provisioning');
      await until(() => (p.calls.getOrder ?? 0) >= 3, 'no further polls', 5000);
      expect(status()).to.equal('provisioning');
      expect(shadowText(el)).to.contain('Being set up');
    });
  });
});

void waitUntil;
