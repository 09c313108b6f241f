// A partner's Node test suite with only account-widgets installed (no msw, no browser).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_CODE, InMemoryAdapter, MockBackend, SEED } from 'account-widgets/testing';
import { AccountWidgetsError, RestAdapter } from 'account-widgets';

test('account-widgets/testing imports in Node without msw', async () => {
  assert.throws(() => import.meta.resolve('msw'), /Cannot find package 'msw'/);
  const adapter = new InMemoryAdapter();
  assert.ok(adapter.backend instanceof MockBackend);
  const me = await adapter.getCurrentAccount();
  assert.equal(me.id, SEED.main.id);
  const page = await adapter.listSubaccounts(me.id, { offset: 0, limit: 10 });
  assert.ok(page.total > 0 && page.items.length > 0);
  assert.match(DEMO_CODE, /^\d{6}$/);
  assert.equal(typeof RestAdapter, 'function');
});

test('the mock backend answers with the library errors', async () => {
  const adapter = new InMemoryAdapter();
  await assert.rejects(adapter.getOrder('no-such-order'), (error) => error instanceof AccountWidgetsError && error.code === 'not-found');
});

test('account-widgets/testing/msw says what to install when msw is missing', async () => {
  await assert.rejects(import('account-widgets/testing/msw'), /needs the 'msw' package \(version 2\).*npm install --save-dev msw@\^2/);
});
