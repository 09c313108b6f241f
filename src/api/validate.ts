/**
 * Hand-written response validation: small, typed combinators (`str`, `int`, `num`, `bool`,
 * `oneOf`, `obj`, `arrayOf`, `recordOf`, `optional`, `tagged`) and the validators for every shape
 * that crosses the adapter seam.
 *
 * A validator either returns a *fresh* value built only from the fields it knows (unknown fields
 * are dropped, so nothing unchecked reaches an element) or throws a `ShapeError` naming the JSON
 * path of the first problem. Nothing is mutated and no half-built object escapes.
 *
 * Rejected on purpose: wrong types, missing required fields, enum values outside the contract,
 * non-finite or out-of-range numbers, strings longer than the field allows (a 10 MB name is an
 * attack or a bug, never a name), unparsable dates, non-http(s) URLs (`javascript:`), and objects
 * carrying prototype-pollution keys (`__proto__`, `constructor`, `prototype`).
 * `null` in an optional field counts as absent (many JSON serialisers emit it).
 */
import type {
  Account,
  BooleanOption,
  Catalog,
  ChoiceOption,
  CurrentAccount,
  LinkChallenge,
  NumberOption,
  Order,
  Page,
  Price,
  Product,
  ProductOption,
  Site,
  TextOption,
  UnlinkedAccount,
} from './types.js';

/** The first reason a value does not fit its shape, with its JSON path (`$.items[3].role`). */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
  readonly path: string;
  constructor(path: string, expected: string, value: unknown) {
    super(`${path}: expected ${expected}, got ${describe(value)}`);
    this.path = path;
  }
}

export type Validator<T> = (value: unknown, path?: string) => T;
/** A validator for an optional field: `undefined` and `null` both mean absent. */
export type OptionalValidator<T> = Validator<T | undefined> & { readonly optional: true };

const POLLUTION_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Default longest string: generous for any text field, far below a multi-megabyte payload. */
export const MAX_STRING = 20_000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** A string of `min`…`max` characters (default 0…MAX_STRING). */
export function str(opts: { min?: number; max?: number } = {}): Validator<string> {
  const { min = 0, max = MAX_STRING } = opts;
  return (value, path = '$') => {
    if (typeof value !== 'string') throw new ShapeError(path, 'a string', value);
    if (value.length < min) throw new ShapeError(path, `at least ${min} character(s)`, value);
    if (value.length > max) throw new ShapeError(path, `at most ${max} characters`, value);
    return value;
  };
}

/** A finite number within `min`…`max`. */
export function num(opts: { min?: number; max?: number; exclusiveMin?: number } = {}): Validator<number> {
  const { min = -Infinity, max = Infinity, exclusiveMin } = opts;
  return (value, path = '$') => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(path, 'a finite number', value);
    if (value < min || value > max) throw new ShapeError(path, `a number in ${min}…${max}`, value);
    if (exclusiveMin !== undefined && value <= exclusiveMin) throw new ShapeError(path, `a number above ${exclusiveMin}`, value);
    return value;
  };
}

/** A safe integer within `min`…`max`. */
export function int(opts: { min?: number; max?: number } = {}): Validator<number> {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
  return (value, path = '$') => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new ShapeError(path, 'an integer', value);
    if (value < min || value > max) throw new ShapeError(path, `an integer in ${min}…${max}`, value);
    return value;
  };
}

export const bool: Validator<boolean> = (value, path = '$') => {
  if (typeof value !== 'boolean') throw new ShapeError(path, 'a boolean', value);
  return value;
};

/** One of the given literal values. */
export function oneOf<const T extends readonly (string | number | boolean)[]>(values: T): Validator<T[number]> {
  return (value, path = '$') => {
    if (!(values as readonly unknown[]).includes(value)) {
      throw new ShapeError(path, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, value);
    }
    return value as T[number];
  };
}

/** An ISO 8601 date-time string that `Date` can parse. */
export const isoDate: Validator<string> = (value, path = '$') => {
  const s = str({ min: 1, max: 64 })(value, path);
  if (Number.isNaN(Date.parse(s))) throw new ShapeError(path, 'an ISO 8601 date-time', value);
  return s;
};

