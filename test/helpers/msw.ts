/**
 * MSW in tests: one service worker per test file (started on first use), handlers per test.
 *
 *   import { useMockApi, useHandlers } from '../helpers/msw.js';
 *
 *   it('lists sub-accounts over REST', async () => {
 *     const backend = new MockBackend();
 *     await useMockApi(backend);                 // serves it at /api
 *     const el = await fixture(html`<account-tree api-base="/api"></account-tree>`);
 *   });
 *
 *   it('shows garbage as an error', async () => {
 *     await useHandlers(http.get('/api/me', () => HttpResponse.text('<html>')));
 *   });
 *
 * Importing this module registers a root `afterEach` that removes every handler a test added,
 * so tests never see each other's handlers. A request to the API (any path under `/api`, or any
 * other origin) that no handler answers fails loudly — the test sees a network error and the
 * console names the request — while the test runner's own files pass through.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { createHandlers, type HandlerBackend } from '../../src/mock/handlers.js';

export const worker: SetupWorker = setupWorker();
let started: Promise<unknown> | undefined;

const isApiRequest = (request: Request): boolean => {
  const url = new URL(request.url);
  return url.origin !== location.origin || url.pathname === '/api' || url.pathname.startsWith('/api/');
};

/** Starts the worker once per test file; later calls return the same promise. */
export function startWorker(): Promise<unknown> {
  started ??= worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest(request, print) {
      if (isApiRequest(request)) print.error();
    },
  });
  return started;
}

/** Adds handlers for the current test (removed again after it). */
export async function useHandlers(...handlers: RequestHandler[]): Promise<void> {
  await startWorker();
  worker.use(...handlers);
}

/** Serves a mock backend over the REST contract at `baseUrl` (default `/api`) for the current test. */
export async function useMockApi(backend: HandlerBackend, baseUrl = '/api'): Promise<void> {
  await useHandlers(...createHandlers(backend, { baseUrl }));
}

if (typeof afterEach === 'function') {
  afterEach(() => {
    worker.resetHandlers();
  });
}
