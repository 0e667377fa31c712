import type { RuleKind } from './pack-schema';

/**
 * Plausible ranges of every figure a rule pack can hold (issue 12). They are not the law's limits
 * (those live in the packs) but the band any real regulation stays within, so a slip of the unit
 * (× 1000), a typo or a value like 1e308 is refused before it can judge anyone. Bounds are
 * inclusive; `aboveZero` excludes 0. A figure left `null` ("not filled in") is always allowed.
 */
export interface Plausible {
  min: number;
  max: number;
  aboveZero?: boolean;
  integer?: boolean;
  /** Shown in the error, e.g. "mg/L", "µSv/h". */
  unit?: string;
}

const months = (max = 120): Plausible => ({ min: 1, max, integer: true, unit: 'tháng/months' });
const days: Plausible = { min: 0, max: 366, integer: true, unit: 'ngày/days' };

/** Per rule kind, per parameter. `*` applies to every parameter of the kind (keyed freely, e.g. nuclides). */
export const PLAUSIBLE: Partial<Record<RuleKind, Record<string, Plausible>>> = {
  'wastewater.k_factor': {
    hospitalBedsThreshold: { min: 1, max: 10000, integer: true, unit: 'giường/beds' },
    hospitalLarge: { min: 0.1, max: 5 },
    hospitalSmall: { min: 0.1, max: 5 },
    other: { min: 0.1, max: 5 },
  },
  // mg/L for chemistry, Bq/L for gross alpha/beta, MPN/100 mL for coliforms (up to 10^4 in QCVN tables).
  'wastewater.max': { A: { min: 0, max: 20000, aboveZero: true }, B: { min: 0, max: 20000, aboveZero: true } },
  // pH (0–14) today; 100 leaves room for a temperature band in °C.
  'wastewater.range': { A: { min: 0, max: 100 }, B: { min: 0, max: 100 } },
  // µSv/h (or mGy/h for tube leakage): limits are 0.5–25; 100 is far above any.
  'radiation.dose_rate': { max: { min: 0, max: 100, aboveZero: true, unit: 'µSv/h' } },
  'radiation.dose_rate_background': { netMax: { min: 0, max: 100, unit: 'µSv/h' }, tolerance: { min: 0, max: 10, unit: 'µSv/h' } },
  // mSv: the highest annual limit anywhere is 500 (skin, workers).
  'radiation.dose_limit': {
    annualMax: { min: 0, max: 2000, aboveZero: true, unit: 'mSv' },
    averageMax: { min: 0, max: 100, aboveZero: true, unit: 'mSv' },
    averagingYears: { min: 1, max: 10, integer: true, unit: 'năm/years' },
  },
  'radiation.interventional_formula': { waistWeight: { min: 0, max: 2 }, neckWeight: { min: 0, max: 2 } },
  'radiation.interval': { maxMonths: months(), warningDays: days },
  'radiation.qc_interval': {
    general: months(),
    ct: months(),
    fluoroscopy: months(),
    c_arm: months(),
    mammography: months(),
    dental_intraoral: months(),
    dental_panoramic: months(),
    mobile: months(),
    bone_densitometry: months(),
    other: months(),
    warningDays: days,
  },
  'radiation.licence': {
    validityYears: { min: 1, max: 20, integer: true, unit: 'năm/years' },
    renewalLeadDays: days,
    warningDays: days,
  },
  // Days: Tc-99m is 0.25, U-238 about 1.6 × 10^12.
  'sources.half_life': { '*': { min: 0, max: 1e13, aboveZero: true, unit: 'ngày/days' } },
  // TBq: IAEA D-values run from 10^-5 to about 10^4.
  'sources.d_value': { '*': { min: 0, max: 1e5, aboveZero: true, unit: 'TBq' } },
  'sources.category_bands': { '*': { min: 0, max: 1e6, aboveZero: true } },
  'sources.national_groups': { '*': { min: 1, max: 5, integer: true } },
};

/** Any number in any pack, whatever its kind: what the JSON Schema can say without knowing kinds. */
export const ANY_FIGURE_MAX = 1e13;

export function plausibleFor(kind: RuleKind, parameter: string): Plausible | null {
  const table = PLAUSIBLE[kind];
  if (!table) return null;
  return table[parameter] ?? table['*'] ?? null;
}

/** Null when `value` is plausible, else the bilingual reason ("vi|en", like the schema's messages). */
export function implausible(value: number, p: Plausible): string | null {
  const unit = p.unit ? ` ${p.unit}` : '';
  const low = p.aboveZero ? value <= p.min : value < p.min;
  if (low || value > p.max) {
    const band = `${p.aboveZero ? '>' : '≥'} ${p.min} và ≤ ${p.max}${unit}`;
    const bandEn = `${p.aboveZero ? '>' : '≥'} ${p.min} and ≤ ${p.max}${unit}`;
    return `Giá trị ${value} nằm ngoài khoảng hợp lý (${band})|Value ${value} is outside the plausible range (${bandEn})`;
  }
  if (p.integer && !Number.isInteger(value)) return `Giá trị ${value} phải là số nguyên|Value ${value} must be a whole number`;
  return null;
}
