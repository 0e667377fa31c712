import { both, clean } from './format';
import { parseMeasured, shownValue, type Measured, type MeasuredInput } from './measured';
import { conversionText, convertValue, unitConversion } from './units';
import type { LimitRange, LocalText, Rule, RulePack } from './pack-schema';
import { paramWords } from './param-words';
import { findRule, inputMissing, param, regulationDataMissing, ruleMissing, verdict, type LimitBasis, type Verdict } from './verdict';

/**
 * Hospital wastewater (DOMAIN.md §3): Cmax = C × K, C from column A or B by where the water goes,
 * K from the facility (or its discharge permit). Every figure comes from the pack passed in.
 */

export const RECEIVING_WATERS = ['domestic_supply', 'other_water', 'residential_sewer', 'central_plant'] as const;
export type ReceivingWater = (typeof RECEIVING_WATERS)[number];

/** The facility as the wastewater rules see it (plain data: the caller maps its own records). */
export interface WastewaterSite {
  /** 'hospital' | 'clinic' | 'health_center' | 'dental' | 'other' (only 'hospital' looks at beds). */
  facilityKind: string;
  beds: number | null;
  receivingWater: ReceivingWater | null;
  /** A K written in the facility's environmental (discharge) permit: it overrides the table. */
  permitK?: number | null;
  /** Permit number, quoted when the permit's K is used. */
  permitRef?: string | null;
}

export interface WastewaterMeasurement {
  /** Parameter key: rule id without "wastewater." (bod5, ph, salmonella …). */
  parameter: string;
  value: MeasuredInput;
  /** The unit the value was written in; absent or empty = the rule's unit. */
  unit?: string | null;
}

export interface KFactor {
  k: number;
  source: 'table' | 'permit';
  reason: LocalText;
  verified: boolean;
}

const PARAMETER_KINDS = new Set(['wastewater.max', 'wastewater.range', 'wastewater.not_detected']);

/** The parameters a pack judges, in pack order (the form lists these). */
export function wastewaterParameters(pack: RulePack): { parameter: string; ruleId: string; title: LocalText; unit: string | null; kind: Rule['kind'] }[] {
  return pack.rules
    .filter((r) => PARAMETER_KINDS.has(r.kind))
    .map((r) => ({ parameter: r.id.replace(/^wastewater\./, ''), ruleId: r.id, title: r.title, unit: r.unit ?? null, kind: r.kind }));
}

/** Column A or B from where the water goes; null = no column (central plant sets its own limits). */
export function resolveColumn(pack: RulePack, site: WastewaterSite): { column: 'A' | 'B' | null; verified: boolean } | 'missing_input' | 'missing_rule' {
  if (!site.receivingWater) return 'missing_input';
  const rule = findRule(pack, 'wastewater.receiving_water');
  if (!rule) return 'missing_rule';
  const p = rule.parameters[site.receivingWater];
  // "none": no column applies (central plant); null or anything else: the pack is not filled in.
  if (!p || (p.value !== 'A' && p.value !== 'B' && p.value !== 'none')) return 'missing_rule';
  return { column: p.value === 'none' ? null : p.value, verified: p.verified };
}

/** K: the permit's when it states one, else the pack's table by facility kind and beds. */
export function resolveK(pack: RulePack, site: WastewaterSite): KFactor | { missing: 'input' | 'regulation'; what: LocalText } {
  if (typeof site.permitK === 'number' && Number.isFinite(site.permitK) && site.permitK > 0) {
    const ref = site.permitRef ? ` ${site.permitRef}` : '';
    return {
      k: site.permitK,
      source: 'permit',
      verified: true,
      reason: both((f, lang) =>
        lang === 'vi'
          ? `K = ${f(site.permitK!)} theo giấy phép môi trường${ref} (giấy phép ghi K riêng nên thay cho bảng hệ số K)`
          : `K = ${f(site.permitK!)} from the environmental permit${ref} (the permit's own K overrides the K table)`,
      ),
    };
  }
  const rule = findRule(pack, 'wastewater.k_factor');
  if (!rule) return { missing: 'regulation', what: { vi: 'bảng hệ số K', en: 'the K table' } };
  if (site.facilityKind === 'hospital') {
    if (site.beds === null || !Number.isFinite(site.beds) || site.beds < 0) {
      return { missing: 'input', what: { vi: 'số giường bệnh (để chọn hệ số K)', en: 'the number of beds (to choose K)' } };
    }
    const threshold = param(rule, 'hospitalBedsThreshold', 'number');
    if (!threshold) return { missing: 'regulation', what: paramWords(rule, 'hospitalBedsThreshold') };
    const large = site.beds >= threshold.value;
    const name = large ? 'hospitalLarge' : 'hospitalSmall';
    const k = param(rule, name, 'number');
    if (!k) return { missing: 'regulation', what: paramWords(rule, name) };
    const beds = site.beds;
    return {
      k: k.value,
      source: 'table',
      verified: k.verified && threshold.verified,
      reason: both((f, lang) =>
        lang === 'vi'
          ? `Bệnh viện ${f(beds)} giường (${large ? '≥' : '<'} ${f(threshold.value)} giường) → K = ${f(k.value)}`
          : `Hospital with ${f(beds)} beds (${large ? '≥' : '<'} ${f(threshold.value)} beds) → K = ${f(k.value)}`,
      ),
    };
  }
  const k = param(rule, 'other', 'number');
  if (!k) return { missing: 'regulation', what: paramWords(rule, 'other') };
  return {
    k: k.value,
    source: 'table',
    verified: k.verified,
    reason: both((f, lang) =>
      lang === 'vi' ? `Cơ sở y tế không phải bệnh viện → K = ${f(k.value)}` : `Health facility other than a hospital → K = ${f(k.value)}`,
    ),
  };
}

