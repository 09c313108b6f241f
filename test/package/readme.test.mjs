// README's framework snippets are taken from the example apps that `npm run check:examples`
// builds and drives: each line of a snippet marked `<!-- snippet: <file> -->` occurs in that file.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const readme = readFileSync('README.md', 'utf8');
const snippets = [...readme.matchAll(/<!-- snippet: (\S+) -->\s*```\w*\n([\s\S]*?)```/g)].map((m) => ({ file: m[1], code: m[2] }));

describe('README snippets', () => {
  it('has an Install section and one snippet per framework', () => {
    assert.match(readme, /## Install\s+```sh\nnpm install account-widgets\n```/);
    assert.deepEqual(
      snippets.map((s) => s.file.split('/')[1]),
      ['react', 'react-18', 'vue', 'angular', 'html'],
    );
  });

  for (const { file, code } of snippets) {
    it(`${file}: every line is in the example`, () => {
      assert.ok(existsSync(file), `${file} does not exist`);
      const source = readFileSync(file, 'utf8');
      for (const line of code.split('\n').filter((l) => l.trim())) {
        assert.ok(source.includes(line.trim()), `${file} has no line "${line.trim()}"`);
      }
    });
  }
});
