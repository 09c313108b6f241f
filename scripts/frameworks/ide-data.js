// IDE data from the manifest: VS Code custom data (HTML and CSS) and JetBrains web-types.

/** `'a' | 'b'` → ['a', 'b'] for attribute value completion; undefined for other types. */
const literals = (text = '') => {
  const parts = text.split('|').map((s) => s.trim()).filter((s) => s !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
};

export function htmlData(list) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: list.map((e) => ({
      name: e.tagName,
      description: [e.summary, '', ...e.events.map((ev) => `@event ${ev.name} (${ev.type}) ${ev.description ?? ''}`)].join('\n').trim(),
      attributes: e.attributes.map((a) => {
        const values = a.type?.text === 'boolean' ? undefined : literals(a.type?.text);
        return {
          name: a.name,
          description: [a.description, a.type?.text && `Type: ${a.type.text}`].filter(Boolean).join('\n'),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export function cssData(list) {
  const seen = new Map();
  for (const e of list) {
    for (const p of e.cssProperties) {
      if (!seen.has(p.name)) {
        seen.set(p.name, {
          name: p.name,
          description: `${p.description ?? ''}${p.default ? ` Default: ${p.default}.` : ''} (<${e.tagName}>)`.trim(),
        });
      }
    }
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...seen.values()],
    pseudoElements: list.flatMap((e) =>
      e.parts.map((p) => ({ name: `::part(${p.name})`, description: `<${e.tagName}>: ${p.description ?? ''}` })),
    ),
  };
}

export function webTypes(list, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: list.map((e) => ({
          name: e.tagName,
          description: e.summary || e.description,
          attributes: e.attributes.map((a) => ({
            name: a.name,
            description: a.description,
            value: { type: a.type?.text ?? 'string', required: false },
          })),
          slots: e.slots.map((s) => ({ name: s.name || 'default', description: s.description })),
          events: e.events.map((ev) => ({ name: ev.name, description: `${ev.description ?? ''} (${ev.type})` })),
          js: {
            properties: e.properties.map((p) => ({ name: p.name, description: p.description, type: p.type?.text })),
            events: e.events.map((ev) => ({ name: ev.name, description: ev.description })),
          },
        })),
      },
      css: {
        properties: list.flatMap((e) => e.cssProperties.map((p) => ({ name: p.name, description: p.description }))),
        parts: list.flatMap((e) => e.parts.map((p) => ({ name: p.name, description: `<${e.tagName}>: ${p.description ?? ''}` }))),
      },
    },
  };
}
