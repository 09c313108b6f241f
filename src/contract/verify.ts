/**
 * `account-widgets verify`: runs the conformance cases (the same ones `InMemoryAdapter` and
 * `RestAdapter` over MSW pass) through `RestAdapter` over real HTTP, plus the raw-HTTP checks,
 * against a backend at `baseUrl`. Every exchange is recorded (secrets redacted) and its response
 * checked against api/openapi.yaml (status documented, content type, schema), so a failure shows
 * the request, the response and what the contract expected. No browser, no dependencies: the
 * platform's `fetch` (Node ≥ 20.19).
 */
import { RestAdapter } from '../api/rest-adapter.js';
import { conformanceSuite } from './conformance.js';
import { ContractAssertionError } from './expect.js';
import { missingNeeds, type ContractFixtures } from './fixtures.js';
import { httpChecks, type HttpAnswer, type HttpSend } from './http-checks.js';
import { redactHeaders, type CaseResult, type Exchange, type VerifyReport } from './report.js';
import { ContractSchemas, type OpenApiDocument } from './schema.js';
import { collectCases, SkipCase, type BackendControl } from './suite.js';

export interface VerifyOptions {
  baseUrl: string;
  /** Sent with every request (e.g. `Authorization`); their values never appear in the report. */
  headers?: Record<string, string>;
  fixtures?: ContractFixtures;
  /** Run only the cases whose tag or id starts with one of these (`link`, `order`, `rules/self-link`). */
  only?: string[];
  /** The bundled contract (dist/contract/openapi.json), for shapes and pointers. */
  openapi?: OpenApiDocument;
  fetch?: typeof fetch;
  /** Per case (default 30 000 ms). */
  caseTimeoutMs?: number;
  /** Called as each case ends. */
  onResult?: (result: CaseResult) => void;
}

const MAX_BODY = 4000;

/** The cases verify would run, without running them (for `--list` and the tests). */
export function listCases() {
  const noSetup = () => Promise.reject(new Error('not running'));
  return [...collectCases((t) => conformanceSuite(t, noSetup)), ...collectCases((t) => httpChecks(t, noSetup))];
}

