// Two builds from the same sources:
// 1. dist/**/*.js — ESM modules (one per source file) for bundlers; lit & co. stay external.
// 2. dist/account-widgets.bundle.js — the one-<script> drop-in that registers every element, with
//    Lit's production build, split into what loads first and what loads on first use:
//    scripts/build-bundle.js (after rollup). Budgets: scripts/check-size.js, at the end of the build.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuildApi from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import ts from 'typescript';

export const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true };
const isExternal = (id) => /^(lit|@lit|@lit-labs|msw)(\/|$)/.test(id);

/**
 * Whitespace in Lit templates is text the browser collapses anyway: `css` literals lose comments
 * and the blanks around `{ } ; , :`, `html`/`svg` literals keep one blank where there were several.
 * Only the literal parts between `${…}` are touched (found with the TypeScript parser, not regexes).
 */
export function minifyTemplates(code, fileName, { keepLines = false } = {}) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = keepLines
        ? node.tag.text === 'css' || node.tag.text === 'html' || node.tag.text === 'svg'
          ? keepingLines
          : undefined
        : node.tag.text === 'css'
          ? minifyCss
          : node.tag.text === 'html' || node.tag.text === 'svg'
            ? minifyHtml
            : undefined;
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
/** dist/: the same blanks go, but every line stays where it was (the source maps stay right). */
const newlines = (s) => '\n'.repeat(s.split('\n').length - 1);
const keepingLines = (s) => s.replace(/\/\*[\s\S]*?\*\//g, newlines).replace(/\s+/g, (ws) => newlines(ws) || ' ');

/** Templates minified as in the drop-in, for dist/ (before esbuild strips the types). */
function templatesPlugin() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      return { code: minifyTemplates(code, id, { keepLines: true }), map: null };
    },
  };
}

/**
 * esbuild lowers decorators per file, with its own copy of the helpers (`__decorateClass`,
 * `__defProp`) in each: seven copies in dist/. This moves them to
 * one module, dist/_virtual/esbuild-helpers.js, that every file imports what it uses from. The
 * helpers are read from esbuild itself (every source transformed once at the start), so they
 * stay esbuild's own code.
 */
const HELPERS_ID = '\0esbuild-helpers.js';
// The compiler options that decide which helpers esbuild writes (legacy decorators: `__decorateClass`).
const tsconfigRaw = { compilerOptions: JSON.parse(readFileSync('tsconfig.json', 'utf8')).compilerOptions };
function isHelperStatement(statement) {
  return ts.isVariableStatement(statement) && statement.declarationList.declarations.every((d) => ts.isIdentifier(d.name) && d.name.text.startsWith('__'));
}
function helperStatements(code) {
  const source = ts.createSourceFile('x.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  return source.statements.filter(isHelperStatement).map((st) => ({
    names: st.declarationList.declarations.map((d) => d.name.text),
    text: code.slice(st.getStart(source), st.getEnd()),
    start: st.getStart(source),
    end: st.getEnd(),
  }));
}
export function sharedHelpers() {
  const helpers = new Map();
  const sources = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  return {
    name: 'shared-esbuild-helpers',
    async buildStart() {
      for (const file of sources('src')) {
        const { code } = await esbuildApi.transform(readFileSync(file, 'utf8'), { loader: 'ts', target: esbuildOptions.target, format: 'esm', tsconfigRaw });
        for (const h of helperStatements(code)) for (const name of h.names) if (!helpers.has(name)) helpers.set(name, h.text);
      }
    },
    resolveId: (id) => (id === HELPERS_ID ? id : null),
    load(id) {
      if (id !== HELPERS_ID) return null;
      const texts = [...new Set(helpers.values())];
      return `${texts.join('\n')}\nexport { ${[...helpers.keys()].join(', ')} };\n`;
    },
    transform(code, id) {
      if (id === HELPERS_ID || !/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const found = helperStatements(code).filter((h) => h.names.every((n) => helpers.get(n) === h.text));
      if (!found.length) return null;
      let out = code;
      // Each helper gives way to as many newlines, and the import goes last (imports are hoisted):
      // every other line stays where it was, so the source map stays right.
      for (const h of [...found].sort((a, b) => b.start - a.start)) out = out.slice(0, h.start) + newlines(h.text) + out.slice(h.end);
      const names = found.flatMap((h) => h.names);
      return { code: `${out}\nimport { ${names.join(', ')} } from ${JSON.stringify(HELPERS_ID)};\n`, map: null };
    },
  };
}

export default [
  {
    input: [
      ...['src/index.ts', 'src/define.ts', 'src/mock/testing.ts', 'src/mock/testing-msw.ts', 'src/bin/account-widgets.ts', 'src/server/index.ts'],
      // Both languages at once, per element (the elements load one: src/i18n/lazy.ts); the manifest lists them.
      ...readdirSync('src/i18n').filter((f) => f.endsWith('.ts') && f !== 'lazy.ts').map((f) => `src/i18n/${f}`),
    ],
    external: isExternal,
    plugins: [templatesPlugin(), esbuild(esbuildOptions), sharedHelpers()],
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
