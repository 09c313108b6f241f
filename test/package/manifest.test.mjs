// The manifest (custom-elements.json) against the elements' sources: every event an element
// dispatches is documented with a type, every static `part=` in its templates is documented, and
// every path names a module of dist/. Run by `npm run test:package` (after `npm run analyze`).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const decls = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));
const elements = decls.filter((d) => d.customElement && d.tagName);
const ELEMENT_DIRS = readdirSync('src/elements');
const read = (file) => readFileSync(file, 'utf8');
const sourcesOf = (tag) =>
  readdirSync(join('src/elements', tag))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts') && f !== 'define.ts')
    .map((f) => read(join('src/elements', tag, f)));
/** Event names dispatched through `emit(host, 'name', …)` or `new CustomEvent('name')`. */
const dispatched = (source) =>
  [...source.matchAll(/\bemit(?:<[^>]*>)?\(\s*this,\s*'([a-z-]+)'|new CustomEvent(?:<[^>]*>)?\('([a-z-]+)'/g)].map((m) => m[1] ?? m[2]);
/** The literal words of every `part="…"`; a word glued to an expression (`option-${id}`) is left out. */
const parts = (source) =>
  [...source.matchAll(/\bpart="([^"]*)"/g)].flatMap((m) =>
    m[1]
      .replace(/\$\{[^}]*\}/g, '\u0000')
      .split(/\s+/)
      .filter((w) => w && !/-\u0000|\u0000-/.test(w))
      .map((w) => w.replace(/\u0000/g, ''))
      .filter(Boolean),
  );
/** Every event any element of the library dispatches (composite elements document their children's). */
const ALL_DISPATCHED = new Set(['adapter-error', ...ELEMENT_DIRS.flatMap((tag) => sourcesOf(tag).flatMap(dispatched))]);

