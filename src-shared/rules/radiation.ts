import { addDays, addMonths, daysBetween, isIsoDate, viDate } from './dates';
import { both, clean, fmt } from './format';
import type { LocalText, Rule, RulePack } from './pack-schema';
import type { XrayUnitType } from '../schemas/register/xray-units';
import { conversionText, convertValue, unitConversion } from './units';
import { findRule, inputMissing, param, regulationDataMissing, ruleMissing, verdict, type Verdict } from './verdict';

export * from './radiation-doses';

/**
 * Radiation safety of diagnostic X-ray (DOMAIN.md §4): dose rates, intervals (QC, dosimeter
 * reading, health check, training), the RSO and the licence. Figures come from the pack.
 */

// One list of unit types for the register and the rules.
export { XRAY_UNIT_TYPES, type XrayUnitType } from '../schemas/register/xray-units';

export const DOSE_RATE_RULES = {
  console: 'radiation.dose_rate.console',
  public_area: 'radiation.dose_rate.public_area',
  adjoining_housing: 'radiation.dose_rate.adjoining_housing',
  tube_leakage: 'radiation.tube_leakage',
} as const;
export type DoseRatePoint = keyof typeof DOSE_RATE_RULES;

export interface DoseRateReading {
  /** As read on the survey meter, in `unit`. */
  measured: number | null;
  /** Natural background at the site, same unit; subtracted ("background excluded"). */
  background?: number | null;
  /** The unit both were read in; absent or empty = the rule's unit (converted before judging). */
  unit?: string | null;
}

function finiteNonNegative(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0;
}

export function evaluateDoseRate(pack: RulePack, point: DoseRatePoint, reading: DoseRateReading): Verdict {
  const ruleId = DOSE_RATE_RULES[point];
  const rule = findRule(pack, ruleId);
  if (!rule) return ruleMissing(pack, ruleId, reading.measured ?? null);
  const unit = rule.unit ?? '';
  if (!finiteNonNegative(reading.measured)) return inputMissing(pack, rule, { vi: `suất liều đo tại ${rule.title.vi}`, en: `the dose rate measured at ${rule.title.en}` }, reading.measured ?? null);
  const typedBg = reading.background;
  if (typedBg !== undefined && typedBg !== null && !finiteNonNegative(typedBg)) return inputMissing(pack, rule, { vi: 'phông phóng xạ tự nhiên (số không âm)', en: 'the natural background (a non-negative number)' }, reading.measured);
  const typedUnit = reading.unit?.trim() ? reading.unit.trim().slice(0, 40) : null;
  let measured = reading.measured;
  let bg = typedBg;
  let conversion: { vi: string; en: string } | null = null;
  if (typedUnit) {
    const c = unitConversion(typedUnit, unit);
    if (!c.ok) {
      return verdict(pack, rule, {
        status: 'missing_data',
        value: measured,
        unit: typedUnit,
        explanation: {
          vi: `Thiếu dữ liệu: ${c.reason.vi}, nên chưa kết luận được ${rule.title.vi} (${fmt(measured, 'vi')} ${typedUnit}).`,
          en: `Missing data: ${c.reason.en}, so ${rule.title.en} (${fmt(measured, 'en')} ${typedUnit}) cannot be judged.`,
        },
      });
    }
    if (c.from !== c.to) {
      conversion = conversionText(measured, c);
      if (finiteNonNegative(bg)) {
        const b = conversionText(bg, c);
        conversion = { vi: `${conversion.vi}; phông ${b.vi}`, en: `${conversion.en}; background ${b.en}` };
        bg = convertValue(bg, c.factor);
      }
      measured = convertValue(measured, c.factor);
    }
  }

  if (rule.kind === 'radiation.dose_rate_background') {
    if (!finiteNonNegative(bg)) return inputMissing(pack, rule, { vi: 'phông phóng xạ tự nhiên (cần để trừ phông)', en: 'the natural background (needed to subtract it)' }, measured);
    const netMax = param(rule, 'netMax', 'number');
    const tol = param(rule, 'tolerance', 'number');
    if (!netMax) return regulationDataMissing(pack, rule, 'netMax', measured);
    if (!tol) return regulationDataMissing(pack, rule, 'tolerance', measured);
    const net = clean(measured - bg);
    const max = clean(netMax.value + tol.value);
    const pass = net <= max;
    return verdict(pack, rule, {
      status: pass ? 'pass' : 'fail',
      value: net,
      limit: { min: null, max },
      verified: netMax.verified && tol.verified,
      basis: {
        ...(conversion ? { conversion } : {}),
        formula: both((f, lang) =>
          lang === 'vi'
            ? `Suất liều ròng = ${f(measured)} − ${f(bg)} (phông) = ${f(net)} ${unit}; cho phép ≤ ${f(netMax.value)} + ${f(tol.value)} (dung sai đo) = ${f(max)} ${unit}`
            : `Net dose rate = ${f(measured)} − ${f(bg)} (background) = ${f(net)} ${unit}; allowed ≤ ${f(netMax.value)} + ${f(tol.value)} (measurement tolerance) = ${f(max)} ${unit}`,
        ),
      },
      explanation: both((f, lang) =>
        lang === 'vi'
          ? `${rule.title.vi}: ${conversion ? `${conversion.vi}; ` : ''}chỉ được bằng phông tự nhiên; sau khi trừ phông còn ${f(net)} ${unit} ${pass ? '≤' : '>'} ${f(max)} ${unit} — ${pass ? 'đạt' : 'không đạt'}.`
          : `${rule.title.en}: ${conversion ? `${conversion.en}; ` : ''}must stay at background; net of background ${f(net)} ${unit} ${pass ? '≤' : '>'} ${f(max)} ${unit} — ${pass ? 'pass' : 'fail'}.`,
      ),
    });
  }

  const max = param(rule, 'max', 'number');
  if (!max) return regulationDataMissing(pack, rule, 'max', measured);
  const subtracted = finiteNonNegative(bg);
  const value = subtracted ? clean(Math.max(0, measured - (bg as number))) : measured;
  const pass = value <= max.value;
  const formula = subtracted
    ? both((f) => `${f(measured)} − ${f(bg as number)} = ${f(value)} ${unit} ${pass ? '≤' : '>'} ${f(max.value)} ${unit}`)
    : both((f, lang) => `${f(value)} ${unit} ${pass ? '≤' : '>'} ${f(max.value)} ${unit}` + (lang === 'vi' ? ' (chưa trừ phông)' : ' (background not subtracted)'));
  return verdict(pack, rule, {
    status: pass ? 'pass' : 'fail',
    value,
    limit: { min: null, max: max.value },
    verified: max.verified,
    basis: conversion ? { formula, conversion } : { formula },
    explanation: {
      vi: `${rule.title.vi}: ${conversion ? `${conversion.vi}; ` : ''}${formula.vi} — ${pass ? 'đạt' : 'không đạt'}.`,
      en: `${rule.title.en}: ${conversion ? `${conversion.en}; ` : ''}${formula.en} — ${pass ? 'pass' : 'fail'}.`,
    },
  });
}