export function evaluateWastewater(pack: RulePack, site: WastewaterSite, measurements: readonly WastewaterMeasurement[]): Verdict[] {
  return measurements.map((m) => evaluateWastewaterParameter(pack, site, m.parameter, m.value, m.unit));
}

export function evaluateWastewaterParameter(pack: RulePack, site: WastewaterSite, parameter: string, input: MeasuredInput, inputUnit: string | null = null): Verdict {
  const ruleId = `wastewater.${parameter}`;
  const rule = findRule(pack, ruleId);
  const typed = parseMeasured(input);
  const shown = shownValue(input, typed);
  if (!rule || !PARAMETER_KINDS.has(rule.kind)) return ruleMissing(pack, ruleId, shown);

  const colResult = resolveColumn(pack, site);
  if (colResult === 'missing_input') return inputMissing(pack, rule, { vi: 'nguồn tiếp nhận nước thải (để chọn cột A/B)', en: 'the receiving water (to choose column A/B)' }, shown);
  if (colResult === 'missing_rule') {
    const table = findRule(pack, 'wastewater.receiving_water');
    return table ? regulationDataMissing(pack, rule, site.receivingWater!, shown, table) : ruleMissing(pack, 'wastewater.receiving_water', shown);
  }
  if (colResult.column === null) {
    return verdict(pack, rule, {
      status: 'na',
      value: shown,
      verified: colResult.verified,
      explanation: {
        vi: `Không áp dụng: nước thải đưa về nhà máy xử lý tập trung, giới hạn do đơn vị vận hành quy định (vẫn phải khử trùng trước khi xả).`,
        en: `Not applicable: the wastewater goes to a central treatment plant whose operator sets the limits (it must still be disinfected).`,
      },
    });
  }
  const column = colResult.column;

  const kApplies = param(rule, 'kApplies', 'boolean');
  if (!kApplies) return regulationDataMissing(pack, rule, 'kApplies', shown);

  if (typed.kind === 'empty') return inputMissing(pack, rule, { vi: `kết quả ${rule.title.vi}`, en: `the result for ${rule.title.en}` }, shown);
  if (typed.kind === 'invalid' || (typed.kind === 'number' && typed.value < 0)) {
    return verdict(pack, rule, {
      status: 'missing_data',
      value: shown,
      explanation: {
        vi: `Thiếu dữ liệu: không đọc được kết quả "${String(shown)}" của ${rule.title.vi} (ghi số, "KPH" hoặc "<giới hạn phát hiện").`,
        en: `Missing data: cannot read the result "${String(shown)}" for ${rule.title.en} (write a number, "KPH" or "<detection limit").`,
      },
    });
  }

  const converted = toRuleUnit(pack, rule, typed, shown, inputUnit);
  if ('status' in converted) return converted;
  const { measured, conversion } = converted;

  if (rule.kind === 'wastewater.range') {
    const range = param(rule, column, 'range');
    if (!range) return regulationDataMissing(pack, rule, column, shown);
    return judgeRange(pack, rule, column, range, measured.kind === 'number' ? measured.value : null, shown, kApplies.verified);
  }

  if (rule.kind === 'wastewater.not_detected') {
    const limitText = param(rule, column, 'string');
    if (!limitText) return regulationDataMissing(pack, rule, column, shown);
    return judgeNotDetected(pack, rule, column, measured, shown, limitText.verified && kApplies.verified, conversion);
  }

  const c = param(rule, column, 'number');
  if (!c) return regulationDataMissing(pack, rule, column, shown);
  let k: KFactor | null = null;
  if (kApplies.value) {
    const kr = resolveK(pack, site);
    if ('missing' in kr) {
      return kr.missing === 'input' ? inputMissing(pack, rule, kr.what, shown) : regulationDataMissing(pack, rule, kr.what, shown);
    }
    k = kr;
  }
  const unit = rule.unit ?? '';
  const cmax = clean(c.value * (k?.k ?? 1));
  const formula: LocalText = k
    ? both((f) => `Cmax = C × K = ${f(c.value)} × ${f(k.k)} = ${f(cmax)} ${unit}`.trim())
    : both((f, lang) => `Cmax = C = ${f(cmax)} ${unit}`.trim() + (lang === 'vi' ? ' (không áp dụng hệ số K)' : ' (K not applied)'));
  const basis: LimitBasis = { column, formula };
  if (conversion) basis.conversion = conversion;
  if (k) {
    basis.k = k.k;
    basis.kSource = k.source;
    basis.kReason = k.reason;
  }
  const verified = c.verified && kApplies.verified && (k?.verified ?? true);
  const limit = { min: null, max: cmax };
  const where = both((f, lang) =>
    lang === 'vi'
      ? `cột ${column}${k ? `, ${k.reason.vi}` : ''}; ${formula.vi}`
      : `column ${column}${k ? `, ${k.reason.en}` : ''}; ${formula.en}`,
  );

  if (measured.kind === 'not_detected') {
    return verdict(pack, rule, {
      status: 'pass', value: shown, limit, basis, verified,
      explanation: {
        vi: `${rule.title.vi}: không phát hiện (KPH), dưới Cmax = ${fmtVi(cmax)} ${unit} — đạt (${where.vi}).`,
        en: `${rule.title.en}: not detected, below Cmax = ${fmtEn(cmax)} ${unit} — pass (${where.en}).`,
      },
    });
  }
  if (measured.kind === 'less_than') {
    const below = measured.value <= cmax;
    return verdict(pack, rule, {
      status: below ? 'pass' : 'missing_data', value: shown, limit, basis, verified,
      explanation: below
        ? {
            vi: `${rule.title.vi} < ${conversion ? conversion.vi : `${fmtVi(measured.value)} ${unit}`}, không vượt Cmax = ${fmtVi(cmax)} ${unit} — đạt (${where.vi}).`,
            en: `${rule.title.en} < ${conversion ? conversion.en : `${fmtEn(measured.value)} ${unit}`}, within Cmax = ${fmtEn(cmax)} ${unit} — pass (${where.en}).`,
          }
        : {
            vi: `Thiếu dữ liệu: giới hạn phát hiện ${fmtVi(measured.value)} ${unit} cao hơn Cmax = ${fmtVi(cmax)} ${unit}, không kết luận được.`,
            en: `Missing data: the detection limit ${fmtEn(measured.value)} ${unit} is above Cmax = ${fmtEn(cmax)} ${unit}; no conclusion possible.`,
          },
    });
  }
  const value = measured.value;
  const pass = value <= cmax;
  return verdict(pack, rule, {
    status: pass ? 'pass' : 'fail', value, limit, basis, verified,
    explanation: {
      vi: `${rule.title.vi} = ${conversion ? conversion.vi : `${fmtVi(value)} ${unit}`} ${pass ? '≤' : '>'} Cmax = ${fmtVi(cmax)} ${unit} — ${pass ? 'đạt' : 'không đạt'} (${where.vi}).`,
      en: `${rule.title.en} = ${conversion ? conversion.en : `${fmtEn(value)} ${unit}`} ${pass ? '≤' : '>'} Cmax = ${fmtEn(cmax)} ${unit} — ${pass ? 'pass' : 'fail'} (${where.en}).`,
    },
  });
}

