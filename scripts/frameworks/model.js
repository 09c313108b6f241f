// The elements as the generators need them, read from custom-elements.json.

/** `account-select` → `onAccountSelect` (the prop name of @lit/react wrappers and Vue listeners). */
export const pascal = (s) => s.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
export const eventProp = (name) => `on${pascal(name)}`;

/** Identifiers a type text names: `CustomEvent<AccountEventDetail>` → CustomEvent, AccountEventDetail. */
export const typeNames = (text) => (text.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []).filter((n) => n !== 'Record');

/** Every custom element with its public, writable properties, attributes, events, slots, parts and custom properties. */
export function elements(manifest) {
  const out = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const properties = (decl.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
      );
      const events = (decl.events ?? []).map((ev) => {
        if (!ev.type?.text) throw new Error(`frameworks: <${decl.tagName}> event ${ev.name} has no type in the manifest`);
        return { ...ev, type: ev.type.text };
      });
      out.push({
        tagName: decl.tagName,
        className: decl.name,
        module: mod.path,
        summary: decl.summary ?? '',
        description: decl.description ?? '',
        properties,
        methods: (decl.members ?? []).filter((m) => m.kind === 'method' && (m.privacy ?? 'public') === 'public' && !m.static),
        attributes: decl.attributes ?? [],
        events,
        slots: decl.slots ?? [],
        parts: decl.cssParts ?? [],
        cssProperties: decl.cssProperties ?? [],
      });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}
