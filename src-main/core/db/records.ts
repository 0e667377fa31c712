import { KiemTraError } from '../../../src-shared/api/errors';
import type { CoreContext } from '../context';
import { newId } from './ids';
import { stmt } from './statements';
import { recordLocalWrite } from '../sync/state';
import { removeSearchDoc, upsertSearchDoc } from '../search/index-doc';
import { appendAudit } from '../audit/write';

type Value = string | number | null;

/**
 * How a synced table maps to its domain object. Every synced table has the columns
 * id, created_at, updated_at, hlc, updated_by, deleted_at besides `fields`.
 */
export interface TableSpec<F extends Record<string, unknown>> {
  table: string;
  /** Entity name in the audit log, the sync state and bundles, and search ("facility", "xray_unit" …). */
  entity: string;
  /** Domain field → column. Only these are synced and audited. */
  fields: { [K in keyof F]: string };
  /** Columns derived from the fields (sort keys): written with the row, never synced. */
  derived?(fields: F): Record<string, Value>;
  /** Text that finds this row in the one search box. */
  searchText?(fields: F): string;
  /** The facility a row belongs to (search results show it). */
  facilityOf?(fields: F, id: string): string | null;
  /** Vietnamese and English names of the entity, for error messages. */
  label: { vi: string; en: string };
}

export interface RowMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  updatedBy: string;
  deletedAt: string | null;
}

function toColumnValue(v: unknown): Value {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Sync state (sync/state.ts): the field's latest stamp; the value itself is the row's. '' is the row. */
function writeChange(ctx: CoreContext, entity: string, rowId: string, field: string, hlc: string): void {
  recordLocalWrite(ctx.db, entity, rowId, field, hlc, ctx.deviceId);
}

export function writeAudit(ctx: CoreContext, entity: string, id: string, action: string, oldV: object | null, newV: object | null, at: string, reason: string | null = null): void {
  appendAudit(ctx, { entity, entityId: id, action, oldValues: oldV, newValues: newV, at, reason });
}

/** Reads the raw row (including tombstoned ones) or null. */
export function readRow(ctx: CoreContext, spec: TableSpec<Record<string, unknown>>, id: string): Record<string, unknown> | null {
  const row = stmt(ctx.db, `SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  return row ?? null;
}

export function notFound(spec: { label: { vi: string; en: string } }, id: string): KiemTraError {
  return new KiemTraError('NOT_FOUND', `Không tìm thấy ${spec.label.vi} (${id})`, `No ${spec.label.en} with id ${id}`, { context: { id } });
}

/** Row → domain fields (by the spec's column map). */
export function fieldsOf<F extends Record<string, unknown>>(spec: TableSpec<F>, row: Record<string, unknown>): F {
  const out: Record<string, unknown> = {};
  for (const [field, col] of Object.entries(spec.fields) as [string, string][]) out[field] = row[col] ?? null;
  return out as F;
}

export function metaOf(row: Record<string, unknown>): RowMeta {
  return {
    id: row.id as string,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    hlc: row.hlc as string,
    updatedBy: row.updated_by as string,
    deletedAt: (row.deleted_at as string | null) ?? null,
  };
}

/** Inserts a record with its audit entry, sync state and search document, in one transaction. */
export function insertRecord<F extends Record<string, unknown>>(ctx: CoreContext, spec: TableSpec<F>, fields: F, id: string = newId()): string {
  const at = ctx.now().toISOString();
  const hlc = ctx.hlc.tick();
  const cols: string[] = ['id', 'created_at', 'updated_at', 'hlc', 'updated_by'];
  const vals: Value[] = [id, at, at, hlc, ctx.deviceId];
  for (const [field, col] of Object.entries(spec.fields) as [string, string][]) {
    cols.push(col);
    vals.push(toColumnValue(fields[field]));
  }
  for (const [col, v] of Object.entries(spec.derived?.(fields) ?? {})) {
    cols.push(col);
    vals.push(v);
  }
  ctx.db.transaction(() => {
    stmt(ctx.db, `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...vals);
    // One entry for the new row: every field it sets carries the row's stamp until edited.
    writeChange(ctx, spec.entity, id, '', hlc);
    writeAudit(ctx, spec.entity, id, 'create', null, fields, at);
    if (spec.searchText) upsertSearchDoc(ctx.db, spec.entity, id, spec.searchText(fields), spec.facilityOf?.(fields, id) ?? null);
  })();
  return id;
}

