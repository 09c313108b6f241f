import type { AccountAdapter } from './adapter.js';
import { AccountWidgetsError, isErrorLike } from './errors.js';
import type { RequestOptions } from './types.js';
import type * as Validators from './validate.js';

type V = typeof Validators;
/**
 * The validators load on first use, beside the first call (they are as large as the rest of the
 * seam, and a page on `RestAdapter` — which validates itself — never needs them here).
 */
let validators: V | undefined;
let loadingValidators: Promise<V> | undefined;
function loadValidators(): Promise<V> {
  return (loadingValidators ??= import('./validate.js').then(
    (m) => (validators = m),
    (error: unknown) => {
      loadingValidators = undefined;
      throw error;
    },
  ));
}

/**
 * The one validating seam between an element and whatever adapter it resolved (its `adapter`
 * property, an ancestor's context, or the `RestAdapter` built from `api-base`). Every call goes
 * through `guardAdapter()`'s wrapper, which makes a partner's adapter — written in another bundle,
 * against a backend we never see — safe to render:
 *
 * - **Shapes**: results pass the same validators `RestAdapter` applies to HTTP bodies
 *   (src/api/validate.ts). A wrong shape rejects with `invalid-response`, naming the method and
 *   the JSON path (`getCatalog: $.products[0].price: expected an object, got undefined`). Fields
 *   the contract does not name pass through unchanged (DESIGN §4: "add fields freely"). A plain
 *   `RestAdapter` has validated already: its results are not checked twice.
 * - **Own cancel vs. their failure**: when the caller's signal aborts, the call rejects at once
 *   with the signal's reason (even if the adapter ignores the signal, so nothing renders late).
 *   Any other `AbortError`/`TimeoutError` is the adapter's failure: a retryable `network` error.
 * - **Deadline**: a call that has not settled after `timeoutMs()` is aborted and rejects with a
 *   retryable `network` error carrying `details.timeout` (as `RestAdapter`'s own timeout does).
 * - **Misbehaviour**: a method that throws synchronously rejects instead; one that returns a plain
 *   value (not a Promise) is accepted when its shape fits; a missing method rejects with `server`.
 * - Every call gets an `AbortSignal` (the wrapper's own, tied to the caller's and the deadline).
 */
export interface GuardOptions {
  /** Milliseconds before an unsettled call gives up; 0 or less (or not finite) means never. */
  timeoutMs?: () => number;
  /** Called with every `invalid-response` the seam raised (e.g. to warn developers in the console). */
  onInvalid?: (error: AccountWidgetsError) => void;
  /** Check result shapes (default true). Off for adapters that validated already. */
  validate?: boolean;
}

interface MethodSpec {
  /** Position of the `opts` argument (with `signal`). */
  opts: number;
  /** The validator of the result's shape (in src/api/validate.ts); undefined: any result (e.g. `cancelLink` resolves with nothing). */
  shape?: 'currentAccount' | 'accountPage' | 'linkChallenge' | 'account' | 'unlinkedAccount' | 'catalog' | 'order' | 'safeUrl';
}

const METHODS: Record<string, MethodSpec> = {
  getCurrentAccount: { opts: 0, shape: 'currentAccount' },
  listSubaccounts: { opts: 2, shape: 'accountPage' },
  startLink: { opts: 2, shape: 'linkChallenge' },
  resendLinkCode: { opts: 1, shape: 'linkChallenge' },
  confirmLink: { opts: 2, shape: 'account' },
  cancelLink: { opts: 1 },
  getCatalog: { opts: 1, shape: 'catalog' },
  placeOrder: { opts: 2, shape: 'order' },
  getOrder: { opts: 1, shape: 'order' },
  getAccessUrl: { opts: 1, shape: 'safeUrl' },
  unlinkSubaccount: { opts: 2, shape: 'unlinkedAccount' },
};

/** Optional in the contract: absent stays absent (elements test for them). */
const OPTIONAL: ReadonlySet<string> = new Set(['getAccessUrl', 'unlinkSubaccount']);

const RAW = Symbol.for('account-widgets.guarded-adapter.raw');

/** The adapter a guarded one wraps (or the value itself when it is not guarded). */
export function unguarded<A extends AccountAdapter | undefined>(adapter: A): A {
  const raw = adapter && (adapter as unknown as Record<symbol, unknown>)[RAW];
  return (raw as A | undefined) ?? adapter;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The validated value with the input's extra fields put back: keys the validator did not keep and
 * whose input value is not `null`/`undefined` are fields the contract does not name (a named
 * field is either kept or was absent, since a wrong one throws). Nested objects and arrays alike.
 */
export function withExtras(input: unknown, checked: unknown): unknown {
  if (Array.isArray(input) && Array.isArray(checked)) return checked.map((item, i) => withExtras(input[i], item));
  if (!isPlainObject(input) || !isPlainObject(checked)) return checked;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!(key in checked) && input[key] !== undefined && input[key] !== null) out[key] = input[key];
  }
  for (const key of Object.keys(checked)) out[key] = withExtras(input[key], checked[key]);
  return out;
}

