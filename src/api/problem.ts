/**
 * RFC 9457 problem details (`application/problem+json`) ⇄ `AccountWidgetsError`, both ways, so
 * the RestAdapter (reading) and the mock handlers (writing) agree on one mapping. Reading never
 * trusts the body: any value — garbage, HTML, a JSON array, hostile keys — yields a sensible error.
 */
import { AccountWidgetsError, type ErrorCode, isErrorCode } from './errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
/** The `type` URI of a problem with a given code (any URI works for partners, as long as `code` is set). */
export const problemType = (code: ErrorCode): string => `urn:account-widgets:problem:${code}`;

/** The HTTP status a backend answers with for each code (see api/openapi.yaml). */
export const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  'not-main-account': 403,
  'already-linked': 409,
  'is-main-account': 409,
  'self-link': 422,
  'not-found': 404,
  'code-invalid': 422,
  'code-expired': 422,
  'rate-limited': 429,
  'duplicate-request': 409,
  'limit-reached': 409,
  'not-linked': 404,
  network: 503,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  validation: 422,
  server: 500,
  'invalid-response': 502,
};

const TITLES: Readonly<Record<ErrorCode, string>> = {
  'not-main-account': 'Not a main account',
  'already-linked': 'Already linked to another main account',
  'is-main-account': 'Is itself a main account',
  'self-link': 'Cannot link an account to itself',
  'not-found': 'Not found',
  'code-invalid': 'Wrong verification code',
  'code-expired': 'Verification code expired',
  'rate-limited': 'Too many requests',
  'duplicate-request': 'A link request is already open',
  'limit-reached': 'Sub-account limit reached',
  'not-linked': 'Not linked to this main account',
  network: 'Service unavailable',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  conflict: 'Conflict',
  validation: 'Invalid request',
  server: 'Internal server error',
  'invalid-response': 'Bad gateway',
};

/** The code for an HTTP status when the body names none we know. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status === 408) return 'network';
  if (status >= 500 && status <= 599) return 'server';
  // Other 4xx: the client and server disagree about the contract. Other statuses: not an API answer.
  return status >= 400 && status <= 499 ? 'server' : 'invalid-response';
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  errors?: Record<string, string>;
  attemptsLeft?: number;
  retryAfter?: number;
  mainAccountName?: string;
  retryable?: boolean;
  details?: Record<string, string | number | boolean | null>;
}

const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_MESSAGE = 2000;
const MAX_FIELDS = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown, max = MAX_MESSAGE): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined;

const nonNegativeInt = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;

/** `Retry-After` as seconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Per-field messages: `{ "site.city": "…" }`, or an array of `{ pointer|field|name, detail|message }`. */
function fieldMessages(value: unknown): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let count = 0;
  const add = (key: unknown, message: unknown) => {
    if (typeof key !== 'string' || key === '' || UNSAFE_KEYS.has(key) || count >= MAX_FIELDS) return;
    const m = Array.isArray(message) ? message.filter((x) => typeof x === 'string').join(' ') : message;
    const t = text(m, 1000);
    if (t === undefined) return;
    out[key.slice(0, 256)] = t;
    count++;
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!isRecord(item)) continue;
      const pointer = typeof item.pointer === 'string' ? item.pointer.replace(/^#?\//, '').replace(/\//g, '.') : undefined;
      add(item.field ?? item.name ?? pointer, item.detail ?? item.message);
    }
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) add(key, value[key]);
  }
  return count > 0 ? out : undefined;
}

function codeFromType(type: unknown): ErrorCode | undefined {
  if (typeof type !== 'string') return undefined;
  const last = type.split(/[:/#]/).pop();
  return isErrorCode(last) ? last : undefined;
}

/**
 * The error an HTTP failure means. `body` is whatever the response carried (parsed JSON or
 * anything else); the known `code` in it wins, else the status decides.
 */
export function errorFromProblem(status: number, body: unknown, headers?: Headers): AccountWidgetsError {
  const problem = isRecord(body) ? body : {};
  const code: ErrorCode = isErrorCode(problem.code) ? problem.code : (codeFromType(problem.type) ?? codeForStatus(status));

  const details: Record<string, unknown> = {};
  if (isRecord(problem.details)) {
    for (const key of Object.keys(problem.details)) {
      const v = problem.details[key];
      if (!UNSAFE_KEYS.has(key) && (v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
        details[key] = typeof v === 'string' ? v.slice(0, MAX_MESSAGE) : v;
      }
    }
  }
  const mainAccountName = text(problem.mainAccountName, 1000);
  if (mainAccountName !== undefined) details.mainAccountName = mainAccountName;

  const retryAfter = nonNegativeInt(problem.retryAfter) ?? parseRetryAfter(headers?.get('Retry-After'));
  const statusRetryable = code === 'server' && status >= 400 && status <= 499 ? false : undefined;

  return new AccountWidgetsError(code, {
    message: text(problem.detail) ?? text(problem.title) ?? `HTTP ${status}`,
    status,
    retryable: typeof problem.retryable === 'boolean' ? problem.retryable : statusRetryable,
    fields: fieldMessages(problem.errors),
    attemptsLeft: nonNegativeInt(problem.attemptsLeft),
    retryAfter,
    details: Object.keys(details).length > 0 ? details : undefined,
  });
}

/** The problem document (and status) a backend answers with for an error. */
export function problemFromError(value: unknown): ProblemDocument {
  const error = AccountWidgetsError.from(value);
  const status = STATUS_BY_CODE[error.code];
  const doc: ProblemDocument = {
    type: problemType(error.code),
    title: TITLES[error.code],
    status,
    code: error.code,
    retryable: error.retryable,
  };
  if (error.message && error.message !== error.code) doc.detail = error.message;
  if (error.fields) doc.errors = { ...error.fields };
  if (error.attemptsLeft !== undefined) doc.attemptsLeft = error.attemptsLeft;
  if (error.retryAfter !== undefined) doc.retryAfter = Math.max(0, Math.ceil(error.retryAfter));
  const details: Record<string, string | number | boolean | null> = {};
  for (const [key, v] of Object.entries(error.details ?? {})) {
    if (key === 'mainAccountName' && typeof v === 'string') doc.mainAccountName = v;
    else if (!UNSAFE_KEYS.has(key) && (v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      details[key] = v as string | number | boolean | null;
    }
  }
  if (Object.keys(details).length > 0) doc.details = details;
  return doc;
}
