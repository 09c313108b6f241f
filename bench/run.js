// `npm run bench`: prints figures measured in this run. Budgets (DESIGN §5) are shown beside
// each figure; nothing here is a pass/fail test — the machines are too noisy for that.
// `npm run build` fails above the size gates (scripts/check-size.js); after a build change,
// `node bench/bundle-smoke.js --compare <older bundle>` checks the bundle still renders the same.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { entrySizes } from './entry-sizes.js';

const bundle = 'dist/account-widgets.bundle.js';
if (!existsSync(bundle)) {
  console.log('Building dist/ first (npm run build)…');
  execSync('npm run build --silent', { stdio: 'inherit' });
}

const { sizes, describe, kb } = await import('../scripts/check-size.js');
console.log('\n## Sizes (scripts/check-size.js: the build fails above these; gzip level 9, brotli 11, per file)');
for (const [name, m] of Object.entries(await sizes())) console.log(`- ${describe(name, m)}`);

// Per-element entries: what a consumer's bundler ships when importing only one element.
console.log('\n## Entry points: bundled from dist/ with Lit, minified, one file each (lazy parts inlined: all an entry can load; bench/entry-sizes.js)');
console.log('| entry | minified | min+gzip |\n|---|---|---|');
for (const [name, min, gz] of await entrySizes()) console.log(`| ${name} | ${kb(min)} | ${kb(gz)} |`);

// Browser cases: each is a standalone script printing its own table.
for (const script of ['bench/tree.js', 'bench/switcher.js', 'bench/scroll.js', 'bench/cold.js', 'bench/flow.js']) {
  if (!existsSync(script)) continue;
  console.log(`\n## ${script}`);
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
