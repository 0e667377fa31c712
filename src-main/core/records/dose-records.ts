import type { z } from 'zod';
import type { FieldIssue } from '../../../src-shared/api/errors';
import type { DoseRecord, DoseRecordFields, DoseRecordListInput, DoseRecordPage } from '../../../src-shared/schemas/register/dose-records';
import type { CoreContext } from '../context';
import type { TableSpec } from '../db/records';
import {
  entityOperations,
  baseEntity,
  createEntity,
  FACILITY_JOIN,
  invalid,
  listEntities,
  filter,
  type RegisterEntity,
  readEntity,
  updateEntity,
  deleteEntity,
} from './register-store';
import { naturalId } from '../db/ids';
import { KiemTraError } from '../../../src-shared/api/errors';
import { viDate } from '../../../src-shared/rules/dates';
import { localToday } from '../findings/today';

/**
 * Dose records have no search document: a worker's name in the search box finds the worker,
 * and twenty quarters of the same name would only bury them.
 */
export const doseRecordSpec: TableSpec<DoseRecordFields> = {
  table: 'dose_records',
  entity: 'dose_record',
  label: { vi: 'kết quả liều kế', en: 'dose record' },
  fields: {
    facilityId: 'facility_id',
    workerId: 'worker_id',
    year: 'year',
    quarter: 'quarter',
    hp10: 'hp10_msv',
    hp007: 'hp007_msv',
    lens: 'lens_msv',
    hw: 'hw_msv',
    hn: 'hn_msv',
    readOn: 'read_on',
    notes: 'notes',
  },
};

interface WorkerRow {
  facility_id: string;
  interventional: number;
  deleted_at: string | null;
}

function workerRow(ctx: CoreContext, workerId: string): WorkerRow | undefined {
  return ctx.db.prepare('SELECT facility_id, interventional, deleted_at FROM workers WHERE id = ?').get(workerId) as WorkerRow | undefined;
}

