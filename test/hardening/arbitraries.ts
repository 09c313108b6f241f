/**
 * fast-check arbitraries for what a partner's adapter might return: valid shapes (with unicode,
 * long strings and extra fields), the same shapes with one field broken (missing, wrong type,
 * NaN, negative, huge), whole wrong values, pages that shrink or grow or repeat ids, and the ways
 * a method can behave (resolve, reject with its own errors, throw synchronously, return a plain
 * value, never settle).
 */
import fc from 'fast-check';
import { DEMO_CODE } from '../../src/mock/seed.js';
import { never, ownError, type Override } from './partner.js';

/** No generated text may itself contain the words the junk check looks for. */
const JUNK = /undefined|NaN|null|\[object Object\]/;

export const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom('Müller & Söhne <b>GmbH</b>', '東京支店', 'مكتب دبي', '👩‍👩‍👧 Family Ltd', '\u202eevil') },
  { weight: 1, arbitrary: fc.constant('Ä'.repeat(900)) }, // long, still valid
).filter((s) => !JUNK.test(s) && s.trim().length > 0);

/** Values of the wrong kind for any field. */
export const junk = fc.oneof(
  fc.constantFrom(undefined, null, NaN, -1, Infinity, 0, true, '', [], {}, 'x'.repeat(30_000), '__proto__'),
  fc.integer(),
  fc.double(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);

export const account = (id: fc.Arbitrary<string>) =>
  fc.record(
    {
      id,
      customerNumber: fc.integer({ min: 1_000_000, max: 9_999_999 }).map(String),
      name: text,
      role: fc.constantFrom('sub', 'standalone', 'main'),
      relation: fc.constantFrom('subaccount', 'collective-invoice', undefined),
      status: fc.constantFrom('active', 'provisioning', 'suspended'),
      site: fc.option(fc.record({ street: text, postalCode: fc.constantFrom('20095', '80331'), city: text }, { requiredKeys: [] }), { nil: undefined }),
      partnerField: fc.option(fc.anything({ maxDepth: 1 }), { nil: undefined }),
    },
    { requiredKeys: ['id', 'customerNumber', 'name', 'role', 'status'] },
  );

/** One field of a valid object replaced by junk, or deleted. */
export function broken<T extends Record<string, unknown>>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), junk, fc.boolean()).map(([value, i, bad, remove]) => {
    const keys = Object.keys(value);
    if (!keys.length) return bad;
    const key = keys[i % keys.length]!;
    const copy: Record<string, unknown> = { ...value };
    if (remove) delete copy[key];
    else copy[key] = bad;
    return copy;
  });
}

/** A valid value (weight 3), one with a broken field (2), or something else entirely (1). */
export function shaped<T extends Record<string, unknown>>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: broken(valid) }, { weight: 1, arbitrary: junk });
}

export const currentAccount = fc
  .tuple(account(fc.constant('acc-main')), fc.constantFrom('main', 'standalone', 'sub'), fc.option(fc.nat({ max: 50 }), { nil: undefined }))
  .map(([a, role, count]) => ({
    ...a,
    role,
    subaccountCount: count,
    main: role === 'sub' ? { id: 'acc-root', customerNumber: '4711001', name: 'Nordlicht Kommunikation GmbH', role: 'main', status: 'active' } : undefined,
  }));

