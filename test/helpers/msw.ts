/**
 * MSW in tests: one service worker per test file (started on first use), handlers per test.
 *
 *   import { useMockApi, useHandlers } from '../helpers/msw.js';
 *
 *   it('lists sub-accounts over REST', async () => {
 *     const backend = await useMockApi();        // a fresh seeded MockBackend, served at /api
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
import { http, HttpResponse, type RequestHandler } from 'msw';
import { createHandlers, untilControlled, type HandlerBackend } from '../../src/mock/testing-msw.js';
import { MockBackend } from '../../src/mock/mock-backend.js';

/**
 * The last resort for `/api`: a request no test handler answered fails as a dropped connection
 * and names itself on the console (MSW's own `onUnhandledRequest: 'error'` only logs in the
 * browser and lets the request through to the dev server). Kept across `resetHandlers()`.
 */
const unhandledApi = http.all(/^[^?#]*\/\/[^/]+\/api(\/|$|\?)/, ({ request }) => {
  console.error(`[msw helper] no handler for ${request.method} ${request.url}`);
  return HttpResponse.error();
});

export const worker: SetupWorker = setupWorker(unhandledApi);
let started: Promise<unknown> | undefined;

/**
 * A page that loaded while another test file's page was installing the worker is not controlled
 * yet, and MSW's `start()` reloads such a page (the test runner then reports the file as
 * interrupted). The worker claims every page when it activates: wait for that instead.
 */
async function claimedIfInstalling(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return;
  if (await container.getRegistration('/')) await untilControlled(3000).catch(() => undefined);
}

/** Starts the worker once per test file; later calls return the same promise. */
export function startWorker(): Promise<unknown> {
  const start = () =>
    worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      quiet: true,
      // Other origins than the test page's: no network here, so say which request went astray.
      onUnhandledRequest(request, print) {
        if (new URL(request.url).origin !== location.origin) print.warning();
      },
    });
  started ??= claimedIfInstalling()
    .then(start)
    .then(() => untilControlled());
  return started;
}

/** Adds handlers for the current test (removed again after it). */
export async function useHandlers(...handlers: RequestHandler[]): Promise<void> {
  await startWorker();
  worker.use(...handlers);
}

/**
 * Serves a mock backend over the REST contract at `baseUrl` (default `/api`) for the current test
 * and returns it (a fresh seeded `MockBackend` when none is given):
 *
 *   const backend = await useMockApi();
 *   backend.failNext('server');
 */
export async function useMockApi<B extends HandlerBackend = MockBackend>(backend?: B, baseUrl = '/api'): Promise<B> {
  const served = backend ?? (new MockBackend() as unknown as B);
  await useHandlers(...createHandlers(served, { baseUrl }));
  return served;
}

if (typeof afterEach === 'function') {
  afterEach(() => {
    worker.resetHandlers();
  });
}
