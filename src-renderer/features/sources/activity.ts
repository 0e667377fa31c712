import { BQ_PER_UNIT, type ActivityUnit } from '../../../src-shared/schemas/register/sealed-sources';
import type { Language } from '../../i18n';

const SI: ActivityUnit[] = ['TBq', 'GBq', 'MBq', 'kBq', 'Bq'];

function number(n: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumSignificantDigits: 4 }).format(n);
}

/** "5,484 MBq (148,2 µCi)": the largest SI unit that keeps the number ≥ 1, and curies beside it. */
export function formatActivity(bq: number, language: Language): string {
  const unit = SI.find((u) => bq >= BQ_PER_UNIT[u]) ?? 'Bq';
  const ci = bq / BQ_PER_UNIT.Ci;
  const [ciValue, ciUnit] = ci >= 1 ? [ci, 'Ci'] : ci >= 1e-3 ? [ci * 1e3, 'mCi'] : [ci * 1e6, 'µCi'];
  return `${number(bq / BQ_PER_UNIT[unit], language)} ${unit} (${number(ciValue, language)} ${ciUnit})`;
}

/** A/D spans ten orders of magnitude: plain below 1000, scientific when tiny. */
export function formatRatio(r: number, language: Language): string {
  const text = r !== 0 && Math.abs(r) < 1e-3 ? r.toExponential(2).replace('e', '×10^') : new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4, useGrouping: false }).format(r);
  return language === 'vi' ? text.replace('.', ',') : text;
}
