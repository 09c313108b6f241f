// dist/ for bundlers carries esbuild's helpers once (dist/_virtual/_esbuild-helpers.js), however
// many files use decorators: a consumer's bundler cannot merge seven copies of `__decorateClass`.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** dist/'s ESM modules (paths relative to dist/): the drop-in (its own minified bundle) aside. */
const modules = async () =>
  (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js') && !f.startsWith('bundle/') && !f.includes('.bundle.'));

it('defines each esbuild helper in one module only, which the others import', async () => {
  const defined = new Map();
  let importers = 0;
  for (const file of await modules()) {
    const code = await readFile(dist + file, 'utf8');
    for (const [, name] of code.matchAll(/^var (__\w+) =/gm)) defined.set(name, [...(defined.get(name) ?? []), file]);
    if (/from '(\.\.\/)+_virtual\/_esbuild-helpers\.js'/.test(code)) importers++;
  }
  assert.ok(defined.has('__decorateClass'), 'the decorator helper is found');
  for (const [name, files] of defined) assert.deepEqual(files, ['_virtual/_esbuild-helpers.js'], `${name} defined in ${files.join(', ')}`);
  assert.ok(importers >= 6, `every element imports the helpers (${importers} modules do)`);
});
