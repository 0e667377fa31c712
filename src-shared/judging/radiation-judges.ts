import type { MeasurementRow } from '../checklists/answers';
import { both } from '../rules/format';
import {
  DOSE_LIMIT_RULES,
  evaluateDoseRate,
  evaluateInterval,
  evaluateLicence,
  evaluateQc,
  licenceDue,
  XRAY_UNIT_TYPES,
  type DoseRatePoint,
  type IntervalKind,
  type XrayUnitType,
} from '../rules/radiation';
import { findRule, inputMissing, param, regulationDataMissing, ruleMissing, verdict } from '../rules/verdict';
import type { WorkerFields } from '../schemas/register/workers';
import { answerOf, asDate, asNumber, asQuantity, asText, recordFact } from './answers';
import { single, verdictKey } from './checklist-verdicts';
import type { ItemJudge, ItemVerdict } from './types';

/**
 * Judges for the radiation items of the X-ray and sealed-source forms. Which item key holds the
 * licence expiry or the renewal answer is the templates' vocabulary; every limit is the pack's.
 */
const LICENCE_EXPIRY_ITEM = 'licence_expiry';
const LICENCE_RULE = 'radiation.licence';

/**
 * Licence expiry date: still valid on the day of the check? Lodging the renewal in time is judged
 * at the renewal question, so here it counts as on time (one failure, one finding).
 */
export const licenceExpiry: ItemJudge = (input) => {
  const expiresOn = asDate(input.answer);
  const due = expiresOn ? licenceDue(input.pack, { issuedOn: null, expiresOn }, input.date) : null;
  return single(evaluateLicence(input.pack, { issuedOn: null, expiresOn, renewalFiledOn: due?.renewalDeadline ?? null }, input.date));
};

/** Renewal lodged at least the pack's lead time before expiry, once that window has opened. */
export const licenceRenewal: ItemJudge = (input) => {
  const a = input.answer;
  const rule = findRule(input.pack, LICENCE_RULE);
  if (!rule) return single(ruleMissing(input.pack, LICENCE_RULE));
  if (a === 'na') return single(verdict(input.pack, rule, { status: 'na', explanation: { vi: `${input.item.label.vi}: không áp dụng.`, en: `${input.item.label.en}: not applicable.` } }));
  if (a !== 'yes' && a !== 'no') return single(inputMissing(input.pack, rule, { vi: `câu trả lời "${input.item.label.vi}"`, en: `the answer to "${input.item.label.en}"` }));
  const expiresOn = asDate(answerOf(input, LICENCE_EXPIRY_ITEM));
  // "Yes" carries no filing date: it is taken as lodged in time (the inspector saw the receipt).
  const due = expiresOn ? licenceDue(input.pack, { issuedOn: null, expiresOn }, input.date) : null;
  const v = evaluateLicence(input.pack, { issuedOn: null, expiresOn, renewalFiledOn: a === 'yes' ? (due?.renewalDeadline ?? null) : null }, input.date);
  if (v.status === 'fail' && expiresOn !== null && input.date > expiresOn) {
    // Already expired: that is the finding of the expiry item, not a second one here.
    return single(
      verdict(input.pack, rule, {
        status: 'na',
        value: expiresOn,
        unit: null,
        explanation: { vi: 'Giấy phép đã hết hạn: xem mục hạn giấy phép.', en: 'The licence has expired: see the licence expiry item.' },
      }),
    );
  }
  return single(v);
};

/** A date item judged against an interval rule; the register's date stands in when none is typed. */
export function intervalDate(kind: IntervalKind, registerFields: (keyof WorkerFields & string)[]): ItemJudge {
  return (input) => {
    const typed = asDate(input.answer);
    const fromRegister = registerFields.map((f) => asDate(recordFact(input, 'worker', f))).find((d) => d !== null) ?? null;
    return single(evaluateInterval(input.pack, kind, typed ?? fromRegister, input.date));
  };
}

