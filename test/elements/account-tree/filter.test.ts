import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { SEED } from '../../../src/mock/seed.js';
import { holdCalls } from '../../helpers/hold.js';
import { $, $$, children, focused, mount, nameOf, posOf, rootItem, settled, spyList, tree, type AccountTree } from './helpers.js';

const status = (el: AccountTree) => el.shadowRoot!.querySelector('[role="status"]')!.textContent;

const fold = (s: string | null) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Sets the filter and waits until every row shown marks it (or nothing matches). */
async function filterTo(el: AccountTree, value: string): Promise<void> {
  el.filter = value;
  await waitUntil(
    () =>
      (children(el).length > 0 &&
        children(el).every((c) => [...c.querySelectorAll('mark')].some((m) => fold(m.textContent).includes(fold(value))))) ||
      $(el, '.no-matches')?.textContent?.includes(value),
    `filter ${value}`,
  );
  await settled(el);
}

describe('<account-tree> filter', () => {
  it('searches on the server from the filter attribute, highlights matches as text and announces the count', async () => {
    const { el, adapter } = await mount();
    const calls = spyList(adapter);
    el.setAttribute('filter', 'standort');
    await filterTo(el, 'standort');
    expect(calls.map((c) => c.query?.search)).to.deep.equal(['standort']);
    const rows = children(el);
    expect(rows).to.have.length(10);
    expect(rows[0].getAttribute('aria-setsize')).to.equal('10');
    for (const row of rows) {
      const marks = [...row.querySelectorAll('mark')].map((m) => m.textContent);
      expect(marks).to.deep.equal(['Standort']);
    }
    await waitUntil(() => status(el) === '10 sub-accounts found.');
    await expect(el).to.be.accessible();
  });

  it('matches and highlights accent- and case-insensitively, in numbers and cities too', async () => {
    const { el } = await mount();
    await filterTo(el, 'koln');
    expect(children(el).map(nameOf)).to.deep.equal(['Standort Köln-Ehrenfeld']);
    expect([...children(el)[0].querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Köln', 'Köln']);
    await filterTo(el, '4711004');
    expect(children(el)[0].querySelector('mark')!.textContent).to.equal('4711004');
  });

  it('keeps focus on the same account when the filter changes', async () => {
    const { el } = await mount({}, (t) => html`<div>${t}</div>`);
    rootItem(el).focus();
    await sendKeys({ type: 'standort k' });
    await waitUntil(() => nameOf(focused(el)) === 'Standort Köln-Ehrenfeld');
    expect(posOf(focused(el))).to.equal(8);
    el.filter = 'standort';
    await waitUntil(() => children(el).length === 10);
    await settled(el);
    expect(nameOf(focused(el))).to.equal('Standort Köln-Ehrenfeld');
    expect(posOf(focused(el))).to.equal(5);
    expect(focused(el)!.getAttribute('tabindex')).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(nameOf(focused(el))).to.equal('Standort Leipzig Zentrum');
    // A filter that excludes it moves focus to the first result.
    await filterTo(el, 'filiale');
    expect(nameOf(focused(el))).to.equal('Filiale Überlingen');
  });

  it('keeps focus on an account deep in a 10,000 list across a filter (found by binary search)', async () => {
    const { el, adapter } = await mount({ generatedSubaccounts: 10_000 });
    const { items } = await adapter.listSubaccounts(SEED.main.id, { offset: 9000, limit: 1 });
    const target = items[0];
    await el.reveal(target);
    expect(nameOf(focused(el))).to.equal(target.name);
    el.filter = target.site!.city!;
    await waitUntil(() => Number(children(el)[0]?.getAttribute('aria-setsize')) < 10_000);
    await settled(el);
    expect(nameOf(focused(el))).to.equal(target.name);
    const expected = await adapter.listSubaccounts(SEED.main.id, { search: target.site!.city!, offset: posOf(focused(el)) - 1, limit: 1 });
    expect(expected.items[0].id).to.equal(target.id);
    expect(children(el).length).to.be.at.most(200);
  });

  it('debounces typing and aborts stale searches', async () => {
    // A backend that takes 1 s: the tree waits up to `filter-delay` (1 s here) after a key.
    const adapter = new InMemoryAdapter({ latency: 1000 });
    const el = await fixture<AccountTree>(html`<account-tree .adapter=${adapter}></account-tree>`);
    await settled(el);
    const calls = spyList(adapter);
    // Real time, with margins a loaded machine and a slower engine keep: keystrokes 20 ms apart
    // inside a 1 s debounce, a search that takes 1 s to answer.
    el.filterDelay = 1000;
    el.filter = 'h';
    await aTimeout(20);
    el.filter = 'ha';
    await aTimeout(20);
    el.filter = 'ham';
    await waitUntil(() => calls.length > 0, 'the debounced search', { timeout: 5000 });
    await aTimeout(100);
    expect(calls.map((c) => c.query?.search)).to.deep.equal(['ham']);
    el.filterDelay = 0;
    adapter.backend.latency = 1000;
    el.filter = 'standort';
    await waitUntil(() => calls.some((c) => c.query?.search === 'standort'), 'the standort search');
    el.filter = 'lager';
    await waitUntil(() => children(el).length === 1 && nameOf(children(el)[0]) === 'Lager Bremen', 'the lager results', { timeout: 5000 });
    const standort = calls.find((c) => c.query?.search === 'standort')!;
    expect(standort.signal!.aborted).to.equal(true);
    expect(calls.find((c) => c.query?.search === 'lager')!.signal!.aborted).to.equal(false);
  });

  it('keeps up with typing on a fast backend, one search in flight at most, and paces a slow one', async () => {
    for (const latency of [0, 120]) {
      const adapter = new InMemoryAdapter({ latency });
      const el = await fixture<AccountTree>(html`<account-tree .adapter=${adapter}></account-tree>`);
      await settled(el);
      let inFlight = 0;
      let most = 0;
      const searches: string[] = [];
      const list = adapter.listSubaccounts.bind(adapter);
      adapter.listSubaccounts = (mainId, query, opts) => {
        if (query?.search) searches.push(query.search);
        inFlight++;
        most = Math.max(most, inFlight);
        let done = false;
        const settle = () => {
          if (!done) inFlight--;
          done = true;
        };
        opts?.signal?.addEventListener('abort', settle, { once: true }); // an aborted one is no longer in flight
        return list(mainId, query, opts).finally(settle);
      };
      const word = 'Hamburg';
      for (let i = 1; i <= word.length; i++) {
        el.filter = word.slice(0, i);
        await aTimeout(30);
      }
      await waitUntil(() => children(el).length > 0 && children(el).every((row) => /hamburg/i.test(row.textContent ?? '')), `the Hamburg rows (latency ${latency})`, {
        timeout: 5000,
      });
      expect(most, `requests in flight at once (latency ${latency})`).to.equal(1);
      expect(searches.at(-1)).to.equal(word);
      if (latency === 0) expect(searches.length, 'a fast backend is asked at (nearly) every key').to.be.greaterThan(3);
      else expect(searches.length, `a slow backend is asked when typing pauses (${searches.join(', ')})`).to.be.at.most(2);
      el.remove();
    }
  });

  it('keeps the old rows until the new results are in (busy meanwhile), then swaps at once', async () => {
    const { el, adapter } = await mount();
    const search = holdCalls(adapter, 'listSubaccounts'); // held until the old rows have been checked
    el.filter = 'lager';
    await waitUntil(() => search.started() > 0 && tree(el).getAttribute('aria-busy') === 'true', 'busy');
    expect(children(el)).to.have.length(13);
    expect($(el, '.placeholder')).to.equal(null);
    search.release();
    await waitUntil(() => children(el).length === 1);
    await settled(el);
    expect(tree(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('says when nothing matches, and comes back when the filter is cleared', async () => {
    const { el } = await mount();
    await filterTo(el, 'zzzz');
    expect($(el, '.no-matches')!.textContent).to.contain('No sub-accounts match “zzzz”.');
    expect(rootItem(el).hasAttribute('aria-expanded')).to.equal(false);
    await waitUntil(() => status(el) === 'No sub-accounts found.');
    await expect(el).to.be.accessible();
    el.filter = '';
    await waitUntil(() => children(el).length === 13);
    expect($$(el, 'mark')).to.have.length(0);
    expect($(el, '.no-matches')).to.equal(null);
  });

  it('reveal() clears a filter that hides the account', async () => {
    const { el } = await mount();
    await filterTo(el, 'lager');
    expect(await el.reveal('acc-sub-leipzig')).to.equal(true);
    expect(el.filter).to.equal('');
    expect(nameOf(focused(el))).to.equal('Standort Leipzig Zentrum');
  });

  it('reveal(account, { focus: false }) shows and highlights the row but leaves focus where it is', async () => {
    const { el } = await mount({}, (t) => html`<div><button id="elsewhere">elsewhere</button>${t}</div>`);
    const button = el.parentElement!.querySelector<HTMLButtonElement>('#elsewhere')!;
    button.focus();
    const page = await new InMemoryAdapter().listSubaccounts(SEED.main.id, { search: 'Leipzig' });
    expect(await el.reveal(page.items[0], { focus: false })).to.equal(true);
    await el.updateComplete;
    expect(document.activeElement).to.equal(button);
    const row = $(el, '[part~="revealed"]');
    expect(nameOf(row)).to.equal('Standort Leipzig Zentrum');
    expect(row!.getAttribute('tabindex')).to.equal('0');
  });
});
