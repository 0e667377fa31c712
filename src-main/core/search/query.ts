import { foldVietnamese } from '../../../src-shared/text/fold';

/**
 * Turns what the user typed into an FTS5 MATCH expression: folded, every word a prefix,
 * all words required. Returns null when nothing searchable is left.
 * "Sơn La" → `"son"* "la"*`; "SN-0042" → `"sn"* "0042"*` (unicode61 splits on '-').
 */
export function toMatchExpression(input: string): string | null {
  const words = foldVietnamese(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
