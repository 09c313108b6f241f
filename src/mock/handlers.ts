/**
 * MSW v2 handlers serving a mock backend over the REST contract (api/openapi.yaml), for
 * Storybook, the demo portal and HTTP-level tests — partners get them from `account-widgets/testing`:
 *
 *   import { setupWorker } from 'msw/browser';
 *   import { MockBackend, createHandlers } from 'account-widgets/testing';
 *   const worker = setupWorker(...createHandlers(new MockBackend(), { baseUrl: '/api' }));
 *   await worker.start();
 *
 * The routes themselves (statuses, problem+json, the `__demo` test hooks) are `restRoutes()` in
 * rest-routes.ts, which the reference server (`account-widgets/server`) serves over node:http too.
 */
import { http, type RequestHandler } from 'msw';
import { restRoutes, type HandlerBackend } from './rest-routes.js';

export { problemResponse, type HandlerBackend } from './rest-routes.js';

export interface HandlerOptions {
  /** Where the API is served: `/api` (default), or an absolute URL such as `https://api.example.test/v1`. */
  baseUrl?: string;
}

const METHODS = { GET: http.get, POST: http.post, DELETE: http.delete } as const;

export function createHandlers(backend: HandlerBackend, options: HandlerOptions = {}): RequestHandler[] {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  return restRoutes(backend).map((route) =>
    METHODS[route.method](`${base}${route.path}`, ({ request, params }) => route.handle(request, params)),
  );
}
