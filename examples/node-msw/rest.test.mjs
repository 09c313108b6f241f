// A partner's Node test of their own code that calls the REST contract: MSW (setupServer) serves
// the mock backend, RestAdapter talks to it over fetch.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setupServer } from 'msw/node';
import { AccountWidgetsError, RestAdapter } from 'account-widgets';
import { DEMO_CODE, MockBackend, SEED } from 'account-widgets/testing';
import { createHandlers } from 'account-widgets/testing/msw';

const BASE = 'https://api.example.test/v1';
const backend = new MockBackend();
const server = setupServer(...createHandlers(backend, { baseUrl: BASE }));
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

test('RestAdapter reads the account and its sub-accounts over MSW', async () => {
  const api = new RestAdapter({ baseUrl: BASE });
  const me = await api.getCurrentAccount();
  assert.equal(me.id, SEED.main.id);
  const page = await api.listSubaccounts(me.id, { offset: 0, limit: 5 });
  assert.equal(page.items.length, 5);
});

test('links an account with the demo code, and refusals arrive as AccountWidgetsError', async () => {
  const api = new RestAdapter({ baseUrl: BASE });
  const me = await api.getCurrentAccount();
  const challenge = await api.startLink(me.id, '5200001');
  await assert.rejects(api.confirmLink(challenge.id, '000000'), (e) => e instanceof AccountWidgetsError && e.code === 'code-invalid');
  const account = await api.confirmLink(challenge.id, DEMO_CODE);
  assert.equal(account.customerNumber, '5200001');
});
