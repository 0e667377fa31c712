/**
 * Formula injection (CSV/XLSX): a text cell that starts with = + - @ (or a tab / carriage return
 * before one) would be run as a formula by a spreadsheet. Such text is written as text: in XLSX
 * as an inline string with the text number format, in CSV with a leading apostrophe, as OWASP
 * advises. Numbers are numbers and never guarded.
 */
const DANGEROUS = /^[=+\-@\t\r]/;

export function looksLikeFormula(s: string): boolean {
  return DANGEROUS.test(s);
}

export function guardCsvText(s: string): string {
  return looksLikeFormula(s) ? `'${s}` : s;
}
