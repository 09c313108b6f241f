import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AccountWidgetsError } from '../api/errors.js';

export interface PollOptions {
  /** Wait before the second request, in ms (the first runs at once). Default 1000. */
  initialDelay?: number;
  /** Each wait is this much longer than the one before. Default 1.5. */
  factor?: number;
  /** The longest wait, in ms. Default 30000. */
  maxDelay?: number;
  /** Consecutive retryable failures tolerated before giving up. Default 5. */
  maxErrors?: number;
}

export interface PollHandlers<T> {
  /** True when polling is finished with this value. */
  done: (value: T) => boolean;
  /** Every value received (also the final one). */
  value?: (value: T) => void;
  /** A failure; `willRetry` tells whether polling goes on. */
  error?: (error: AccountWidgetsError, willRetry: boolean) => void;
}

/**
 * Polls an async source with exponential backoff until a value says it is done. Retryable
 * failures are retried (with backoff) up to `maxErrors` in a row; others stop polling. Polling
 * pauses while the host is disconnected (the request is aborted) and resumes when it reconnects.
 */
export class PollController<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  options: Required<PollOptions>;
  private job?: { fetch: (signal: AbortSignal) => Promise<T>; handlers: PollHandlers<T> };
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  private delay = 0;
  private errors = 0;
  private connected = false;

  constructor(host: ReactiveControllerHost, options: PollOptions = {}) {
    this.host = host;
    this.options = { initialDelay: 1000, factor: 1.5, maxDelay: 30000, maxErrors: 5, ...options };
    host.addController(this);
  }

  /** True while a poll is scheduled or in flight. */
  get running(): boolean {
    return this.job !== undefined;
  }

  /**
   * Starts polling (replacing any earlier job). With `immediate` (the default) the first request
   * runs at once; otherwise after `initialDelay` (when the caller already holds a fresh value).
   */
  start(fetch: (signal: AbortSignal) => Promise<T>, handlers: PollHandlers<T>, immediate = true): void {
    this.stop();
    this.job = { fetch, handlers };
    this.delay = this.options.initialDelay;
    this.errors = 0;
    if (!this.connected) return;
    if (immediate) void this.tick();
    else this.schedule();
  }

  stop(): void {
    this.job = undefined;
    this.pause();
  }

  hostConnected(): void {
    this.connected = true;
    if (this.job && !this.abort && this.timer === undefined) void this.tick();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.pause();
  }

  private pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  private schedule(): void {
    const wait = this.delay;
    this.delay = Math.min(this.options.maxDelay, Math.max(1, this.delay * this.options.factor));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, wait);
  }

  private async tick(): Promise<void> {
    const job = this.job;
    if (!job || !this.connected) return;
    const abort = (this.abort = new AbortController());
    let value: T;
    try {
      value = await job.fetch(abort.signal);
    } catch (raw) {
      if (this.abort !== abort || this.job !== job) return; // paused or replaced meanwhile
      this.abort = undefined;
      // Our own aborts returned above; an AbortError the source raised itself is a failure, which
      // must not end polling silently (it would stop with no message and no way on).
      const error = AccountWidgetsError.from(raw);
      this.errors++;
      const willRetry = error.retryable && this.errors < this.options.maxErrors;
      if (!willRetry) this.job = undefined;
      job.handlers.error?.(error, willRetry);
      if (willRetry && this.job === job) this.schedule();
      this.host.requestUpdate();
      return;
    }
    if (this.abort !== abort || this.job !== job) return;
    this.abort = undefined;
    this.errors = 0;
    const finished = job.handlers.done(value);
    if (finished) this.job = undefined;
    job.handlers.value?.(value);
    if (!finished && this.job === job) this.schedule();
    this.host.requestUpdate();
  }
}
