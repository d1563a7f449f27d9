/**
 * Case and diacritic folding for names, the same in every store: "Kāẓimī" → "kazimi".
 * Compatibility decomposition (NFKD) splits letters from their marks and ligatures
 * into letters; the marks are then dropped.
 */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Escapes `\`, `%` and `_` for a LIKE pattern written with ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/gu, (c) => `\\${c}`);
}
