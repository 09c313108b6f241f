import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AccountAdapter } from '../../../src/api/adapter.js';
import { RestAdapter } from '../../../src/api/rest-adapter.js';
import type { AccountWidgetsError } from '../../../src/api/errors.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { useHandlers, useMockApi } from '../../helpers/msw.js';
import { errorMessageOf } from '../../helpers/dom.js';
import {
  $,
  account,
  children,
  ManualAdapter,
  mount,
  nameOf,
  place,
  rootItem,
  settled,
  spyList,
  tree,
  type AccountTree,
} from './helpers.js';

const errorText = (el: AccountTree) => $(el, '[part~="error"] p')?.textContent;

/** Counts updates of an element from now on. */
function countUpdates(el: AccountTree): () => number {
  let n = 0;
  const original = el.requestUpdate.bind(el);
  el.requestUpdate = ((...args: Parameters<AccountTree['requestUpdate']>) => {
    n++;
    return original(...args);
  }) as AccountTree['requestUpdate'];
  return () => n;
}

/** Collects uncaught errors and unhandled rejections while a test runs. */
function watchUncaught(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('<account-tree> errors and lifecycle', () => {
  it('error → Retry → success, with a message chosen by the error code and adapter-error', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('server');
    const errors: AccountWidgetsError[] = [];
    const host = await place(html`<div @adapter-error=${(e: CustomEvent) => errors.push(e.detail.error)}>
      <account-tree .adapter=${adapter}></account-tree>
    </div>`);
    const el = host.querySelector('account-tree')!;
    await settled(el);
    expect(errorText(el)).to.equal(errorMessageOf(el, { code: 'server' }));
    expect(errorText(el)).to.equal('Something went wrong on our side. Please try again later.');
    expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(errors.map((e) => e.code)).to.deep.equal(['server']);
    await expect(el).to.be.accessible();
    ($(el, '[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => children(el).length === 13, 'retry loaded the tree');
    expect($(el, '[part~="error"]')).to.equal(null);
  });

  it('shows German error messages in a German page', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('network');
    const host = await place(html`<div lang="de"><account-tree .adapter=${adapter}></account-tree></div>`);
    const el = host.querySelector('account-tree')!;
    await settled(el);
    expect(errorText(el)).to.equal(errorMessageOf(el, { code: 'network' }));
    expect($(el, '[part~="retry"]')!.textContent).to.equal('Erneut versuchen');
  });

  it('a page that fails while scrolling shows a notice with a working Retry; the tree stays', async () => {
    const { el, adapter } = await mount({ generatedSubaccounts: 5000 });
    adapter.backend.failNext('server');
    const failed = oneEvent(el, 'adapter-error');
    tree(el).scrollTop = 3000 * children(el)[0].offsetHeight;
    tree(el).dispatchEvent(new Event('scroll'));
    await failed;
    await el.updateComplete;
    const notice = $(el, '[part~="notice"]')!;
    expect(notice.textContent).to.contain('Some accounts could not be loaded.');
    expect($(el, '.placeholder')).to.exist;
    await expect(el).to.be.accessible();
    (notice.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => !$(el, '.placeholder') && !$(el, '[part~="notice"]'), 'retried pages arrived');
  });

  it('a failed refresh keeps the rows and offers Retry', async () => {
    const { el, adapter } = await mount();
    adapter.backend.failNext('server');
    await el.refresh();
    expect(children(el)).to.have.length(13);
    expect($(el, '[part~="notice"]')!.textContent).to.contain(errorMessageOf(el, { code: 'server' }));
    ($(el, '[part~="notice"] [part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => !$(el, '[part~="notice"]'));
  });

  it('does not update or throw after being removed mid-request (current account, then a page)', async () => {
    const watch = watchUncaught();
    try {
      const manual = new ManualAdapter({ id: 'm', customerNumber: '1000001', name: 'Main', role: 'main', status: 'active' }, [
        account('s1', 'Alpha'),
      ]);
      const el = await fixture<AccountTree>(html`<account-tree .adapter=${manual as unknown as AccountAdapter}></account-tree>`);
      await waitUntil(() => manual.pending.length === 1);
      const signal = manual.pending[0].signal!;
      el.remove();
      expect(signal.aborted).to.equal(true);
      const updates = countUpdates(el);
      manual.release();
      await aTimeout(100);
      expect(updates()).to.equal(0);

      const second = new ManualAdapter(manual.current, manual.subs);
      const el2 = await fixture<AccountTree>(html`<account-tree .adapter=${second as unknown as AccountAdapter}></account-tree>`);
      await waitUntil(() => second.pending.length === 1);
      second.release();
      await waitUntil(() => second.pending.length === 1 && second.pending[0].method === 'listSubaccounts');
      const pageSignal = second.pending[0].signal!;
      el2.remove();
      expect(pageSignal.aborted).to.equal(true);
      const updates2 = countUpdates(el2);
      second.release();
      await aTimeout(100);
      expect(updates2()).to.equal(0);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('picks up again when re-attached after a removal mid-request', async () => {
    const adapter = new InMemoryAdapter({ latency: 50 });
    const host = await place<HTMLDivElement>(html`<div><account-tree .adapter=${adapter}></account-tree></div>`);
    const el = host.querySelector('account-tree')!;
    el.remove();
    await aTimeout(80);
    host.append(el);
    await settled(el);
    expect(children(el)).to.have.length(13);
  });

  it('a reveal or filter on a removed element does nothing and throws nothing', async () => {
    const { el } = await mount({ latency: 20 });
    const watch = watchUncaught();
    try {
      el.filter = 'lager';
      const reveal = el.reveal('acc-sub-bremen');
      el.remove();
      expect(await reveal).to.equal(false);
      await aTimeout(100);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('reloads when the adapter changes', async () => {
    const { el } = await mount();
    const other = new InMemoryAdapter({ currentAccountId: 'acc-standalone' });
    el.adapter = other;
    await waitUntil(() => nameOf(rootItem(el)) === 'Hofladen Sommerfeld');
    expect(children(el)).to.have.length(0);
  });
});

describe('<account-tree> over HTTP (RestAdapter + MSW)', () => {
  it('loads from api-base alone (zero-JS drop-in)', async () => {
    await useMockApi();
    const el = await fixture<AccountTree>(html`<account-tree api-base="/api" filter-delay="0"></account-tree>`);
    await settled(el);
    expect(nameOf(rootItem(el))).to.equal('Nordlicht Kommunikation GmbH');
    expect(children(el)).to.have.length(13);
    el.filter = 'köln';
    await waitUntil(() => children(el).length === 1);
    expect(nameOf(children(el)[0])).to.equal('Standort Köln-Ehrenfeld');
  });

  it('network failure → error state → Retry → success', async () => {
    await useMockApi();
    let down = true;
    await useHandlers(http.get('/api/me', () => (down ? HttpResponse.error() : undefined)));
    const adapter = new RestAdapter({ baseUrl: '/api', retries: 0 });
    const calls = spyList(adapter);
    const el = await fixture<AccountTree>(html`<account-tree .adapter=${adapter}></account-tree>`);
    await settled(el);
    expect(errorText(el)).to.equal(errorMessageOf(el, { code: 'network' }));
    expect(calls).to.have.length(0);
    down = false;
    ($(el, '[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => children(el).length === 13, 'loaded after retry');
    expect(calls.length).to.equal(1);
  });
});
