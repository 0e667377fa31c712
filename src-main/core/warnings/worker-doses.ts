import { recordedDoseVerdicts, type DoseFact } from '../../../src-shared/judging/worker-doses';
import type { RegisterWarning } from '../../../src-shared/schemas/warning';
import { SEVERITY_FROM_RULE } from '../../../src-shared/schemas/finding';
import { scopedRows, type WarningScope } from './scope';

interface DoseRow {
  worker_id: string;
  facility_id: string;
  name: string;
  interventional: number;
  year: number;
  quarter: number;
  hp10_msv: number | null;
  hp007_msv: number | null;
  lens_msv: number | null;
  hw_msv: number | null;
  hn_msv: number | null;
  read_on: string | null;
}

/**
 * A worker whose recorded doses exceed a limit of the pack in force (any year, the N-year
 * average, lens, skin; E from two dosimeters): one warning per failed check, with the figures.
 * Judged today, through the last quarter fully over. One query for the whole scope.
 */
export function workerDoseWarnings(scope: WarningScope, single: boolean): RegisterWarning[] {
  const rows = scopedRows<DoseRow>(
    scope,
    `SELECT d.worker_id, t.facility_id, t.name, t.interventional, d.year, d.quarter, d.hp10_msv, d.hp007_msv, d.lens_msv, d.hw_msv, d.hn_msv, d.read_on
       FROM workers t JOIN dose_records d ON d.worker_id = t.id AND d.deleted_at IS NULL
      WHERE t.deleted_at IS NULL`,
    single,
  );
  const byWorker = new Map<string, { row: DoseRow; facility: (typeof rows)[number]['facility']; doses: DoseFact[] }>();
  for (const { row, facility } of rows) {
    const entry = byWorker.get(row.worker_id) ?? { row, facility, doses: [] };
    entry.doses.push({ year: row.year, quarter: row.quarter, hp10: row.hp10_msv, hp007: row.hp007_msv, lens: row.lens_msv, hw: row.hw_msv, hn: row.hn_msv, readOn: row.read_on });
    byWorker.set(row.worker_id, entry);
  }
  const out: RegisterWarning[] = [];
  for (const { row, facility, doses } of byWorker.values()) {
    const pack = scope.packFor(facility, 'radiation');
    if (!pack) continue;
    for (const v of recordedDoseVerdicts(pack, { interventional: row.interventional === 1, doses }, scope.today)) {
      if (v.status !== 'fail') continue;
      out.push({
        kind: 'worker_dose',
        state: 'overdue',
        severity: SEVERITY_FROM_RULE[v.severity ?? 'critical'],
        facilityId: facility.id,
        facilityName: facility.name,
        record: { entity: 'worker', id: row.worker_id, label: row.name },
        dueDate: null,
        daysLeft: null,
        explanation: { vi: `${row.name}: ${v.explanation.vi}`, en: `${row.name}: ${v.explanation.en}` },
        citation: v.citation,
        ruleId: v.ruleId,
        packId: v.packId,
        packVersion: v.packVersion,
      });
    }
  }
  return out;
}
