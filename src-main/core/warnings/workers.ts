import { addDays, addMonths } from '../../../src-shared/rules/dates';
import { INTERVAL_RULES, intervalDue, type IntervalKind } from '../../../src-shared/rules/radiation';
import { findRule } from '../../../src-shared/rules/verdict';
import type { RegisterWarning, WarningKind } from '../../../src-shared/schemas/warning';
import { scopedRows, severityOf, stateOf, type ScopedFacility, type WarningScope } from './scope';

interface WorkerRow {
  id: string;
  facility_id: string;
  name: string;
  dosimeter_id: string | null;
  training_on: string | null;
  last_refresher_on: string | null;
  last_health_check_on: string | null;
  last_year: number | null;
  last_quarter: number | null;
  last_read_on: string | null;
}

/** The last day of a dose quarter: the reading is due the pack's interval after it. */
function quarterEnd(year: number, quarter: number): string {
  return addDays(addMonths(`${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`, 3), -1);
}

const CHECKS: { kind: WarningKind; interval: IntervalKind; last: (w: WorkerRow) => string | null; applies: (w: WorkerRow) => boolean; what: { vi: string; en: string } }[] = [
  {
    kind: 'dosimetry_late',
    interval: 'dosimeter_read',
    // Due the interval after the day the dosimeter was last read (the reading date in the register);
    // a record without one falls back to the end of its quarter, said so in the words.
    last: (w) => w.last_read_on ?? (w.last_year && w.last_quarter ? quarterEnd(w.last_year, w.last_quarter) : null),
    applies: (w) => w.dosimeter_id !== null,
    what: { vi: 'ngày đọc liều kế gần nhất', en: 'the last dosimeter reading date' },
  },
  { kind: 'health_check', interval: 'health_check', last: (w) => w.last_health_check_on, applies: () => true, what: { vi: 'ngày khám sức khoẻ gần nhất', en: 'the last health check' } },
  {
    kind: 'training_refresher',
    interval: 'training_refresher',
    last: (w) => w.last_refresher_on ?? w.training_on,
    applies: () => true,
    what: { vi: 'ngày đào tạo an toàn bức xạ gần nhất', en: 'the last radiation safety training' },
  },
];

function warning(scope: WarningScope, facility: ScopedFacility, w: WorkerRow, check: (typeof CHECKS)[number]): RegisterWarning | null {
  const pack = scope.packFor(facility, 'radiation');
  if (!pack) return null;
  const due = intervalDue(pack, check.interval, check.last(w), scope.today);
  const state = due && stateOf(due);
  if (!due || !state) return null;
  const rule = findRule(pack, INTERVAL_RULES[check.interval]);
  return {
    kind: check.kind,
    state,
    severity: severityOf(state, rule),
    facilityId: facility.id,
    facilityName: facility.name,
    record: { entity: 'worker', id: w.id, label: w.name },
    dueDate: due.dueDate,
    daysLeft: due.daysLeft,
    explanation:
      state === 'missing'
        ? { vi: `${w.name}: chưa có ${check.what.vi}.`, en: `${w.name}: no record of ${check.what.en}.` }
        : { vi: `${w.name}: ${due.label.vi}.`, en: `${w.name}: ${due.label.en}.` },
    citation: rule?.citation ?? null,
    ruleId: rule?.id ?? null,
    packId: pack.id,
    packVersion: pack.version,
  };
}

/** Dosimetry read late, health check and refresher training due, per worker; intervals from the pack. */
export function workerWarnings(scope: WarningScope, single: boolean): RegisterWarning[] {
  const rows = scopedRows<WorkerRow>(
    scope,
    `SELECT t.id, t.facility_id, t.name, t.dosimeter_id, t.training_on, t.last_refresher_on, t.last_health_check_on,
            d.year AS last_year, d.quarter AS last_quarter,
            (SELECT max(read_on) FROM dose_records WHERE worker_id = t.id AND deleted_at IS NULL) AS last_read_on
       FROM workers t
       LEFT JOIN dose_records d ON d.id = (
         SELECT id FROM dose_records WHERE worker_id = t.id AND deleted_at IS NULL ORDER BY year DESC, quarter DESC LIMIT 1)
      WHERE t.deleted_at IS NULL`,
    single,
  );
  const out: RegisterWarning[] = [];
  for (const { row, facility } of rows) {
    for (const check of CHECKS) {
      if (!check.applies(row)) continue;
      const w = warning(scope, facility, row, check);
      if (w) out.push(w);
    }
  }
  return out;
}
