import { expect } from '@open-wc/testing';
import { createIdempotencyKey, isIdempotencyKey, SingleFlight } from '../../src/core/idempotency.js';

describe('idempotency', () => {
  it('creates distinct UUID keys', () => {
    const a = createIdempotencyKey();
    const b = createIdempotencyKey();
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.to.equal(b);
    expect(isIdempotencyKey(a)).to.equal(true);
    expect(isIdempotencyKey('')).to.equal(false);
    expect(isIdempotencyKey('<script>')).to.equal(false);
  });

  it('falls back when crypto.randomUUID is missing', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(createIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('SingleFlight runs one call at a time and shares its promise', async () => {
    const flight = new SingleFlight<number>();
    let calls = 0;
    let release!: (n: number) => void;
    const fn = () => {
      calls++;
      return new Promise<number>((r) => (release = r));
    };
    const p1 = flight.run(fn);
    const p2 = flight.run(fn);
    expect(flight.busy).to.equal(true);
    expect(p2).to.equal(p1);
    release(42);
    expect(await p1).to.equal(42);
    expect(flight.busy).to.equal(false);
    expect(calls).to.equal(1);
    const p3 = flight.run(async () => {
      throw new Error('boom');
    });
    await p3.catch(() => undefined);
    expect(flight.busy).to.equal(false);
  });
});
