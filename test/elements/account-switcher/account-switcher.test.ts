import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/account-switcher/define.js';
import type { PageQuery, RequestOptions } from '../../../src/api/types.js';
import type { AccountEventDetail } from '../../../src/core/events.js';
import { MemoryRecentStore } from '../../../src/core/recent-accounts.js';
import type { AccountSwitcher } from '../../../src/elements/account-switcher/account-switcher.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/mock/in-memory-adapter.js';
import { ACCESS_URL_BASE } from '../../../src/mock/mock-backend.js';
import { SEED } from '../../../src/mock/seed.js';
import { mount as mountTemplate, text } from '../../helpers/dom.js';
import { sendMouse } from '../../helpers/pointer.js';

const $ = (el: AccountSwitcher, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: AccountSwitcher, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const button = (el: AccountSwitcher) => $(el, '[part~="button"]')!;
const search = (el: AccountSwitcher) => $(el, '[role="combobox"]') as HTMLInputElement | null;
const options = (el: AccountSwitcher) => $$(el, '[role="option"]');
const focused = (el: AccountSwitcher) => el.shadowRoot!.activeElement as HTMLElement | null;
const nameOf = (o: Element | null | undefined) => text(o?.querySelector('.name')).replace(/ ✓$/, '');
const active = (el: AccountSwitcher) => {
  const id = (search(el) ?? $(el, '[role="listbox"]'))!.getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};

async function setup(options: InMemoryAdapterOptions & { lang?: string } = {}) {
  const { lang = 'en', ...rest } = options;
  const adapter = new InMemoryAdapter(rest);
  const store = new MemoryRecentStore();
  const host = mountTemplate(html`<div lang=${lang}><button>before</button><account-switcher .adapter=${adapter} .recentStore=${store} search-delay="0"></account-switcher></div>`);
  const el = host.querySelector('account-switcher')!;
  await waitUntil(() => el.view !== undefined || $(el, '[part="error"]'), 'switcher loaded', { timeout: 4000 });
  await el.updateComplete;
  const urls: string[] = [];
  (el as unknown as { navigate: (u: string) => void }).navigate = (u) => urls.push(u);
  return { el, adapter, store, urls, before: host.querySelector('button')! };
}

async function openByKeyboard(el: AccountSwitcher, before: HTMLElement): Promise<void> {
  before.focus();
  await sendKeys({ press: 'Tab' });
  expect(focused(el)).to.equal(button(el));
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => options(el).length > 1 && $(el, '[role="listbox"]')!.getAttribute('aria-busy') === 'false', 'options shown');
  await el.updateComplete;
}

