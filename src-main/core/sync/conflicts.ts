import type { SyncConflict } from '../../../src-shared/api/sync';
import { notFound, readRow, restoreRecord, updateRecord, type TableSpec } from '../db/records';
import { stmt } from '../db/statements';
import { conflictSpec } from './conflict-spec';
import { syncedKinds } from './kinds';
import type { SyncEnv } from './env';

/** The column that names a record of each kind on the conflicts screen. */
const LABEL_COLUMN: Record<string, string> = {
  facility: 'name',
  xray_unit: 'serial',
  sealed_source: 'serial',
  wastewater_system: 'technology',
  licence: 'number',
  worker: 'name',
  dose_record: "year || '/Q' || quarter",
  inspection: 'decision_number',
  inspection_answer: 'item_key',
  attachment: 'caption',
  finding: 'title',
  requirement: 'text',
};

function parse(v: unknown): unknown {
  return typeof v === 'string' ? JSON.parse(v) : null;
}

function toConflict(env: SyncEnv, row: Record<string, unknown>): SyncConflict {
  const kind = syncedKinds(env.db, env.resources.provinceName).get(row.record_kind as string);
  const col = LABEL_COLUMN[row.record_kind as string];
  const label = kind && col ? (stmt(env.db, `SELECT ${col} AS label FROM ${kind.spec.table} WHERE id = ?`).get(row.record_id) as { label: string | number | null } | undefined)?.label : null;
  return {
    id: row.id as string,
    recordKind: row.record_kind as string,
    recordId: row.record_id as string,
    recordLabel: label === null || label === undefined ? (row.record_id as string) : String(label),
    field: row.field as string,
    keptValue: parse(row.kept_value),
    keptHlc: row.kept_hlc as string,
    lostValue: parse(row.lost_value),
    lostHlc: row.lost_hlc as string,
    status: row.status as SyncConflict['status'],
    resolvedAt: (row.resolved_at as string | null) ?? null,
    resolvedBy: (row.resolved_by as string | null) ?? null,
  };
}

export function listConflicts(env: SyncEnv, status: 'open' | 'all'): SyncConflict[] {
  const rows = stmt(env.db, `SELECT * FROM sync_conflicts WHERE deleted_at IS NULL ${status === 'open' ? "AND status = 'open'" : ''} ORDER BY created_at DESC, id`).all() as Record<string, unknown>[];
  return rows.map((r) => toConflict(env, r));
}

/**
 * A person decides: keep the value that won, or put back the one that lost. Either way it is a
 * change like any other (stamped, audited, synced), so every device ends with the same choice.
 */
export function resolveConflict(env: SyncEnv, id: string, keep: 'kept' | 'lost'): SyncConflict {
  return env.db.transaction(() => {
    const row = readRow(env, conflictSpec as unknown as TableSpec<Record<string, unknown>>, id);
    if (!row || row.deleted_at) throw notFound(conflictSpec, id);
    if (keep === 'lost') {
      const kind = syncedKinds(env.db, env.resources.provinceName).get(row.record_kind as string);
      if (!kind) throw notFound({ label: { vi: 'bản ghi', en: 'record' } }, row.record_id as string);
      const field = row.field as string;
      const value = parse(row.lost_value);
      if (field === 'deletedAt') {
        if (value === null) restoreRecord(env, kind.spec, row.record_id as string);
      } else updateRecord(env, kind.spec, row.record_id as string, { [field]: value });
    }
    updateRecord(env, conflictSpec, id, { status: keep === 'lost' ? 'restored' : 'kept', resolvedAt: env.now().toISOString(), resolvedBy: env.actor });
    return toConflict(env, readRow(env, conflictSpec as unknown as TableSpec<Record<string, unknown>>, id)!);
  })();
}