/** Where a date-bound obligation stands, for the register's "due within N days" warnings. */
export interface DueStatus {
  ruleId: string;
  dueDate: string | null;
  daysLeft: number | null;
  state: 'overdue' | 'due_soon' | 'ok' | 'unknown';
  warningDays: number | null;
  label: LocalText;
}

function dueStatus(rule: Rule, dueDate: string | null, today: string, warningDays: number | null): DueStatus {
  if (!dueDate || !isIsoDate(today)) {
    return { ruleId: rule.id, dueDate, daysLeft: null, state: 'unknown', warningDays, label: { vi: `${rule.title.vi}: chưa có ngày`, en: `${rule.title.en}: no date` } };
  }
  const daysLeft = daysBetween(today, dueDate);
  const state = daysLeft < 0 ? 'overdue' : warningDays !== null && daysLeft <= warningDays ? 'due_soon' : 'ok';
  const label: LocalText =
    state === 'overdue'
      ? { vi: `${rule.title.vi}: quá hạn ${-daysLeft} ngày (hạn ${viDate(dueDate)})`, en: `${rule.title.en}: ${-daysLeft} days overdue (due ${viDate(dueDate)})` }
      : state === 'due_soon'
        ? { vi: `${rule.title.vi}: đến hạn trong ${daysLeft} ngày (${viDate(dueDate)})`, en: `${rule.title.en}: due within ${daysLeft} days (${viDate(dueDate)})` }
        : { vi: `${rule.title.vi}: hạn ${viDate(dueDate)}`, en: `${rule.title.en}: due ${viDate(dueDate)}` };
  return { ruleId: rule.id, dueDate, daysLeft, state, warningDays, label };
}