/** An absolute `http(s)` URL or a relative reference; never `javascript:`, `data:` or the like. */
export const safeUrl: Validator<string> = (value, path = '$') => {
  const s = str({ min: 1, max: 8192 })(value, path);
  let protocol: string;
  try {
    protocol = new URL(s, 'https://relative.invalid/').protocol;
  } catch {
    throw new ShapeError(path, 'a URL', value);
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new ShapeError(path, 'an http(s) URL', value);
  return s;
};

/** Marks a field optional: `undefined` and `null` mean absent (the key is then left out). */
export function optional<T>(validator: Validator<T>): OptionalValidator<T> {
  const v = ((value: unknown, path = '$') => (value === undefined || value === null ? undefined : validator(value, path))) as Validator<
    T | undefined
  >;
  return Object.assign(v, { optional: true as const });
}

function plainObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, 'an object', value);
  for (const key of POLLUTION_KEYS) {
    if (Object.prototype.hasOwnProperty.call(value, key)) throw new ShapeError(`${path}.${key}`, 'no such key (prototype pollution)', value);
  }
  return value as Record<string, unknown>;
}

type Shape = Record<string, Validator<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalValidator<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalValidator<unknown> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] };
export type ShapeOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: S[K] extends Validator<infer T> ? T : never } & {
    [K in OptionalKeys<S>]?: S[K] extends Validator<infer T> ? Exclude<T, undefined> : never;
  }
>;

/** An object with exactly the listed fields in its result (others in the input are dropped). */
export function obj<S extends Shape>(shape: S): Validator<ShapeOf<S>> {
  const entries = Object.entries(shape);
  return (value, path = '$') => {
    const input = plainObject(value, path);
    const out: Record<string, unknown> = {};
    for (const [key, validator] of entries) {
      const result = validator(Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined, `${path}.${key}`);
      if (result !== undefined) out[key] = result;
    }
    return out as ShapeOf<S>;
  };
}

/** An array whose every item passes `item` (at most `max` items). */
export function arrayOf<T>(item: Validator<T>, opts: { max?: number } = {}): Validator<T[]> {
  const { max = Infinity } = opts;
  return (value, path = '$') => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'an array', value);
    if (value.length > max) throw new ShapeError(path, `at most ${max} items`, value);
    const out: T[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = item(value[i], `${path}[${i}]`);
    return out;
  };
}

/** An object used as a map: every value passes `item`; keys are strings of at most `maxKey` characters. */
export function recordOf<T>(item: Validator<T>, opts: { maxKey?: number } = {}): Validator<Record<string, T>> {
  const { maxKey = 256 } = opts;
  return (value, path = '$') => {
    const input = plainObject(value, path);
    const out: Record<string, T> = {};
    for (const key of Object.keys(input)) {
      if (key.length > maxKey) throw new ShapeError(path, `keys of at most ${maxKey} characters`, key);
      out[key] = item(input[key], `${path}.${key}`);
    }
    return out;
  };
}

/** Any of several validators (the first that accepts wins). */
export function anyOf<T extends unknown[]>(...validators: { [K in keyof T]: Validator<T[K]> }): Validator<T[number]> {
  return (value, path = '$') => {
    for (const v of validators) {
      try {
        return v(value, path);
      } catch (error) {
        if (!(error instanceof ShapeError)) throw error;
      }
    }
    throw new ShapeError(path, `one of ${validators.length} alternatives`, value);
  };
}

/** A tagged union: `value[key]` picks the validator. */
export function tagged<M extends Record<string, Validator<unknown>>>(
  key: string,
  map: M,
): Validator<{ [K in keyof M]: M[K] extends Validator<infer T> ? T : never }[keyof M]> {
  const tags = Object.keys(map);
  return (value, path = '$') => {
    const input = plainObject(value, path);
    const tag = input[key];
    if (typeof tag !== 'string' || !Object.prototype.hasOwnProperty.call(map, tag)) {
      throw new ShapeError(`${path}.${key}`, `one of ${tags.map((t) => JSON.stringify(t)).join(', ')}`, tag);
    }
    return map[tag]!(value, path) as never;
  };
}

/** Runs a validator on a whole response body. */
export function validate<T>(validator: Validator<T>, value: unknown): T {
  return validator(value, '$');
}

// ---------------------------------------------------------------------------------------------
// The shapes of the contract (api/openapi.yaml). Each is checked against src/api/types.ts.

const id = str({ min: 1, max: 256 });
const shortText = str({ max: 1000 });
const longText = str({ max: MAX_STRING });

export const site: Validator<Site> = obj({
  name: optional(shortText),
  street: optional(shortText),
  postalCode: optional(str({ max: 32 })),
  city: optional(shortText),
  country: optional(str({ max: 64 })),
});

