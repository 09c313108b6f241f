/** Every failure crossing the adapter seam is one error class with a `code`. */

/** Refusals of the domain rules (DESIGN §2). */
export const DOMAIN_ERROR_CODES = [
  'not-main-account',
  'already-linked',
  'is-main-account',
  'self-link',
  'not-found',
  'code-invalid',
  'code-expired',
  'rate-limited',
  'duplicate-request',
  'limit-reached',
  'not-linked',
] as const;

/** Transport and protocol failures. */
export const TRANSPORT_ERROR_CODES = [
  'network',
  'unauthorized',
  'forbidden',
  'conflict',
  'validation',
  'server',
  'invalid-response',
] as const;

export const ERROR_CODES = [...DOMAIN_ERROR_CODES, ...TRANSPORT_ERROR_CODES] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];
export type ErrorCode = (typeof ERROR_CODES)[number];

const RETRYABLE_BY_DEFAULT: ReadonlySet<ErrorCode> = new Set(['network', 'server', 'rate-limited']);

export interface AccountWidgetsErrorInit {
  message?: string;
  retryable?: boolean;
  /** HTTP status, when the error came over HTTP. */
  status?: number;
  /** Per-field messages for `validation`, keyed by field path (e.g. `site.postalCode`). */
  fields?: Record<string, string>;
  /** For `code-invalid`: how many attempts are left. */
  attemptsLeft?: number;
  /** For `rate-limited` and cool-downs: seconds until a retry may succeed. */
  retryAfter?: number;
  /** Extra facts a message may use, e.g. `{ mainAccountName }` for `not-main-account`. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AccountWidgetsError extends Error {
  override readonly name = 'AccountWidgetsError';
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  readonly fields?: Record<string, string>;
  readonly attemptsLeft?: number;
  readonly retryAfter?: number;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, init: AccountWidgetsErrorInit = {}) {
    super(init.message ?? code, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.retryable = init.retryable ?? RETRYABLE_BY_DEFAULT.has(code);
    this.status = init.status;
    this.fields = init.fields;
    this.attemptsLeft = init.attemptsLeft;
    this.retryAfter = init.retryAfter;
    this.details = init.details;
  }

  /**
   * Normalises anything thrown into an `AccountWidgetsError`. A value from another bundle (where
   * `instanceof` fails) is recognised by its known `code`; anything else becomes `server`, or
   * `network` for a `TypeError` from `fetch`.
   */
  static from(value: unknown): AccountWidgetsError {
    if (value instanceof AccountWidgetsError) return value;
    if (isErrorLike(value)) {
      const v = value as Partial<AccountWidgetsError> & { message?: unknown };
      return new AccountWidgetsError(v.code as ErrorCode, {
        message: typeof v.message === 'string' ? v.message : undefined,
        retryable: typeof v.retryable === 'boolean' ? v.retryable : undefined,
        status: typeof v.status === 'number' ? v.status : undefined,
        fields: isStringRecord(v.fields) ? v.fields : undefined,
        attemptsLeft: typeof v.attemptsLeft === 'number' ? v.attemptsLeft : undefined,
        retryAfter: typeof v.retryAfter === 'number' ? v.retryAfter : undefined,
        details: v.details && typeof v.details === 'object' ? v.details : undefined,
        cause: value,
      });
    }
    if (value instanceof TypeError) {
      return new AccountWidgetsError('network', { message: value.message, cause: value });
    }
    const message = value instanceof Error ? value.message : undefined;
    return new AccountWidgetsError('server', { message, retryable: false, cause: value });
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** True for any value that carries a known `code`, whichever bundle made it. */
export function isErrorLike(value: unknown): value is { code: ErrorCode } {
  return typeof value === 'object' && value !== null && isErrorCode((value as { code?: unknown }).code);
}

/** True for an abort, which elements swallow: a newer request or a disconnect replaced it. */
export function isAbortError(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    ((value as { name?: unknown }).name === 'AbortError' || (value as { name?: unknown }).name === 'TimeoutError') &&
    !isErrorLike(value)
  );
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}