/**
 * Applies a patch: only fields whose value really changes are written, audited and stamped.
 * Returns the names of the changed fields.
 */
export function updateRecord<F extends Record<string, unknown>>(ctx: CoreContext, spec: TableSpec<F>, id: string, patch: Partial<F>): string[] {
  return ctx.db.transaction(() => {
    const row = readRow(ctx, spec as unknown as TableSpec<Record<string, unknown>>, id);
    if (!row || row.deleted_at) throw notFound(spec, id);
    const before = fieldsOf(spec, row);
    const changed: string[] = [];
    const oldV: Record<string, unknown> = {};
    const newV: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined || !(field in spec.fields)) continue;
      const next = toColumnValue(value);
      if (next === toColumnValue(before[field])) continue;
      changed.push(field);
      oldV[field] = before[field];
      newV[field] = value;
    }
    if (changed.length === 0) return changed;
    const after = { ...before, ...newV } as F;
    const at = ctx.now().toISOString();
    const hlc = ctx.hlc.tick();
    const sets: string[] = ['updated_at = ?', 'hlc = ?', 'updated_by = ?'];
    const vals: Value[] = [at, hlc, ctx.deviceId];
    for (const field of changed) {
      sets.push(`${spec.fields[field as keyof F]} = ?`);
      vals.push(toColumnValue(newV[field]));
    }
    for (const [col, v] of Object.entries(spec.derived?.(after) ?? {})) {
      sets.push(`${col} = ?`);
      vals.push(v);
    }
    stmt(ctx.db, `UPDATE ${spec.table} SET ${sets.join(', ')} WHERE id = ?`).run(...vals, id);
    for (const field of changed) writeChange(ctx, spec.entity, id, field, hlc);
    writeAudit(ctx, spec.entity, id, 'update', oldV, newV, at);
    if (spec.searchText) upsertSearchDoc(ctx.db, spec.entity, id, spec.searchText(after), spec.facilityOf?.(after, id) ?? null);
    return changed;
  })();
}

/** Deletes as a tombstone (deleted_at set) so the deletion syncs and can be undone. */
export function tombstoneRecord<F extends Record<string, unknown>>(ctx: CoreContext, spec: TableSpec<F>, id: string, reason: string | null = null): void {
  setDeleted(ctx, spec, id, true, reason);
}

export function restoreRecord<F extends Record<string, unknown>>(ctx: CoreContext, spec: TableSpec<F>, id: string): void {
  setDeleted(ctx, spec, id, false);
}

function setDeleted<F extends Record<string, unknown>>(ctx: CoreContext, spec: TableSpec<F>, id: string, deleted: boolean, reason: string | null = null): void {
  ctx.db.transaction(() => {
    const row = readRow(ctx, spec as unknown as TableSpec<Record<string, unknown>>, id);
    if (!row) throw notFound(spec, id);
    if (Boolean(row.deleted_at) === deleted) return;
    const at = ctx.now().toISOString();
    const hlc = ctx.hlc.tick();
    const value = deleted ? at : null;
    stmt(ctx.db, `UPDATE ${spec.table} SET deleted_at = ?, updated_at = ?, hlc = ?, updated_by = ? WHERE id = ?`).run(value, at, hlc, ctx.deviceId, id);
    writeChange(ctx, spec.entity, id, 'deletedAt', hlc);
    writeAudit(ctx, spec.entity, id, deleted ? 'delete' : 'restore', { deletedAt: row.deleted_at ?? null }, { deletedAt: value }, at, reason);
    if (spec.searchText) {
      if (deleted) removeSearchDoc(ctx.db, id);
      else {
        const fields = fieldsOf(spec, row);
        upsertSearchDoc(ctx.db, spec.entity, id, spec.searchText(fields), spec.facilityOf?.(fields, id) ?? null);
      }
    }
  })();
}
