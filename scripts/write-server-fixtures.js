// Writes dist/server/fixtures.json — the reference server's fixtures for `account-widgets verify`
// (`account-widgets/server/fixtures.json`) — from the built REFERENCE_FIXTURES, so the file and the
// fixtures the conformance suite uses in the browser are one object.
import { mkdir, writeFile } from 'node:fs/promises';
import { REFERENCE_FIXTURES } from '../dist/mock/fixtures.js';

await mkdir(new URL('../dist/server/', import.meta.url), { recursive: true });
await writeFile(new URL('../dist/server/fixtures.json', import.meta.url), `${JSON.stringify(REFERENCE_FIXTURES, null, 2)}\n`);
