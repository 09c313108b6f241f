/** Small helpers of the mock backend. Pure: no DOM, no module-level `window`. */

/** Folds text for search: case- and accent-insensitive ("Köln" → "koln", "Straße" → "strasse"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss');
}

/** "m.weber@kanzlei.de" → "m***@kanzlei.de"; "+4917612345612" → "+49 *** ***12". */
export function maskContact(channel: 'email' | 'sms', address: string): string {
  if (channel === 'email') {
    const at = address.lastIndexOf('@');
    return `${address.slice(0, 1)}***${address.slice(at)}`;
  }
  const digits = address.replace(/\D/g, '');
  return `+${digits.slice(0, 2)} *** ***${digits.slice(-2)}`;
}

/** Waits `ms` of real time (not the backend's simulated clock); rejects with the signal's reason on abort. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A small seeded PRNG (mulberry32): failure rates are reproducible from run to run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** JSON with sorted object keys: two drafts with the same content give the same string. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** Six random digits (non-demo mode). */
export function randomCode(): string {
  const n = new Uint32Array(1);
  globalThis.crypto.getRandomValues(n);
  return String(n[0] % 1_000_000).padStart(6, '0');
}

/** German name order of every list: base letters (ä sorts with a), numbers by value ("2" < "10"). */
export const nameCollator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Name order, ties broken by customer number so the order is total and stable. */
export function compareByName(
  a: { name: string; customerNumber: string },
  b: { name: string; customerNumber: string },
): number {
  return nameCollator.compare(a.name, b.name) || (a.customerNumber < b.customerNumber ? -1 : a.customerNumber > b.customerNumber ? 1 : 0);
}

/** Folds with German transliteration: "München" → "muenchen", for people who type "ue" for "ü". */
export function foldTransliterated(text: string): string {
  return fold(text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
}

/**
 * Where the search looks: name, customer number, street, postal code, city — folded, and once
 * more transliterated when the text has umlauts, so "Köln", "koln" and "Koeln" all find Köln.
 * Fields are separated by \u0001 and the variants by \u0002; search terms contain no spaces, so
 * a term never matches across fields.
 */
export function searchText(r: {
  name: string;
  customerNumber: string;
  site?: { street?: string; postalCode?: string; city?: string };
}): string {
  const raw = `${r.name}\u0001${r.customerNumber}\u0001${r.site?.street ?? ''}\u0001${r.site?.postalCode ?? ''}\u0001${r.site?.city ?? ''}`;
  const plain = fold(raw);
  return /[äöüÄÖÜ]/.test(raw) ? `${plain}\u0002${foldTransliterated(raw)}` : plain;
}
