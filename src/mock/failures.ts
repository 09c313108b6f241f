import { AccountWidgetsError, type ErrorCode } from '../api/errors.js';
import { prng } from './util.js';

/** Init of `failNext`. `afterCommit: true` runs the call and then fails (a lost response). */
export interface FailInit {
  count?: number;
  message?: string;
  fields?: Record<string, string>;
  afterCommit?: boolean;
}

export interface InjectedFailure {
  error: AccountWidgetsError;
  afterCommit: boolean;
}

/**
 * Failure injection of the mock backend: the next calls (`failNext`) or a share of calls
 * (`failRate`, reproducible through a seeded PRNG) fail with a chosen code.
 */
export class FailureInjector {
  private queue: { code: ErrorCode; init: FailInit; left: number }[] = [];
  private rate: { share: number; code: ErrorCode } | undefined;
  private random = prng(42);

  failNext(code: ErrorCode, init: FailInit = {}): void {
    const count = Number.isFinite(init.count) ? Math.max(1, Math.floor(init.count!)) : 1;
    this.queue.push({ code, init, left: count });
  }

  failRate(share: number, code: ErrorCode = 'server'): void {
    const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
    this.rate = s > 0 ? { share: s, code } : undefined;
  }

  /** The failure for this call, if any (consumes one from `failNext` first). */
  take(): InjectedFailure | undefined {
    const next = this.queue[0];
    if (next) {
      next.left -= 1;
      if (next.left <= 0) this.queue.shift();
      return { error: injected(next.code, next.init), afterCommit: next.init.afterCommit === true };
    }
    if (this.rate && this.random() < this.rate.share) return { error: injected(this.rate.code, {}), afterCommit: false };
    return undefined;
  }
}

function injected(code: ErrorCode, init: FailInit): AccountWidgetsError {
  return new AccountWidgetsError(code, {
    message: init.message ?? `Injected failure: ${code}`,
    fields: init.fields,
    retryAfter: code === 'rate-limited' ? 1 : undefined,
  });
}
