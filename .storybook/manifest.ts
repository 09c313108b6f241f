/**
 * The custom elements manifest as Storybook's tables should show it. `cem analyze` lists every
 * class member, private ones included; the docs show what a portal can use:
 * - only public, non-static fields (no `private`/`protected` internals, no `_`/`#` names);
 * - CSS parts as `::part(name)`: Storybook keys every row by its name, so a part and a slot of the
 *   same name (`description` in `<location-management>`) would otherwise hide one another;
 * - optional strings and numbers (`string | undefined`) typed as `string` / `number`, so they get a
 *   text or number control instead of "Set object".
 */
interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  type?: { text?: string };
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const isPublic = (item: Item) =>
  item.kind !== 'field' || ((item.privacy ?? 'public') === 'public' && !item.static && !/^[_#]/.test(item.name));

const plainType = (item: Item): Item => {
  const text = item.type?.text?.replace(/\s*\|\s*undefined$/, '');
  return text === 'string' || text === 'number' ? { ...item, type: { text } } : item;
};

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
