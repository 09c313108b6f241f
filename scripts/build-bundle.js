// The one-<script> drop-in, dist/account-widgets.bundle.js: src/define.ts bundled by rollup with
// Lit's production build, split where the sources load on first use (`import()`: the add dialog
// with its flows, RestAdapter, each language's messages) into dist/bundle/*.js, minified by terser.
// A host still adds one script; the rest loads relative to that script's URL (docs/performance.md,
// "Loading"). Run by `npm run build` after the dist/ ESM build.
//
// Why rollup (docs/decisions.md, "Bundle size"): a part loaded on first use imports what the page
// already has from the one chunk that holds it, where esbuild cut the shared code into six more
// requests (2.4 KB more gzip before the first rows). The entry itself is a one-line file that
// imports that chunk: the lazy parts then never import the entry's own URL, which a host may have
// given a query (`…bundle.js?v=3`) — that would run the library a second time.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { esbuildOptions, minifyTemplates, sharedHelpers } from '../rollup.config.js';

const ENTRY = 'src/define.ts';
const templates = {
  name: 'minify-templates',
  async load(id) {
    return /[\\/]src[\\/].*\.ts$/.test(id) ? minifyTemplates(await readFile(id, 'utf8'), id) : null;
  },
};

/** Every module the entry imports statically (directly or not), but the entry itself, goes into one chunk, `main`. */
function mainChunk() {
  let main;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!main) {
      main = new Set();
      const visit = (m) => {
        if (main.has(m)) return;
        main.add(m);
        for (const i of getModuleInfo(m)?.importedIds ?? []) visit(i);
      };
      for (const m of getModuleIds()) if (getModuleInfo(m)?.isEntry) getModuleInfo(m).importedIds.forEach(visit);
    }
    return main.has(id) ? 'main' : undefined;
  };
}

/** Builds the drop-in into `outdir` (default dist/; the embedding check builds its own copy). */
export async function buildBundle(outdir = 'dist') {
  await rm(`${outdir}/bundle`, { recursive: true, force: true });
  const build = await rollup({
    input: { 'account-widgets.bundle': ENTRY },
    plugins: [
      templates,
      resolve({ exportConditions: ['production', 'browser'] }),
      esbuild({ ...esbuildOptions, sourceMap: true }),
      sharedHelpers(),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  const { output } = await build.write({
    dir: outdir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'bundle/[name]-[hash].js',
    manualChunks: mainChunk(),
    sourcemap: true,
    sourcemapExcludeSources: true,
    plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  await build.close();
  const meta = metafile(output, outdir);
  await writeFile(`${outdir}/bundle/meta.json`, JSON.stringify(meta));
  await writeFile(`${outdir}/bundle/preload.json`, `${JSON.stringify(preloadList(meta, outdir), null, 2)}\n`);
}

/**
 * The chunks in the shape of an esbuild metafile's `outputs` (scripts/check-size.js reads it):
 * per file its imports (`import-statement` / `dynamic-import`), its sources with their bytes, and
 * for a part loaded on first use the source it starts from (`entryPoint`).
 */
function metafile(output, outdir) {
  const outputs = {};
  const file = (name) => `${outdir}/${name}`;
  const src = (id) => relative(process.cwd(), id).replaceAll('\\', '/');
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    outputs[file(chunk.fileName)] = {
      bytes: chunk.code.length,
      imports: [
        ...chunk.imports.map((p) => ({ path: file(p), kind: 'import-statement' })),
        ...chunk.dynamicImports.map((p) => ({ path: file(p), kind: 'dynamic-import' })),
      ],
      inputs: Object.fromEntries(Object.entries(chunk.modules).map(([id, m]) => [src(id), { bytesInOutput: m.renderedLength }])),
      ...(chunk.isDynamicEntry && chunk.facadeModuleId ? { entryPoint: src(chunk.facadeModuleId) } : {}),
    };
  }
  return { outputs };
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
