import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Page } from '../../src/api/types.js';
import { PagedDataController, PagedList, type PageFetcher } from '../../src/core/paged-data.js';

const ROWS = Array.from({ length: 1000 }, (_, i) => `row-${String(i).padStart(4, '0')}`);

function source(latency = 0) {
  const calls: { offset: number; limit: number; search: string; signal: AbortSignal }[] = [];
  const fetcher: PageFetcher<string> = (q, signal) => {
    calls.push({ ...q, signal });
    return new Promise<Page<string>>((resolve, reject) => {
      const rows = q.search ? ROWS.filter((r) => r.includes(q.search)) : ROWS;
      const done = () => resolve({ items: rows.slice(q.offset, q.offset + q.limit), total: rows.length });
      if (latency) {
        const t = setTimeout(done, latency);
        signal.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('aborted', 'AbortError'));
        });
      } else queueMicrotask(done);
    });
  };
  return { fetcher, calls };
}

describe('PagedList', () => {
  it('knows the total from the first page and serves rows by index', async () => {
    const { fetcher, calls } = source();
    const list = new PagedList(fetcher, '', 50);
    await list.open();
    expect(list.total).to.equal(1000);
    expect(list.item(49)).to.equal('row-0049');
    expect(list.item(50)).to.equal(undefined);
    expect(calls.map((c) => [c.offset, c.limit])).to.deep.equal([[0, 50]]);
  });

  it('want() loads the pages of a range and aborts viewport requests that scrolled away', async () => {
    const { fetcher, calls } = source(20);
    const list = new PagedList(fetcher, '', 50);
    await list.open();
    expect(list.want(500, 560)).to.equal(true);
    expect(calls.slice(1).map((c) => c.offset)).to.deep.equal([500, 550]);
    list.want(900, 920);
    expect(calls[1].signal.aborted && calls[2].signal.aborted).to.equal(true);
    expect(list.want(900, 920)).to.equal(false);
    await new Promise((r) => setTimeout(r, 40));
    expect(list.item(910)).to.equal('row-0910');
    expect(list.loading).to.equal(false);
  });

  it('lowerBound finds a row in O(log pages) requests', async () => {
    const { fetcher, calls } = source();
    const list = new PagedList(fetcher, '', 10);
    await list.open();
    const index = await list.lowerBound((r) => (r < 'row-0737' ? -1 : r > 'row-0737' ? 1 : 0));
    expect(index).to.equal(737);
    expect(calls.length).to.be.at.most(1 + Math.ceil(Math.log2(100)) + 1);
    expect(await list.lowerBound(() => -1)).to.equal(1000);
  });

  it('scan finds a row by reading pages in order, skipping cached ones', async () => {
    const { fetcher, calls } = source();
    const list = new PagedList(fetcher, '', 100);
    await list.open();
    expect(await list.scan((r) => r === 'row-0350')).to.equal(350);
    expect(calls.map((c) => c.offset)).to.deep.equal([0, 100, 200, 300]);
    expect(await list.scan((r) => r === 'nope')).to.equal(-1);
  });

  it('a caller aborting its page() aborts the request nobody else waits for', async () => {
    const { fetcher, calls } = source(50);
    const list = new PagedList(fetcher, '', 100);
    const controller = new AbortController();
    const page = list.page(3, controller.signal);
    controller.abort();
    let error: unknown;
    await page.catch((e) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
    expect(calls[0].signal.aborted).to.equal(true);
  });

  it('records failed pages, reports them once and retries on request', async () => {
    let fail = true;
    const errors: unknown[] = [];
    const list = new PagedList<string>(
      async (q) => {
        if (fail && q.offset > 0) throw Object.assign(new Error('boom'), { code: 'server' });
        return { items: ROWS.slice(q.offset, q.offset + q.limit), total: ROWS.length };
      },
      '',
      100,
    );
    list.onError = (e) => errors.push(e);
    await list.open();
    list.want(200, 250);
    await new Promise((r) => setTimeout(r, 10));
    expect(list.failedPages).to.deep.equal([2]);
    expect(list.want(200, 250)).to.equal(false);
    expect(errors).to.have.length(1);
    fail = false;
    list.retry();
    list.want(200, 250);
    await new Promise((r) => setTimeout(r, 10));
    expect(list.item(201)).to.equal('row-0201');
  });
});

class Host extends LitElement {
  readonly data = new PagedDataController<string>(this);
}
customElements.define('paged-data-host', Host);

describe('PagedDataController', () => {
  it('keeps the shown list until the replacement is ready, and drops superseded ones', async () => {
    const host = document.createElement('paged-data-host') as Host;
    document.body.append(host);
    const { fetcher, calls } = source(20);
    await host.data.replace(fetcher, '', 50);
    const first = host.data.list!;
    const stale = host.data.replace(fetcher, '01', 50);
    expect(host.data.list).to.equal(first);
    expect(host.data.replacing).to.equal(true);
    const fresh = host.data.replace(fetcher, '02', 50, {
      prepare: async (l) => l.total,
      commit: (l, total) => expect(l.total).to.equal(total),
    });
    expect(await stale).to.equal(undefined);
    const list = await fresh;
    expect(host.data.list).to.equal(list);
    expect(list!.search).to.equal('02');
    expect(calls.find((c) => c.search === '01')!.signal.aborted).to.equal(true);
    host.remove();
  });

  it('aborts everything when the host disconnects', async () => {
    const host = document.createElement('paged-data-host') as Host;
    document.body.append(host);
    const { fetcher, calls } = source(50);
    const pending = host.data.replace(fetcher, '', 50);
    host.remove();
    expect(await pending).to.equal(undefined);
    expect(calls[0].signal.aborted).to.equal(true);
  });
});

describe('PagedList against a server that caps its pages', () => {
  /** A server that answers at most `cap` rows whatever `limit` asks, with `total` rows announced. */
  function capped(cap: number, rows = 11, announced = rows) {
    const calls: [number, number][] = [];
    const data = ROWS.slice(0, rows);
    const fetcher: PageFetcher<string> = async (q) => {
      calls.push([q.offset, q.limit]);
      return { items: data.slice(q.offset, q.offset + Math.min(q.limit, cap)), total: announced };
    };
    return { fetcher, calls };
  }

  it('asks for what is still missing from the offset where a short answer ended', async () => {
    const { fetcher, calls } = capped(3);
    const list = new PagedList(fetcher, '', 100);
    await list.open();
    expect(list.total).to.equal(11);
    expect(Array.from({ length: 11 }, (_, i) => list.item(i))).to.deep.equal(ROWS.slice(0, 11));
    expect(calls).to.deep.equal([[0, 100], [3, 97], [6, 94], [9, 91]]);
  });

  it('fills later pages the same way (End on a long list)', async () => {
    const { fetcher, calls } = capped(20, 300);
    const list = new PagedList(fetcher, '', 50);
    await list.open();
    await list.page(5);
    expect(list.item(299)).to.equal('row-0299');
    expect(list.item(250)).to.equal('row-0250');
    expect(calls.slice(3)).to.deep.equal([[250, 50], [270, 30], [290, 10]]);
  });

  it('an empty answer before the announced total shrinks the list instead of loading forever', async () => {
    const { fetcher, calls } = capped(4, 6, 11);
    const list = new PagedList(fetcher, '', 50);
    await list.open();
    expect(list.total).to.equal(6);
    expect(list.item(5)).to.equal('row-0005');
    expect(list.loading).to.equal(false);
    expect(calls).to.deep.equal([[0, 50], [4, 46], [6, 44]]);
  });
});
