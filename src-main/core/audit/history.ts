import type { z } from 'zod';
import type { HistoryEntry, HistoryInput } from '../../../src-shared/api/audit';
import type { CoreContext } from '../context';

interface Row {
  id: number;
  at: string;
  actor: string;
  device: string;
  entity: string;
  entity_id: string;
  action: string;
  old_values: string | null;
  new_values: string | null;
  reason: string | null;
}

// Each branch uses the (entity, entity_id) index.
const INSPECTION_SCOPE = `
  SELECT * FROM audit_log WHERE entity = 'inspection' AND entity_id = @id
  UNION ALL SELECT * FROM audit_log WHERE entity = 'minutes' AND entity_id = @id
  UNION ALL SELECT * FROM audit_log WHERE entity = 'inspection_answer' AND entity_id IN (SELECT id FROM inspection_answers WHERE inspection_id = @id)
  UNION ALL SELECT * FROM audit_log WHERE entity = 'attachment' AND entity_id IN (SELECT id FROM attachments WHERE inspection_id = @id)
  UNION ALL SELECT * FROM audit_log WHERE entity = 'finding' AND entity_id IN (SELECT id FROM findings WHERE inspection_id = @id)
  UNION ALL SELECT * FROM audit_log WHERE entity = 'requirement' AND entity_id IN (SELECT id FROM requirements WHERE inspection_id = @id)`;

function parse(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The history of a record (or of an inspection with everything in it), newest first. */
export function recordHistory(ctx: CoreContext, input: z.output<typeof HistoryInput>): { entries: HistoryEntry[]; total: number } {
  const inspection = input.scope === 'inspection';
  const base = inspection ? INSPECTION_SCOPE : 'SELECT * FROM audit_log WHERE entity = @entity AND entity_id = @id';
  const params = inspection ? { id: input.entityId } : { id: input.entityId, entity: input.entity };
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM (${base})`).get(params) as { n: number }).n;
  const rows = ctx.db.prepare(`SELECT * FROM (${base}) ORDER BY id DESC LIMIT @limit`).all({ ...params, limit: input.limit }) as Row[];
  const entries = rows.map((r) => {
    const oldV = parse(r.old_values);
    const newV = parse(r.new_values);
    const fields = [...new Set([...Object.keys(oldV), ...Object.keys(newV)])];
    return {
      id: r.id,
      at: r.at,
      actor: r.actor,
      device: r.device,
      entity: r.entity,
      entityId: r.entity_id,
      action: r.action,
      changes: fields.map((field) => ({ field, old: oldV[field] ?? null, new: newV[field] ?? null })),
      reason: r.reason,
    };
  });
  return { entries, total };
}
