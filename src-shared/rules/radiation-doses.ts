import { both, clean } from './format';
import type { LocalText, Rule, RulePack } from './pack-schema';
import { findRule, inputMissing, param, regulationDataMissing, ruleMissing, verdict, type Verdict } from './verdict';

/**
 * Worker doses (Decree 142/2020 Art. 5): the last four quarters against the annual limit and the
 * last N years (N from the pack) against the averaged limit, for effective dose, lens and skin.
 * Interventional staff wear two dosimeters: E = a·H_W + b·H_N, a and b from the pack.
 */

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** One quarter's dosimetry report, mSv. */
export interface DoseRecord extends Quarter {
  /** Hp(10) from the single dosimeter (or E as reported). */
  effective?: number | null;
  /** Interventional: under the apron at the waist, H_W. */
  waist?: number | null;
  /** Interventional: over the apron at the neck, H_N. */
  neck?: number | null;
  lens?: number | null;
  skin?: number | null;
}

export interface WorkerDoseInput {
  interventional?: boolean;
  /** First quarter of radiation work here; quarters before it count as no dose, not as missing. */
  startedQuarter?: Quarter | null;
  records: readonly DoseRecord[];
}

export const DOSE_LIMIT_RULES = {
  effective: 'radiation.dose.worker_effective',
  lens: 'radiation.dose.worker_lens',
  skin: 'radiation.dose.worker_skin',
} as const;
export type DoseQuantity = keyof typeof DOSE_LIMIT_RULES;

const FORMULA_RULE = 'radiation.dose.interventional_formula';

function index(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

function label(i: number, lang: 'vi' | 'en'): string {
  const year = Math.floor(i / 4);
  const quarter = (i % 4) + 1;
  return lang === 'vi' ? `quý ${quarter}/${year}` : `Q${quarter} ${year}`;
}

/** The last quarter fully over on a date: doses are read after a quarter ends. */
export function lastCompletedQuarter(isoDate: string): Quarter {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const current = Math.floor((month - 1) / 3) + 1;
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (current - 1) as 1 | 2 | 3 };
}

function validDose(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0;
}

/** E = a·H_W + b·H_N for a two-dosimeter worker, with the formula written out. */
export function interventionalEffectiveDose(pack: RulePack, waist: number, neck: number): { value: number; verified: boolean; formula: LocalText } | null {
  const rule = findRule(pack, FORMULA_RULE);
  const a = rule && param(rule, 'waistWeight', 'number');
  const b = rule && param(rule, 'neckWeight', 'number');
  if (!a || !b || !validDose(waist) || !validDose(neck)) return null;
  const value = clean(a.value * waist + b.value * neck);
  return {
    value,
    verified: a.verified && b.verified,
    formula: both((f) => `E = ${f(a.value)}·H_W + ${f(b.value)}·H_N = ${f(a.value)} × ${f(waist)} + ${f(b.value)} × ${f(neck)} = ${f(value)} mSv`),
  };
}

interface QuarterDose {
  value: number;
  formula?: LocalText;
  verified: boolean;
}

function quarterDose(pack: RulePack, quantity: DoseQuantity, rec: DoseRecord, interventional: boolean): QuarterDose | null {
  if (quantity === 'effective') {
    if (interventional && validDose(rec.waist) && validDose(rec.neck)) {
      const e = interventionalEffectiveDose(pack, rec.waist, rec.neck);
      if (e) return { value: e.value, formula: e.formula, verified: e.verified };
    }
    return validDose(rec.effective) ? { value: rec.effective, verified: true } : null;
  }
  const v = rec[quantity];
  return validDose(v) ? { value: v, verified: true } : null;
}

function windowSum(
  pack: RulePack,
  quantity: DoseQuantity,
  input: WorkerDoseInput,
  last: number,
  quarters: number,
): { sum: number; missing: number[]; counted: number; formulas: LocalText[]; verified: boolean } {
  const byQuarter = new Map<number, QuarterDose>();
  let earliest = Number.POSITIVE_INFINITY;
  for (const rec of input.records) {
    const d = quarterDose(pack, quantity, rec, input.interventional === true);
    if (!d) continue;
    const i = index(rec);
    earliest = Math.min(earliest, i);
    // Two reports for one quarter (a re-read) add up: both doses were received.
    const prev = byQuarter.get(i);
    byQuarter.set(i, prev ? { value: prev.value + d.value, verified: prev.verified && d.verified, formula: d.formula ?? prev.formula } : d);
  }
  const start = input.startedQuarter ? index(input.startedQuarter) : earliest;
  let sum = 0;
  let counted = 0;
  let verified = true;
  const missing: number[] = [];
  const formulas: LocalText[] = [];
  for (let i = last - quarters + 1; i <= last; i++) {
    const d = byQuarter.get(i);
    if (d) {
      sum += d.value;
      counted++;
      verified &&= d.verified;
      if (d.formula) formulas.push({ vi: `${label(i, 'vi')}: ${d.formula.vi}`, en: `${label(i, 'en')}: ${d.formula.en}` });
    } else if (i >= start) {
      missing.push(i);
    }
  }
  return { sum: clean(sum), missing, counted, formulas, verified };
}

/** Verdicts for one worker: annual (last four quarters) and averaged, per quantity the pack has. */
export function evaluateWorkerDoses(pack: RulePack, input: WorkerDoseInput, through: Quarter, quantities: readonly DoseQuantity[] = ['effective', 'lens', 'skin']): Verdict[] {
  const out: Verdict[] = [];
  for (const quantity of quantities) {
    const ruleId = DOSE_LIMIT_RULES[quantity];
    const rule = findRule(pack, ruleId);
    if (!rule) {
      out.push(ruleMissing(pack, ruleId));
      continue;
    }
    out.push(annual(pack, rule, quantity, input, through));
    if ('averageMax' in rule.parameters || 'averagingYears' in rule.parameters) out.push(average(pack, rule, quantity, input, through));
  }
  return out;
}

