/// <reference types="node" />
/**
 * `account-widgets/server`: the reference server — the whole REST contract (api/openapi.yaml) over
 * a seeded `MockBackend`, on the platform's `node:http` (no framework). The same routes as the MSW
 * handlers (`restRoutes`), so the same seeding, latency and failure injection; CORS for local
 * development; test hooks under `{basePath}/__demo/` for `account-widgets verify`, whose fixtures
 * for this server ship as `account-widgets/server/fixtures.json`.
 *
 *   import { startReferenceServer } from 'account-widgets/server';
 *   const server = await startReferenceServer({ port: 8080, latency: 200 });
 *   console.log(server.baseUrl);   // http://127.0.0.1:8080/api
 *   await server.close();
 *
 * A development and test tool: the test hooks reset data and move the clock for anyone who can
 * reach the port, so it listens on 127.0.0.1 unless told otherwise.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockBackend, type MockBackendOptions } from '../mock/mock-backend.js';
import { matchRoute, restRoutes, type HandlerBackend } from '../mock/rest-routes.js';

/** A fetch-style handler: a response, or undefined when no route matches. */
export type FetchHandler = (request: Request) => Promise<Response | undefined>;

export interface ReferenceHandlerOptions {
  /** Where the API is served (default `/api`). */
  basePath?: string;
}

export interface ServeOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /**
   * CORS for local development: `true` (default) answers any origin (reflected, with credentials),
   * a list answers those origins only, `false` sends no CORS headers.
   */
  cors?: boolean | string[];
  /** Called with one line per request (`GET /api/me 200 3 ms`). */
  log?: (line: string) => void;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
}

export interface ReferenceServerOptions extends MockBackendOptions, ReferenceHandlerOptions, ServeOptions {
  /** The backend to serve (default: a fresh seeded `MockBackend` from the other options). */
  backend?: HandlerBackend;
}

export interface RunningServer {
  /** `http://127.0.0.1:8080` */
  url: string;
  /** `http://127.0.0.1:8080/api`: what `api-base` and `verify --base-url` take. */
  baseUrl: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export interface ReferenceServer extends RunningServer {
  backend: HandlerBackend;
}

/** The contract's routes over `backend` as a fetch-style handler, under `basePath`. */
export function createReferenceHandler(backend: HandlerBackend, options: ReferenceHandlerOptions = {}): FetchHandler {
  const base = normaliseBase(options.basePath ?? '/api');
  const routes = restRoutes(backend);
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
    const rest = pathname.slice(base.length) || '/';
    for (const route of routes) {
      if (route.method !== request.method) continue;
      const params = matchRoute(route, rest);
      if (params) return route.handle(request, params);
    }
    return undefined;
  };
}

const normaliseBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');

const CORS_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Accept-Language';

function corsHeaders(req: IncomingMessage, cors: boolean | string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (cors === false || !origin) return {};
  if (Array.isArray(cors) && !cors.includes(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Retry-After, Content-Type',
    Vary: 'Origin',
  };
}

/** Problem+json for what the transport itself refuses (no route, body too large). */
function transportProblem(status: number, code: string, title: string, detail: string): Response {
  return new Response(JSON.stringify({ type: `urn:account-widgets:problem:${code}`, title, status, code, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Serves a fetch-style handler on node:http (CORS, body limit, aborts when the client leaves). */
export function serve(handler: FetchHandler, options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const cors = options.cors ?? true;
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const extra = corsHeaders(req, cors);
    const finish = (status: number) => options.log?.(`${req.method} ${req.url} ${status} ${Date.now() - started} ms`);
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...extra,
          ...(extra['Access-Control-Allow-Origin']
            ? {
                'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
                'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? CORS_HEADERS,
                'Access-Control-Max-Age': '600',
              }
            : {}),
        });
        res.end();
        finish(204);
        return;
      }
      const controller = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) controller.abort(new DOMException('The client went away', 'AbortError'));
      });
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req, limit);
      let response: Response | undefined;
      if (body === 'too-large') {
        response = transportProblem(413, 'validation', 'Request body too large', `At most ${limit} bytes.`);
      } else {
        const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${host}`}`);
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
        }
        const request = new Request(url, { method: req.method, headers, body: body?.length ? new Uint8Array(body) : undefined, signal: controller.signal });
        response = (await handler(request)) ?? transportProblem(404, 'not-found', 'Not found', `No route for ${req.method} ${url.pathname}.`);
      }
      if (response.type === 'error') {
        // An injected `network` failure: drop the connection without an answer.
        req.socket.destroy();
        finish(0);
        return;
      }
      const out: Record<string, string> = { ...extra };
      response.headers.forEach((value, name) => (out[name] = value));
      const bytes = Buffer.from(await response.arrayBuffer());
      if (bytes.length > 0 || response.status !== 204) out['content-length'] = String(bytes.length);
      res.writeHead(response.status, out);
      res.end(bytes);
      finish(response.status);
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/problem+json', ...extra });
        res.end(JSON.stringify({ type: 'urn:account-widgets:problem:server', title: 'Internal server error', status: 500, code: 'server', detail: String(error) }));
      } else res.destroy();
      finish(500);
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      const url = `http://${shown}:${port}`;
      resolve({
        url,
        baseUrl: url,
        port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Starts the reference server: the contract over a seeded `MockBackend` (or `options.backend`). */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const { backend: given, basePath = '/api', port, host, cors, log, maxBodyBytes, ...backendOptions } = options;
  const backend = given ?? new MockBackend(backendOptions);
  const running = await serve(createReferenceHandler(backend, { basePath }), { port, host, cors, log, maxBodyBytes });
  return { ...running, baseUrl: `${running.url}${normaliseBase(basePath)}`, backend };
}

export { MockBackend, type MockBackendOptions } from '../mock/mock-backend.js';
export { REFERENCE_FIXTURES } from '../mock/fixtures.js';
