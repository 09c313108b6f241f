// `npm pack` as a consumer gets it: builds dist/ (unless --no-build), packs into .pack/ and copies
// the tarball to .pack/account-widgets.tgz, the fixed path every example under examples/ installs
// (`"account-widgets": "file:../../.pack/account-widgets.tgz"`), never a workspace link.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const TARBALL = join(process.cwd(), '.pack', 'account-widgets.tgz');

export function pack({ build = true } = {}) {
  if (build) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  mkdirSync('.pack', { recursive: true });
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', '.pack'], { encoding: 'utf8' }));
  copyFileSync(join('.pack', info.filename), TARBALL);
  return { ...info, path: TARBALL };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const info = pack({ build: !process.argv.includes('--no-build') });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`pack: ${info.path}: ${info.entryCount} files, ${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked`);
}