function quantityLabel(quantity: DoseQuantity): LocalText {
  return quantity === 'effective'
    ? { vi: 'liều hiệu dụng', en: 'effective dose' }
    : quantity === 'lens'
      ? { vi: 'liều tương đương thủy tinh thể', en: 'lens equivalent dose' }
      : { vi: 'liều tương đương da', en: 'skin equivalent dose' };
}

function windowText(last: number, quarters: number, lang: 'vi' | 'en'): string {
  return `${label(last - quarters + 1, lang)} – ${label(last, lang)}`;
}

/**
 * "Not more than the annual limit in any single year": the last four quarters, and each earlier
 * four-quarter year of the averaging window (N years, else only the last). The first year over
 * the limit fails; otherwise the last year is judged (its gaps are missing data).
 */
function annual(pack: RulePack, rule: Rule, quantity: DoseQuantity, input: WorkerDoseInput, through: Quarter): Verdict {
  const max = param(rule, 'annualMax', 'number');
  if (!max) return regulationDataMissing(pack, rule, 'annualMax');
  const last = index(through);
  const years = param(rule, 'averagingYears', 'number');
  const span = years && Number.isInteger(years.value) && years.value > 1 ? years.value : 1;
  for (let y = span - 1; y >= 1; y--) {
    const end = last - 4 * y;
    const earlier = windowSum(pack, quantity, input, end, 4);
    if (earlier.sum > max.value) return judgeWindow(pack, rule, quantity, 'annual', earlier, max.value, max.verified, end, 4, 1);
  }
  const w = windowSum(pack, quantity, input, last, 4);
  return judgeWindow(pack, rule, quantity, 'annual', w, max.value, max.verified, last, 4, 1);
}

function average(pack: RulePack, rule: Rule, quantity: DoseQuantity, input: WorkerDoseInput, through: Quarter): Verdict {
  const max = param(rule, 'averageMax', 'number');
  const years = param(rule, 'averagingYears', 'number');
  if (!max) return regulationDataMissing(pack, rule, 'averageMax');
  if (!years || years.value < 1 || !Number.isInteger(years.value)) return regulationDataMissing(pack, rule, 'averagingYears');
  const last = index(through);
  const w = windowSum(pack, quantity, input, last, years.value * 4);
  return judgeWindow(pack, rule, quantity, 'average', w, max.value, max.verified && years.verified, last, years.value * 4, years.value);
}

function judgeWindow(
  pack: RulePack,
  rule: Rule,
  quantity: DoseQuantity,
  aspect: 'annual' | 'average',
  w: ReturnType<typeof windowSum>,
  max: number,
  limitVerified: boolean,
  last: number,
  quarters: number,
  years: number,
): Verdict {
  const q = quantityLabel(quantity);
  const value = clean(w.sum / years);
  const verified = limitVerified && w.verified;
  const what = both((f, lang) =>
    aspect === 'annual'
      ? lang === 'vi'
        ? `Tổng ${q.vi} 4 quý (${windowText(last, quarters, 'vi')}) = ${f(value)} mSv`
        : `Sum of ${q.en} over four quarters (${windowText(last, quarters, 'en')}) = ${f(value)} mSv`
      : lang === 'vi'
        ? `Trung bình ${q.vi} ${f(years)} năm (${windowText(last, quarters, 'vi')}) = ${f(w.sum)} / ${f(years)} = ${f(value)} mSv/năm`
        : `Average ${q.en} over ${f(years)} years (${windowText(last, quarters, 'en')}) = ${f(w.sum)} / ${f(years)} = ${f(value)} mSv/yr`,
  );
  const formula: LocalText | undefined = w.formulas.length
    ? { vi: w.formulas.map((x) => x.vi).join('; '), en: w.formulas.map((x) => x.en).join('; ') }
    : undefined;
  const base = { aspect, value, unit: 'mSv', limit: { min: null, max }, verified, basis: formula ? { formula } : null };
  if (w.counted === 0 && w.missing.length === 0) {
    const missing = inputMissing(pack, rule, { vi: `kết quả đọc liều kế (${q.vi}) trong ${windowText(last, quarters, 'vi')}`, en: `dosimetry results (${q.en}) for ${windowText(last, quarters, 'en')}` });
    return { ...missing, aspect, limit: base.limit };
  }
  const fail = value > max;
  if (fail) {
    return verdict(pack, rule, {
      ...base,
      status: 'fail',
      explanation: both((f, lang) => (lang === 'vi' ? `${what.vi} > giới hạn ${f(max)} — không đạt.` : `${what.en} > limit ${f(max)} — fail.`)),
    });
  }
  if (w.missing.length > 0) {
    const gaps = { vi: w.missing.map((i) => label(i, 'vi')).join(', '), en: w.missing.map((i) => label(i, 'en')).join(', ') };
    return verdict(pack, rule, {
      ...base,
      status: 'missing_data',
      explanation: both((f, lang) =>
        lang === 'vi'
          ? `Thiếu dữ liệu: chưa có kết quả đọc liều ${gaps.vi}; với các quý đã có, ${what.vi} ≤ ${f(max)}.`
          : `Missing data: no dosimetry result for ${gaps.en}; with the quarters known, ${what.en} ≤ ${f(max)}.`,
      ),
    });
  }
  return verdict(pack, rule, {
    ...base,
    status: 'pass',
    explanation: both((f, lang) => (lang === 'vi' ? `${what.vi} ≤ giới hạn ${f(max)} — đạt.` : `${what.en} ≤ limit ${f(max)} — pass.`)),
  });
}
