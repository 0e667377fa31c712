import type { MeasurementRow } from '../checklists/answers';
import { viDate } from '../rules/dates';
import { both } from '../rules/format';
import { evaluateWastewaterParameter, type ReceivingWater, type WastewaterSite } from '../rules/wastewater';
import { answerOf, asDate, asNumber, asText, recordFact, recordFacts } from './answers';
import { checklistVerdict, single, verdictKey } from './checklist-verdicts';
import type { ItemJudge, ItemVerdict, JudgeInput } from './types';

/**
 * Judges for the hospital wastewater form. The item keys named here are the template's inputs
 * (where the water goes, the permit's K, the design capacity); every limit comes from the pack.
 */
const RECEIVING_WATER_ITEM = 'receiving_water';
const PERMIT_K_ITEM = 'permit_k_factor';
const DESIGN_CAPACITY_ITEM = 'design_capacity';
const ACTUAL_FLOW_ITEM = 'actual_flow';
const NO_DISINFECTION = 'none';
const RESULT_COLUMN = 'value';
const UNIT_COLUMN = 'unit';

/** The form's receiving-water choices → the pack's receiving waters. */
const RECEIVING_WATERS: Record<string, ReceivingWater> = {
  column_a: 'domestic_supply',
  column_b: 'other_water',
  central_plant: 'central_plant',
};

/** Register discharge column → a receiving water of that column, when the form leaves it empty. */
const FROM_COLUMN: Record<string, ReceivingWater> = { A: 'domestic_supply', B: 'other_water' };

/** Item and row keys that differ from the pack's parameter names. */
export const PARAMETER_ALIASES: Record<string, string> = { ph_onsite: 'ph', coliforms: 'total_coliforms' };

export function siteOf(input: JudgeInput): WastewaterSite {
  const answered = asText(answerOf(input, RECEIVING_WATER_ITEM));
  const column = asText(recordFact(input, 'wastewater_system', 'dischargeColumn'));
  const permitK = asNumber(answerOf(input, PERMIT_K_ITEM)) ?? asNumber(recordFact(input, 'wastewater_system', 'permitK'));
  return {
    facilityKind: String(input.facts.facility.kind ?? 'other'),
    beds: asNumber(input.facts.facility.beds),
    receivingWater: (answered && RECEIVING_WATERS[answered]) || (column && FROM_COLUMN[column]) || null,
    permitK,
    permitRef: asText(recordFact(input, 'wastewater_system', 'permitNo')),
  };
}

/** A single number item judged as a QCVN parameter (pH measured on site). */
export const parameterNumber: ItemJudge = (input) => {
  if (input.item.key === PERMIT_K_ITEM) return [];
  const parameter = PARAMETER_ALIASES[input.item.key] ?? input.item.key;
  return single(evaluateWastewaterParameter(input.pack, siteOf(input), parameter, asNumber(input.answer)));
};

/** The lab's result table: one verdict per parameter row that has a result. */
export const labResults: ItemJudge = (input) => {
  const rows = Array.isArray(input.answer) ? (input.answer as MeasurementRow[]) : [];
  const site = siteOf(input);
  const labels = new Map(input.item.table && input.item.table.rows !== 'free' ? input.item.table.rows.map((r) => [r.key, r.label.vi]) : []);
  const out: ItemVerdict[] = [];
  for (const row of rows) {
    const raw = row.cells[RESULT_COLUMN];
    if (!row.row || raw === null || raw === undefined || raw === '') continue;
    const v = evaluateWastewaterParameter(input.pack, site, PARAMETER_ALIASES[row.row] ?? row.row, raw, asText(row.cells[UNIT_COLUMN]));
    out.push({ key: verdictKey(v), where: labels.get(row.row) ?? row.row, verdict: v });
  }
  return out;
};