export async function verify(options: VerifyOptions): Promise<VerifyReport> {
  const started = Date.now();
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const baseHeaders = options.headers ?? {};
  const secretNames = Object.keys(baseHeaders);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const schemas = options.openapi ? new ContractSchemas(options.openapi) : undefined;
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  let fixtures: ContractFixtures = { ...options.fixtures };
  let session: Record<string, string> = {};
  let log: Exchange[] = [];

  /** fetch that records each exchange (redacted) and checks its response against the contract. */
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => (headers[k] = v));
    const x: Exchange = {
      method: request.method,
      url: request.url,
      requestHeaders: redactHeaders(headers, [...secretNames, ...Object.keys(session)]),
      requestBody: typeof init?.body === 'string' ? init.body.slice(0, MAX_BODY) : undefined,
    };
    log.push(x);
    let response: Response;
    try {
      response = await fetchImpl(request);
    } catch (error) {
      x.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw error;
    }
    const text = await response.clone().text();
    x.status = response.status;
    x.responseHeaders = {};
    for (const name of ['content-type', 'retry-after', 'location']) {
      const v = response.headers.get(name);
      if (v !== null) x.responseHeaders[name] = v;
    }
    x.responseBody = text.slice(0, MAX_BODY);
    if (schemas) checkShape(x, text, response);
    return response;
  };

  function checkShape(x: Exchange, text: string, response: Response): void {
    const pathname = new URL(x.url).pathname;
    const op = schemas!.operation(x.method, pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname);
    if (!op) return;
    x.operation = op.pointer;
    const violations: NonNullable<Exchange['violations']> = [];
    const status = response.status;
    const type = response.headers.get('content-type') ?? '';
    if (!op.responses.includes(String(status)) && !op.responses.includes('default')) {
      violations.push({ at: 'status', schema: `${op.pointer}/responses`, message: `status ${status} is not documented for this operation (documented: ${op.responses.join(', ')})` });
    }
    if (status >= 400 && !/^application\/problem\+json\b/i.test(type)) {
      violations.push({ at: 'Content-Type', schema: '#/components/schemas/Problem', message: `an error must be application/problem+json, not ${JSON.stringify(type || 'none')}` });
    } else if (status < 300 && status !== 204 && !/^application\/json\b/i.test(type)) {
      violations.push({ at: 'Content-Type', schema: `${op.pointer}/responses/${status}`, message: `a success must be application/json, not ${JSON.stringify(type || 'none')}` });
    } else if (status !== 204) {
      const pointer = schemas!.responseSchema(op.pointer, status);
      if (pointer) {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          violations.push({ at: '/', schema: pointer, message: 'the body is not JSON' });
        }
        if (body !== undefined) violations.push(...schemas!.validate(body, pointer));
      }
    }
    if (violations.length > 0) x.violations = violations;
  }

  const allHeaders = () => ({ ...baseHeaders, ...session });

  const adapter = new RestAdapter({
    baseUrl,
    headers: () => allHeaders(),
    fetch: recording,
    retries: 0,
    timeoutMs: 15_000,
  });

  const send: HttpSend = async (method, path, init = {}) => {
    const headers: Record<string, string> = { ...allHeaders(), ...init.headers };
    const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    const res = await recording(`${baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json } satisfies HttpAnswer;
  };

  // The main account defaults to what the headers sign in as.
  if (!fixtures.main) {
    try {
      const me = await adapter.getCurrentAccount();
      fixtures = { ...fixtures, main: { id: me.id, customerNumber: me.customerNumber, name: me.name } };
    } catch {
      // Reported by the first case that needs it.
    }
  }
  log = [];

  const control = makeControl(fixtures, baseUrl, () => baseHeaders, fetchImpl, (who) => {
    session = who === 'main' ? {} : { ...(fixtures.sessions?.[who] ?? {}) };
  });

  const conformance = collectCases((t) => conformanceSuite(t, async () => ({ adapter, backend: control, fixtures })));
  const raw = collectCases((t) => httpChecks(t, async () => ({ send, backend: control, fixtures })));
  const only = (options.only ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const selected = [...conformance, ...raw].filter((c) => only.length === 0 || only.some((o) => c.tag === o || c.id.startsWith(o)));

  const results: CaseResult[] = [];
  for (const c of selected) {
    const t0 = Date.now();
    const base = { id: c.id, tag: c.tag, group: c.group, title: c.title };
    const missing = missingNeeds(c.needs, fixtures);
    let result: CaseResult;
    if (missing.length > 0) {
      result = { ...base, outcome: 'skipped', durationMs: 0, reason: missing.join('; ') };
    } else {
      log = [];
      session = {};
      try {
        await withTimeout(c.run(), options.caseTimeoutMs ?? 30_000);
        const bad = log.find((x) => x.violations?.length);
        if (bad) {
          const v = bad.violations![0];
          result = {
            ...base,
            outcome: 'failed',
            durationMs: Date.now() - t0,
            failure: { message: `the response ${v.at === 'status' || v.at === 'Content-Type' ? '' : `at ${v.at} `}${v.message}${bad.violations!.length > 1 ? ` (and ${bad.violations!.length - 1} more)` : ''}`, pointer: v.schema, exchange: bad, requests: log.length },
          };
        } else result = { ...base, outcome: 'passed', durationMs: Date.now() - t0 };
      } catch (error) {
        if (error instanceof SkipCase) result = { ...base, outcome: 'skipped', durationMs: Date.now() - t0, reason: error.message };
        else {
          const last = log[log.length - 1];
          const shapes = log.find((x) => x.violations?.length);
          const assertion = error instanceof ContractAssertionError ? error : undefined;
          result = {
            ...base,
            outcome: 'failed',
            durationMs: Date.now() - t0,
            failure: {
              message:
                (assertion ? assertion.message : `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`) +
                (shapes ? `; and the response ${shapes.violations![0].message}` : ''),
              expected: assertion?.expected,
              actual: assertion?.actual,
              pointer: shapes?.violations?.[0]?.schema ?? (last?.operation && last.status ? `${last.operation}/responses/${last.status}` : last?.operation),
              exchange: shapes ?? last,
              requests: log.length,
            },
          };
        }
      }
    }
    results.push(result);
    options.onResult?.(result);
  }
  return { baseUrl, results, durationMs: Date.now() - started };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the case took longer than ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * `BackendControl` for verify: the backend's test hooks over HTTP when the fixtures name
 * `control`; otherwise sessions (headers per account) and the code source of the fixtures, and
 * nothing else (cases needing more are skipped before they run).
 */
function makeControl(
  fixtures: ContractFixtures,
  baseUrl: string,
  headers: () => Record<string, string>,
  fetchImpl: typeof fetch,
  signIn: (who: 'main' | 'sub' | 'standalone') => void,
): BackendControl {
  const hooks = fixtures.control ? new URL(fixtures.control.replace(/\/*$/, '/'), `${baseUrl}/`).href : undefined;
  async function hook(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    if (!hooks) throw new SkipCase(`fixtures.control — test hooks (${path})`);
    const res = await fetchImpl(new URL(path, hooks), {
      method,
      headers: { ...headers(), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`The test hook ${method} ${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return res.status === 204 ? undefined : res.json();
  }
  const who = (id: string): 'main' | 'sub' | 'standalone' =>
    id === fixtures.sub?.id ? 'sub' : id === fixtures.standalone?.id ? 'standalone' : 'main';
  return {
    async reset() {
      if (hooks) await hook('POST', 'reset');
    },
    async setCurrentAccount(id) {
      if (hooks) await hook('POST', 'current-account', { id });
      else signIn(who(id));
    },
    configure: (changes) => hook('POST', 'configure', changes).then(() => undefined),
    advanceTime: (ms) => hook('POST', 'advance-time', { ms }).then(() => undefined),
    async peekCode(challengeId) {
      // The test hook knows the code even when a case turns fixed codes off; then a URL; then the fixed one.
      if (hooks) {
        const { code } = (await hook('GET', `link-requests/${encodeURIComponent(challengeId)}/code`)) as { code: string };
        return code;
      }
      if (fixtures.code?.url) {
        const url = fixtures.code.url.replace('{challengeId}', encodeURIComponent(challengeId));
        const res = await fetchImpl(url, { headers: headers() });
        const text = (await res.text()).trim();
        try {
          const parsed = JSON.parse(text) as { code?: unknown };
          if (parsed && typeof parsed === 'object' && typeof parsed.code === 'string') return parsed.code;
        } catch {
          // plain text
        }
        return text;
      }
      if (fixtures.code?.fixed) return fixtures.code.fixed;
      throw new SkipCase(`fixtures.code — how to obtain the verification code`);
    },
    failNext: (code, init) => hook('POST', 'fail-next', { code, ...init }).then(() => undefined),
    failNextOrder: (reason) => hook('POST', 'fail-next-order', { reason }).then(() => undefined),
    orders: () => hook('GET', 'orders') as Promise<never[]>,
  };
}
