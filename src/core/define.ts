/**
 * Registers a custom element without ever throwing: the most-reported embedding bug of web
 * component libraries is the double-define crash in micro-frontends.
 * - the same class under the same name: skipped silently;
 * - another class already holds the name: skipped with a warning (the page keeps working);
 * - no `customElements` (server, test runner in Node): skipped.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(name);
  if (existing) {
    if (existing !== ctor) {
      console.warn(`account-widgets: <${name}> is already defined by another class; keeping that one.`);
    }
    return;
  }
  try {
    registry.define(name, ctor);
  } catch (error) {
    // The class may already be registered under another name (a registry allows one name a class).
    console.warn(`account-widgets: could not define <${name}>:`, error);
  }
}