export const INTERVAL_RULES = {
  dosimeter_read: 'radiation.dosimeter_read_interval',
  health_check: 'radiation.health_check_interval',
  training_refresher: 'radiation.training_refresher_interval',
  survey_meter_calibration: 'radiation.survey_meter_calibration_interval',
  area_monitoring: 'radiation.area_monitoring_interval',
} as const;
export type IntervalKind = keyof typeof INTERVAL_RULES;

function intervalVerdict(pack: RulePack, rule: Rule, months: { value: number; verified: boolean }, last: string | null, asOf: string, what: LocalText, aspect?: string): Verdict {
  if (!last || !isIsoDate(last)) return inputMissing(pack, rule, what);
  if (!isIsoDate(asOf)) return inputMissing(pack, rule, { vi: 'ngày kiểm tra', en: 'the inspection date' }, last);
  if (last > asOf) {
    // A "last time" after the day of the check has not happened yet: never a pass.
    return verdict(pack, rule, {
      aspect,
      status: 'missing_data',
      value: last,
      unit: null,
      explanation: {
        vi: `Thiếu dữ liệu: ${rule.title.vi} — lần gần nhất ghi ngày ${viDate(last)}, sau ngày kiểm tra ${viDate(asOf)}; ngày này không thể là lần đã thực hiện, cần ghi lại ngày đúng.`,
        en: `Missing data: ${rule.title.en} — the last one is dated ${viDate(last)}, after the check date ${viDate(asOf)}; that cannot have happened yet, the right date is needed.`,
      },
    });
  }
  const due = addMonths(last, months.value);
  const pass = asOf <= due;
  return verdict(pack, rule, {
    aspect,
    status: pass ? 'pass' : 'fail',
    value: last,
    unit: null,
    limit: null,
    verified: months.verified,
    basis: {
      formula: both((f, lang) =>
        lang === 'vi'
          ? `Hạn = ${viDate(last)} + ${f(months.value)} tháng = ${viDate(due)}`
          : `Due = ${viDate(last)} + ${f(months.value)} months = ${viDate(due)}`,
      ),
    },
    explanation: both((f, lang) =>
      lang === 'vi'
        ? `${rule.title.vi}: lần gần nhất ${viDate(last)}, chu kỳ tối đa ${f(months.value)} tháng, hạn ${viDate(due)}; ngày kiểm tra ${viDate(asOf)} — ${pass ? 'đạt' : `không đạt (quá hạn ${daysBetween(due, asOf)} ngày)`}.`
        : `${rule.title.en}: last on ${viDate(last)}, at most every ${f(months.value)} months, due ${viDate(due)}; checked on ${viDate(asOf)} — ${pass ? 'pass' : `fail (${daysBetween(due, asOf)} days overdue)`}.`,
    ),
  });
}

/** Dosimeter reading, health check, refresher training …: the last date vs the interval. */
export function evaluateInterval(pack: RulePack, kind: IntervalKind, lastDate: string | null, asOf: string): Verdict {
  const ruleId = INTERVAL_RULES[kind];
  const rule = findRule(pack, ruleId);
  if (!rule) return ruleMissing(pack, ruleId, lastDate);
  const months = param(rule, 'maxMonths', 'number');
  if (!months) return regulationDataMissing(pack, rule, 'maxMonths', lastDate);
  return intervalVerdict(pack, rule, months, lastDate, asOf, { vi: `ngày ${rule.title.vi.toLowerCase()} gần nhất`, en: `the date of the last ${rule.title.en.toLowerCase()}` });
}

export function intervalDue(pack: RulePack, kind: IntervalKind, lastDate: string | null, today: string): DueStatus | null {
  const rule = findRule(pack, INTERVAL_RULES[kind]);
  const months = rule && param(rule, 'maxMonths', 'number');
  if (!rule || !months) return null;
  const due = lastDate && isIsoDate(lastDate) ? addMonths(lastDate, months.value) : null;
  return dueStatus(rule, due, today, param(rule, 'warningDays', 'number')?.value ?? null);
}

export interface XrayUnitForQc {
  type: XrayUnitType;
  /** Date of the last verification (kiểm định) certificate. */
  lastQcDate: string | null;
}

const QC_RULE = 'radiation.qc_interval';

function qcMonths(pack: RulePack, type: XrayUnitType): { rule: Rule; months: { value: number; verified: boolean } | null } | null {
  const rule = findRule(pack, QC_RULE);
  if (!rule) return null;
  return { rule, months: param(rule, type, 'number') };
}

