// `npm run bench`: prints figures measured in this run. Budgets (DESIGN §5) are shown beside
// each figure; nothing here is a pass/fail test — the machines are too noisy for that.
// `npm run build` warns about the bundle budget too (scripts/check-size.js); after a build change,
// `node bench/bundle-smoke.js --compare <older bundle>` checks the bundle still renders the same.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { entrySizes } from './entry-sizes.js';

const bundle = 'dist/account-widgets.bundle.js';
if (!existsSync(bundle)) {
  console.log('Building dist/ first (npm run build)…');
  execSync('npm run build --silent', { stdio: 'inherit' });
}

const code = readFileSync(bundle);
const gzip = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\n## Bundle: every element with Lit (dist/account-widgets.bundle.js)');
console.log(`minified: ${kb(code.length)}   min+gzip: ${kb(gzip)}   budget: 35.0 KB min+gzip   ${gzip <= 35 * 1024 ? 'within budget' : 'OVER BUDGET'}`);

// Per-element entries: what a consumer's bundler ships when importing only one element.
console.log('\n## Entry points: bundled from dist/ with Lit, minified (bench/entry-sizes.js)');
console.log('| entry | minified | min+gzip |\n|---|---|---|');
for (const [name, min, gz] of await entrySizes()) console.log(`| ${name} | ${kb(min)} | ${kb(gz)} |`);

// Browser cases: each is a standalone script printing its own table.
for (const script of ['bench/tree.js', 'bench/switcher.js']) {
  if (!existsSync(script)) continue;
  console.log(`\n## ${script}`);
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
