import crypto from 'node:crypto';
import { lastAuditHash, type AuditRowColumns } from '../audit/chain';
import type { CoreContext } from '../context';
import { stmt } from '../db/statements';

type Value = string | number | null;

const text = (v: string | null) => (v === null ? 'null' : JSON.stringify(v.normalize('NFC')));

/**
 * auditRowHash (audit/chain.ts) for the fixed shape of a row, written out: the canonical JSON of
 * the same members in their sorted order, without the generic walk (an import hashes one row per
 * record). tests/unit/sync/signed.test.ts checks the chain with audit/chain.ts's own verifier.
 */
export function importRowHash(r: AuditRowColumns): string {
  const body =
    `{"action":${text(r.action)},"actor":${text(r.actor)},"at":${text(r.at)},"device":${text(r.device)},"entity":${text(r.entity)},` +
    `"entityId":${text(r.entity_id)},"id":${JSON.stringify(r.id)},"newValues":${text(r.new_values)},"oldValues":${text(r.old_values)},` +
    `"prev":${text(r.prev_hash)},"reason":${text(r.reason)},"v":1}`;
  return crypto.createHash('sha256').update(body, 'utf8').digest('hex');
}

export interface ImportAuditSource {
  file: string;
  deviceId: string;
  inspectorName: string | null;
}

/**
 * The audit rows of one import, in this device's hash chain (audit/chain.ts): one row per record
 * the import added or changed — old → new of the fields it changed — naming the bundle and the
 * device and inspector whose work it was. The chain head and the next id are read once per
 * import, not once per row; all inside the import's transaction.
 */
export function importAuditor(ctx: CoreContext, source: ImportAuditSource, at: string) {
  let prev = lastAuditHash(ctx.db, ctx.deviceId);
  let id = (stmt(ctx.db, 'SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
  const who = source.inspectorName ? ` (cán bộ ${source.inspectorName})` : '';
  const whoEn = source.inspectorName ? ` (inspector ${source.inspectorName})` : '';
  const reason = `Nhập từ gói ${source.file} của thiết bị ${source.deviceId}${who} / imported from bundle ${source.file} of device ${source.deviceId}${whoEn}`;
  const insert = stmt(
    ctx.db,
    'INSERT INTO audit_log (id, at, actor, device, entity, entity_id, action, old_values, new_values, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    reason,
    append(entity: string, entityId: string, action: string, changes: Record<string, [Value, Value]>): void {
      const oldValues: Record<string, Value> = {};
      const newValues: Record<string, Value> = {};
      for (const [field, [before, after]] of Object.entries(changes)) {
        if (action !== 'create') oldValues[field] = before;
        newValues[field] = after;
      }
      const row = {
        id: ++id,
        at,
        actor: ctx.actor,
        device: ctx.deviceId,
        entity,
        entity_id: entityId,
        action,
        old_values: action === 'create' ? null : JSON.stringify(oldValues),
        new_values: JSON.stringify(newValues),
        reason,
        prev_hash: prev,
      };
      const hash = importRowHash(row);
      insert.run(row.id, row.at, row.actor, row.device, row.entity, row.entity_id, row.action, row.old_values, row.new_values, row.reason, row.prev_hash, hash);
      prev = hash;
    },
  };
}
