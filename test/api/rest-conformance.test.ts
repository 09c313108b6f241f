// The adapter conformance suite over HTTP: RestAdapter → fetch → MSW service worker → handlers →
// a fresh MockBackend per test. Proves the REST contract carries every rule, code and field.
import { RestAdapter } from '../../src/api/rest-adapter.js';
import { MockBackend } from '../../src/mock/mock-backend.js';
import { useMockApi } from '../helpers/msw.js';
import { runAdapterConformance } from './conformance-mocha.js';
import { runFilterConformance } from './adapter-conformance-filters.js';

runAdapterConformance('RestAdapter over MSW', async () => {
  const backend = new MockBackend();
  await useMockApi(backend, '/api');
  // No transport retries here: the suite checks that an injected failure reaches the caller
  // with its code (retries are covered in rest-adapter.test.ts).
  const adapter = new RestAdapter({ baseUrl: '/api', retries: 0 });
  return { adapter, backend };
});

runFilterConformance('RestAdapter over MSW', async () => {
  const backend = new MockBackend();
  await useMockApi(backend, '/api');
  return { adapter: new RestAdapter({ baseUrl: '/api', retries: 0 }), backend };
}, { overHttp: true });