/** QC verification: due 12 months after the last for CT and fluoroscopy units, 24 for others (pack). */
export function evaluateQc(pack: RulePack, unit: XrayUnitForQc, asOf: string): Verdict {
  const found = qcMonths(pack, unit.type);
  if (!found) return ruleMissing(pack, QC_RULE, unit.lastQcDate);
  if (!found.months) return regulationDataMissing(pack, found.rule, unit.type, unit.lastQcDate);
  return intervalVerdict(pack, found.rule, found.months, unit.lastQcDate, asOf, { vi: 'ngày kiểm định gần nhất của thiết bị', en: "the date of the unit's last verification" }, unit.type);
}

export function qcDue(pack: RulePack, unit: XrayUnitForQc, today: string): DueStatus | null {
  const found = qcMonths(pack, unit.type);
  if (!found?.months) return null;
  const due = unit.lastQcDate && isIsoDate(unit.lastQcDate) ? addMonths(unit.lastQcDate, found.months.value) : null;
  return dueStatus(found.rule, due, today, param(found.rule, 'warningDays', 'number')?.value ?? null);
}

export interface RsoInput {
  units: { type: XrayUnitType; imaging?: 'film' | 'digital' | null }[];
  /** Appointed in writing (quyết định phân công); null = not recorded. */
  appointed: boolean | null;
  certificateNumber: string | null;
}

const RSO_RULE = 'radiation.rso';

/** RSO appointed in writing with a certificate — not required where every unit is intra-oral film dental. */
export function evaluateRso(pack: RulePack, input: RsoInput): Verdict {
  const rule = findRule(pack, RSO_RULE);
  if (!rule) return ruleMissing(pack, RSO_RULE);
  const exemptType = param(rule, 'exemptUnitType', 'string');
  const exemptImaging = param(rule, 'exemptImaging', 'string');
  if (!exemptType || !exemptImaging) return regulationDataMissing(pack, rule, 'exemptUnitType/exemptImaging');
  const verified = exemptType.verified && exemptImaging.verified;
  if (input.units.length === 0) {
    return verdict(pack, rule, { status: 'na', verified, explanation: { vi: 'Không áp dụng: cơ sở không có thiết bị X-quang.', en: 'Not applicable: the facility has no X-ray unit.' } });
  }
  const allExemptType = input.units.every((u) => u.type === exemptType.value);
  if (allExemptType) {
    if (input.units.some((u) => !u.imaging)) {
      return inputMissing(pack, rule, { vi: 'loại ghi nhận hình ảnh (phim/kỹ thuật số) của máy X-quang răng trong miệng', en: 'whether the intra-oral dental units use film or digital imaging' });
    }
    if (input.units.every((u) => u.imaging === exemptImaging.value)) {
      return verdict(pack, rule, {
        status: 'na',
        verified,
        explanation: {
          vi: 'Không áp dụng: cơ sở chỉ có máy X-quang răng chụp trong miệng dùng phim, không bắt buộc người phụ trách an toàn.',
          en: 'Not applicable: only intra-oral film dental units, for which no RSO is required.',
        },
      });
    }
  }
  if (input.appointed === null) return inputMissing(pack, rule, { vi: 'quyết định phân công người phụ trách an toàn', en: 'the written RSO appointment' });
  const hasCertificate = !!input.certificateNumber && input.certificateNumber.trim() !== '';
  const pass = input.appointed && hasCertificate;
  const missing: LocalText[] = [];
  if (!input.appointed) missing.push({ vi: 'chưa có quyết định phân công bằng văn bản', en: 'no written appointment' });
  if (!hasCertificate) missing.push({ vi: 'chưa có chứng chỉ nhân viên bức xạ (người phụ trách an toàn)', en: 'no RSO certificate' });
  return verdict(pack, rule, {
    status: pass ? 'pass' : 'fail',
    value: input.certificateNumber?.trim() || null,
    unit: null,
    verified,
    explanation: pass
      ? { vi: `Người phụ trách an toàn được phân công bằng văn bản, có chứng chỉ số ${input.certificateNumber!.trim()} — đạt.`, en: `RSO appointed in writing with certificate ${input.certificateNumber!.trim()} — pass.` }
      : { vi: `Người phụ trách an toàn: ${missing.map((m) => m.vi).join('; ')} — không đạt.`, en: `RSO: ${missing.map((m) => m.en).join('; ')} — fail.` },
  });
}

export interface LicenceInput {
  issuedOn: string | null;
  /** As printed on the licence; when absent, issued + validity years. */
  expiresOn?: string | null;
  /** Date the renewal file was lodged, if any. */
  renewalFiledOn?: string | null;
}

