// The one-<script> drop-in, dist/account-widgets.bundle.js: src/define.ts bundled by esbuild with
// Lit's production build, split where the sources load on first use (`import()`: the add dialog
// with its flows, RestAdapter, each language's messages) into dist/bundle/*.js, each file then
// minified by terser. A host still adds one script; the rest loads relative to that script's URL
// (docs/performance.md, "Loading"). Run by `npm run build` after rollup (which builds dist/ ESM).
import { readFile, rm, writeFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { minifyTemplates } from '../rollup.config.js';

const templates = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      contents: minifyTemplates(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

/** Builds the drop-in into `outdir` (default dist/; the embedding check builds its own copy). */
export async function buildBundle(outdir = 'dist') {
  await rm(`${outdir}/bundle`, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { 'account-widgets.bundle': 'src/define.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['production', 'browser'],
    tsconfig: 'tsconfig.json',
    outdir,
    chunkNames: 'bundle/[name]-[hash]',
    sourcemap: 'external',
    legalComments: 'none',
    metafile: true,
    plugins: [templates],
    logLevel: 'warning',
  });
  for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
    const code = await readFile(file, 'utf8');
    const map = await readFile(`${file}.map`, 'utf8');
    const name = file.split('/').pop();
    const out = await minify(code, {
      ecma: 2022,
      module: true,
      format: { comments: false },
      sourceMap: { content: map, url: `${name}.map`, includeSources: false },
    });
    await writeFile(file, out.code);
    await writeFile(`${file}.map`, out.map);
  }
  await writeFile(`${outdir}/bundle/meta.json`, JSON.stringify(result.metafile));
  await writeFile(`${outdir}/bundle/preload.json`, `${JSON.stringify(preloadList(result.metafile, outdir), null, 2)}\n`);
}

/**
 * dist/bundle/preload.json, for hosts that preload (docs/performance.md, "Loading"): the files the
 * bundle imports at once (`initial`), and for each part loaded on first use — by its source, e.g.
 * `src/i18n/de/account-tree.ts`, `src/api/rest-adapter.ts` — the files it adds. Paths are relative
 * to the bundle's own URL.
 */
function preloadList(meta, outdir) {
  const rel = (file) => `./${file.slice(outdir.length + 1)}`;
  const closure = (start, skip = new Set()) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file) || skip.has(file)) return;
      seen.add(file);
      for (const imp of meta.outputs[file]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
    };
    visit(start);
    return seen;
  };
  const entry = `${outdir}/account-widgets.bundle.js`;
  const initial = closure(entry);
  const onFirstUse = {};
  for (const [file, out] of Object.entries(meta.outputs)) {
    if (!out.entryPoint || file === entry || !file.endsWith('.js')) continue;
    onFirstUse[out.entryPoint] = [...closure(file, initial)].map(rel);
  }
  return { initial: [...initial].map(rel), onFirstUse };
}

if (import.meta.url === `file://${process.argv[1]}`) await buildBundle(process.argv[2]);
