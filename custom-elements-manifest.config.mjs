// The element manifest (custom-elements.json), generated from the classes' JSDoc headers by
// `cem analyze` (npm run analyze), made honest for the tools that read it (IDEs, wrapper
// generators, Storybook):
// - every path names the JavaScript module that ships in `dist/`, not the TypeScript source;
// - each define module declares the tag it registers (`custom-element-definition` exports), as
//   our guarded `defineElement('tag', Class)` is not `customElements.define`;
// - every event's type comes from `GlobalEventHandlersEventMap` in src/globals.ts (one typed
//   source the compiler checks), so `detail` is typed for every event;
// - members marked `@internal` are left out;
// - a property or attribute typed by an alias of string literals (`SectionFilter`) shows the
//   literals (`'all' | 'collective-invoice' | …`), so IDE completion and Storybook's controls
//   offer the values;
// - the parts composite elements forward from the elements inside them (`exportparts`,
//   src/core/export-parts.ts) are listed under their prefixed names, with the inner part's description.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** `./api/adapter.js` as written in src/index.ts → `src/api/adapter.js` (package-relative, as the schema wants). */
function resolveFrom(modulePath, specifier) {
  if (!specifier.startsWith('.')) return specifier;
  const parts = modulePath.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/** `'account-select' → 'CustomEvent<AccountEventDetail>'`, read from src/globals.ts. */
function eventTypes() {
  const file = 'src/globals.ts';
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const types = new Map();
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type) types.set(member.name.text, member.type.getText(source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return types;
}

/**
 * `SectionFilter → 'all' | 'collective-invoice' | …` for every type alias in src/ that is a union
 * of string literals (aliases of such unions included, as `OrderStep = EditStep | 'done' | …`).
 */
function literalAliases() {
  const raw = new Map();
  const files = readdirSync('src', { recursive: true }).filter((f) => String(f).endsWith('.ts')).map((f) => `src/${f}`);
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of source.statements) {
      if (!ts.isTypeAliasDeclaration(st)) continue;
      const members = ts.isUnionTypeNode(st.type) ? st.type.types : [st.type];
      const parts = members.map((t) =>
        ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)
          ? { literal: t.literal.text }
          : ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && !t.typeArguments
            ? { alias: t.typeName.text }
            : undefined,
      );
      // A name two files use (a private `View` in several elements) is ambiguous: not expanded.
      if (raw.has(st.name.text)) raw.set(st.name.text, [{ alias: st.name.text }]);
      else if (parts.every(Boolean)) raw.set(st.name.text, parts);
    }
  }
  const resolve = (name, seen = new Set()) => {
    if (seen.has(name) || !raw.has(name)) return undefined;
    seen.add(name);
    const out = [];
    for (const part of raw.get(name)) {
      if (part.literal !== undefined) out.push(part.literal);
      else {
        const inner = resolve(part.alias, seen);
        if (!inner) return undefined;
        out.push(...inner);
      }
    }
    return out;
  };
  const aliases = new Map();
  for (const name of raw.keys()) {
    const literals = resolve(name);
    if (literals?.length) aliases.set(name, [...new Set(literals)].map((l) => `'${l}'`).join(' | '));
  }
  return aliases;
}

/** True when a source module emits no JavaScript (only types and interfaces): rollup writes no file for it. */
function isTypeOnly(srcPath) {
  const file = srcPath.replace(/\.js$/, '.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.every(
    (st) =>
      ts.isInterfaceDeclaration(st) ||
      ts.isTypeAliasDeclaration(st) ||
      (ts.isImportDeclaration(st) && st.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(st) && st.isTypeOnly) ||
      (ts.isModuleDeclaration(st) && st.name.text === 'global'),
  );
}

