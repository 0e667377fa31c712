import { daysBetween, isIsoDate, viDate } from './dates';
import { both, clean } from './format';
import type { Citation, LocalText, Rule, RulePack } from './pack-schema';
import { findRule, param } from './verdict';

/**
 * Sealed sources (DOMAIN.md §5): decay to a date, A/D ratio and IAEA category. Half-lives are
 * stored in days in the pack (a year there is 365.25 days); D-values in TBq.
 */

/** 1 Ci = 3.7 × 10¹⁰ Bq exactly: the definition of the curie, not a regulatory figure. */
export const BQ_PER_CI = 3.7e10;
const BQ_PER_TBQ = 1e12;

export function ciToBq(ci: number): number {
  return ci * BQ_PER_CI;
}

export function bqToCi(bq: number): number {
  return bq / BQ_PER_CI;
}

/** A(t) = A0 · 2^(−t / T½), t and T½ in the same unit. */
export function decay(a0: number, elapsed: number, halfLife: number): number {
  return a0 * Math.pow(2, -elapsed / halfLife);
}

function key(nuclide: string): string {
  return nuclide.toLowerCase().replace(/[^a-z0-9/]/g, '');
}

/** Finds a nuclide's parameter whatever the spelling: "Co-60", "co60", "Co 60". */
function nuclideParam(rule: Rule, nuclide: string): { name: string; value: number; verified: boolean } | null {
  const wanted = key(nuclide);
  for (const name of Object.keys(rule.parameters)) {
    if (key(name) !== wanted) continue;
    const p = param(rule, name, 'number');
    return p ? { name, ...p } : null;
  }
  return null;
}

export type SourceResult<T> = (T & { ok: true }) | { ok: false; reason: LocalText };

export interface DecayResult {
  nuclide: string;
  activityBq: number;
  elapsedDays: number;
  halfLifeDays: number;
  fraction: number;
  formula: LocalText;
  verified: boolean;
  citation: Citation;
}

export function decayedActivity(
  pack: RulePack,
  input: { nuclide: string; activityBq: number; referenceDate: string; date: string },
): SourceResult<DecayResult> {
  const rule = findRule(pack, 'sources.half_life');
  if (!rule) return { ok: false, reason: { vi: 'Thiếu dữ liệu quy chuẩn: gói không có chu kỳ bán rã', en: 'Missing regulation data: the pack has no half-lives' } };
  const t = nuclideParam(rule, input.nuclide);
  if (!t) return { ok: false, reason: { vi: `Thiếu dữ liệu: không có chu kỳ bán rã của ${input.nuclide}`, en: `Missing data: no half-life for ${input.nuclide}` } };
  if (!isIsoDate(input.referenceDate) || !isIsoDate(input.date)) return { ok: false, reason: { vi: 'Thiếu dữ liệu: ngày tham chiếu hoặc ngày tính không hợp lệ', en: 'Missing data: invalid reference or target date' } };
  if (!Number.isFinite(input.activityBq) || input.activityBq < 0) return { ok: false, reason: { vi: 'Thiếu dữ liệu: hoạt độ ban đầu không hợp lệ', en: 'Missing data: invalid initial activity' } };
  const elapsed = daysBetween(input.referenceDate, input.date);
  const fraction = Math.pow(2, -elapsed / t.value);
  const activityBq = input.activityBq * fraction;
  return {
    ok: true,
    nuclide: t.name,
    activityBq,
    elapsedDays: elapsed,
    halfLifeDays: t.value,
    fraction,
    verified: t.verified,
    citation: rule.citation,
    formula: both((f, lang) =>
      lang === 'vi'
        ? `A = A0 · 2^(−t/T½) = ${f(input.activityBq)} Bq × 2^(−${f(elapsed)}/${f(t.value)}) = ${f(activityBq)} Bq (từ ${viDate(input.referenceDate)} đến ${viDate(input.date)})`
        : `A = A0 · 2^(−t/T½) = ${f(input.activityBq)} Bq × 2^(−${f(elapsed)}/${f(t.value)}) = ${f(activityBq)} Bq (${viDate(input.referenceDate)} to ${viDate(input.date)})`,
    ),
  };
}

export type IaeaCategory = 1 | 2 | 3 | 4 | 5;

export interface Classification {
  nuclide: string;
  activityBq: number;
  dValueTBq: number;
  ratio: number;
  category: IaeaCategory;
  /** Vietnam's "nhóm" under QCVN 6:2010/BKHCN, when the pack maps it. */
  nationalGroup: number | null;
  verified: boolean;
  explanation: LocalText;
  citation: Citation;
}

/** A/D and the IAEA category band it falls in (bands from the pack). */
export function classifySource(pack: RulePack, input: { nuclide: string; activityBq: number }): SourceResult<Classification> {
  const dRule = findRule(pack, 'sources.d_value');
  const bands = findRule(pack, 'sources.category_bands');
  if (!dRule || !bands) return { ok: false, reason: { vi: 'Thiếu dữ liệu quy chuẩn: gói không có giá trị D hoặc ngưỡng nhóm', en: 'Missing regulation data: the pack has no D-values or category bands' } };
  const d = nuclideParam(dRule, input.nuclide);
  if (!d) return { ok: false, reason: { vi: `Thiếu dữ liệu quy chuẩn: không có giá trị D của ${input.nuclide}`, en: `Missing regulation data: no D-value for ${input.nuclide}` } };
  if (!Number.isFinite(input.activityBq) || input.activityBq < 0) return { ok: false, reason: { vi: 'Thiếu dữ liệu: hoạt độ không hợp lệ', en: 'Missing data: invalid activity' } };
  const thresholds: { category: IaeaCategory; min: number; verified: boolean }[] = [];
  for (const c of [1, 2, 3, 4] as const) {
    const p = param(bands, `category${c}`, 'number');
    if (!p) return { ok: false, reason: { vi: `Thiếu dữ liệu quy chuẩn: ngưỡng nhóm ${c}`, en: `Missing regulation data: band of category ${c}` } };
    thresholds.push({ category: c, min: p.value, verified: p.verified });
  }
  const ratio = clean(input.activityBq / (d.value * BQ_PER_TBQ));
  const hit = thresholds.find((t) => ratio >= t.min);
  const category: IaeaCategory = hit?.category ?? 5;
  const groups = findRule(pack, 'sources.national_groups');
  const group = groups ? param(groups, `category${category}`, 'number') : null;
  const verified = d.verified && thresholds.every((t) => t.verified) && (group ? group.verified : true);
  const band = hit ? `A/D ≥ ${hit.min}` : `A/D < ${thresholds[3]!.min}`;
  return {
    ok: true,
    nuclide: d.name,
    activityBq: input.activityBq,
    dValueTBq: d.value,
    ratio,
    category,
    nationalGroup: group?.value ?? null,
    verified,
    citation: bands.citation,
    explanation: both((f, lang) =>
      lang === 'vi'
        ? `A/D = ${f(input.activityBq / BQ_PER_TBQ)} TBq / ${f(d.value)} TBq = ${f(ratio)} (${band.replace(/\d+(\.\d+)?/g, (m) => f(Number(m)))}) → nhóm ${category} theo IAEA${group ? `, nhóm ${group.value} theo QCVN 6:2010/BKHCN` : ''}`
        : `A/D = ${f(input.activityBq / BQ_PER_TBQ)} TBq / ${f(d.value)} TBq = ${f(ratio)} (${band}) → IAEA category ${category}${group ? `, group ${group.value} under QCVN 6:2010/BKHCN` : ''}`,
    ),
  };
}
