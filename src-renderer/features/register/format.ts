import { BQ_PER_UNIT, type ActivityUnit } from '../../../src-shared/schemas/register/sealed-sources';
import { i18next } from '../../i18n';

/** Numbers as the reader writes them: "0,5" in Vietnamese, "0.5" in English. */
export function formatNumber(n: number | null | undefined, maxDigits = 3): string {
  if (n === null || n === undefined) return '';
  return new Intl.NumberFormat(i18next.language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: maxDigits }).format(n);
}

/** A number put back into a text field for editing: comma decimal for Vietnamese, no grouping. */
export function numberForInput(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  const s = String(n);
  return i18next.language === 'en' ? s : s.replace('.', ',');
}

const SI_UNITS: ActivityUnit[] = ['TBq', 'GBq', 'MBq', 'kBq', 'Bq'];

/** The largest SI unit in which the activity is at least 1 (so 1.85e10 Bq reads "18,5 GBq"). */
export function readableActivity(bq: number): { value: number; unit: ActivityUnit } {
  const unit = SI_UNITS.find((u) => bq >= BQ_PER_UNIT[u]) ?? 'Bq';
  return { value: bq / BQ_PER_UNIT[unit], unit };
}

export function formatActivity(bq: number): string {
  const { value, unit } = readableActivity(bq);
  const ci = bq / BQ_PER_UNIT.Ci;
  const ciText = ci >= 0.01 ? `${formatNumber(ci)} Ci` : ci >= 1e-3 ? `${formatNumber(ci * 1e3)} mCi` : `${formatNumber(ci * 1e6)} µCi`;
  return `${formatNumber(value)} ${unit} (${ciText})`;
}

/** "0,5" → 0.5 for live previews; null when it is not (yet) a number. The schema has the last word. */
export function parseLocaleNumber(text: string | number | null | undefined): number | null {
  if (typeof text === 'number') return text;
  if (!text) return null;
  const s = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
