/**
 * Idempotency for requests that must never happen twice (placing an order):
 * - `createIdempotencyKey()` makes a key once per logical operation (per order draft); every retry
 *   of that operation sends the same key, so the backend replays instead of ordering again;
 * - `SingleFlight` lets only one call run at a time: a double click while a request is in flight
 *   gets the running promise instead of a second request.
 */

/** A fresh random key (a UUID v4). Uses `crypto.randomUUID`, with a fallback for insecure contexts. */
export function createIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') {
    try {
      return c.randomUUID();
    } catch {
      // not a secure context: fall through
    }
  }
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** True for a string shaped like the keys `createIdempotencyKey` makes (or any sane opaque key). */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{8,128}$/.test(value);
}

/**
 * At most one call in flight. `run(fn)` starts `fn` when idle; while it runs, further `run` calls
 * return the same promise without calling their `fn`.
 */
export class SingleFlight<T> {
  private current?: Promise<T>;

  get busy(): boolean {
    return this.current !== undefined;
  }

  run(fn: () => Promise<T>): Promise<T> {
    if (this.current) return this.current;
    const promise = (async () => {
      try {
        return await fn();
      } finally {
        this.current = undefined;
      }
    })();
    this.current = promise;
    return promise;
  }
}
