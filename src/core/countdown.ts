import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Milliseconds since the epoch, as `Date.now()` returns them. */
export type Clock = () => number;

export interface CountdownOptions {
  /** The clock to count against; read on every access, so a test or a mock clock can move it. */
  clock?: () => Clock | undefined;
  /** Called once when a running countdown reaches its target. */
  onEnd?: () => void;
  /** How often the host re-renders while counting, in ms (default 1000). */
  interval?: number;
}

/**
 * Counts down to a point in time (a code's expiry, a resend cool-down, a retry-after) and
 * re-renders its host while it runs. `remaining` is computed from the clock on every read, so
 * the visible figure is always current; the timer only schedules re-renders and fires `onEnd`.
 *
 * ```ts
 * private cooldown = new CountdownController(this, { onEnd: () => this.announce('…') });
 * this.cooldown.target = challenge.resendAvailableAt;   // ISO string, Date or ms
 * html`${this.cooldown.running ? this.cooldown.seconds : ''}`
 * ```
 */
export class CountdownController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: CountdownOptions;
  private targetMs?: number;
  private timer?: ReturnType<typeof setInterval>;
  private ended = true;
  private connected = false;

  constructor(host: ReactiveControllerHost, options: CountdownOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The moment counted to; undefined stops the countdown. */
  get target(): number | undefined {
    return this.targetMs;
  }

  set target(value: number | string | Date | undefined) {
    const ms = value === undefined ? undefined : toMs(value);
    this.targetMs = ms === undefined || Number.isNaN(ms) ? undefined : ms;
    this.ended = this.targetMs === undefined || this.remaining === 0;
    this.schedule();
    this.host.requestUpdate();
  }

  /** Milliseconds left, never negative; 0 when no target is set. */
  get remaining(): number {
    if (this.targetMs === undefined) return 0;
    return Math.max(0, this.targetMs - this.now());
  }

  /** Whole seconds left, rounded up (what a person expects to read: "1 s" until it is over). */
  get seconds(): number {
    return Math.ceil(this.remaining / 1000);
  }

  /** True while a target is set and not yet reached. */
  get running(): boolean {
    return this.remaining > 0;
  }

  /** Re-reads the clock now: fires `onEnd` if the target has been reached in the meantime. */
  check(): void {
    if (!this.ended && this.targetMs !== undefined && this.remaining === 0) {
      this.ended = true;
      this.stop();
      this.options.onEnd?.();
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private now(): number {
    return (this.options.clock?.() ?? Date.now)();
  }

  private schedule(): void {
    this.stop();
    if (!this.connected || this.ended) return;
    this.timer = setInterval(() => this.check(), this.options.interval ?? 1000);
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}

function toMs(value: number | string | Date): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}

/** Splits milliseconds into minutes and seconds for display ("4:05"). */
export function minutesSeconds(ms: number): { minutes: number; seconds: number; text: string } {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return { minutes, seconds, text: `${minutes}:${String(seconds).padStart(2, '0')}` };
}

/**
 * A remaining time for people, in the page's language: "45 seconds", "4 minutes, 5 seconds"
 * (`Intl.DurationFormat` where the browser has it, else "4:05").
 */
export function formatDuration(ms: number, lang: string): string {
  const { minutes, seconds, text } = minutesSeconds(ms);
  const DurationFormat = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } })
    .DurationFormat;
  if (DurationFormat) {
    try {
      const parts = minutes > 0 ? (seconds > 0 ? { minutes, seconds } : { minutes }) : { seconds };
      return new DurationFormat(lang, { style: 'long' }).format(parts);
    } catch {
      // fall through to the compact form
    }
  }
  return minutes > 0 ? text : new Intl.NumberFormat(lang, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
}
