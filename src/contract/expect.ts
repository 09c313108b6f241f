/**
 * The assertions of the contract cases: a small, dependency-free subset of chai's `expect` chain
 * (the words the cases use), so the same case text runs under mocha in the browser and under
 * `account-widgets verify` in Node. A failed assertion throws `ContractAssertionError` carrying
 * what was expected and what arrived, which the verify report prints next to the HTTP exchange.
 */

export class ContractAssertionError extends Error {
  override name = 'AssertionError';
  readonly expected: unknown;
  readonly actual: unknown;
  constructor(message: string, init: { expected?: unknown; actual?: unknown } = {}) {
    super(message);
    this.expected = init.expected;
    this.actual = init.actual;
  }
}

/** A short, safe rendering of a value for messages (JSON where possible, cut at 300 characters). */
export function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else if (typeof value === 'function') text = '[function]';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export class Assertion {
  private negate = false;
  private isDeep = false;
  constructor(
    private readonly value: unknown,
    private readonly what?: string,
  ) {}

  // Chain words (no effect), as in chai.
  get to(): this { return this; }
  get be(): this { return this; }
  get been(): this { return this; }
  get is(): this { return this; }
  get that(): this { return this; }
  get and(): this { return this; }
  get have(): this { return this; }
  get with(): this { return this; }
  get at(): this { return this; }
  get not(): this {
    this.negate = !this.negate;
    return this;
  }
  get ['deep'](): this {
    this.isDeep = true;
    return this;
  }

  get empty(): this {
    const v = this.value as { length?: number } | null;
    const empty = typeof v === 'string' || Array.isArray(v) ? v.length === 0 : v !== null && typeof v === 'object' && Object.keys(v).length === 0;
    return this.assert(empty, 'to be empty');
  }

  equal(expected: unknown): this {
    const ok = this.isDeep ? deepEqual(this.value, expected) : Object.is(this.value, expected);
    return this.assert(ok, `to ${this.isDeep ? 'deeply ' : ''}equal ${show(expected)}`, expected);
  }

  oneOf(list: readonly unknown[]): this {
    return this.assert(list.some((x) => Object.is(x, this.value)), `to be one of ${show(list)}`, list);
  }

  a(type: string): this {
    return this.assert(typeOf(this.value) === type, `to be a ${type}`);
  }

  greaterThan(n: number): this {
    return this.assert(typeof this.value === 'number' && this.value > n, `to be greater than ${n}`, n);
  }

  lessThan(n: number): this {
    return this.assert(typeof this.value === 'number' && this.value < n, `to be less than ${n}`, n);
  }

  least(n: number): this {
    return this.assert(typeof this.value === 'number' && this.value >= n, `to be at least ${n}`, n);
  }

  most(n: number): this {
    return this.assert(typeof this.value === 'number' && this.value <= n, `to be at most ${n}`, n);
  }

  within(lo: number, hi: number): this {
    return this.assert(typeof this.value === 'number' && this.value >= lo && this.value <= hi, `to be within ${lo}..${hi}`, [lo, hi]);
  }

  closeTo(target: number, delta: number): this {
    return this.assert(typeof this.value === 'number' && Math.abs(this.value - target) <= delta, `to be ${target} ± ${delta}`, target);
  }

  match(re: RegExp): this {
    return this.assert(typeof this.value === 'string' && re.test(this.value), `to match ${re}`, String(re));
  }

  contain(item: unknown): this {
    return this.include(item);
  }

  length(n: number): this {
    const len = (this.value as { length?: unknown } | null)?.length;
    return this.assert(len === n, `to have length ${n} (has ${show(len)})`, n);
  }

  property(name: string): this {
    const v = this.value;
    return this.assert(v !== null && typeof v === 'object' && name in v, `to have property ${show(name)}`, name);
  }

  /** `include(x)` for strings and arrays; `include.keys(...)` for objects. */
  get include(): ((item: unknown) => this) & { keys: (...keys: string[]) => Assertion } {
    const fn = (item: unknown): this => {
      const v = this.value;
      const ok =
        typeof v === 'string'
          ? typeof item === 'string' && v.includes(item)
          : Array.isArray(v)
            ? v.some((x) => (this.isDeep ? deepEqual(x, item) : Object.is(x, item)))
            : false;
      return this.assert(ok, `to include ${show(item)}`, item);
    };
    return Object.assign(fn, {
      keys: (...keys: string[]): Assertion => {
        const v = this.value;
        const missing = keys.filter((k) => !(v !== null && typeof v === 'object' && k in v));
        return this.assert(missing.length === 0, `to include keys ${show(keys)} (missing ${show(missing)})`, keys);
      },
    });
  }

  private assert(ok: boolean, phrase: string, expected?: unknown): this {
    if (ok === this.negate) {
      const subject = this.what ? `${this.what}: ` : '';
      throw new ContractAssertionError(`${subject}expected ${show(this.value)} ${this.negate ? 'not ' : ''}${phrase}`, {
        expected,
        actual: this.value,
      });
    }
    this.negate = false;
    return this;
  }
}

interface Expect {
  (value: unknown, what?: string): Assertion;
  fail(message: string): never;
}

export const expect: Expect = Object.assign((value: unknown, what?: string) => new Assertion(value, what), {
  fail(message: string): never {
    throw new ContractAssertionError(message);
  },
});
