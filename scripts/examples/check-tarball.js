// The packed tarball as a consumer's tools read it: every path in custom-elements.json, every
// `exports` target, the IDE data and the source maps' files exist inside it; nothing from src/,
// test/ or examples/ ships. Throws with the list of what is wrong.
import { execFileSync } from 'node:child_process';

export function checkTarball(tarball) {
  const files = new Set(
    execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8', maxBuffer: 64 << 20 })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, '')),
  );
  const read = (path) => execFileSync('tar', ['-xzOf', tarball, `package/${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const problems = [];
  const pkg = JSON.parse(read('package.json'));
  const manifest = JSON.parse(read(pkg.customElements));

  const paths = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof v === 'string') paths.add(v);
        else collect(v);
      }
    }
  };
  collect(manifest.modules);
  for (const path of paths) if (!files.has(path)) problems.push(`custom-elements.json names ${path}, not in the tarball`);

  const targets = [];
  const walk = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(walk));
  walk(pkg.exports);
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('\\*', '[^/]+').replace('*', '[^/]+')}$`);
    const found = path.includes('*') ? [...files].some((f) => pattern.test(f)) : files.has(path);
    if (!found) problems.push(`exports target ${target} is not in the tarball`);
  }
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
    if (pkg[field] && !files.has(pkg[field].replace(/^\.\//, ''))) problems.push(`package.json ${field} ${pkg[field]} is not in the tarball`);
  }
  for (const file of pkg.contributes?.html?.customData ?? []) if (!files.has(file.replace(/^\.\//, ''))) problems.push(`${file} missing`);
  for (const file of files) {
    if (/^(src|test|examples|stories|demo)\//.test(file)) problems.push(`${file} should not ship`);
    if (file.endsWith('.map') && JSON.parse(read(file)).sourcesContent) problems.push(`${file} embeds its sources`);
  }
  if (problems.length) throw new Error(`tarball:\n  ${problems.join('\n  ')}`);
  return { files: files.size, manifestPaths: paths.size, exportTargets: targets.length };
}