/** QC verification date of the unit in this instance: 12 or 24 months by its type (pack). */
export const qcDate: ItemJudge = (input) => {
  const type = recordFact(input, 'xray_unit', 'type');
  const unitType: XrayUnitType = (XRAY_UNIT_TYPES as readonly unknown[]).includes(type) ? (type as XrayUnitType) : 'other';
  const last = asDate(input.answer) ?? asDate(recordFact(input, 'xray_unit', 'lastQcOn'));
  return single(evaluateQc(input.pack, { type: unitType, lastQcDate: last }, input.date));
};

/** "Highest worker effective dose in the last year" against the pack's annual limit. */
export const workerAnnualDose: ItemJudge = (input) => {
  const ruleId = DOSE_LIMIT_RULES.effective;
  const rule = findRule(input.pack, ruleId);
  const value = asNumber(input.answer);
  if (!rule) return single(ruleMissing(input.pack, ruleId, value));
  const max = param(rule, 'annualMax', 'number');
  if (!max) return single(regulationDataMissing(input.pack, rule, 'annualMax', value));
  if (value === null) return single(inputMissing(input.pack, rule, { vi: input.item.label.vi.toLowerCase(), en: input.item.label.en.toLowerCase() }));
  const pass = value <= max.value;
  return single(
    verdict(input.pack, rule, {
      aspect: 'annual',
      status: pass ? 'pass' : 'fail',
      value,
      unit: 'mSv',
      limit: { min: null, max: max.value },
      verified: max.verified,
      explanation: both((f, lang) =>
        lang === 'vi'
          ? `${input.item.label.vi}: ${f(value)} mSv ${pass ? '≤' : '>'} giới hạn năm ${f(max.value)} mSv — ${pass ? 'đạt' : 'không đạt'}.`
          : `${input.item.label.en}: ${f(value)} mSv ${pass ? '≤' : '>'} annual limit ${f(max.value)} mSv — ${pass ? 'pass' : 'fail'}.`,
      ),
    }),
  );
};

export const tubeLeakage: ItemJudge = (input) => {
  const q = asQuantity(input.answer, input.item.unit ?? null);
  return single(evaluateDoseRate(input.pack, 'tube_leakage', { measured: q?.value ?? null, unit: q?.unit ?? null }));
};

/** Choice rules of a dose-rate table's "kind of position" column → the engine's measuring points. */
const DOSE_RATE_POINTS: Record<string, DoseRatePoint> = {
  'radiation.doseRate.console': 'console',
  'radiation.doseRate.publicArea': 'public_area',
  'radiation.doseRate.adjoiningHousing': 'adjoining_housing',
};

/** Column keys of the dose-rate tables in the templates. */
const COLUMNS = { point: 'point', position: 'position', measured: 'measured', background: 'background', unit: 'unit' } as const;

/** One verdict per row whose kind of position names a rule; rows of "other" positions are only recorded. */
export const doseRateTable: ItemJudge = (input) => {
  const rows = Array.isArray(input.answer) ? (input.answer as MeasurementRow[]) : [];
  const choices = input.item.table?.columns.find((c) => c.key === COLUMNS.position)?.choices ?? [];
  const out: ItemVerdict[] = [];
  rows.forEach((row, i) => {
    const choice = choices.find((c) => c.key === row.cells[COLUMNS.position]);
    if (!choice?.rule) return;
    const where = [asText(row.cells[COLUMNS.point]) ?? `Dòng ${i + 1}`, choice.label.vi].join(' — ');
    const whereEn = [asText(row.cells[COLUMNS.point]) ?? `Row ${i + 1}`, choice.label.en].join(' — ');
    const point = DOSE_RATE_POINTS[choice.rule];
    const v = point
      ? evaluateDoseRate(input.pack, point, { measured: asNumber(row.cells[COLUMNS.measured]), background: asNumber(row.cells[COLUMNS.background]), unit: asText(row.cells[COLUMNS.unit]) })
      : ruleMissing(input.pack, choice.rule, asNumber(row.cells[COLUMNS.measured]));
    out.push({ key: verdictKey(v), where, whereEn, verdict: v });
  });
  return out;
};
