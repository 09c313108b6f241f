/**
 * True when the page runs Lit's development build (the `development` export condition, as dev
 * servers and test runners resolve it): then developers get console warnings about misuse, e.g.
 * an adapter returning a wrong shape. Production bundles (Lit's production build) stay quiet.
 * Lit's development build creates `globalThis.litIssuedWarnings` when it loads.
 */
export function isDevMode(): boolean {
  return typeof globalThis === 'object' && 'litIssuedWarnings' in globalThis;
}
