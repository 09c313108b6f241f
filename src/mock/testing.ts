/**
 * `account-widgets/testing`: everything a partner needs to run the widgets on the mock backend in
 * their own tests, Storybooks and demos, in memory (`InMemoryAdapter`), in Node and in the browser.
 * It depends on nothing beyond the package's own dependencies. Serving the mock backend over HTTP
 * through MSW is `account-widgets/testing/msw` (needs `msw`). Never imported by the library entry,
 * so the seed data stays out of production bundles.
 *
 *   import { InMemoryAdapter } from 'account-widgets/testing';
 *   tree.adapter = new InMemoryAdapter({ latency: 300 });
 *
 *   import { setupWorker } from 'msw/browser';
 *   import { MockBackend, SEED, DEMO_CODE } from 'account-widgets/testing';
 *   import { createHandlers } from 'account-widgets/testing/msw';
 *   const backend = new MockBackend({ latency: 300 });
 *   await setupWorker(...createHandlers(backend, { baseUrl: '/api' })).start();
 *   // <location-management api-base="/api"> now talks REST to the mock backend.
 */
export { MockBackend, type MockBackendOptions } from './mock-backend.js';
export { InMemoryAdapter, type InMemoryAdapterOptions } from './in-memory-adapter.js';
export { SEED, DEMO_CODE } from './seed.js';
