import type { AccountAdapter } from '../../src/api/adapter.js';

/**
 * Holds every answer of one adapter method until `release()`: the request stays in flight for as
 * long as the test needs, on a machine of any speed. A fixed latency races the test's own round
 * trips (each `sendKeys` or `waitUntil` poll can take longer than the latency on a loaded CI
 * machine), so a "while in flight" state could pass by unseen.
 */
export function holdCalls(adapter: AccountAdapter, method: keyof AccountAdapter): { release(): void; started(): number } {
  let release!: () => void;
  let started = 0;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const original = (adapter[method] as (...args: unknown[]) => Promise<unknown>).bind(adapter);
  (adapter as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    started++;
    await gate;
    return original(...args);
  };
  return { release, started: () => started };
}
