import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type {
  Inspection,
  InspectionCreateInput,
  InspectionFields,
  InspectionListInput,
  InspectionPage,
  InspectionPatch,
} from '../../../src-shared/schemas/inspection';
import type { CoreContext } from '../context';
import { insertRecord, notFound, restoreRecord, tombstoneRecord, updateRecord } from '../db/records';
import { requireTemplate, type ChecklistStore } from '../checklists/store';
import { inspectionSpec, toInspection } from './specs';
import { stmt } from '../db/statements';

const SELECT = 'SELECT i.*, f.name AS facility_name FROM inspections i JOIN facilities f ON f.id = i.facility_id';

export function getInspection(ctx: CoreContext, id: string): Inspection {
  const row = stmt(ctx.db, `${SELECT} WHERE i.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound(inspectionSpec, id);
  return toInspection(row);
}

/** Signed (or legacy completed) and cancelled inspections take no more writes to their form. */
export function isClosedStatus(status: string): boolean {
  return status === 'signed' || status === 'completed' || status === 'cancelled';
}

/** A live inspection that may still be written to (not signed, not completed, not cancelled). */
export function requireEditable(ctx: CoreContext, id: string): Inspection {
  const inspection = getInspection(ctx, id);
  if (inspection.deletedAt) throw notFound(inspectionSpec, id);
  if (isClosedStatus(inspection.status)) throw closed(inspection);
  return inspection;
}

export function closed(i: { id: string; status: string; decisionNumber: string | null }): KiemTraError {
  const which = i.decisionNumber ? ` (QĐ ${i.decisionNumber})` : '';
  const whichEn = i.decisionNumber ? ` (decision ${i.decisionNumber})` : '';
  return i.status === 'completed' || i.status === 'signed'
    ? new KiemTraError(
        'CONFLICT',
        i.status === 'signed'
          ? `Biên bản${which} đã ký và khoá; muốn sửa hãy lập biên bản bổ sung`
          : `Cuộc kiểm tra${which} đã hoàn thành, biên bản không được sửa nữa`,
        i.status === 'signed'
          ? `The minutes${whichEn} are signed and locked; correct them with an amendment`
          : `The inspection${whichEn} is completed; its minutes can no longer change`,
        { context: { inspectionId: i.id, status: i.status } },
      )
    : new KiemTraError(
        'CONFLICT',
        `Cuộc kiểm tra${which} đã bị huỷ; hãy mở lại (chuyển về nháp) trước khi sửa`,
        `The inspection${whichEn} is cancelled; reopen it (back to draft) before editing`,
        { context: { inspectionId: i.id, status: i.status } },
      );
}

export function createInspection(ctx: CoreContext, store: ChecklistStore, input: z.output<typeof InspectionCreateInput>): Inspection {
  const facility = ctx.db.prepare('SELECT deleted_at FROM facilities WHERE id = ?').get(input.facilityId) as { deleted_at: string | null } | undefined;
  if (!facility || facility.deleted_at) {
    throw new KiemTraError('VALIDATION', `Không tìm thấy cơ sở ${input.facilityId}`, `No facility with id ${input.facilityId}`, {
      issues: [{ path: 'facilityId', vi: 'Không tìm thấy cơ sở', en: 'No such facility' }],
    });
  }
  const { template } = requireTemplate(store, input.templateId);
  if (!template.kinds.includes(input.kind)) {
    throw new KiemTraError(
      'VALIDATION',
      `Mẫu phiếu "${template.title.vi}" không dùng cho loại kiểm tra này`,
      `Template "${template.title.en}" does not serve this kind of check`,
      { issues: [{ path: 'templateId', vi: 'Mẫu phiếu không phù hợp loại kiểm tra', en: 'Template does not fit the kind of check' }] },
    );
  }
  const fields: InspectionFields = {
    ...input,
    templateId: template.id,
    templateVersion: template.version,
    status: 'draft',
    completedAt: null,
    rulePacks: null,
    cancelReason: null,
    cancelledAt: null,
  };
  const id = insertRecord(ctx, inspectionSpec, fields);
  return getInspection(ctx, id);
}

export function updateInspection(ctx: CoreContext, id: string, patch: InspectionPatch): Inspection {
  return ctx.db.transaction(() => {
    const current = getInspection(ctx, id);
    if (current.deletedAt) throw notFound(inspectionSpec, id);
    const reopening = current.status === 'cancelled' && (patch.status === 'draft' || patch.status === 'in_progress');
    if (current.status === 'completed' || current.status === 'signed' || (current.status === 'cancelled' && !reopening)) throw closed(current);
    updateRecord(ctx, inspectionSpec, id, patch as Partial<InspectionFields>);
    return getInspection(ctx, id);
  })();
}

/** Completed minutes were signed on site: they are never deleted, only amended later. */
export function deleteInspection(ctx: CoreContext, id: string): Inspection {
  const current = getInspection(ctx, id);
  if (current.status === 'completed' || current.status === 'signed') {
    throw new KiemTraError('CONFLICT', 'Không xoá được cuộc kiểm tra đã hoàn thành (biên bản đã ký)', 'A completed inspection (signed minutes) cannot be deleted', {
      context: { inspectionId: id },
    });
  }
  tombstoneRecord(ctx, inspectionSpec, id);
  return getInspection(ctx, id);
}

export function restoreInspection(ctx: CoreContext, id: string): Inspection {
  restoreRecord(ctx, inspectionSpec, id);
  return getInspection(ctx, id);
}

const SORT_COLUMNS: Record<z.output<typeof InspectionListInput>['sort'], string> = {
  date: 'i.sort_date',
  updatedAt: 'i.updated_at',
  status: 'i.status',
  facility: 'f.name_key',
  decisionNumber: 'i.decision_number',
};

export function listInspections(ctx: CoreContext, input: z.output<typeof InspectionListInput>): InspectionPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (!input.includeDeleted) where.push('i.deleted_at IS NULL');
  if (input.facilityId) {
    where.push('i.facility_id = ?');
    params.push(input.facilityId);
  }
  if (input.status && input.status.length) {
    where.push(`i.status IN (${input.status.map(() => '?').join(', ')})`);
    params.push(...input.status);
  }
  if (input.kind) {
    where.push('i.kind = ?');
    params.push(input.kind);
  }
  if (input.dateFrom) {
    where.push('i.sort_date >= ?');
    params.push(input.dateFrom);
  }
  if (input.dateTo) {
    where.push('i.sort_date <= ?');
    params.push(input.dateTo);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = input.desc ? 'DESC' : 'ASC';
  const order = `${SORT_COLUMNS[input.sort]} ${dir}, i.id ${dir}`;
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM inspections i ${whereSql}`).get(...params) as { n: number }).n;
  const rows = ctx.db.prepare(`${SELECT} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as Record<
    string,
    unknown
  >[];
  return { rows: rows.map(toInspection), total };
}
