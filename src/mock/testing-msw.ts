/**
 * `account-widgets/testing/msw`: MSW v2 handlers that serve a mock backend over the REST contract
 * (api/openapi.yaml). `msw` is an optional peer dependency of this entry alone; without it the
 * import fails with a message saying what to install.
 *
 *   import { setupWorker } from 'msw/browser';          // or setupServer from 'msw/node'
 *   import { MockBackend } from 'account-widgets/testing';
 *   import { createHandlers } from 'account-widgets/testing/msw';
 *   await setupWorker(...createHandlers(new MockBackend(), { baseUrl: '/api' })).start();
 *   await untilControlled();   // in a browser: the first visit's requests wait for the worker
 */
export { createHandlers, problemResponse, type HandlerBackend, type HandlerOptions } from './handlers.js';
export { untilControlled } from './until-controlled.js';
