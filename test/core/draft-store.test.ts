import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DraftController, MemoryDraftStore, sessionDraftStore, type DraftStore } from '../../src/core/draft-store.js';

class DraftHost extends LitElement {
  store: DraftStore = new MemoryDraftStore();
  drafts = new DraftController<{ a: number }>(this, {
    store: () => this.store,
    parse: (v) => (v && typeof (v as { a?: unknown }).a === 'number' ? (v as { a: number }) : undefined),
  });
}
customElements.define('test-draft-host', DraftHost);

const throwing: DraftStore = {
  get() {
    throw new DOMException('denied', 'SecurityError');
  },
  set() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  remove() {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('DraftController and stores', () => {
  it('saves, loads and clears a draft as JSON', async () => {
    const el = new DraftHost();
    const store = el.store as MemoryDraftStore;
    el.drafts.save('k', { a: 1 });
    expect(store.entries.get('k')).to.equal('{"a":1}');
    expect(await el.drafts.load('k')).to.deep.equal({ a: 1 });
    el.drafts.clear('k');
    expect(store.entries.has('k')).to.equal(false);
    expect(await el.drafts.load('k')).to.equal(undefined);
  });

  it('does not write an unchanged draft twice', () => {
    const el = new DraftHost();
    let writes = 0;
    const inner = new MemoryDraftStore();
    el.store = { get: (k) => inner.get(k), set: (k, v) => (writes++, inner.set(k, v)), remove: (k) => inner.remove(k) };
    el.drafts.save('k', { a: 1 });
    el.drafts.save('k', { a: 1 });
    el.drafts.save('k', { a: 2 });
    expect(writes).to.equal(2);
  });

  it('treats garbage and a throwing store as empty, never throwing', async () => {
    const el = new DraftHost();
    (el.store as MemoryDraftStore).set('k', '{not json');
    expect(await el.drafts.load('k')).to.equal(undefined);
    (el.store as MemoryDraftStore).set('k', '{"b":1}');
    expect(await el.drafts.load('k')).to.equal(undefined);
    el.store = throwing;
    expect(await el.drafts.load('k')).to.equal(undefined);
    expect(() => el.drafts.save('k', { a: 3 })).not.to.throw();
    expect(() => el.drafts.clear('k')).not.to.throw();
    expect(el.drafts.lastError).to.be.instanceOf(DOMException);
  });

  it('works with an async store', async () => {
    const el = new DraftHost();
    const inner = new Map<string, string>();
    el.store = {
      get: async (k) => inner.get(k),
      set: async (k, v) => void inner.set(k, v),
      remove: async (k) => void inner.delete(k),
    };
    el.drafts.save('k', { a: 7 });
    await Promise.resolve();
    expect(await el.drafts.load('k')).to.deep.equal({ a: 7 });
  });

  it('sessionDraftStore wraps sessionStorage', async () => {
    const store = sessionDraftStore();
    store.set('aw-test-draft', 'x');
    expect(sessionStorage.getItem('aw-test-draft')).to.equal('x');
    expect(await store.get('aw-test-draft')).to.equal('x');
    store.remove('aw-test-draft');
    expect(sessionStorage.getItem('aw-test-draft')).to.equal(null);
  });
});

describe('DraftController.saveSoon: written after the paint, never lost', () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  function counted(el: DraftHost): { writes: () => number; inner: MemoryDraftStore } {
    let writes = 0;
    const inner = new MemoryDraftStore();
    el.store = { get: (k) => inner.get(k), set: (k, v) => (writes++, inner.set(k, v)), remove: (k) => inner.remove(k) };
    return { writes: () => writes, inner };
  }

  it('writes nothing in the same task, then the newest draft once', async () => {
    const el = new DraftHost();
    const { writes, inner } = counted(el);
    el.drafts.saveSoon('k', { a: 1 });
    el.drafts.saveSoon('k', { a: 2 });
    expect(writes()).to.equal(0);
    await frame();
    await frame();
    expect(writes()).to.equal(1);
    expect(inner.get('k')).to.equal('{"a":2}');
  });

  it('writes a waiting draft at once on pagehide, on the page hidden and when the host is removed', async () => {
    const el = new DraftHost();
    const { writes, inner } = counted(el);
    document.body.append(el);
    el.drafts.saveSoon('k', { a: 1 });
    window.dispatchEvent(new Event('pagehide'));
    expect(inner.get('k')).to.equal('{"a":1}');
    el.drafts.saveSoon('k', { a: 2 });
    el.remove();
    expect(inner.get('k')).to.equal('{"a":2}');
    document.body.append(el);
    el.drafts.saveSoon('k', { a: 3 });
    document.dispatchEvent(new Event('visibilitychange')); // visible: waits for the frame
    expect(inner.get('k')).to.equal('{"a":2}');
    await frame();
    expect(inner.get('k')).to.equal('{"a":3}');
    expect(writes()).to.equal(3);
    el.remove();
  });

  it('a later save, clear or load comes after the waiting draft, never before', async () => {
    const el = new DraftHost();
    const { inner } = counted(el);
    el.drafts.saveSoon('k', { a: 1 });
    expect(await el.drafts.load('k')).to.deep.equal({ a: 1 });
    el.drafts.saveSoon('k', { a: 2 });
    el.drafts.clear('k');
    await frame();
    expect(inner.entries.has('k')).to.equal(false);
    el.drafts.saveSoon('k', { a: 3 });
    el.drafts.save('k', { a: 4 });
    await frame();
    expect(inner.get('k')).to.equal('{"a":4}');
  });
});
