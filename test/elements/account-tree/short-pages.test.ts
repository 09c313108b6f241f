// A backend that caps its pages below the tree's `limit` (the contract allows it) or announces
// more rows than it has: every row still arrives, none waits on "Loading…" forever.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PageQuery, RequestOptions } from '../../../src/api/types.js';
import '../../../src/elements/account-tree/define.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { $, children, focused, nameOf, place, posOf, rootItem, settled, type AccountTree } from './helpers.js';

/** An adapter over the seed whose pages hold at most `cap` rows, announcing `extra` rows more than exist. */
function cappedAdapter(cap: number, extra = 0) {
  const adapter = new InMemoryAdapter();
  const list = adapter.listSubaccounts.bind(adapter);
  const calls: [number, number][] = [];
  adapter.listSubaccounts = async (mainId: string, query: PageQuery = {}, opts?: RequestOptions) => {
    calls.push([query.offset ?? 0, query.limit ?? 50]);
    const page = await list(mainId, { ...query, limit: Math.min(query.limit ?? 50, cap) }, opts);
    return { ...page, total: page.total + extra };
  };
  return { adapter, calls };
}

async function show(adapter: InMemoryAdapter): Promise<AccountTree> {
  const el = await place<AccountTree>(html`<account-tree .adapter=${adapter} filter-delay="0"></account-tree>`);
  await settled(el);
  return el;
}

describe('<account-tree> on a server with short pages', () => {
  it('a server answering 3 rows per request: every row arrives, asked for from where each answer ended', async () => {
    const { adapter, calls } = cappedAdapter(3);
    const all = (await new InMemoryAdapter().listSubaccounts('acc-main', { limit: 500 })).items.map((a) => a.name);
    const el = await show(adapter);
    expect(children(el).map(nameOf)).to.deep.equal(all);
    expect($(el, '.placeholder')).to.equal(null);
    expect(calls.slice(0, 3)).to.deep.equal([[0, 50], [3, 47], [6, 44]]);
    rootItem(el).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => posOf(focused(el)) === all.length, 'End reaches the last row');
    expect(nameOf(focused(el))).to.equal(all[all.length - 1]);
    await expect(el).to.be.accessible();
  });

  it('a total larger than the rows the server has: the list ends where the rows end, no row stays loading', async () => {
    const { adapter } = cappedAdapter(5, 8);
    const el = await show(adapter);
    const rows = children(el);
    expect(rows.length).to.equal(13);
    expect(rows.every((r) => nameOf(r) !== '')).to.equal(true);
    expect(rows[0].getAttribute('aria-setsize')).to.equal('13');
    expect($(el, '.placeholder')).to.equal(null);
  });
});
