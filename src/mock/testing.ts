/**
 * `account-widgets/testing`: everything a partner needs to run the widgets on the mock backend in
 * their own tests, Storybooks and demos — in memory (`InMemoryAdapter`) or over HTTP through MSW
 * (`createHandlers` + `RestAdapter`). Never imported by the library entry, so the seed data stays
 * out of production bundles.
 *
 *   import { setupWorker } from 'msw/browser';
 *   import { MockBackend, createHandlers, SEED, DEMO_CODE } from 'account-widgets/testing';
 *   const backend = new MockBackend({ latency: 300 });
 *   await setupWorker(...createHandlers(backend, { baseUrl: '/api' })).start();
 *   // <location-management api-base="/api"> now talks REST to the mock backend.
 */
export { MockBackend, type MockBackendOptions } from './mock-backend.js';
export { InMemoryAdapter, type InMemoryAdapterOptions } from './in-memory-adapter.js';
export { SEED, DEMO_CODE } from './seed.js';
export { createHandlers, problemResponse, type HandlerBackend, type HandlerOptions } from './handlers.js';
