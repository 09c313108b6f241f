import { expect } from '@open-wc/testing';
import { AccountWidgetsError } from '../../src/api/errors.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { MockBackend } from '../../src/mock/mock-backend.js';
import { SEED } from '../../src/mock/seed.js';
import { expectCode, runAdapterConformance } from './conformance-mocha.js';
import { runFilterConformance } from './adapter-conformance-filters.js';

runAdapterConformance('InMemoryAdapter', async () => {
  const adapter = new InMemoryAdapter();
  return { adapter, backend: adapter.backend };
});

runFilterConformance('InMemoryAdapter', async () => {
  const adapter = new InMemoryAdapter();
  return { adapter, backend: adapter.backend };
});

describe('InMemoryAdapter', () => {
  it('makes its own backend from the options, or uses the one given', async () => {
    const own = new InMemoryAdapter({ currentAccountId: SEED.sub.id });
    expect((await own.getCurrentAccount()).role).to.equal('sub');
    const backend = new MockBackend({ currentAccountId: SEED.standalone.id });
    const shared = new InMemoryAdapter({ backend });
    expect(shared.backend).to.equal(backend);
    expect((await shared.getCurrentAccount()).id).to.equal(SEED.standalone.id);
  });

  it('rejects with the signal\'s own reason', async () => {
    const adapter = new InMemoryAdapter({ latency: 200 });
    const controller = new AbortController();
    const reason = new DOMException('Replaced by a newer request', 'AbortError');
    const pending = adapter.getCurrentAccount({ signal: controller.signal });
    controller.abort(reason);
    let caught: unknown;
    await pending.catch((e: unknown) => (caught = e));
    expect(caught).to.equal(reason);
  });

  it('does not perform a call that was aborted during its latency', async () => {
    const adapter = new InMemoryAdapter({ latency: 100 });
    const controller = new AbortController();
    const pending = adapter.startLink(SEED.main.id, SEED.linkable[0], { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await pending.catch(() => undefined);
    adapter.backend.configure({ latency: 0 });
    const ch = await adapter.startLink(SEED.main.id, SEED.linkable[0]);
    expect(ch.status).to.equal('pending');
  });

  it('normalises failures to AccountWidgetsError', async () => {
    const adapter = new InMemoryAdapter();
    adapter.backend.failNext('network');
    const error = await expectCode(adapter.getCurrentAccount(), 'network');
    expect(error).to.be.instanceOf(AccountWidgetsError);
    expect(error.retryable).to.equal(true);
  });

  it('returns copies: changing a result does not change the backend', async () => {
    const adapter = new InMemoryAdapter();
    const page = await adapter.listSubaccounts(SEED.main.id);
    page.items[0].name = 'Verändert';
    page.items[0].site!.city = 'Nirgendwo';
    const again = await adapter.listSubaccounts(SEED.main.id);
    expect(again.items[0].name).not.to.equal('Verändert');
    expect(again.items[0].site?.city).not.to.equal('Nirgendwo');
    const catalog = await adapter.getCatalog(SEED.main.id);
    catalog.products.length = 0;
    expect((await adapter.getCatalog(SEED.main.id)).products.length).to.be.greaterThan(0);
  });
});
