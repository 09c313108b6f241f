// `account-widgets verify` end to end in Node: against the reference server in-process, against
// backends that break the contract, and the command line's refusals.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { verify } from '../../dist/contract/verify.js';
import { MockBackend, REFERENCE_FIXTURES, startReferenceServer } from '../../dist/server/index.js';

const openapi = JSON.parse(await readFile(new URL('../../dist/contract/openapi.json', import.meta.url), 'utf8'));
const bin = fileURLToPath(new URL('../../dist/bin/account-widgets.js', import.meta.url));

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('verify against the reference server', () => {
  let server;
  before(async () => (server = await startReferenceServer({ port: 0 })));
  after(() => server.close());

  it('passes the selected groups with the shipped fixtures', async () => {
    const report = await verify({ baseUrl: server.baseUrl, fixtures: REFERENCE_FIXTURES, openapi, only: ['http', 'rules'] });
    assert.ok(report.results.length > 20);
    assert.deepEqual(report.results.filter((r) => r.outcome !== 'passed').map((r) => r.id), []);
    assert.ok(report.results.every((r) => r.tag === 'http' || r.tag === 'rules'));
  });

  it('without fixtures, skips what needs them and says what to add', async () => {
    const report = await verify({ baseUrl: server.baseUrl, openapi, only: ['rules'] });
    const byId = Object.fromEntries(report.results.map((r) => [r.id, r]));
    assert.equal(byId['rules/self-link-an-account-cannot-be-linked-to-itself'].outcome, 'passed', 'the main account comes from GET /me');
    const skipped = byId['rules/already-linked-a-sub-account-of-another-main-cannot-be-linked'];
    assert.equal(skipped.outcome, 'skipped');
    assert.match(skipped.reason, /^fixtures\.alreadyLinked — a sub-account of another main account$/);
  });
});

describe('verify against backends that break the contract', () => {
  it('a response shape the contract refuses fails with the JSON pointer of the schema', async () => {
    const backend = new MockBackend();
    const me = backend.getCurrentAccount.bind(backend);
    backend.getCurrentAccount = async (opts) => ({ ...(await me(opts)), role: 'boss' });
    const server = await startReferenceServer({ port: 0, backend });
    try {
      const report = await verify({ baseUrl: server.baseUrl, fixtures: REFERENCE_FIXTURES, openapi, only: ['http/get-me'] });
      const [result] = report.results;
      assert.equal(result.outcome, 'failed');
      assert.match(result.failure.message, /at \/role "boss" is not one of \["main","sub","standalone"\]/);
      assert.match(result.failure.pointer, /^#\/components\/schemas\/Account\/properties\/role\/enum$/);
      assert.equal(result.failure.exchange.status, 200);
    } finally {
      await server.close();
    }
  });

  it('a server capping pages below limit passes the paging walk; one repeating rows fails it', async () => {
    const capped = new MockBackend();
    const list = capped.listSubaccounts.bind(capped);
    capped.listSubaccounts = async (id, q = {}, o) => list(id, { ...q, limit: Math.min(q.limit ?? 50, 3) }, o);
    const repeating = new MockBackend();
    const list2 = repeating.listSubaccounts.bind(repeating);
    repeating.listSubaccounts = async (id, q = {}, o) => list2(id, { ...q, limit: Math.min(q.limit ?? 50, 5), offset: q.offset ? q.offset - 1 : 0 }, o);
    for (const [backend, outcome] of [[capped, 'passed'], [repeating, 'failed']]) {
      const server = await startReferenceServer({ port: 0, backend });
      try {
        const report = await verify({ baseUrl: server.baseUrl, fixtures: REFERENCE_FIXTURES, openapi, only: ['http/paging-walking'] });
        assert.equal(report.results[0].outcome, outcome, JSON.stringify(report.results[0].failure));
      } finally {
        await server.close();
      }
    }
  });
});

describe('the command line', () => {
  let dir;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'aw-cli-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('verify without --base-url: exit 2 and what is missing', async () => {
    const { code, out } = await run(['verify']);
    assert.equal(code, 2);
    assert.match(out, /verify needs --base-url/);
  });

  it('a missing fixtures file: exit 2 with a clear message, before any request', async () => {
    const { code, out } = await run(['verify', '--base-url', 'http://127.0.0.1:9/api', '--fixtures', join(dir, 'missing.json')]);
    assert.equal(code, 2);
    assert.match(out, /The fixtures file .*missing\.json does not exist\. Write a commented template with: account-widgets verify --init/);
  });

  it('a malformed --header: exit 2', async () => {
    const { code, out } = await run(['verify', '--base-url', 'http://127.0.0.1:9/api', '--header', 'Bearer abc']);
    assert.equal(code, 2);
    assert.match(out, /must look like "Name: value"/);
  });

  it('--init writes the template; --list names every case and its needs', async () => {
    const path = join(dir, 'f.json');
    assert.equal((await run(['verify', '--init', path])).code, 0);
    assert.match(await readFile(path, 'utf8'), /"alreadyLinked"/);
    const list = await run(['verify', '--list']);
    assert.equal(list.code, 0);
    assert.match(list.out, /^rules\/already-linked-a-sub-account-of-another-main-cannot-be-linked +alreadyLinked$/m);
  });

  it('a failing run exits 1 and writes JUnit; the header value stays out of both', async () => {
    const server = await startReferenceServer({ port: 0, backend: Object.assign(new MockBackend(), { getCurrentAccount: async () => ({ id: 1 }) }) });
    try {
      const junit = join(dir, 'r.xml');
      const { code, out } = await run(['verify', '--base-url', server.baseUrl, '--only', 'http/get-me', '--header', 'X-Tenant: tenant-secret-42', '--junit', junit]);
      assert.equal(code, 1, out);
      assert.match(out, /FAILED: 0 passed, 1 failed, 0 skipped of 1 cases/);
      const xml = await readFile(junit, 'utf8');
      assert.match(xml, /failures="1"/);
      assert.ok(!out.includes('tenant-secret-42') && !xml.includes('tenant-secret-42'));
      assert.match(out, /x-tenant: \[redacted\]/);
    } finally {
      await server.close();
    }
  });
});