const accountShape = {
  id,
  customerNumber: str({ min: 1, max: 64 }),
  name: shortText,
  role: oneOf(['main', 'sub', 'standalone']),
  relation: optional(oneOf(['subaccount', 'collective-invoice'])),
  status: oneOf(['active', 'provisioning', 'suspended']),
  site: optional(site),
};

export const account: Validator<Account> = obj(accountShape);

export const unlinkedAccount: Validator<UnlinkedAccount> = obj({
  ...accountShape,
  leftCollectiveInvoice: optional(bool),
});

export const currentAccount: Validator<CurrentAccount> = obj({
  ...accountShape,
  main: optional(account),
  subaccountCount: optional(int({ min: 0 })),
  subaccountLimit: optional(int({ min: 0 })),
  contactEmail: optional(str({ max: 320 })),
});

export function pageOf<T>(item: Validator<T>): Validator<Page<T>> {
  return obj({ items: arrayOf(item), total: int({ min: 0 }) });
}

export const accountPage: Validator<Page<Account>> = pageOf(account);

export const linkChallenge: Validator<LinkChallenge> = obj({
  id,
  customerNumber: str({ max: 64 }),
  status: oneOf(['pending', 'linked', 'expired', 'canceled', 'locked']),
  maskedContact: str({ max: 320 }),
  channel: oneOf(['email', 'sms']),
  expiresAt: isoDate,
  resendAvailableAt: isoDate,
  attemptsLeft: int({ min: 0 }),
});

export const price: Validator<Price> = obj({ monthly: num(), oneOff: num() });
const partialPrice: Validator<Partial<Price>> = obj({ monthly: optional(num()), oneOff: optional(num()) });

const optionBase = {
  id,
  label: shortText,
  description: optional(longText),
  required: optional(bool),
};

const choiceOption: Validator<ChoiceOption> = obj({
  ...optionBase,
  type: oneOf(['choice']),
  choices: arrayOf(
    obj({ value: str({ max: 1000 }), label: shortText, description: optional(longText), price: optional(partialPrice) }),
  ),
  default: optional(str({ max: 1000 })),
});

const numberOption: Validator<NumberOption> = obj({
  ...optionBase,
  type: oneOf(['number']),
  min: optional(num()),
  max: optional(num()),
  step: optional(num({ exclusiveMin: 0 })),
  default: optional(num()),
  unit: optional(str({ max: 64 })),
  pricePerUnit: optional(partialPrice),
});

const booleanOption: Validator<BooleanOption> = obj({
  ...optionBase,
  type: oneOf(['boolean']),
  default: optional(bool),
  price: optional(partialPrice),
});

const textOption: Validator<TextOption> = obj({
  ...optionBase,
  type: oneOf(['text']),
  pattern: optional(str({ max: 1000 })),
  maxLength: optional(int({ min: 0 })),
  placeholder: optional(shortText),
  default: optional(longText),
});

export const productOption: Validator<ProductOption> = tagged('type', {
  choice: choiceOption,
  number: numberOption,
  boolean: booleanOption,
  text: textOption,
});

export const product: Validator<Product> = obj({
  id,
  name: shortText,
  description: optional(longText),
  price,
  features: optional(arrayOf(shortText)),
  options: arrayOf(productOption),
  term: optional(obj({ minimumMonths: optional(int({ min: 0, max: 1200 })), noticeMonths: optional(int({ min: 0, max: 1200 })) })),
});

export const catalog: Validator<Catalog> = obj({
  version: str({ max: 256 }),
  currency: str({ min: 3, max: 3 }),
  vat: obj({ rate: num({ min: 0, max: 1 }), included: bool }),
  products: arrayOf(product),
  termsUrl: optional(safeUrl),
  /** Contract extension (api/openapi.yaml): false when this account may not choose a collective invoice. */
  collectiveInvoice: optional(bool),
});

export const order: Validator<Order> = obj({
  id,
  number: optional(str({ min: 1, max: 64 })),
  mainId: id,
  status: oneOf(['submitted', 'provisioning', 'completed', 'failed']),
  createdAt: isoDate,
  productId: id,
  contactEmail: str({ max: 320 }),
  account: optional(account),
  failureReason: optional(longText),
  price: optional(price),
});

export const accessUrl: Validator<{ url: string }> = obj({ url: safeUrl });
