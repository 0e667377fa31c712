import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { Finding, FindingCreateInput, FindingFields, FindingListInput, FindingUpdateInput } from '../../../src-shared/schemas/finding';
import type { CoreContext } from '../context';
import { insertRecord, notFound, restoreRecord, tombstoneRecord, updateRecord } from '../db/records';
import { closed, isClosedStatus } from '../inspections/crud';
import { inspectionSpec } from '../inspections/specs';
import { findingSpec, toFinding } from './specs';

const SELECT = 'SELECT x.*, f.name AS facility_name FROM findings x JOIN facilities f ON f.id = x.facility_id';

export function getFinding(ctx: CoreContext, id: string): Finding {
  const row = ctx.db.prepare(`${SELECT} WHERE x.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound(findingSpec, id);
  return toFinding(row);
}

interface InspectionHead {
  id: string;
  facility_id: string;
  status: string;
  decision_number: string | null;
  deleted_at: string | null;
}

/** The live inspection a finding belongs to; signed (completed) or cancelled minutes are not written to. */
export function requireOpenInspection(ctx: CoreContext, inspectionId: string): InspectionHead {
  const head = ctx.db
    .prepare('SELECT id, facility_id, status, decision_number, deleted_at FROM inspections WHERE id = ?')
    .get(inspectionId) as InspectionHead | undefined;
  if (!head || head.deleted_at) throw notFound(inspectionSpec, inspectionId);
  if (isClosedStatus(head.status)) {
    throw closed({ id: head.id, status: head.status, decisionNumber: head.decision_number });
  }
  return head;
}

/** Findings of one inspection, or of every inspection of a facility; open first, then by item. */
export function listFindings(ctx: CoreContext, input: z.output<typeof FindingListInput>): Finding[] {
  const where: string[] = [];
  const params: string[] = [];
  if (input.inspectionId) {
    where.push('x.inspection_id = ?');
    params.push(input.inspectionId);
  }
  if (input.facilityId) {
    where.push('x.facility_id = ?');
    params.push(input.facilityId);
  }
  if (input.status) {
    where.push('x.status = ?');
    params.push(input.status);
  }
  if (!input.includeDeleted) where.push('x.deleted_at IS NULL');
  const rows = ctx.db
    .prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY x.status = 'open' DESC, x.inspection_id, x.item_key, x.instance_key, x.created_at, x.id`)
    .all(...params) as Record<string, unknown>[];
  return rows.map(toFinding);
}

export function createFinding(ctx: CoreContext, input: z.output<typeof FindingCreateInput>): Finding {
  const head = requireOpenInspection(ctx, input.inspectionId);
  const fields: FindingFields = {
    inspectionId: head.id,
    facilityId: head.facility_id,
    itemKey: input.itemKey,
    instanceKey: input.instanceKey,
    origin: 'manual',
    ruleId: null,
    ruleKey: null,
    packId: null,
    packVersion: null,
    verdict: null,
    severity: input.severity,
    title: input.title,
    titleEn: null,
    description: input.description,
    status: 'open',
  };
  return getFinding(ctx, insertRecord(ctx, findingSpec, fields));
}

/**
 * Severity, text and status. Dismissing an auto finding keeps its failed verdict: that is how
 * re-judging knows the inspector dismissed it, and leaves it dismissed.
 */
export function updateFinding(ctx: CoreContext, id: string, patch: z.output<typeof FindingUpdateInput>['patch']): Finding {
  return ctx.db.transaction(() => {
    const current = getFinding(ctx, id);
    if (current.deletedAt) throw notFound(findingSpec, id);
    requireOpenInspection(ctx, current.inspectionId);
    // A title the inspector rewrites is theirs in every language: the engine's English one goes.
    const retitled = patch.title !== undefined && patch.title !== current.title;
    updateRecord(ctx, findingSpec, id, (retitled ? { ...patch, titleEn: null } : patch) as Partial<FindingFields>);
    return getFinding(ctx, id);
  })();
}

/** A tombstone that syncs; an auto finding deleted by hand is not made again by re-judging. */
export function deleteFinding(ctx: CoreContext, id: string): Finding {
  return ctx.db.transaction(() => {
    const current = getFinding(ctx, id);
    requireOpenInspection(ctx, current.inspectionId);
    const used = ctx.db.prepare("SELECT count(*) AS n FROM requirements WHERE finding_id = ? AND deleted_at IS NULL AND status = 'open'").get(id) as { n: number };
    if (used.n > 0) {
      throw new KiemTraError(
        'CONFLICT',
        `Phát hiện "${current.title}" còn ${used.n} kiến nghị đang mở; hãy huỷ hoặc xoá kiến nghị trước`,
        `Finding "${current.title}" still has ${used.n} open requirement(s); cancel or delete them first`,
        { context: { findingId: id, openRequirements: used.n } },
      );
    }
    tombstoneRecord(ctx, findingSpec, id);
    return getFinding(ctx, id);
  })();
}

export function restoreFinding(ctx: CoreContext, id: string): Finding {
  return ctx.db.transaction(() => {
    const current = getFinding(ctx, id);
    requireOpenInspection(ctx, current.inspectionId);
    restoreRecord(ctx, findingSpec, id);
    return getFinding(ctx, id);
  })();
}