/** Actual flow within the design capacity (judged at the flow item; the capacity item feeds it). */
export const capacity: ItemJudge = (input) => {
  if (input.item.key !== ACTUAL_FLOW_ITEM) return [];
  const flow = asNumber(input.answer) ?? asNumber(recordFact(input, 'wastewater_system', 'actualFlowM3PerDay'));
  const design = asNumber(answerOf(input, DESIGN_CAPACITY_ITEM)) ?? asNumber(recordFact(input, 'wastewater_system', 'designCapacityM3PerDay'));
  const unit = input.item.unit ?? null;
  if (flow === null || design === null) {
    return single(checklistVerdict(input, { status: 'missing_data', value: flow, unit, explanation: { vi: 'Thiếu dữ liệu: cần cả công suất thiết kế và lưu lượng thực tế.', en: 'Missing data: both the design capacity and the actual flow are needed.' } }));
  }
  const pass = flow <= design;
  return single(
    checklistVerdict(input, {
      status: pass ? 'pass' : 'fail',
      value: flow,
      unit,
      limit: { min: null, max: design },
      explanation: both((f, lang) =>
        lang === 'vi'
          ? `Lưu lượng thực tế ${f(flow)} ${unit ?? ''} ${pass ? '≤' : '>'} công suất thiết kế ${f(design)} ${unit ?? ''} — ${pass ? 'đạt' : 'không đạt (hệ thống quá tải)'}.`
          : `Actual flow ${f(flow)} ${unit ?? ''} ${pass ? '≤' : '>'} design capacity ${f(design)} ${unit ?? ''} — ${pass ? 'pass' : 'fail (the system is overloaded)'}.`,
      ),
    }),
  );
};

/** A disinfection stage must exist. */
export const disinfection: ItemJudge = (input) => {
  const a = asText(input.answer);
  if (!a) return single(checklistVerdict(input, { status: 'missing_data', explanation: { vi: `Thiếu dữ liệu: chưa chọn "${input.item.label.vi}".`, en: `Missing data: "${input.item.label.en}" not chosen.` } }));
  const choice = input.item.choices?.find((c) => c.key === a)?.label ?? { vi: a, en: a };
  const pass = a !== NO_DISINFECTION;
  return single(
    checklistVerdict(input, {
      status: pass ? 'pass' : 'fail',
      value: choice.vi,
      explanation: pass
        ? { vi: `${input.item.label.vi}: ${choice.vi} — đạt.`, en: `${input.item.label.en}: ${choice.en} — pass.` }
        : { vi: `${input.item.label.vi}: ${choice.vi} — không đạt (nước thải y tế phải được khử trùng trước khi xả).`, en: `${input.item.label.en}: ${choice.en} — fail (medical wastewater must be disinfected before discharge).` },
    }),
  );
};

/** The environmental permit still valid on the day of the check. */
export const permitExpiry: ItemJudge = (input) => {
  const typed = asDate(input.answer);
  // The register's permits, the one running out first (a facility may hold one per system): it
  // stands in when nothing is typed, and is named when the answer is its date (the prefill).
  const first =
    recordFacts(input, 'wastewater_system', 'permitExpiresOn')
      .map((x) => ({ date: asDate(x.value), label: x.label }))
      .filter((x): x is { date: string; label: string } => x.date !== null)
      .sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
  const registered = !typed || typed === first?.date ? first : null;
  const expires = typed ?? registered?.date ?? null;
  if (!expires) return single(checklistVerdict(input, { status: 'missing_data', explanation: { vi: 'Thiếu dữ liệu: chưa nhập ngày hết hạn giấy phép.', en: 'Missing data: the permit expiry date is not entered.' } }));
  const from = registered ? { vi: ` (theo sổ đăng ký: ${registered.label})`, en: ` (from the register: ${registered.label})` } : { vi: '', en: '' };
  const pass = input.date <= expires;
  return single(
    checklistVerdict(input, {
      status: pass ? 'pass' : 'fail',
      value: expires,
      explanation: pass
        ? { vi: `Giấy phép môi trường còn hiệu lực đến ${viDate(expires)}${from.vi} — đạt.`, en: `The environmental permit is valid until ${viDate(expires)}${from.en} — pass.` }
        : { vi: `Giấy phép môi trường đã hết hạn ngày ${viDate(expires)}${from.vi} — không đạt.`, en: `The environmental permit expired on ${viDate(expires)}${from.en} — fail.` },
    }),
  );
};