function fmtVi(n: number): string {
  return both((f) => f(n)).vi;
}
function fmtEn(n: number): string {
  return both((f) => f(n)).en;
}

function judgeRange(pack: RulePack, rule: Rule, column: 'A' | 'B', range: { value: LimitRange; verified: boolean }, value: number | null, shown: number | string | null, kVerified: boolean): Verdict {
  const { min, max } = range.value;
  const span = `${min === null ? '' : fmtVi(min)}–${max === null ? '' : fmtVi(max)}`;
  const spanEn = `${min === null ? '' : fmtEn(min)}–${max === null ? '' : fmtEn(max)}`;
  const basis: LimitBasis = {
    column,
    formula: { vi: `Khoảng cho phép ${span} (cột ${column}, không áp dụng hệ số K)`, en: `Allowed range ${spanEn} (column ${column}, K not applied)` },
  };
  const verified = range.verified && kVerified;
  if (value === null) {
    return verdict(pack, rule, {
      status: 'missing_data', value: shown, limit: range.value, basis, verified,
      explanation: { vi: `Thiếu dữ liệu: ${rule.title.vi} phải là một số đo được.`, en: `Missing data: ${rule.title.en} must be a measured number.` },
    });
  }
  const pass = (min === null || value >= min) && (max === null || value <= max);
  return verdict(pack, rule, {
    status: pass ? 'pass' : 'fail', value, limit: range.value, basis, verified,
    explanation: {
      vi: `${rule.title.vi} = ${fmtVi(value)} ${pass ? 'nằm trong' : 'nằm ngoài'} khoảng ${span} — ${pass ? 'đạt' : 'không đạt'}.`,
      en: `${rule.title.en} = ${fmtEn(value)} is ${pass ? 'within' : 'outside'} ${spanEn} — ${pass ? 'pass' : 'fail'}.`,
    },
  });
}

