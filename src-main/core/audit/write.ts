import type { CoreContext } from '../context';
import { stmt } from '../db/statements';
import { auditRowHash, lastAuditHash } from './chain';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'restore' | string;
  oldValues: object | null;
  newValues: object | null;
  at: string;
  /** Required for amendments and deletions of register records. */
  reason?: string | null;
}

/**
 * Appends one row to the audit log, chained to this device's previous row (docs/minutes.md):
 * who (the inspector's profile), which device, when, old → new, and why. The row id is taken
 * before the insert so its hash can cover it; all inside the caller's transaction.
 */
export function appendAudit(ctx: CoreContext, e: AuditEntry): void {
  const prev = lastAuditHash(ctx.db, ctx.deviceId);
  const nextId = ((stmt(ctx.db, 'SELECT max(id) AS id FROM audit_log').get() as { id: number | null }).id ?? 0) + 1;
  const row = {
    id: nextId,
    at: e.at,
    actor: ctx.actor,
    device: ctx.deviceId,
    entity: e.entity,
    entity_id: e.entityId,
    action: e.action,
    old_values: e.oldValues ? JSON.stringify(e.oldValues) : null,
    new_values: e.newValues ? JSON.stringify(e.newValues) : null,
    reason: e.reason ?? null,
    prev_hash: prev,
  };
  stmt(
    ctx.db,
    'INSERT INTO audit_log (id, at, actor, device, entity, entity_id, action, old_values, new_values, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(row.id, row.at, row.actor, row.device, row.entity, row.entity_id, row.action, row.old_values, row.new_values, row.reason, row.prev_hash, auditRowHash(row));
}