/** Normalises an adapter's own failure (never our abort) into something elements handle. */
function theirFailure(method: string, error: unknown, sync: boolean): unknown {
  if (isErrorLike(error)) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'AbortError' || name === 'TimeoutError') {
    const message = (error as { message?: unknown }).message;
    return new AccountWidgetsError('network', {
      message: `${method}: the adapter failed with its own ${name}${typeof message === 'string' && message ? `: ${message}` : ''}`,
      retryable: true,
      details: name === 'TimeoutError' ? { timeout: true, method } : { method },
      cause: error,
    });
  }
  if (sync) {
    // A synchronous throw is a bug in the adapter, never a failed connection (fetch rejects later).
    return new AccountWidgetsError('server', {
      message: `${method} threw: ${error instanceof Error ? error.message : String(error)}`,
      retryable: true,
      details: { method },
      cause: error,
    });
  }
  return error;
}

/** Wraps an adapter in the seam described above. An already guarded adapter is unwrapped first. */
export function guardAdapter(adapter: AccountAdapter, options: GuardOptions = {}): AccountAdapter {
  const raw = unguarded(adapter);
  const validate = options.validate ?? true;
  const cache = new Map<string, (...args: unknown[]) => Promise<unknown>>();

  if (validate) void loadValidators().catch(() => {}); // on its way while the first call is
  const check = (method: string, spec: MethodSpec, value: unknown): unknown => {
    if (!spec.shape || !validate) return value;
    if (!validators) {
      return loadValidators().then(
        () => check(method, spec, value),
        (error: unknown) => {
          throw new AccountWidgetsError('network', { message: `${method}: the response checks could not be loaded`, retryable: true, cause: error });
        },
      );
    }
    const v = validators;
    try {
      return withExtras(value, v.validate(v[spec.shape] as Validators.Validator<unknown>, value));
    } catch (error) {
      const shape = error instanceof v.ShapeError ? error : undefined;
      const invalid = new AccountWidgetsError('invalid-response', {
        message: `${method}: ${shape ? shape.message : 'the result could not be read'}`,
        retryable: false,
        details: { method, ...(shape ? { path: shape.path } : {}) },
        cause: error,
      });
      options.onInvalid?.(invalid);
      throw invalid;
    }
  };

  const call = (method: string, spec: MethodSpec, args: unknown[]): Promise<unknown> => {
    const opts = (isPlainObject(args[spec.opts]) ? args[spec.opts] : {}) as RequestOptions;
    const outer = opts.signal;
    if (outer?.aborted) return Promise.reject(abortReason(outer));
    const inner = new AbortController();
    const callArgs = args.slice();
    while (callArgs.length < spec.opts) callArgs.push(undefined);
    callArgs[spec.opts] = { ...opts, signal: inner.signal };

    return new Promise<unknown>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cleanup = () => {
        clearTimeout(timer);
        outer?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        cleanup();
        inner.abort(abortReason(outer!));
        reject(abortReason(outer!)); // our own cancel: at once, whatever the adapter does
      };
      outer?.addEventListener('abort', onAbort, { once: true });
      const ms = options.timeoutMs?.() ?? 0;
      if (ms > 0 && Number.isFinite(ms)) {
        timer = setTimeout(() => {
          cleanup();
          inner.abort(new DOMException(`${method} timed out after ${ms} ms`, 'TimeoutError'));
          reject(
            new AccountWidgetsError('network', {
              message: `${method} did not answer within ${ms} ms`,
              retryable: true,
              details: { timeout: true, timeoutMs: ms, method },
            }),
          );
        }, ms);
      }
      const fn = (raw as unknown as Record<string, unknown>)[method];
      let returned: unknown;
      try {
        if (typeof fn !== 'function') throw new TypeError(`the adapter has no ${method}()`);
        returned = fn.apply(raw, callArgs);
      } catch (error) {
        cleanup();
        reject(theirFailure(method, error, true));
        return;
      }
      Promise.resolve(returned).then(
        (value) => {
          if (outer?.aborted || inner.signal.aborted) return; // settled already (cancel or deadline)
          cleanup();
          try {
            resolve(check(method, spec, value));
          } catch (error) {
            reject(error);
          }
        },
        (error: unknown) => {
          if (outer?.aborted || inner.signal.aborted) return;
          cleanup();
          reject(theirFailure(method, error, false));
        },
      );
    });
  };

  return new Proxy(raw, {
    get(target, key, receiver) {
      if (key === RAW) return raw;
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(METHODS, key)) return value;
      // A missing required method rejects when called (with a message), never "is not a function".
      if (typeof value !== 'function' && OPTIONAL.has(key)) return value;
      let wrapped = cache.get(key);
      if (!wrapped) {
        const spec = METHODS[key]!;
        wrapped = (...args: unknown[]) => call(key, spec, args);
        cache.set(key, wrapped);
      }
      return wrapped;
    },
  });
}