function judgeNotDetected(pack: RulePack, rule: Rule, column: 'A' | 'B', measured: Measured, shown: number | string | null, verified: boolean, conversion: LocalText | null): Verdict {
  const unit = rule.unit ?? '';
  const basis: LimitBasis = { column, formula: { vi: `Phải không phát hiện (KPH), cột ${column}, không áp dụng hệ số K`, en: `Must be not detected, column ${column}, K not applied` } };
  if (conversion) basis.conversion = conversion;
  const limit = { min: null, max: 0 };
  if (measured.kind === 'not_detected' || (measured.kind === 'number' && measured.value === 0)) {
    return verdict(pack, rule, {
      status: 'pass', value: shown, limit, basis, verified,
      explanation: { vi: `${rule.title.vi}: không phát hiện — đạt.`, en: `${rule.title.en}: not detected — pass.` },
    });
  }
  if (measured.kind === 'number') {
    return verdict(pack, rule, {
      status: 'fail', value: measured.value, limit, basis, verified,
      explanation: {
        vi: `${rule.title.vi}: phát hiện ${fmtVi(measured.value)} ${unit}, quy chuẩn yêu cầu không phát hiện — không đạt.`,
        en: `${rule.title.en}: ${fmtEn(measured.value)} ${unit} found where none is allowed — fail.`,
      },
    });
  }
  return verdict(pack, rule, {
    status: 'missing_data', value: shown, limit, basis, verified,
    explanation: {
      vi: `Thiếu dữ liệu: ghi "KPH" hoặc số đếm cho ${rule.title.vi} (kết quả "${String(shown)}" không kết luận được).`,
      en: `Missing data: write "KPH" or a count for ${rule.title.en} (the result "${String(shown)}" is not conclusive).`,
    },
  });
}

/**
 * The typed value in the rule's unit: 60,1 µg/L of BOD5 is 0,0601 mg/L. A unit the rule's cannot
 * be converted from gives missing data with the reason, never a verdict. No unit = the rule's.
 */
function toRuleUnit<M extends Measured>(pack: RulePack, rule: Rule, typed: M, shown: number | string | null, inputUnit: string | null): { measured: M; conversion: LocalText | null } | Verdict {
  const unit = inputUnit?.trim() ? inputUnit.trim() : null;
  if (!unit || (typed.kind !== 'number' && typed.kind !== 'less_than')) return { measured: typed, conversion: null };
  const c = rule.unit
    ? unitConversion(unit, rule.unit)
    : { ok: false as const, reason: { vi: `${rule.title.vi} không có đơn vị nhưng kết quả ghi đơn vị "${unit.slice(0, 40)}"`, en: `${rule.title.en} takes no unit but the result says "${unit.slice(0, 40)}"` } };
  if (!c.ok) {
    return verdict(pack, rule, {
      status: 'missing_data',
      value: shown,
      unit: unit.slice(0, 40),
      explanation: {
        vi: `Thiếu dữ liệu: ${c.reason.vi}, nên chưa kết luận được ${rule.title.vi} = ${String(shown)} ${unit.slice(0, 40)}.`,
        en: `Missing data: ${c.reason.en}, so ${rule.title.en} = ${String(shown)} ${unit.slice(0, 40)} cannot be judged.`,
      },
    });
  }
  if (c.from === c.to) return { measured: typed, conversion: null };
  return { measured: { ...typed, value: convertValue(typed.value, c.factor) } as M, conversion: conversionText(typed.value, c) };
}
