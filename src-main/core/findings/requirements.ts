import { REGISTER_DATE_FIELDS } from '../../../src-shared/schemas/date-ranges';
import { assertCheckDate } from '../judging/check-date';
import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type {
  Requirement,
  RequirementCloseInput,
  RequirementCreateInput,
  RequirementFields,
  RequirementListInput,
  RequirementPage,
  RequirementUpdateInput,
} from '../../../src-shared/schemas/requirement';
import type { CoreContext } from '../context';
import { insertRecord, notFound, updateRecord } from '../db/records';
import { findingSpec, requirementSpec, toRequirement } from './specs';
import { localToday } from './today';

const SELECT = 'SELECT r.*, f.name AS facility_name FROM requirements r JOIN facilities f ON f.id = r.facility_id';

export function getRequirement(ctx: CoreContext, id: string): Requirement {
  const row = ctx.db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound(requirementSpec, id);
  return toRequirement(row, localToday(ctx));
}

interface InspectionHead {
  id: string;
  facility_id: string;
  status: string;
  decision_number: string | null;
  deleted_at: string | null;
}

const DEADLINE_LABEL = REGISTER_DATE_FIELDS.requirements!.deadline!.label;

function liveInspection(ctx: CoreContext, id: string, path: string): InspectionHead {
  const head = ctx.db.prepare('SELECT id, facility_id, status, decision_number, deleted_at FROM inspections WHERE id = ?').get(id) as InspectionHead | undefined;
  if (!head || head.deleted_at) {
    throw new KiemTraError('VALIDATION', `Không tìm thấy cuộc kiểm tra ${id}`, `No inspection with id ${id}`, {
      issues: [{ path, vi: 'Không tìm thấy cuộc kiểm tra', en: 'No such inspection' }],
      context: { inspectionId: id },
    });
  }
  if (head.status === 'cancelled') {
    const which = head.decision_number ? ` (QĐ ${head.decision_number})` : '';
    throw new KiemTraError('CONFLICT', `Cuộc kiểm tra${which} đã bị huỷ`, `The inspection${which ? ` (decision ${head.decision_number})` : ''} is cancelled`, {
      issues: [{ path, vi: 'Cuộc kiểm tra đã bị huỷ', en: 'The inspection is cancelled' }],
      context: { inspectionId: id },
    });
  }
  return head;
}

/** Kiến nghị written at an inspection (also after its minutes were signed, in the conclusion). */
export function createRequirement(ctx: CoreContext, input: z.output<typeof RequirementCreateInput>): Requirement {
  const head = liveInspection(ctx, input.inspectionId, 'inspectionId');
  if (head.status === 'signed') {
    throw new KiemTraError('CONFLICT', 'Biên bản đã ký: kiến nghị mới được ghi bằng biên bản bổ sung', 'The minutes are signed: a new requirement goes into an amendment', {
      issues: [{ path: 'inspectionId', vi: 'Biên bản đã ký và khoá', en: 'The minutes are signed and locked' }],
      context: { inspectionId: input.inspectionId },
    });
  }
  assertCheckDate(ctx, head.id, 'deadline', input.deadline, DEADLINE_LABEL, 'deadline');
  if (input.findingId) {
    const finding = ctx.db.prepare('SELECT inspection_id, deleted_at FROM findings WHERE id = ?').get(input.findingId) as
      | { inspection_id: string; deleted_at: string | null }
      | undefined;
    if (!finding || finding.deleted_at) {
      throw new KiemTraError('VALIDATION', `Không tìm thấy ${findingSpec.label.vi} ${input.findingId}`, `No finding with id ${input.findingId}`, {
        issues: [{ path: 'findingId', vi: 'Không tìm thấy phát hiện', en: 'No such finding' }],
      });
    }
    if (finding.inspection_id !== input.inspectionId) {
      throw new KiemTraError('VALIDATION', 'Phát hiện thuộc cuộc kiểm tra khác', 'The finding belongs to another inspection', {
        issues: [{ path: 'findingId', vi: 'Phát hiện thuộc cuộc kiểm tra khác', en: 'The finding belongs to another inspection' }],
        context: { findingId: input.findingId, inspectionId: input.inspectionId },
      });
    }
  }
  const fields: RequirementFields = {
    findingId: input.findingId,
    inspectionId: head.id,
    facilityId: head.facility_id,
    text: input.text,
    responsible: input.responsible,
    deadline: input.deadline,
    status: 'open',
    closedByInspectionId: null,
    closedAt: null,
    closingNote: null,
  };
  return getRequirement(ctx, insertRecord(ctx, requirementSpec, fields));
}