function defineElementCalls() {
  return {
    name: 'account-widgets: defineElement() calls',
    analyzePhase({ ts: tsApi, node, moduleDoc }) {
      if (!tsApi.isCallExpression(node) || !tsApi.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !tsApi.isStringLiteral(tag) || !tsApi.isIdentifier(klass)) return;
      const imported = node
        .getSourceFile()
        .statements.filter(tsApi.isImportDeclaration)
        .find((i) => i.importClause?.namedBindings?.elements?.some((e) => e.name.text === klass.text));
      const from = imported ? imported.moduleSpecifier.text : `./${moduleDoc.path.split('/').pop()}`;
      const dir = moduleDoc.path.split('/').slice(0, -1);
      const parts = [...dir];
      for (const segment of from.split('/')) {
        if (segment === '..') parts.pop();
        else if (segment !== '.') parts.push(segment);
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: parts.join('/').replace(/\.js$/, '.ts') },
        },
      ];
    },
  };
}

/** Which inner element's parts each composite element forwards, and under which prefix. */
const FORWARDED = {
  'add-subaccount-dialog': [['link-', 'link-account-flow'], ['order-', 'order-subaccount-flow']],
  'location-management': [['tree-', 'account-tree'], ['dialog-', 'add-subaccount-dialog'], ['link-', 'link-account-flow'], ['order-', 'order-subaccount-flow']],
};

function forwardedParts() {
  return {
    name: 'account-widgets: exported parts',
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Map();
      for (const mod of customElementsManifest.modules) for (const d of mod.declarations ?? []) if (d.tagName) elements.set(d.tagName, d);
      const own = new Map([...elements].map(([tag, d]) => [tag, [...(d.cssParts ?? [])]]));
      for (const [tag, list] of Object.entries(FORWARDED)) {
        const target = elements.get(tag);
        for (const [prefix, inner] of list) {
          for (const part of own.get(inner) ?? []) {
            if (part.name === 'announcer') continue;
            target.cssParts.push({ name: `${prefix}${part.name}`, description: `<${inner}>'s \`${part.name}\`: ${part.description}` });
          }
        }
      }
    },
  };
}

function honestPaths() {
  return {
    name: 'account-widgets: dist paths, typed events, no internals',
    packageLinkPhase({ customElementsManifest }) {
      const types = eventTypes();
      const aliases = literalAliases();
      const expand = (item) => {
        const m = /^(\w+)( \| undefined)?$/.exec(item.type?.text ?? '');
        if (m && aliases.has(m[1])) item.type = { ...item.type, text: `${aliases.get(m[1])}${m[2] ?? ''}` };
      };
      // Modules with only types ship no JavaScript: they are no modules of the manifest, and a
      // `export type * from` of them is no JavaScript export.
      const typeOnly = (path) => path.startsWith('src/') && isTypeOnly(path);
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => !typeOnly(mod.path));
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((exp) => !(exp.declaration?.module && typeOnly(resolveFrom(mod.path, exp.declaration.module).replace(/^\//, ''))));
        const fixRef = (ref) => {
          if (ref?.module) ref.module = toDist(resolveFrom(mod.path, ref.module));
        };
        for (const exp of mod.exports ?? []) fixRef(exp.declaration);
        for (const decl of mod.declarations ?? []) {
          fixRef(decl.superclass);
          for (const list of [decl.members, decl.attributes, decl.events]) for (const item of list ?? []) fixRef(item.inheritedFrom);
          for (const mixin of decl.mixins ?? []) fixRef(mixin);
          if (decl.members) decl.members = decl.members.filter((m) => !/@internal\b/.test(m.description ?? '') && !m.internal);
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            if (item.kind !== 'method' && (item.privacy ?? 'public') === 'public') expand(item);
          }
          for (const event of decl.events ?? []) {
            const type = types.get(event.name) ?? (event.name === 'close' ? 'Event' : undefined);
            if (type) event.type = { text: type };
          }
        }
        mod.path = toDist(mod.path);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mock/**', 'src/globals.ts'],
  litelement: true,
  plugins: [defineElementCalls(), forwardedParts(), honestPaths()],
};
