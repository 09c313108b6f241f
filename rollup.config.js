// Two builds from the same sources:
// 1. dist/**/*.js — ESM modules (one per source file) for bundlers; lit & co. stay external.
// 2. dist/account-widgets.bundle.js — the one-<script> drop-in that registers every element, with
//    Lit's production build, split into what loads first and what loads on first use:
//    scripts/build-bundle.js (after rollup). Budgets: scripts/check-size.js, at the end of the build.
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

export default [
  {
    input: ['src/index.ts', 'src/define.ts', 'src/mock/testing.ts', 'src/mock/testing-msw.ts', 'src/bin/account-widgets.ts', 'src/server/index.ts'],
    external: isExternal,
    plugins: [esbuild(esbuildOptions)],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      sourcemapExcludeSources: true, // maps without the sources: docs/decisions.md, 'Source maps'
    },
  },
];
