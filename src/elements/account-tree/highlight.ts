/** One piece of a text: matched by the filter or not. Rendered as text, never as HTML. */
export interface TextPiece {
  text: string;
  match: boolean;
}

function foldChar(c: string): string {
  return c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss');
}

/** The search terms of a filter, folded as the backends fold them ("Köln Str" → ["koln", "str"]). */
export function filterTerms(filter: string): string[] {
  return filter
    .trim()
    .split(/\s+/)
    .map((t) => [...t].map(foldChar).join(''))
    .filter(Boolean);
}

/**
 * Splits `text` into pieces where any of `terms` occurs, case- and accent-insensitively
 * ("Köln" matches "koln", "Straße" matches "strasse"). Overlapping matches merge.
 */
export function highlight(text: string, terms: readonly string[]): TextPiece[] {
  if (!terms.length || !text) return [{ text, match: false }];
  // Fold character by character, remembering where each folded char came from.
  const chars = [...text];
  let folded = '';
  const origin: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  chars.forEach((c, i) => {
    offsets.push(offset);
    offset += c.length;
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  });
  offsets.push(offset);
  const marked = new Uint8Array(chars.length);
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      const first = origin[at];
      const last = origin[at + term.length - 1];
      for (let i = first; i <= last; i++) marked[i] = 1;
      from = at + 1;
    }
  }
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i === chars.length || marked[i] !== marked[start]) {
      pieces.push({ text: text.slice(offsets[start], offsets[i]), match: marked[start] === 1 });
      start = i;
    }
  }
  return pieces;
}
