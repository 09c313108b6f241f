// `npm run check:contract` (part of `npm test`, after `npm run build`): proves the contract kit from
// the built package, with no network beyond 127.0.0.1.
// 1. The reference server (dist/server) on 127.0.0.1; `account-widgets verify` (dist/bin) against it
//    with its shipped fixtures: every case passes, none skipped; the secret header never shows.
// 2. A deliberately broken variant — errors answered as text/html, and an order endpoint that
//    ignores Idempotency-Key — must fail exactly there, showing request, response and expectation.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReferenceHandler, MockBackend, serve, startReferenceServer } from '../dist/server/index.js';

const bin = fileURLToPath(new URL('../dist/bin/account-widgets.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../dist/server/fixtures.json', import.meta.url));
const SECRET = `ci-secret-${randomUUID()}`;
const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};

function run(args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out, ms: Date.now() - started }));
  });
}

const summary = (out) => /(PASSED|FAILED): (\d+) passed, (\d+) failed, (\d+) skipped of (\d+) cases/.exec(out);
const dir = await mkdtemp(join(tmpdir(), 'aw-contract-'));

try {
  // 1. The reference server.
  const server = await startReferenceServer({ port: 0, host: '127.0.0.1' });
  const good = await run(['verify', '--base-url', server.baseUrl, '--fixtures', fixtures, '--header', `Authorization: Bearer ${SECRET}`, '--junit', join(dir, 'good.xml')]);
  await server.close();
  const s = summary(good.out);
  console.log(`reference server: ${s ? s[0] : 'no summary'} (${(good.ms / 1000).toFixed(1)} s wall)`);
  check(good.code === 0, `verify against the reference server exited ${good.code}, not 0:\n${good.out}`);
  check(s && s[3] === '0' && s[4] === '0' && Number(s[2]) > 50, `the reference server must pass every case with none skipped: ${s?.[0]}`);
  check(good.ms < 40_000, `verify took ${good.ms} ms, not well under a minute`);
  check(!good.out.includes(SECRET), 'the secret header value appears in the report');
  const goodXml = await readFile(join(dir, 'good.xml'), 'utf8');
  check(/<testsuites [^>]*failures="0" skipped="0"/.test(goodXml), 'the JUnit report of the reference server is not all green');
  check(!goodXml.includes(SECRET), 'the secret header value appears in the JUnit report');

  // 2. The broken variant.
  const backend = new MockBackend();
  const nonIdempotent = new Proxy(backend, {
    get(target, prop) {
      if (prop === 'placeOrder') return (mainId, draft, opts) => target.placeOrder(mainId, draft, { ...opts, idempotencyKey: randomUUID() });
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const handler = createReferenceHandler(nonIdempotent, { basePath: '/api' });
  const htmlErrors = async (request) => {
    const response = await handler(request);
    if (!response || response.status < 400 || new URL(request.url).pathname.includes('/__demo/')) return response;
    return new Response('<!doctype html><title>Error</title><h1>Something went wrong</h1>', { status: response.status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  };
  const broken = await serve(htmlErrors, { port: 0, host: '127.0.0.1' });
  const bad = await run(['verify', '--base-url', `${broken.url}/api`, '--fixtures', fixtures, '--header', `Authorization: Bearer ${SECRET}`, '--junit', join(dir, 'bad.xml')]);
  await broken.close();
  const b = summary(bad.out);
  console.log(`broken variant:   ${b ? b[0] : 'no summary'} (${(bad.ms / 1000).toFixed(1)} s wall)`);
  check(bad.code === 1, `verify against the broken variant exited ${bad.code}, not 1`);
  check(b && Number(b[3]) > 10, `the broken variant must fail many cases: ${b?.[0]}`);
  const badXml = await readFile(join(dir, 'bad.xml'), 'utf8');
  const failed = (id) => new RegExp(`name="[^"]*\\[${id}\\]"[^>]*>\\s*<failure`).test(badXml);
  for (const id of [
    'http/unknown-customer-number-404-problem-json-code-not-found',
    'http/idempotency-key-201-then-a-replay-200-with-the-same-order-another-body-409-confl',
    'order/replays-the-same-order-for-the-same-idempotency-key-and-never-orders-twice',
    'rules/not-found-a-customer-number-that-does-not-exist',
  ]) check(failed(id), `the broken variant's report does not fail ${id}`);
  check(!failed('account/returns-the-main-account-with-its-sub-account-count'), 'the broken variant fails a case it does not break (GET /me)');
  // A failure people can act on: the request, the response and the contract's expectation.
  const block = bad.out.split('\n✗').join('\n  ✗').split('  ✗ ').find((b) => b.startsWith('unknown customer number')) ?? '';
  check(/request: +POST http:\/\/127\.0\.0\.1:\d+\/api\/accounts\/acc-main\/link-requests/.test(block), `the failure does not show the request:\n${block}`);
  check(/response: 404/.test(block) && /content-type: text\/html/.test(block), `the failure does not show the response:\n${block}`);
  check(/application\/problem\+json/.test(block) && /contract: api\/openapi\.yaml #\//.test(block), `the failure does not show the expectation with its pointer:\n${block}`);
  check(!bad.out.includes(SECRET) && !badXml.includes(SECRET), 'the secret header value appears in the broken variant\'s report');
} finally {
  await rm(dir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`check:contract failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('check:contract: the reference server passes every case; the broken variant is caught.');
