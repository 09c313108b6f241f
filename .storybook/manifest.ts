/**
 * The custom elements manifest as Storybook's tables should show it. `cem analyze` lists every
 * class member, private ones included; the docs show what a portal can use:
 * - only public, non-static fields and methods (no `private`/`protected` internals, no `_`/`#` names);
 * - CSS parts as `::part(name)`: Storybook keys every row by its name, so a part and a slot of the
 *   same name (`description` in `<location-management>`) would otherwise hide one another;
 * - optional strings and numbers (`string | undefined`) typed as `string` / `number`, so they get a
 *   text or number control instead of "Set object";
 * - public methods: Storybook's tables skip the manifest's methods, so `controlsFromManifest`
 *   adds them as rows of their own ("methods": signature and description, no control).
 */
interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
  type?: { text?: string };
  parameters?: { name: string; optional?: boolean; default?: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}
interface Declaration {
  tagName?: string;
  description?: string;
  members?: Item[];
  attributes?: (Item & { fieldName?: string })[];
  events?: Item[];
  cssParts?: Item[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const isPublic = (item: Item) =>
  (item.kind !== 'field' && item.kind !== 'method') || ((item.privacy ?? 'public') === 'public' && !item.static && !/^[_#]/.test(item.name));

const plainType = (item: Item): Item => {
  const text = item.type?.text?.replace(/\s*\|\s*undefined$/, '');
  return text === 'string' || text === 'number' ? { ...item, type: { text } } : item;
};

const isPublicMethod = (item: Item) =>
  item.kind === 'method' && (item.privacy ?? 'public') === 'public' && !item.static && !/^[_#]/.test(item.name);

/** `reveal(target: string | Account, options?: …): Promise<boolean>`. */
function signature(method: Item): string {
  const params = (method.parameters ?? [])
    .map((p) => `${p.name}${p.optional || p.default !== undefined ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
    .join(', ');
  return `${method.name}(${params}): ${method.return?.type?.text ?? 'void'}`;
}

export function publicApi<M>(manifest: M): M {
  const copy = structuredClone(manifest) as Manifest;
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      declaration.members = declaration.members?.filter(isPublic).map(plainType);
      declaration.attributes = declaration.attributes?.map(plainType);
      declaration.cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
    }
  }
  return copy as M;
}

/** Every event any element dispatches (for the Actions panel). */
export function publicEvents(manifest: unknown): string[] {
  const names = new Set<string>();
  for (const module of (manifest as Manifest).modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) for (const event of declaration.events ?? []) if (event.name) names.add(event.name);
    }
  }
  return [...names].sort();
}

/** `'a' | 'b' | undefined` → `{ values: ['a', 'b'], optional: true }`; undefined for other types. */
export function literalUnion(text: string | undefined): { values: string[]; optional: boolean } | undefined {
  const parts = (text ?? '').split('|').map((p) => p.trim());
  const values = parts.filter((p) => p !== 'undefined');
  if (values.length === 0 || !values.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return { values: values.map((p) => p.slice(1, -1)), optional: values.length < parts.length };
}

interface ArgTypeLike {
  name?: string;
  type?: unknown;
  description?: string;
  control?: unknown;
  options?: readonly unknown[];
  table?: { category?: string; type?: { summary?: string } };
}

/**
 * An `argTypesEnhancer` for the preview: properties and attributes typed as a union of string
 * literals get a radio or select control with those values (instead of "Set object"), and read-only
 * properties (`view`, `step`, `leaveRisk`, `busy`: the element reports them) get no control, nor
 * do events (they reach the Actions panel), parts and custom properties (rows to read);
 * the public methods get rows of their own (`reveal()`, category "methods"). Controls a story
 * sets itself are kept.
 */
export function controlsFromManifest(manifest: unknown) {
  const readonly = new Map<string, Set<string>>();
  const methods = new Map<string, ArgTypeLike[]>();
  for (const module of (manifest as Manifest).modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      readonly.set(declaration.tagName, new Set((declaration.members ?? []).filter((m) => m.readonly).map((m) => m.name)));
      methods.set(
        declaration.tagName,
        (declaration.members ?? []).filter(isPublicMethod).map((m) => ({
          name: `${m.name}()`,
          description: m.description,
          control: false,
          table: { category: 'methods', type: { summary: signature(m) } },
        })),
      );
    }
  }
  return <A extends Record<string, ArgTypeLike>>(context: { argTypes: A; component?: unknown }): A => {
    const tag = typeof context.component === 'string' ? context.component : '';
    const fixed = readonly.get(tag) ?? new Set<string>();
    const argTypes: Record<string, ArgTypeLike> = {};
    for (const [name, argType] of Object.entries(context.argTypes)) {
      const category = argType.table?.category;
      const own = category === 'properties' || category === 'attributes';
      const union = own && argType.control === undefined ? literalUnion(argType.table?.type?.summary) : undefined;
      const described = category === 'events' || category === 'css custom properties' || category === 'css shadow parts';
      if (argType.control === undefined && (described || (category === 'properties' && fixed.has(name)))) {
        argTypes[name] = { ...argType, control: false };
      } else if (union) {
        const options = union.optional ? [undefined, ...union.values] : union.values;
        // An `enum` type (not the union's text) also lets `?args=show:provisioning` in a URL through.
        const type = { name: 'enum', value: union.values };
        argTypes[name] = { ...argType, type, options, control: { type: options.length <= 5 ? 'radio' : 'select' } };
      } else {
        argTypes[name] = argType;
      }
    }
    for (const method of methods.get(tag) ?? []) argTypes[method.name!] = method;
    return argTypes as A;
  };
}

/** A type a control can edit: string, number, boolean or a union of string literals (optional or not). */
const editable = (text: string | undefined) =>
  /^(string|number|boolean)( \| undefined)?$/.test(text ?? '') || literalUnion(text) !== undefined;

/**
 * Which property of the element each control sets: `{ 'account-tree': { selectedId: 'selectedId',
 * 'selected-id': 'selectedId', … } }` for the public, writable properties (and their attributes)
 * of a type a control can edit.
 */
export function settableProperties(manifest: unknown): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const module of (manifest as Manifest).modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(
        (m) => m.kind === 'field' && isPublic(m) && !m.readonly && editable(m.type?.text),
      );
      const names = new Map(fields.map((f) => [f.name, f.name]));
      for (const a of declaration.attributes ?? []) if (a.fieldName && names.has(a.fieldName)) names.set(a.name, a.fieldName);
      out.set(declaration.tagName, names);
    }
  }
  return out;
}

/**
 * The properties to set on the story's element: the args a reviewer changed in the Controls panel
 * (they differ from the story's own), for the properties `settableProperties` lists. A story that
 * binds an arg itself gets the same value twice; a story that ignores it still shows the change.
 */
export function changedProperties(
  settable: Map<string, string> | undefined,
  args: Record<string, unknown>,
  initialArgs: Record<string, unknown>,
): [string, unknown][] {
  if (!settable) return [];
  return Object.entries(args)
    .filter(([name, value]) => settable.has(name) && value !== initialArgs[name])
    .map(([name, value]) => [settable.get(name)!, value]);
}
