/**
 * Folds Vietnamese text for accent-free search: "Điện Biên" → "dien bien".
 * NFD + dropping combining marks handles the tones and vowel marks; đ/Đ are letters of their
 * own (not a base letter with a mark), so they are mapped by hand — FTS5's remove_diacritics
 * does not do it either.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** A sort key that orders Vietnamese names sensibly without an ICU collation in SQLite. */
export function sortKey(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, ' ').trim();
}