function doseIssues(ctx: CoreContext, f: DoseRecordFields, existingId: string | null): FieldIssue[] {
  const worker = workerRow(ctx, f.workerId);
  if (!worker || worker.deleted_at) return [{ path: 'workerId', vi: `Không tìm thấy nhân viên ${f.workerId}`, en: `No worker with id ${f.workerId}` }];
  const issues: FieldIssue[] = [];
  if (!worker.interventional) {
    for (const field of ['hw', 'hn'] as const) {
      if (f[field] !== null) {
        issues.push({
          path: field,
          vi: 'Chỉ nhân viên can thiệp (đeo hai liều kế) mới có H_W/H_N',
          en: 'Only interventional staff (two dosimeters) have H_W/H_N',
        });
      }
    }
  }
  issues.push(...periodIssues(f, localToday(ctx)));
  const clash = ctx.db
    .prepare('SELECT id FROM dose_records WHERE worker_id = ? AND year = ? AND quarter = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(f.workerId, f.year, f.quarter, existingId) as { id: string } | undefined;
  if (clash) {
    issues.push({
      path: 'quarter',
      vi: `Đã có kết quả liều quý ${f.quarter}/${f.year} của nhân viên này`,
      en: `This worker already has a dose record for Q${f.quarter} ${f.year}`,
    });
  }
  return issues;
}

const periodStart = (year: number, quarter: number) => `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;

/** A reading period must have begun by today, and a reading cannot be made before its period starts. */
function periodIssues(f: DoseRecordFields, today: string): FieldIssue[] {
  const start = periodStart(f.year, f.quarter);
  const issues: FieldIssue[] = [];
  if (start > today) {
    issues.push({
      path: 'quarter',
      vi: `Kỳ đọc liều quý ${f.quarter}/${f.year} (từ ${viDate(start)}) chưa bắt đầu: kỳ phải bắt đầu không muộn hơn hôm nay ${viDate(today)}`,
      en: `The reading period Q${f.quarter} ${f.year} (from ${viDate(start)}) has not begun: it must begin no later than today, ${viDate(today)}`,
    });
  }
  if (f.readOn && f.readOn < start) {
    issues.push({
      path: 'readOn',
      vi: `Ngày đọc liều kế ${viDate(f.readOn)} trước ngày bắt đầu kỳ quý ${f.quarter}/${f.year} (${viDate(start)}): ngày đọc phải từ ${viDate(start)} đến hôm nay ${viDate(today)}`,
      en: `Dosimeter reading date ${viDate(f.readOn)} is before the period Q${f.quarter} ${f.year} begins (${viDate(start)}): it must be from ${viDate(start)} to today, ${viDate(today)}`,
    });
  }
  return issues;
}

export const doseRecords: RegisterEntity<DoseRecordFields, DoseRecord> = {
  spec: doseRecordSpec,
  from: `dose_records x ${FACILITY_JOIN} JOIN workers w ON w.id = x.worker_id`,
  select: 'x.*, f.name AS facility_name, w.name AS worker_name',
  toEntity: (row) => ({ ...baseEntity(doseRecordSpec, row), workerName: row.worker_name as string }),
  // The facility is always the worker's: the form never asks for it.
  complete: (ctx, f) => ({ ...f, facilityId: workerRow(ctx, f.workerId)?.facility_id ?? f.facilityId }),
  check: doseIssues,
  idOf: (f) => naturalId('dose_record', f.workerId, f.year, f.quarter),
};

type DoseInput = Omit<DoseRecordFields, 'facilityId'>;

export const doseRecordOperations = { ...entityOperations(doseRecords), create: createDoseRecord, update: updateDoseRecord };

/**
 * A reading moved to another worker or period is a different record (its id is the period's):
 * the old one is deleted and the new period's one created or brought back, in one transaction.
 */
export function updateDoseRecord(ctx: CoreContext, id: string, patch: Partial<DoseRecordFields>): DoseRecord {
  const current = readEntity(ctx, doseRecords, id);
  const moved = ['workerId', 'year', 'quarter'].some((k) => {
    const v = patch[k as keyof DoseRecordFields];
    return v !== undefined && v !== current[k as keyof DoseRecord];
  });
  if (!moved || current.deletedAt) return updateEntity(ctx, doseRecords, id, patch);
  return ctx.db.transaction(() => {
    const fields = Object.fromEntries(Object.keys(doseRecordSpec.fields).map((k) => [k, current[k as keyof DoseRecord]])) as DoseRecordFields;
    const next = { ...fields, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as DoseRecordFields;
    deleteEntity(ctx, doseRecords, id, 'Sửa kỳ hoặc người của kết quả liều / period or worker corrected');
    try {
      return createDoseRecord(ctx, next);
    } catch (err) {
      if (err instanceof KiemTraError && err.code === 'VALIDATION') throw invalid(doseRecordSpec.label, err.issues ?? [], 'patch');
      throw err;
    }
  })();
}
export function createDoseRecord(ctx: CoreContext, input: DoseInput): DoseRecord {
  // The facility comes from the worker, so a missing worker is named before anything else.
  const worker = workerRow(ctx, input.workerId);
  if (!worker || worker.deleted_at) throw invalid(doseRecordSpec.label, doseIssues(ctx, { ...input, facilityId: '' }, null));
  return createEntity(ctx, doseRecords, { ...input, facilityId: worker.facility_id });
}

type ListInput = z.output<typeof DoseRecordListInput>;

const SORTS: Record<ListInput['sort'], string> = {
  period: 'x.year {dir}, x.quarter',
  hp10: 'x.hp10_msv',
  worker: 'w.name_key',
  updatedAt: 'x.updated_at',
};

export function listDoseRecords(ctx: CoreContext, input: ListInput): DoseRecordPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  filter(where, params, 'x.worker_id = ?', input.workerId);
  filter(where, params, 'x.facility_id = ?', input.facilityId);
  filter(where, params, 'x.year >= ?', input.yearFrom);
  filter(where, params, 'x.year <= ?', input.yearTo);
  filter(where, params, 'x.quarter = ?', input.quarter);
  const orderBy = SORTS[input.sort].replace('{dir}', input.desc ? 'DESC' : 'ASC');
  return listEntities(ctx, doseRecords, { ...input, where, params, orderBy });
}
