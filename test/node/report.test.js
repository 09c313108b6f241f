// Header redaction, the text report and the JUnit output of `account-widgets verify`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatReport, redactHeaders, REDACTED, scrub, summaryLine, toJUnit } from '../../dist/contract/report.js';

const SECRET = 'Bearer eyJhbGciOi.secret-part';
const report = {
  baseUrl: 'https://staging.example/api',
  durationMs: 1234,
  results: [
    { id: 'account/me', tag: 'account', group: 'AccountAdapter conformance › getCurrentAccount', title: 'returns the main account', outcome: 'passed', durationMs: 12 },
    {
      id: 'http/not-found',
      tag: 'http',
      group: 'REST contract over HTTP',
      title: 'unknown number: 404 <problem> & "json"',
      outcome: 'failed',
      durationMs: 30,
      failure: {
        message: 'Content-Type of an error: expected "text/html" to match /^application\\/problem\\+json\\b/i',
        expected: 'application/problem+json',
        actual: 'text/html',
        pointer: '#/components/schemas/Problem',
        requests: 2,
        exchange: {
          method: 'POST',
          url: 'https://staging.example/api/accounts/acc-main/link-requests',
          requestHeaders: redactHeaders({ authorization: SECRET, 'content-type': 'application/json' }),
          requestBody: '{"customerNumber":"9999999"}',
          status: 404,
          responseHeaders: { 'content-type': 'text/html' },
          responseBody: `<html>echo ${SECRET}</html>`,
        },
      },
    },
    { id: 'link/expired', tag: 'link', group: 'AccountAdapter conformance › link lifecycle', title: 'expires', outcome: 'skipped', durationMs: 0, reason: 'fixtures.control — test hooks' },
  ],
};

describe('redactHeaders', () => {
  it('redacts the headers named on the command line, whatever their name', () => {
    assert.deepEqual(redactHeaders({ 'X-Tenant': 'acme', Accept: 'application/json' }, ['x-tenant']), { 'X-Tenant': REDACTED, Accept: 'application/json' });
  });
  it('redacts headers that carry credentials by their name, keeps the rest', () => {
    const out = redactHeaders({ Authorization: 'Bearer x', Cookie: 'sid=1', 'X-Api-Key': 'k', 'X-Auth-Token': 't', 'Idempotency-Key': 'order-1', 'Content-Type': 'application/json', 'Accept-Language': 'de' });
    assert.deepEqual(out, { Authorization: REDACTED, Cookie: REDACTED, 'X-Api-Key': REDACTED, 'X-Auth-Token': REDACTED, 'Idempotency-Key': 'order-1', 'Content-Type': 'application/json', 'Accept-Language': 'de' });
  });
});

describe('scrub', () => {
  it('removes secret values, and the bare token of a Bearer value, from any text', () => {
    assert.equal(scrub(`a ${SECRET} b eyJhbGciOi.secret-part c`, [SECRET]), `a ${REDACTED} b ${REDACTED} c`);
  });
  it('leaves short values alone (they would blank out ordinary words)', () => {
    assert.equal(scrub('abc def', ['abc']), 'abc def');
  });
});

describe('formatReport', () => {
  const text = formatReport(report, [SECRET]);
  it('lists every case with its outcome and what a skipped one needs', () => {
    assert.match(text, /✓ returns the main account {2}\[account\/me\] \(12 ms\)/);
    assert.match(text, /✗ unknown number/);
    assert.match(text, /- expires {2}\[link\/expired\] — skipped: needs fixtures\.control/);
  });
  it('shows for a failure the expectation with its pointer, the request and the response', () => {
    assert.match(text, /expected: Content-Type of an error/);
    assert.match(text, /contract: api\/openapi\.yaml #\/components\/schemas\/Problem/);
    assert.match(text, /request: {2}POST https:\/\/staging\.example\/api\/accounts\/acc-main\/link-requests/);
    assert.match(text, /\{"customerNumber":"9999999"\}/);
    assert.match(text, /response: 404\n +content-type: text\/html/);
    assert.match(text, /\(2 requests in this case; the last one:\)/);
  });
  it('never shows a secret, not even one the server echoed', () => {
    assert.ok(!text.includes('secret-part'), text);
    assert.match(text, /authorization: \[redacted\]/);
  });
  it('ends with the summary line', () => {
    assert.equal(text.split('\n').at(-1), summaryLine(report));
    assert.equal(summaryLine(report), 'FAILED: 1 passed, 1 failed, 1 skipped of 3 cases in 1.2 s against https://staging.example/api');
  });
});

describe('toJUnit', () => {
  const xml = toJUnit(report, [SECRET]);
  it('counts cases, failures and skips per suite and overall', () => {
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="account-widgets verify" tests="3" failures="1" skipped="1" time="1\.234">/);
    assert.equal((xml.match(/<testsuite /g) ?? []).length, 3);
    assert.equal((xml.match(/<testcase /g) ?? []).length, 3);
    assert.match(xml, /<testsuite name="REST contract over HTTP" tests="1" failures="1" skipped="0" time="0\.030">/);
  });
  it('escapes markup in names and messages, and is well formed', () => {
    assert.match(xml, /name="unknown number: 404 &lt;problem&gt; &amp; &quot;json&quot; \[http\/not-found\]"/);
    // Every element that opens closes, in order.
    const stack = [];
    for (const [, close, name, selfClosing] of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (close) assert.equal(stack.pop(), name);
      else stack.push(name);
    }
    assert.deepEqual(stack, []);
    // No raw markup inside attribute values or text.
    assert.ok(!/="[^"]*[<>][^"]*"/.test(xml));
  });
  it('puts the whole failure (request, response, pointer) in the failure element, and skip reasons in skipped', () => {
    assert.match(xml, /<failure message="Content-Type of an error[^"]*" type="ContractViolation">expected: /);
    assert.match(xml, /request: {2}POST https:\/\/staging\.example\/api\/accounts\/acc-main\/link-requests/);
    assert.match(xml, /<skipped message="needs fixtures\.control — test hooks"\/>/);
  });
  it('never carries a secret', () => {
    assert.ok(!xml.includes('secret-part'));
  });
});
