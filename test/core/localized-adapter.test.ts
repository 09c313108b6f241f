import { expect, html } from '@open-wc/testing';
import type { AccountAdapter } from '../../src/api/adapter.js';
import type { RequestOptions } from '../../src/api/types.js';
import { localizedAdapter } from '../../src/core/localized-adapter.js';
import type { AccountTree } from '../../src/elements/account-tree/account-tree.js';
import '../../src/elements/account-tree/define.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { mount } from '../helpers/dom.js';

/** An adapter that records the `opts` of every call. */
function recording(): { adapter: AccountAdapter; seen: Record<string, RequestOptions | undefined> } {
  const seen: Record<string, RequestOptions | undefined> = {};
  const ok = async () => ({}) as never;
  const adapter = {
    getCurrentAccount: (o?: RequestOptions) => ((seen.getCurrentAccount = o), ok()),
    listSubaccounts: (_m: string, _q: unknown, o?: RequestOptions) => ((seen.listSubaccounts = o), ok()),
    startLink: (_m: string, _n: string, o?: RequestOptions) => ((seen.startLink = o), ok()),
    resendLinkCode: (_c: string, o?: RequestOptions) => ((seen.resendLinkCode = o), ok()),
    confirmLink: (_c: string, _k: string, o?: RequestOptions) => ((seen.confirmLink = o), ok()),
    cancelLink: (_c: string, o?: RequestOptions) => ((seen.cancelLink = o), ok()),
    getCatalog: (_m: string, o?: RequestOptions) => ((seen.getCatalog = o), ok()),
    placeOrder: (_m: string, _d: unknown, o?: RequestOptions) => ((seen.placeOrder = o), ok()),
    getOrder: (_o: string, o?: RequestOptions) => ((seen.getOrder = o), ok()),
  } as unknown as AccountAdapter;
  return { adapter, seen };
}

describe('localizedAdapter: every call carries the element’s language', () => {
  it('puts locale into opts at each method’s place, keeping signal and idempotency key', async () => {
    const { adapter, seen } = recording();
    const view = localizedAdapter(adapter, {}, () => 'de-DE');
    const signal = new AbortController().signal;
    await view.getCurrentAccount();
    await view.listSubaccounts('m');
    await view.startLink('m', '1', { signal });
    await view.resendLinkCode('c');
    await view.confirmLink('c', '1');
    await view.cancelLink('c');
    await view.getCatalog('m');
    await view.placeOrder('m', {} as never, { idempotencyKey: 'k' });
    await view.getOrder('o', { signal });
    for (const [method, opts] of Object.entries(seen)) expect(opts?.locale, method).to.equal('de-DE');
    expect(seen.startLink!.signal).to.equal(signal);
    expect((seen.placeOrder as { idempotencyKey?: string }).idempotencyKey).to.equal('k');
    expect(Object.keys(seen)).to.have.length(9);
  });

  it('keeps a locale the caller set, reads the language at call time, and never adds optional methods', async () => {
    const { adapter, seen } = recording();
    let lang = 'en';
    const view = localizedAdapter(adapter, {}, () => lang);
    await view.getCatalog('m', { locale: 'fr' });
    expect(seen.getCatalog!.locale).to.equal('fr');
    lang = 'de';
    await view.getCatalog('m');
    expect(seen.getCatalog!.locale).to.equal('de');
    expect(view.getAccessUrl).to.equal(undefined);
    expect('unlinkSubaccount' in view && view.unlinkSubaccount).to.equal(false);
  });

  it('is one view per adapter and element (identity comparisons keep working)', () => {
    const { adapter } = recording();
    const owner = {};
    expect(localizedAdapter(adapter, owner, () => 'de')).to.equal(localizedAdapter(adapter, owner, () => 'de'));
    expect(localizedAdapter(adapter, {}, () => 'de')).not.to.equal(localizedAdapter(adapter, owner, () => 'de'));
  });

  it('an element’s calls follow its lang, also after lang changes', async () => {
    const adapter = new InMemoryAdapter();
    const locales: (string | undefined)[] = [];
    const list = adapter.listSubaccounts.bind(adapter);
    adapter.listSubaccounts = (m, q, o) => (locales.push(o?.locale), list(m, q, o));
    // mount(), not fixture(): a wrapper makes fixture() wait for a frame, which a background page never gets.
    const wrapper = mount(html`<div lang="de-AT"><account-tree .adapter=${adapter}></account-tree></div>`).firstElementChild as HTMLDivElement;
    const tree = wrapper.querySelector<AccountTree>('account-tree')!;
    await tree.updateComplete; // the first render waits for the page language's messages
    await tree.refresh();
    expect(locales.at(-1)).to.equal('de-AT');
    wrapper.setAttribute('lang', 'en-GB');
    await tree.refresh();
    expect(locales.at(-1)).to.equal('en-GB');
    expect(tree.adapter).to.equal(adapter); // the element's own property is never replaced
  });
});
