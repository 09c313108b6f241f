// The fixtures loader of `account-widgets verify` (built code in dist/; `node --test test/node/`).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadFixtures, writeFixturesTemplate } from '../../dist/bin/fixtures-file.js';
import { FixturesError, missingNeeds, NEEDS, parseFixtures } from '../../dist/contract/fixtures.js';
import { FIXTURES_TEMPLATE } from '../../dist/contract/fixtures-template.js';

let dir;
before(async () => (dir = await mkdtemp(join(tmpdir(), 'aw-fixtures-'))));
after(() => rm(dir, { recursive: true, force: true }));

describe('parseFixtures', () => {
  it('reads a valid document', () => {
    const f = parseFixtures(JSON.stringify({ notFound: '9999999', linkable: ['1', '2', '3', '4'], code: { fixed: '123456' } }));
    assert.equal(f.notFound, '9999999');
    assert.deepEqual(f.linkable, ['1', '2', '3', '4']);
  });

  it('names the file and the JSON error for invalid JSON', () => {
    assert.throws(() => parseFixtures('{ "notFound": ', 'staging.json'), (e) => e instanceof FixturesError && /^staging\.json is not valid JSON: /.test(e.message));
  });

  it('refuses a document that is not an object', () => {
    assert.throws(() => parseFixtures('[1, 2]', 'f.json'), /f\.json must hold a JSON object, not an array/);
  });

  it('lists every problem with its place', () => {
    const text = JSON.stringify({
      main: { id: 'acc-main', customerNumber: 4711 },
      linkable: ['1', '1'],
      code: { fixed: 42 },
      link: { maxAttempts: 'three' },
      sessions: { admin: {} },
      notfound: '9',
    });
    assert.throws(
      () => parseFixtures(text, 'f.json'),
      (e) => {
        assert.ok(e instanceof FixturesError);
        assert.match(e.message, /^f\.json has 11 problems:/);
        for (const part of ['"notfound" is not a fixture', '"main.customerNumber" must be a non-empty string', '"main.name" must be a non-empty string', '"linkable" must not repeat', '"code" must be', '"sessions.admin" is not a session', '"link.maxAttempts" must be a number']) {
          assert.ok(e.message.includes(part), `message names ${part}:\n${e.message}`);
        }
        return true;
      },
    );
  });

  it('refuses a code URL that is not absolute', () => {
    assert.throws(() => parseFixtures(JSON.stringify({ code: { url: '/last-code' } })), /"code\.url" must be an absolute http\(s\) URL/);
  });

  it('parses the --init template (its // comments included) and it meets every need', () => {
    const f = parseFixtures(FIXTURES_TEMPLATE, 'template');
    assert.equal(f.main.id, 'acc-main');
    const needsBut = Object.keys(NEEDS).filter((n) => n !== 'control');
    assert.deepEqual(missingNeeds(needsBut, f), []);
    assert.deepEqual(missingNeeds(['control'], f), [NEEDS.control]);
  });
});

describe('missingNeeds', () => {
  it('says what to add for each need not met', () => {
    assert.deepEqual(missingNeeds(['notFound', 'linkable', 'code', 'as-sub'], { linkable: ['1'] }), [NEEDS.notFound, NEEDS.linkable, NEEDS.code, NEEDS['as-sub']]);
  });
  it('lets the test hooks stand in for codes and sessions', () => {
    assert.deepEqual(missingNeeds(['code', 'as-sub', 'as-standalone', 'control'], { control: '__demo' }), []);
  });
});

describe('loadFixtures', () => {
  it('a missing file: says so and how to write a template', async () => {
    const path = join(dir, 'nope.json');
    await assert.rejects(loadFixtures(path), (e) => e instanceof FixturesError && e.message.includes(`The fixtures file ${path} does not exist`) && e.message.includes(`account-widgets verify --init ${path}`));
  });

  it('a directory: says so', async () => {
    await assert.rejects(loadFixtures(dir), /is a directory, not a fixtures file/);
  });

  it('an invalid file: names it', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(path, '{"linkable": "5200001"}');
    await assert.rejects(loadFixtures(path), (e) => e.message.startsWith(`${path} has a problem:`) && e.message.includes('"linkable" must be an array'));
  });

  it('--init writes the commented template and never overwrites without force', async () => {
    const path = join(dir, 'template.json');
    await writeFixturesTemplate(path);
    const text = await readFile(path, 'utf8');
    assert.match(text, /^\/\/ Fixtures for `account-widgets verify`/);
    assert.equal((await loadFixtures(path)).notFound, '9999999');
    await assert.rejects(writeFixturesTemplate(path), /exists already; pass --force/);
    await writeFixturesTemplate(path, true);
  });
});