describe('<account-switcher>', () => {
  it('shows the current account; opens a searchable list, main account first, true set size; Escape restores focus', async () => {
    const { el, before } = await setup();
    expect(text(button(el))).to.contain(SEED.main.name);
    expect(text(button(el))).to.contain('Customer no. 4711001');
    expect(text(button(el))).to.contain('Main account');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    await openByKeyboard(el, before);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(search(el));
    expect(search(el)!.getAttribute('aria-controls')).to.equal('listbox');
    const first = options(el)[0]!;
    expect(nameOf(first)).to.equal(SEED.main.name);
    expect(first.getAttribute('aria-setsize')).to.equal('14');
    expect(nameOf(options(el)[1])).to.equal('Außenstelle Essen');
    expect(active(el)).to.equal(first);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(nameOf(active(el))).to.equal('Außenstelle Essen');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('aria-posinset')).to.equal('14');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('aria-posinset')).to.equal('1');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[role="dialog"]')).to.equal(null);
    expect(focused(el)).to.equal(button(el));
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('searches on the server as you type; a superseded search is aborted', async () => {
    const { el, adapter, before } = await setup({ latency: 60 });
    await openByKeyboard(el, before);
    const calls: { query?: PageQuery; signal?: AbortSignal }[] = [];
    const original = adapter.listSubaccounts.bind(adapter);
    adapter.listSubaccounts = async (mainId: string, query?: PageQuery, opts?: RequestOptions) => {
      calls.push({ query, signal: opts?.signal });
      // The first search is held until it is aborted (or 2 s pass), however slow the machine types:
      // a superseded search must be aborted, not merely outrun.
      if (calls.length === 1) await new Promise((held) => (opts?.signal?.addEventListener('abort', held), setTimeout(held, 2000)));
      return original(mainId, query, opts);
    };
    await sendKeys({ type: 'k' });
    await waitUntil(() => calls.length >= 1);
    await sendKeys({ type: 'öln' });
    await waitUntil(() => options(el).length === 1 && nameOf(options(el)[0]) === 'Standort Köln-Ehrenfeld', 'results', { timeout: 3000 });
    expect(calls[0]!.query?.search).to.equal('k');
    expect(calls[0]!.signal?.aborted, 'the stale search was aborted').to.equal(true);
    expect(calls.at(-1)!.query?.search).to.equal('köln');
    expect(options(el)[0]!.getAttribute('aria-setsize')).to.equal('1');
    await sendKeys({ type: 'x' });
    await waitUntil(() => text($(el, '[part="status"]')).includes('No account matches'), 'no matches');
    await expect(el).to.be.accessible();
  });

  it('type to search: a letter on the button opens the popup and searches with it', async () => {
    const { el, before } = await setup();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button(el));
    await sendKeys({ type: 'W' });
    await waitUntil(() => search(el)?.value === 'W' && focused(el) === search(el), 'popup open with the letter');
    await sendKeys({ type: 'ürzburg' });
    await waitUntil(() => options(el).length === 1 && nameOf(options(el)[0]) === 'Standort Würzburg', 'searched', { timeout: 3000 });
  });

  it('choosing fires account-switch; not canceled it navigates to the access URL; canceled it does not; recent accounts come first', async () => {
    const { el, urls, before, store } = await setup();
    await openByKeyboard(el, before);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent(el, 'account-switch') as Promise<CustomEvent<AccountEventDetail>>;
    await sendKeys({ press: 'Enter' });
    const e = await event;
    expect(e.cancelable && e.bubbles && e.composed).to.equal(true);
    expect(e.detail.account.name).to.equal('Filiale Überlingen');
    await waitUntil(() => urls.length === 1, 'navigated');
    expect(urls[0]).to.equal(`${ACCESS_URL_BASE}acc-sub-ueberlingen`);
    expect(focused(el)).to.equal(button(el));
    expect(store.load(SEED.main.id).map((a) => a.id)).to.deep.equal(['acc-sub-ueberlingen']);

    // Canceled: no navigation. And the account opened last is listed first, marked.
    el.addEventListener('account-switch', (ev) => ev.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => options(el).length > 1);
    await el.updateComplete;
    const first = options(el)[0]!;
    expect(nameOf(first)).to.equal('Filiale Überlingen');
    expect(first.getAttribute('part')).to.contain('option-recent');
    expect(text(first)).to.contain('Opened recently');
    expect(nameOf(options(el)[1])).to.equal(SEED.main.name);
    expect(first.getAttribute('aria-setsize')).to.equal('15');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect(urls).to.have.length(1);
    el.clearRecent();
    expect(store.load(SEED.main.id)).to.deep.equal([]);
  });

  it('by pointer: a click on the button and on an option', async () => {
    const { el, urls } = await setup();
    const r = button(el).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
    await waitUntil(() => options(el).length > 2, 'options shown', { timeout: 3000 });
    const target = options(el).find((o) => nameOf(o) === 'Lager Bremen')!;
    const t = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(t.left + 20), Math.round(t.top + t.height / 2)] });
    await waitUntil(() => urls.length === 1, 'navigated', { timeout: 3000 });
    expect(urls[0]).to.equal(`${ACCESS_URL_BASE}acc-sub-bremen`);
  });

  it('in a sub-account: the account itself and, read-only, its main account', async () => {
    const { el, before, urls } = await setup({ currentAccountId: SEED.sub.id, lang: 'de' });
    expect(text(button(el))).to.contain('Nebenaccount');
    await before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => options(el).length === 2);
    await el.updateComplete;
    expect(search(el)).to.equal(null);
    expect(focused(el)).to.equal($(el, '[role="listbox"]'));
    const [self, main] = options(el);
    expect(nameOf(self)).to.equal(SEED.sub.name);
    expect(self!.getAttribute('aria-selected')).to.equal('true');
    expect(nameOf(main)).to.equal(SEED.main.name);
    expect(main!.getAttribute('aria-disabled')).to.equal('true');
    expect(text(main)).to.contain('kein Zugriff');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect(urls).to.deep.equal([]);
    expect($(el, '[role="dialog"]'), 'still open: the main account cannot be chosen').to.exist;
  });

  it('standalone: just the account, no popup', async () => {
    const { el } = await setup({ currentAccountId: SEED.standalone.id });
    expect($(el, 'button')).to.equal(null);
    expect(text($(el, '[part~="current"]'))).to.contain(SEED.standalone.name);
    await expect(el).to.be.accessible();
  });

  it('10,000 accounts: at most 200 options in the DOM, true set size and position at the end', async () => {
    const { el, before } = await setup({ generatedSubaccounts: 10_000 });
    await openByKeyboard(el, before);
    const total = String(1 + 10_000 + 13);
    expect(options(el).length).to.be.at.most(200);
    expect(options(el)[0]!.getAttribute('aria-setsize')).to.equal(total);
    await sendKeys({ press: 'End' });
    await waitUntil(() => active(el)?.getAttribute('aria-posinset') === total && !active(el)!.getAttribute('part')!.includes('placeholder'), 'last option loaded');
    expect(options(el).length).to.be.at.most(200);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(Number(active(el)!.getAttribute('aria-posinset'))).to.be.lessThan(Number(total));
    expect(options(el).length).to.be.at.most(200);
    await expect(el).to.be.accessible();
  });

  it('follows adds and unlinks elsewhere on the page (subaccount-removed reaches the document)', async () => {
    const { el, adapter, before } = await setup();
    const account = await adapter.unlinkSubaccount(SEED.main.id, 'acc-sub-bremen');
    document.body.dispatchEvent(new CustomEvent('subaccount-removed', { detail: { account }, bubbles: true, composed: true }));
    await openByKeyboard(el, before);
    await waitUntil(() => options(el)[0]?.getAttribute('aria-setsize') === '13', 'the list follows');
    expect(options(el).map(nameOf)).not.to.include('Lager Bremen');
  });

  it('a load error shows a Retry that recovers', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('server');
    const host = mountTemplate(html`<account-switcher .adapter=${adapter}></account-switcher>`);
    const el = host.querySelector('account-switcher')!;
    await waitUntil(() => $(el, '[part="error"]'), 'error shown');
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => el.view === 'main');
  });
});