const LICENCE_RULE = 'radiation.licence';

function licenceExpiry(rule: Rule, licence: LicenceInput): { expiry: string; verified: boolean; computed: boolean } | null {
  if (licence.expiresOn && isIsoDate(licence.expiresOn)) return { expiry: licence.expiresOn, verified: true, computed: false };
  const years = param(rule, 'validityYears', 'number');
  if (!years || !licence.issuedOn || !isIsoDate(licence.issuedOn)) return null;
  // Valid for N years from issue: the last valid day is the day before the anniversary.
  return { expiry: addDays(addMonths(licence.issuedOn, Math.round(years.value * 12)), -1), verified: years.verified, computed: true };
}

/** Licence still valid, and renewal lodged at least the lead time before expiry once that window opened. */
export function evaluateLicence(pack: RulePack, licence: LicenceInput, asOf: string): Verdict {
  const rule = findRule(pack, LICENCE_RULE);
  if (!rule) return ruleMissing(pack, LICENCE_RULE);
  const lead = param(rule, 'renewalLeadDays', 'number');
  if (!lead) return regulationDataMissing(pack, rule, 'renewalLeadDays');
  const exp = licenceExpiry(rule, licence);
  if (!exp) return inputMissing(pack, rule, { vi: 'ngày cấp hoặc ngày hết hạn giấy phép', en: 'the licence issue or expiry date' });
  if (!isIsoDate(asOf)) return inputMissing(pack, rule, { vi: 'ngày kiểm tra', en: 'the inspection date' });
  const deadline = addDays(exp.expiry, -lead.value);
  const verified = exp.verified && lead.verified;
  const basis = {
    formula: both((f, lang) =>
      lang === 'vi'
        ? `Hết hạn ${viDate(exp.expiry)}${exp.computed ? ' (ngày cấp + thời hạn)' : ''}; hạn nộp hồ sơ gia hạn = ${viDate(exp.expiry)} − ${f(lead.value)} ngày = ${viDate(deadline)}`
        : `Expires ${viDate(exp.expiry)}${exp.computed ? ' (issued + validity)' : ''}; renewal due = ${viDate(exp.expiry)} − ${f(lead.value)} days = ${viDate(deadline)}`,
    ),
  };
  const common = { value: exp.expiry, unit: null, verified, basis };
  if (asOf > exp.expiry) {
    return verdict(pack, rule, {
      ...common,
      status: 'fail',
      explanation: { vi: `Giấy phép đã hết hạn ngày ${viDate(exp.expiry)} — không đạt.`, en: `The licence expired on ${viDate(exp.expiry)} — fail.` },
    });
  }
  const filed = licence.renewalFiledOn && isIsoDate(licence.renewalFiledOn) ? licence.renewalFiledOn : null;
  if (asOf > deadline && (!filed || filed > deadline)) {
    return verdict(pack, rule, {
      ...common,
      status: 'fail',
      explanation: {
        vi: `Giấy phép hết hạn ${viDate(exp.expiry)}; hồ sơ gia hạn phải nộp trước ít nhất ${fmt(lead.value, 'vi')} ngày (trước ${viDate(deadline)}) nhưng ${filed ? `nộp ngày ${viDate(filed)}` : 'chưa nộp'} — không đạt.`,
        en: `The licence expires ${viDate(exp.expiry)}; renewal had to be filed at least ${fmt(lead.value, 'en')} days before (by ${viDate(deadline)}) but was ${filed ? `filed on ${viDate(filed)}` : 'not filed'} — fail.`,
      },
    });
  }
  return verdict(pack, rule, {
    ...common,
    status: 'pass',
    explanation: { vi: `Giấy phép còn hiệu lực đến ${viDate(exp.expiry)} — đạt.`, en: `The licence is valid until ${viDate(exp.expiry)} — pass.` },
  });
}

export function licenceDue(pack: RulePack, licence: LicenceInput, today: string): (DueStatus & { renewalDeadline: string | null }) | null {
  const rule = findRule(pack, LICENCE_RULE);
  if (!rule) return null;
  const exp = licenceExpiry(rule, licence);
  const lead = param(rule, 'renewalLeadDays', 'number');
  const status = dueStatus(rule, exp?.expiry ?? null, today, param(rule, 'warningDays', 'number')?.value ?? null);
  return { ...status, renewalDeadline: exp && lead ? addDays(exp.expiry, -lead.value) : null };
}
