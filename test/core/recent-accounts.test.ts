import { expect } from '@open-wc/testing';
import type { Account } from '../../src/api/types.js';
import { LocalRecentStore, MemoryRecentStore, remember } from '../../src/core/recent-accounts.js';

const a = (id: string, extra: Partial<Account> = {}): Account => ({ id, customerNumber: `47${id.length}0000`, name: `Account ${id}`, role: 'sub', status: 'active', ...extra });

describe('recent accounts', () => {
  afterEach(() => new LocalRecentStore().clear());

  it('remember: most recent first, no duplicates, at most the limit, only the contract fields', () => {
    let list: Account[] = [];
    for (const id of ['a', 'b', 'c', 'b']) list = remember(list, { ...a(id), secret: 'x' } as Account, 3);
    expect(list.map((x) => x.id)).to.deep.equal(['b', 'c', 'a']);
    expect(list[0]).to.not.have.property('secret');
    expect(remember(list, a('d'), 3).map((x) => x.id)).to.deep.equal(['d', 'b', 'c']);
  });

  it('LocalRecentStore keeps lists per main account in localStorage, drops what is not an account, clears one or all', () => {
    const store = new LocalRecentStore();
    store.save('m1', [a('a'), a('b')]);
    store.save('m2', [a('c')]);
    expect(new LocalRecentStore().load('m1').map((x) => x.id)).to.deep.equal(['a', 'b']);
    localStorage.setItem('account-widgets:recent:m3', JSON.stringify([{ id: 'x' }, a('ok'), 'junk', { ...a('bad'), role: 'admin' }]));
    expect(store.load('m3').map((x) => x.id)).to.deep.equal(['ok']);
    localStorage.setItem('account-widgets:recent:m4', '{not json');
    expect(store.load('m4')).to.deep.equal([]);
    store.clear('m1');
    expect(store.load('m1')).to.deep.equal([]);
    expect(store.load('m2')).to.have.length(1);
    store.clear();
    expect(store.load('m2')).to.deep.equal([]);
    expect(localStorage.getItem('account-widgets:recent:m3')).to.equal(null);
  });

  it('MemoryRecentStore', () => {
    const store = new MemoryRecentStore();
    store.save('m', [a('a')]);
    expect(store.load('m').map((x) => x.id)).to.deep.equal(['a']);
    store.clear();
    expect(store.load('m')).to.deep.equal([]);
  });
});
