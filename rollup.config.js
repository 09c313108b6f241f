// Two builds from the same sources:
// 1. dist/**/*.js — ESM modules (one per source file) for bundlers; lit & co. stay external.
// 2. dist/account-widgets.bundle.js — one self-contained, minified file that registers every
//    element: the one-<script> drop-in. Lit's production build is bundled in.
//    Budget (DESIGN §5): every element with Lit ≤ 35 KB min+gzip; `scripts/check-size.js` reports
//    the figure at the end of `npm run build`, docs/decisions.md ("Bundle size") says where it goes.
import { readFile } from 'node:fs/promises';
import terser from '@rollup/plugin-terser';
import * as esbuildApi from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import ts from 'typescript';

const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true };
const isExternal = (id) => /^(lit|@lit|@lit-labs|msw)(\/|$)/.test(id);

/**
 * Whitespace in Lit templates is text the browser collapses anyway: `css` literals lose comments
 * and the blanks around `{ } ; , :`, `html`/`svg` literals keep one blank where there were several.
 * Only the literal parts between `${…}` are touched (found with the TypeScript parser, not regexes).
 */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = node.tag.text === 'css' ? minifyCss : node.tag.text === 'html' || node.tag.text === 'svg' ? minifyHtml : undefined;
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const part of minify ? parts : []) {
        const start = part.getStart(source) + 1; // after ` or }
        const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2); // before ` or ${
        const text = code.slice(start, end);
        const out = minify(text);
        if (out !== text) edits.push([start, end, out]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const [start, end, out] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + out + code.slice(end);
  return code;
}
const minifyCss = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/;}/g, '}')
    .replace(/: /g, ':');
const minifyHtml = (s) => s.replace(/\s+/g, ' ');

/**
 * The drop-in is bundled by esbuild (one copy of its decorator helpers for the whole bundle instead
 * of one per module, as per-file transforms give), then minified by terser in rollup.
 */
function esbuildBundle() {
  const templates = {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
        contents: minifyTemplates(await readFile(path, 'utf8'), path),
        loader: 'ts',
      }));
    },
  };
  return {
    name: 'esbuild-bundle',
    async load(id) {
      if (!/[\\/]src[\\/]define\.ts$/.test(id)) return null;
      const result = await esbuildApi.build({
        entryPoints: [id],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        platform: 'browser',
        conditions: ['production', 'browser'],
        tsconfig: 'tsconfig.json',
        sourcemap: 'external',
        outfile: 'dist/account-widgets.bundle.js',
        legalComments: 'none',
        plugins: [templates],
        logLevel: 'warning',
      });
      const code = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
      const map = result.outputFiles.find((f) => f.path.endsWith('.map')).text;
      return { code, map };
    },
  };
}

export default [
  {
    input: ['src/index.ts', 'src/define.ts', 'src/mock/testing.ts', 'src/bin/account-widgets.ts', 'src/server/index.ts'],
    external: isExternal,
    plugins: [esbuild(esbuildOptions)],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/define.ts',
    plugins: [esbuildBundle(), terser({ ecma: 2022, module: true, format: { comments: false } })],
    output: { file: 'dist/account-widgets.bundle.js', format: 'esm', sourcemap: true },
  },
];