/** Text, who, deadline; reopening clears how it was closed, cancelling keeps the record. */
export function updateRequirement(ctx: CoreContext, id: string, patch: z.output<typeof RequirementUpdateInput>['patch']): Requirement {
  return ctx.db.transaction(() => {
    const current = getRequirement(ctx, id);
    if (current.deletedAt) throw notFound(requirementSpec, id);
    if (patch.deadline !== undefined) assertCheckDate(ctx, current.inspectionId, 'deadline', patch.deadline, DEADLINE_LABEL, 'patch.deadline');
    const next: Partial<RequirementFields> = { ...patch };
    if (patch.status === 'open' && current.status !== 'open') {
      next.closedByInspectionId = null;
      next.closedAt = null;
      next.closingNote = null;
    }
    updateRecord(ctx, requirementSpec, id, next);
    return getRequirement(ctx, id);
  })();
}

/**
 * A follow-up inspection records whether the facility did it. Closing again the same way changes
 * nothing; a requirement closed otherwise, or cancelled, must be reopened first.
 */
export function closeRequirement(ctx: CoreContext, input: z.output<typeof RequirementCloseInput>): Requirement {
  return ctx.db.transaction(() => {
    const current = getRequirement(ctx, input.id);
    if (current.deletedAt) throw notFound(requirementSpec, input.id);
    if (current.status !== 'open') {
      if (current.status === input.status && current.closedByInspectionId === input.byInspectionId) return current;
      throw new KiemTraError(
        'CONFLICT',
        `Kiến nghị "${current.text}" không còn mở (đang ở trạng thái ${current.status}); hãy mở lại trước khi đóng lại`,
        `Requirement "${current.text}" is no longer open (status ${current.status}); reopen it before closing it again`,
        { context: { requirementId: input.id, status: current.status } },
      );
    }
    const by = liveInspection(ctx, input.byInspectionId, 'byInspectionId');
    if (by.facility_id !== current.facilityId) {
      throw new KiemTraError('VALIDATION', 'Cuộc kiểm tra lại thuộc cơ sở khác', 'The follow-up inspection is of another facility', {
        issues: [{ path: 'byInspectionId', vi: 'Cuộc kiểm tra lại thuộc cơ sở khác', en: 'The follow-up inspection is of another facility' }],
        context: { requirementId: input.id, byInspectionId: input.byInspectionId },
      });
    }
    if (by.id === current.inspectionId) {
      throw new KiemTraError('VALIDATION', 'Kiến nghị phải được đóng bởi một cuộc kiểm tra lại, không phải cuộc kiểm tra đã đưa ra nó', 'A requirement is closed by a later follow-up, not by the inspection that set it', {
        issues: [{ path: 'byInspectionId', vi: 'Cần cuộc kiểm tra lại', en: 'A follow-up inspection is needed' }],
        context: { requirementId: input.id },
      });
    }
    updateRecord(ctx, requirementSpec, input.id, {
      status: input.status,
      closedByInspectionId: by.id,
      closedAt: ctx.now().toISOString(),
      closingNote: input.note,
    });
    return getRequirement(ctx, input.id);
  })();
}

/** What a follow-up form lists: the facility's open requirements, earliest deadline first. */
export function openRequirementsForFacility(ctx: CoreContext, facilityId: string): Requirement[] {
  const facility = ctx.db.prepare('SELECT deleted_at FROM facilities WHERE id = ?').get(facilityId) as { deleted_at: string | null } | undefined;
  if (!facility) throw notFound({ label: { vi: 'cơ sở', en: 'facility' } }, facilityId);
  const today = localToday(ctx);
  const rows = ctx.db
    .prepare(`${SELECT} WHERE r.facility_id = ? AND r.status = 'open' AND r.deleted_at IS NULL ORDER BY r.deadline IS NULL, r.deadline, r.created_at, r.id`)
    .all(facilityId) as Record<string, unknown>[];
  return rows.map((r) => toRequirement(r, today));
}

/** Filtered page sorted by deadline (no deadline last); "overdue" = open and deadline before today. */
export function listRequirements(ctx: CoreContext, input: z.output<typeof RequirementListInput>): RequirementPage {
  const today = localToday(ctx);
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (!input.includeDeleted) where.push('r.deleted_at IS NULL');
  if (input.facilityId) {
    where.push('r.facility_id = ?');
    params.push(input.facilityId);
  }
  if (input.inspectionId) {
    where.push('r.inspection_id = ?');
    params.push(input.inspectionId);
  }
  if (input.status && input.status.length) {
    where.push(`r.status IN (${input.status.map(() => '?').join(', ')})`);
    params.push(...input.status);
  }
  if (input.overdueOnly) {
    where.push("r.status = 'open' AND r.deadline < ?");
    params.push(today);
  }
  if (input.deadlineFrom) {
    where.push('r.deadline >= ?');
    params.push(input.deadlineFrom);
  }
  if (input.deadlineTo) {
    where.push('r.deadline <= ?');
    params.push(input.deadlineTo);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = input.desc ? 'DESC' : 'ASC';
  const order = `r.deadline IS NULL, r.deadline ${dir}, r.created_at ${dir}, r.id ${dir}`;
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM requirements r ${whereSql}`).get(...params) as { n: number }).n;
  const rows = ctx.db.prepare(`${SELECT} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as Record<string, unknown>[];
  return { rows: rows.map((r) => toRequirement(r, today)), total };
}