/** Pages: duplicates, more or fewer items than `total`, totals that shrink or grow between calls. */
export const page = fc
  .tuple(
    fc.array(account(fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6')), { maxLength: 8 }),
    fc.oneof(fc.constant('exact'), fc.constant('more'), fc.constant('fewer'), fc.constant('zero')),
  )
  .map(([items, total]) => ({
    items,
    total: total === 'exact' ? items.length : total === 'more' ? items.length + 50 : total === 'fewer' ? Math.max(0, items.length - 2) : 0,
  }));

export const challenge = fc.record({
  id: fc.constantFrom('lr-1', 'lr-2'),
  customerNumber: fc.constant('5200001'),
  status: fc.constantFrom('pending', 'pending', 'locked', 'expired', 'linked'),
  maskedContact: fc.constantFrom('m***@example.de', '+49 *** ***12'),
  channel: fc.constantFrom('email', 'sms'),
  expiresAt: fc.constant(new Date(Date.now() + 600_000).toISOString()),
  resendAvailableAt: fc.constant(new Date(Date.now() + 30_000).toISOString()),
  attemptsLeft: fc.nat({ max: 5 }),
});

const price = fc.record({ monthly: fc.double({ min: 0, max: 500, noNaN: true }), oneOff: fc.double({ min: 0, max: 500, noNaN: true }) });
const option = fc.oneof(
  fc.record({ id: fc.constantFrom('o1', 'o2'), label: text, type: fc.constant('boolean'), price: fc.option(price, { nil: undefined }) }),
  fc.record({
    id: fc.constantFrom('o3', 'o4'),
    label: text,
    type: fc.constant('choice'),
    choices: fc.array(fc.record({ value: fc.constantFrom('a', 'b'), label: text }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ id: fc.constant('o5'), label: text, type: fc.constant('number'), min: fc.constant(1), max: fc.constant(10), default: fc.constant(2) }),
);
export const catalog = fc.record({
  version: fc.constantFrom('v1', 'v2'),
  currency: fc.constantFrom('EUR', 'CHF', 'USD'),
  vat: fc.record({ rate: fc.constantFrom(0, 0.07, 0.19), included: fc.boolean() }),
  products: fc.array(
    fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), name: text, price, options: fc.array(option, { maxLength: 3 }), features: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }) }),
    { maxLength: 3 },
  ),
  termsUrl: fc.constantFrom(undefined, 'https://example.com/agb'),
});

export const order = fc.record({
  id: fc.constant('ord-1'),
  mainId: fc.constant('acc-main'),
  status: fc.constantFrom('submitted', 'provisioning', 'completed', 'failed'),
  createdAt: fc.constant(new Date().toISOString()),
  productId: fc.constant('p1'),
  contactEmail: fc.constant('it@example.de'),
  account: fc.option(account(fc.constant('new-1')), { nil: undefined }),
  failureReason: fc.option(text, { nil: undefined }),
});

/** How one call behaves, described for the report (fast-check prints it on failure). */
export type Behaviour =
  | { kind: 'resolve'; value: unknown }
  | { kind: 'plain'; value: unknown }
  | { kind: 'reject'; error: unknown }
  | { kind: 'throw'; error: unknown }
  | { kind: 'never' };

const thrown = fc.oneof(
  fc.constantFrom('AbortError', 'TimeoutError').map((n) => ownError(n as 'AbortError')),
  fc.constantFrom('not-found', 'network', 'server', 'rate-limited', 'invalid-response', 'bogus-code').map((code) => ({ code, message: `partner ${code}` })),
  fc.constant(new Error('partner bug')),
  fc.constant(new TypeError('Failed to fetch')),
  fc.constantFrom('a string', undefined, 42),
);

export function behaviour(value: fc.Arbitrary<unknown>): fc.Arbitrary<Behaviour> {
  return fc.oneof(
    { weight: 6, arbitrary: value.map((v) => ({ kind: 'resolve' as const, value: v })) },
    { weight: 1, arbitrary: value.map((v) => ({ kind: 'plain' as const, value: v })) },
    { weight: 2, arbitrary: thrown.map((e) => ({ kind: 'reject' as const, error: e })) },
    { weight: 1, arbitrary: thrown.map((e) => ({ kind: 'throw' as const, error: e })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'never' as const }) },
  );
}

/** Behaviours for successive calls (the last repeats). */
export const calls = (value: fc.Arbitrary<unknown>) => fc.array(behaviour(value), { minLength: 1, maxLength: 3 });

/** A method implementation playing the behaviours in order. */
export function play(behaviours: Behaviour[]): Override {
  let i = 0;
  return () => {
    const b = behaviours[Math.min(i++, behaviours.length - 1)]!;
    switch (b.kind) {
      case 'resolve':
        return Promise.resolve(structuredCloneSafe(b.value));
      case 'plain':
        return structuredCloneSafe(b.value);
      case 'reject':
        return Promise.reject(b.error);
      case 'throw':
        throw b.error;
      case 'never':
        return never();
    }
  };
}

/** A fresh copy per call (elements may keep what they got), keeping NaN, undefined and odd values. */
function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

export { DEMO_CODE };
