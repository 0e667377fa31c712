import { BQ_PER_UNIT, type ActivityUnit } from '../schemas/register/sealed-sources';

/**
 * The one place numbers are read and written for people (core texts and every screen alike).
 * Vietnamese uses a decimal comma ("1,2"), English a point. No thousands grouping: "3.000" would
 * read as three in English, and the two texts often sit side by side.
 */
export type NumberLanguage = 'vi' | 'en';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** "0,5" → 0.5; "" (or null) → null; anything else that is not a finite number → undefined. */
export function parseLocaleNumber(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().replace(/\s/g, '');
  if (s === '') return null;
  const normalised = s.replace(',', '.');
  if (!NUMBER.test(normalised)) return undefined;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}

/** One formatter per precision: building an Intl.NumberFormat costs far more than using one. */
const FORMATTERS = new Map<number, Intl.NumberFormat>();
function formatterFor(significant: number): Intl.NumberFormat {
  let f = FORMATTERS.get(significant);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumSignificantDigits: significant, useGrouping: false });
    FORMATTERS.set(significant, f);
  }
  return f;
}

/** A number to read: `significant` digits at most, scientific when huge or tiny. */
export function formatNumber(n: number, lang: NumberLanguage, significant = 6): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const text =
    abs !== 0 && (abs >= 1e9 || abs < 1e-4)
      ? n.toExponential(Math.min(4, significant - 1)).replace(/\.?0+e/, 'e')
      : formatterFor(significant).format(n);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** A stored number put back into a text field for editing: every digit kept, the reader's decimal mark. */
export function numberForInput(n: number | null | undefined, lang: NumberLanguage): string {
  if (n === null || n === undefined) return '';
  const s = String(n);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

const SI_UNITS: ActivityUnit[] = ['TBq', 'GBq', 'MBq', 'kBq', 'Bq'];

/** The largest SI unit in which the activity is at least 1 (so 1.85e10 Bq reads "18,5 GBq"). */
export function readableActivity(bq: number): { value: number; unit: ActivityUnit } {
  const unit = SI_UNITS.find((u) => bq >= BQ_PER_UNIT[u]) ?? 'Bq';
  return { value: bq / BQ_PER_UNIT[unit], unit };
}

/** "5,484 MBq (148,2 µCi)": the largest SI unit that keeps the number ≥ 1, and curies beside it. */
export function formatActivity(bq: number, lang: NumberLanguage): string {
  const { value, unit } = readableActivity(bq);
  const ci = bq / BQ_PER_UNIT.Ci;
  const [ciValue, ciUnit] = ci >= 1 ? [ci, 'Ci'] : ci >= 1e-3 ? [ci * 1e3, 'mCi'] : [ci * 1e6, 'µCi'];
  return `${formatNumber(value, lang, 4)} ${unit} (${formatNumber(ciValue, lang, 4)} ${ciUnit})`;
}
