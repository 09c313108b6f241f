import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

const generated = new WeakMap<CustomElementConstructor, string>();
let counter = 0;

/**
 * The tag name a composite element renders for one of its children, never hard-coded: the name
 * the page registered the class under (a partner's own, or the default), else a unique generated
 * one. Two copies of the library on one page each find their own classes this way.
 *
 * Use with `html` from `lit/static-html.js`: `html\`<${tagFor(AccountTree)}>…</${tagFor(AccountTree)}>\``.
 */
export function tagFor(ctor: CustomElementConstructor, base = 'aw-element'): StaticValue {
  return unsafeStatic(tagNameFor(ctor, base));
}

export function tagNameFor(ctor: CustomElementConstructor, base = 'aw-element'): string {
  const registry = globalThis.customElements;
  const registered = registry?.getName?.(ctor);
  if (registered) return registered;
  let name = generated.get(ctor);
  if (!name) {
    do name = `${base}-aw${++counter}`;
    while (registry?.get(name));
    registry?.define(name, class extends (ctor as unknown as typeof HTMLElement) {});
    generated.set(ctor, name);
  }
  return name;
}
