import { expect } from '@open-wc/testing';
import {
  anyOf,
  arrayOf,
  bool,
  int,
  isoDate,
  num,
  obj,
  oneOf,
  optional,
  recordOf,
  safeUrl,
  ShapeError,
  str,
  tagged,
  validate,
  type Validator,
} from '../../src/api/validate.js';

function failsAt(validator: Validator<unknown>, value: unknown, path: string): void {
  let error: unknown;
  try {
    validate(validator, value);
  } catch (e) {
    error = e;
  }
  expect(error, `expected a ShapeError at ${path}`).to.be.instanceOf(ShapeError);
  expect((error as ShapeError).path).to.equal(path);
}

describe('validate.ts combinators', () => {
  it('checks scalars with bounds', () => {
    expect(validate(str({ min: 1, max: 3 }), 'abc')).to.equal('abc');
    failsAt(str({ max: 3 }), 'abcd', '$');
    failsAt(str({ min: 1 }), '', '$');
    failsAt(str(), 5, '$');
    expect(validate(num({ min: 0 }), 0.5)).to.equal(0.5);
    failsAt(num(), Number.NaN, '$');
    failsAt(num(), Infinity, '$');
    failsAt(num({ exclusiveMin: 0 }), 0, '$');
    expect(validate(int({ min: 0 }), 7)).to.equal(7);
    failsAt(int(), 7.5, '$');
    failsAt(int({ min: 0 }), -1, '$');
    failsAt(bool, 'true', '$');
    expect(validate(oneOf(['a', 'b']), 'b')).to.equal('b');
    failsAt(oneOf(['a', 'b']), 'c', '$');
    expect(validate(isoDate, '2026-11-26T23:10:00+01:00')).to.equal('2026-11-26T23:10:00+01:00');
    failsAt(isoDate, 'soon', '$');
  });

  it('accepts only http(s) URLs and relative references', () => {
    for (const ok of ['https://a.test/x', 'http://a.test', '/portal/x?y=1', 'relative/path']) expect(validate(safeUrl, ok)).to.equal(ok);
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', '\tjavascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '']) {
      failsAt(safeUrl, bad, '$');
    }
  });

  it('builds fresh objects with known fields only, optional null as absent, and names nested paths', () => {
    const person = obj({ name: str(), age: optional(int({ min: 0 })), tags: arrayOf(str()) });
    const input = { name: 'A', age: null, tags: ['x'], extra: 1 };
    const out = validate(person, input);
    expect(out).to.deep.equal({ name: 'A', tags: ['x'] });
    expect(out).not.to.equal(input);
    expect(out.tags).not.to.equal(input.tags);
    failsAt(person, { name: 'A', tags: ['x', 2] }, '$.tags[1]');
    failsAt(person, { tags: [] }, '$.name');
    failsAt(person, [], '$');
    failsAt(person, null, '$');
  });

  it('refuses prototype-pollution keys at any depth it reads', () => {
    const shape = obj({ a: obj({ b: str() }) });
    failsAt(shape, JSON.parse('{"__proto__": {"x": 1}, "a": {"b": "y"}}'), '$.__proto__');
    failsAt(shape, JSON.parse('{"a": {"b": "y", "constructor": {"prototype": {}}}}'), '$.a.constructor');
    failsAt(recordOf(str()), JSON.parse('{"ok": "1", "prototype": "2"}'), '$.prototype');
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });

  it('maps records and alternatives', () => {
    expect(validate(recordOf(anyOf<[string, number, boolean]>(str(), num(), bool)), { a: 'x', b: 2, c: true })).to.deep.equal({
      a: 'x',
      b: 2,
      c: true,
    });
    failsAt(recordOf(anyOf<[string, number]>(str(), num())), { a: {} }, '$.a');
    failsAt(recordOf(str(), { maxKey: 2 }), { abc: 'x' }, '$');
  });

  it('picks a tagged union member by its tag', () => {
    const shape = tagged('kind', { a: obj({ kind: oneOf(['a']), n: int() }), b: obj({ kind: oneOf(['b']), s: str() }) });
    expect(validate(shape, { kind: 'b', s: 'x' })).to.deep.equal({ kind: 'b', s: 'x' });
    failsAt(shape, { kind: 'c' }, '$.kind');
    failsAt(shape, { kind: 'a', n: 'x' }, '$.n');
    failsAt(shape, { kind: 'toString' }, '$.kind');
  });
});