describe('custom-elements.json', () => {
  it('describes every element under its tag name', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [...ELEMENT_DIRS].sort());
  });

  for (const tag of ELEMENT_DIRS) {
    const el = () => elements.find((e) => e.tagName === tag);

    it(`<${tag}>: every event it dispatches is documented with a type`, () => {
      const own = new Set(sourcesOf(tag).flatMap(dispatched));
      own.add('adapter-error'); // dispatched by AccountWidgetElement.reportError() for every element
      for (const name of own) {
        const event = el().events?.find((e) => e.name === name);
        assert.ok(event, `<${tag}> dispatches '${name}' but the manifest does not list it (add @fires to the JSDoc header)`);
        assert.match(event.type?.text ?? '', /^(CustomEvent<\w+>|Event)$/, `<${tag}> '${name}' has no detail type`);
      }
      for (const event of el().events ?? []) {
        assert.ok(ALL_DISPATCHED.has(event.name), `<${tag}> documents '${event.name}' but no element dispatches it`);
      }
    });

    it(`<${tag}>: every part in its templates is documented`, () => {
      const documented = new Set((el().cssParts ?? []).map((p) => p.name));
      for (const part of new Set(sourcesOf(tag).flatMap(parts))) {
        assert.ok(documented.has(part), `<${tag}> renders part="${part}" but the manifest does not list it (add @csspart)`);
      }
    });

    it(`<${tag}>: attributes, slots and custom properties are described`, () => {
      for (const list of ['attributes', 'slots', 'cssProperties', 'cssParts']) {
        for (const item of el()[list] ?? []) assert.ok(item.description?.trim(), `<${tag}> ${list} '${item.name}' has no description`);
      }
      for (const prop of el().cssProperties ?? []) assert.ok(prop.default, `<${tag}> ${prop.name} has no default`);
      const attrs = new Set((el().attributes ?? []).map((a) => a.name));
      for (const m of el().members ?? []) if (m.attribute) assert.ok(attrs.has(m.attribute), `<${tag}> attribute ${m.attribute} missing`);
    });
  }

  it('names JavaScript modules of dist/, never TypeScript sources', () => {
    const refs = JSON.stringify(manifest).match(/"(module|path)":"[^"]*"/g) ?? [];
    assert.ok(refs.length > 50);
    for (const ref of refs) assert.match(ref, /"(module|path)":"dist\/[\w/.-]+\.js"/);
  });

  it('declares the tag each define module registers', () => {
    for (const tag of ELEMENT_DIRS) {
      const mod = manifest.modules.find((m) => m.path === `dist/elements/${tag}/define.js`);
      const def = mod?.exports?.find((e) => e.kind === 'custom-element-definition');
      assert.equal(def?.name, tag);
      assert.equal(def.declaration.module, `dist/elements/${tag}/${tag}.js`);
    }
  });

  it('forwards every part of the inner elements (src/core/export-parts.ts) and documents the prefixed names', () => {
    const source = read('src/core/export-parts.ts');
    const list = (name) => [...new Function(`return ${/export const \w+ = (\[[^\]]*\])/.exec(source.slice(source.indexOf(`export const ${name} =`)))[1]}`)()];
    const partsOf = (tag) => elements.find((e) => e.tagName === tag).cssParts.map((p) => p.name);
    const ownParts = (tag) => partsOf(tag).filter((p) => p !== 'announcer' && !/^(tree|dialog|link|order)-/.test(p) || ['tree', 'dialog'].includes(p));
    assert.deepEqual(list('TREE_PARTS'), partsOf('account-tree').filter((p) => p !== 'announcer'));
    assert.deepEqual(list('LINK_PARTS'), partsOf('link-account-flow').filter((p) => p !== 'announcer'));
    assert.deepEqual(list('ORDER_PARTS'), partsOf('order-subaccount-flow').filter((p) => p !== 'announcer'));
    assert.deepEqual(list('DIALOG_PARTS'), ownParts('add-subaccount-dialog'));
    const section = partsOf('location-management');
    for (const [prefix, name] of [['tree-', 'TREE_PARTS'], ['dialog-', 'DIALOG_PARTS'], ['link-', 'LINK_PARTS'], ['order-', 'ORDER_PARTS']]) {
      for (const part of list(name)) assert.ok(section.includes(prefix + part), `<location-management> does not document ${prefix}${part}`);
    }
    for (const part of [...list('LINK_PARTS').map((p) => `link-${p}`), ...list('ORDER_PARTS').map((p) => `order-${p}`)]) {
      assert.ok(partsOf('add-subaccount-dialog').includes(part), `<add-subaccount-dialog> does not document ${part}`);
    }
  });

  it('keeps internal members out of the public API', () => {
    for (const el of elements) assert.ok(!el.members?.some((m) => m.name === 'errorMessage'), `<${el.tagName}> lists errorMessage`);
  });

  it('documents the public methods (Storybook lists them as "methods" rows)', () => {
    const methods = { 'account-tree': ['reveal', 'refresh'], 'add-subaccount-dialog': ['show', 'showOrder'], 'location-management': ['refresh', 'openAddDialog'] };
    for (const [tag, names] of Object.entries(methods)) {
      const el = elements.find((e) => e.tagName === tag);
      for (const name of names) {
        const method = el.members?.find((m) => m.kind === 'method' && m.name === name);
        assert.ok(method && (method.privacy ?? 'public') === 'public', `<${tag}> does not list ${name}()`);
        assert.ok(method.description?.trim(), `<${tag}> ${name}() has no description`);
      }
    }
  });

  it('types every public property and attribute (a text, number or choice control in Storybook, not "Set object")', () => {
    for (const el of elements) {
      for (const item of [...(el.members ?? []).filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public'), ...(el.attributes ?? [])]) {
        assert.ok(item.type?.text, `<${el.tagName}> ${item.name} has no type`);
      }
    }
    const show = elements.find((e) => e.tagName === 'location-management').attributes.find((a) => a.name === 'show');
    assert.equal(show.type.text, "'all' | 'collective-invoice' | 'provisioning' | 'suspended'", 'a literal alias is spelled out');
  });
});
