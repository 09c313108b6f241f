// `npm run check:examples`: every app under examples/ as a consumer has it. The package is packed
// (`npm pack`), each example is copied outside this repository (so nothing resolves from our own
// node_modules), installs the tarball and its pinned dependencies with `npm ci` from its committed
// lockfile, type-checks and builds (`npm run check`), and the browser examples are driven in
// headless Chromium (scripts/examples/drive.js). Any failure fails the run.
//
//   npm run check:examples                      all of them (builds and packs first)
//   node scripts/check-examples.js react vue    some of them
//   node scripts/check-examples.js --no-build   reuse dist/ as it is
//   node scripts/check-examples.js --update-locks react   npm install instead of npm ci; copies the lockfile back
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pack } from './pack.js';
import { serveDirectory } from './static-server.js';
import { checkTarball } from './examples/check-tarball.js';
import { drive } from './examples/drive.js';

const ORDER = ['node', 'node-msw', 'html', 'react', 'react-18', 'vue', 'angular'];
const args = process.argv.slice(2);
const updateLocks = args.includes('--update-locks');
const wanted = args.filter((a) => !a.startsWith('--'));
const names = ORDER.filter((n) => existsSync(join('examples', n, 'package.json')) && (!wanted.length || wanted.includes(n)));
for (const n of wanted) if (!names.includes(n)) throw new Error(`check-examples: no example ${n}`);

const started = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const info = pack({ build: !args.includes('--no-build') });
console.log(`check-examples: packed ${info.filename} (${(info.size / 1024).toFixed(1)} KB, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked, ${info.entryCount} files)`);
const tar = checkTarball(info.path);
console.log(`check-examples: the tarball holds all ${tar.manifestPaths} manifest paths and ${tar.exportTargets} exports targets`);

const root = mkdtempSync(join(tmpdir(), 'account-widgets-examples-'));
mkdirSync(join(root, '.pack'));
cpSync(info.path, join(root, '.pack', 'account-widgets.tgz'));

const run = (cmd, argv, cwd) => execFileSync(cmd, argv, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });

/** Starts `node <script>` in dir and resolves with the URL it prints (`listening <url>`). */
function startServer(dir, script) {
  const child = spawn(process.execPath, [script], { cwd: dir, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (http:\/\/\S+)/.exec(out);
      if (match) ok({ url: match[1], close: () => child.kill() });
    });
    child.once('exit', (code) => fail(new Error(`${script} exited with ${code}: ${out}`)));
  });
}

const results = [];
try {
  for (const name of names) {
    const t = Date.now();
    const dir = join(root, 'examples', name);
    console.log(`\n## examples/${name}`);
    cpSync(join('examples', name), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|\.angular)$/.test(src) });
    const lock = join(dir, 'package-lock.json');
    if (existsSync(lock) && !updateLocks) {
      // The tarball changes with every build: its integrity cannot be pinned; everything else is.
      const json = JSON.parse(readFileSync(lock, 'utf8'));
      delete json.packages?.['node_modules/account-widgets']?.integrity;
      writeFileSync(lock, JSON.stringify(json, null, 2));
      run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
    } else {
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir);
      cpSync(lock, join('examples', name, 'package-lock.json'));
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    run('npm', ['run', pkg.scripts.check ? 'check' : 'test', '--silent'], dir);
    if (pkg.scripts.check && pkg.scripts.test) run('npm', ['test', '--silent'], dir);
    const site = pkg.examples?.serve;
    if (site) {
      const server = site.endsWith('.mjs') || site.endsWith('.js') ? await startServer(dir, site) : await serveDirectory(join(dir, site)).then((s) => ({ url: `http://127.0.0.1:${s.address().port}/`, close: () => s.close() }));
      try {
        await drive(server.url, { name });
      } finally {
        server.close();
      }
    }
    results.push([name, 'ok', secs(t)]);
  }
} catch (error) {
  results.push([names[results.length], 'FAILED', '']);
  console.error(error);
  process.exitCode = 1;
} finally {
  if (!process.env.KEEP_EXAMPLES) rmSync(root, { recursive: true, force: true });
  else console.log(`check-examples: kept ${root}`);
}
console.log('\n| example | result | time |\n|---|---|---|');
for (const [name, result, time] of results) console.log(`| ${name} | ${result} | ${time} |`);
console.log(`check-examples: ${results.filter((r) => r[1] === 'ok').length}/${names.length} examples in ${secs(started)}`);
