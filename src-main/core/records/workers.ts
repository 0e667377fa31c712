import type { z } from 'zod';
import { WORKER_ROLE_LABELS, type Worker, type WorkerFields, type WorkerListInput, type WorkerPage } from '../../../src-shared/schemas/register/workers';
import { sortKey } from '../../../src-shared/text/fold';
import type { CoreContext } from '../context';
import type { TableSpec } from '../db/records';
import { updateRecord } from '../db/records';
import { doseRecordSpec } from './dose-records';
import {
  entityOperations,
  baseEntity,
  dateRange,
  FACILITY_JOIN,
  listEntities,
  serialTerms,
  updateEntity,
  filter,
  type RegisterEntity,
} from './register-store';

export const workerSpec: TableSpec<WorkerFields> = {
  table: 'workers',
  entity: 'worker',
  label: { vi: 'nhân viên bức xạ', en: 'radiation worker' },
  fields: {
    facilityId: 'facility_id',
    name: 'name',
    role: 'role',
    jobTitle: 'job_title',
    isRso: 'is_rso',
    rsoDecisionNo: 'rso_decision_no',
    rsoDecisionOn: 'rso_decision_on',
    rsoCertificateNo: 'rso_certificate_no',
    trainingOn: 'training_on',
    lastRefresherOn: 'last_refresher_on',
    lastHealthCheckOn: 'last_health_check_on',
    dosimeterId: 'dosimeter_id',
    interventional: 'interventional',
    notes: 'notes',
  },
  derived: (f) => ({ name_key: sortKey(f.name) }),
  searchText: (f) =>
    [
      f.name,
      WORKER_ROLE_LABELS[f.role]?.vi,
      f.jobTitle,
      // Flags arrive as booleans from the API and as 0/1 from a stored row.
      f.isRso ? 'người phụ trách an toàn bức xạ RSO' : null,
      serialTerms(f.dosimeterId, f.rsoCertificateNo),
    ]
      .filter(Boolean)
      .join(' '),
  facilityOf: (f) => f.facilityId,
};

export const workers: RegisterEntity<WorkerFields, Worker> = {
  spec: workerSpec,
  from: `workers x ${FACILITY_JOIN}`,
  select: 'x.*, f.name AS facility_name',
  toEntity: (row) => ({ ...baseEntity(workerSpec, row), isRso: row.is_rso === 1, interventional: row.interventional === 1 }),
};

export const workerOperations = { ...entityOperations(workers), update: updateWorker };

/** A worker who moves to another facility takes their dose history along (logged per record). */
export function updateWorker(ctx: CoreContext, id: string, patch: Partial<WorkerFields>): Worker {
  return ctx.db.transaction(() => {
    const worker = updateEntity(ctx, workers, id, patch);
    const stale = ctx.db.prepare('SELECT id FROM dose_records WHERE worker_id = ? AND facility_id <> ?').all(id, worker.facilityId) as { id: string }[];
    for (const d of stale) updateRecord(ctx, doseRecordSpec, d.id, { facilityId: worker.facilityId });
    return worker;
  })();
}

type ListInput = z.output<typeof WorkerListInput>;

const SORTS: Record<ListInput['sort'], string> = {
  name: 'x.name_key',
  role: 'x.role',
  lastHealthCheckOn: 'x.last_health_check_on',
  facility: 'f.name_key',
  updatedAt: 'x.updated_at',
};

export function listWorkers(ctx: CoreContext, input: ListInput): WorkerPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  filter(where, params, 'x.facility_id = ?', input.facilityId);
  filter(where, params, 'x.role = ?', input.role);
  if (input.isRso !== undefined) {
    where.push('x.is_rso = ?');
    params.push(input.isRso ? 1 : 0);
  }
  if (input.interventional !== undefined) {
    where.push('x.interventional = ?');
    params.push(input.interventional ? 1 : 0);
  }
  dateRange(where, params, 'x.last_health_check_on', input.healthCheckFrom, input.healthCheckTo);
  return listEntities(ctx, workers, { ...input, where, params, orderBy: SORTS[input.sort] });
}
