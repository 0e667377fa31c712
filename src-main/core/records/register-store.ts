import { KiemTraError, type FieldIssue } from '../../../src-shared/api/errors';
import type { CoreContext } from '../context';
import { insertRecord, metaOf, notFound, readRow, restoreRecord, tombstoneRecord, updateRecord, fieldsOf, type TableSpec } from '../db/records';
import { registerDates } from '../judging/check-date';
import { toMatchExpression } from '../search/query';

/**
 * What the register entities (X-ray units, sources, wastewater systems, licences, workers,
 * doses) share on top of db/records.ts: a read joined with the facility name, checks that see
 * the whole record, and one paged list query. Each entity keeps its own SQL in its own file.
 */
export interface RegisterEntity<F extends Record<string, unknown>, T> {
  spec: TableSpec<F>;
  /** `FROM` clause with alias `x` for the entity and `f` for its facility. */
  from: string;
  /** Selected columns: must include `x.*` and `f.name AS facility_name`. */
  select: string;
  /** Row (as selected) → the API object; converts flags and JSON back from SQLite. */
  toEntity(row: Record<string, unknown>): T;
  /**
   * Checks needing the database or several fields, on the complete record about to be written.
   * Returns issues with field paths; `existingId` is set on update and restore.
   */
  check?(ctx: CoreContext, fields: F, existingId: string | null): FieldIssue[];
  /** Fills fields the core derives (a dose record's facility) before checks and writes. */
  complete?(ctx: CoreContext, fields: F): F;
  /** The natural id of a record with a natural identity (a dose per worker and period), db/ids.ts. */
  idOf?(fields: F): string;
}

export const FACILITY_JOIN = 'JOIN facilities f ON f.id = x.facility_id';

/** A VALIDATION error that names every field, in the shape dispatch gives for schema errors. */
export function invalid(label: { vi: string; en: string }, issues: FieldIssue[], prefix = ''): KiemTraError {
  const named = issues.map((i) => ({ ...i, path: prefix ? `${prefix}.${i.path}` : i.path }));
  const where = named.map((i) => i.path).join(', ');
  return new KiemTraError(
    'VALIDATION',
    `Dữ liệu ${label.vi} không hợp lệ: ${named.map((i) => `${i.path} — ${i.vi}`).join('; ')}`,
    `Invalid ${label.en}: ${named.map((i) => `${i.path} — ${i.en}`).join('; ')}`,
    { issues: named, context: { fields: where } },
  );
}

/** The facility a record points at must exist and not be deleted. */
export function facilityIssues(ctx: CoreContext, facilityId: string): FieldIssue[] {
  const row = ctx.db.prepare('SELECT deleted_at FROM facilities WHERE id = ?').get(facilityId) as { deleted_at: string | null } | undefined;
  if (!row) return [{ path: 'facilityId', vi: `Không tìm thấy cơ sở ${facilityId}`, en: `No facility with id ${facilityId}` }];
  if (row.deleted_at) return [{ path: 'facilityId', vi: 'Cơ sở này đã bị xóa', en: 'That facility has been deleted' }];
  return [];
}

export function readEntity<F extends Record<string, unknown>, T>(ctx: CoreContext, e: RegisterEntity<F, T>, id: string): T {
  const row = ctx.db.prepare(`SELECT ${e.select} FROM ${e.from} WHERE x.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound(e.spec, id);
  return e.toEntity(row);
}

/** The stored fields of a live record, converted like the API shows them. */
function currentFields<F extends Record<string, unknown>, T>(ctx: CoreContext, e: RegisterEntity<F, T>, id: string): { fields: F; deleted: boolean } {
  const row = ctx.db.prepare(`SELECT ${e.select} FROM ${e.from} WHERE x.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound(e.spec, id);
  const entity = e.toEntity(row) as Record<string, unknown>;
  const fields = {} as Record<string, unknown>;
  for (const key of Object.keys(e.spec.fields)) fields[key] = entity[key];
  return { fields: fields as F, deleted: Boolean(row.deleted_at) };
}

export function createEntity<F extends Record<string, unknown>, T>(ctx: CoreContext, e: RegisterEntity<F, T>, input: F): T {
  const fields = e.complete ? e.complete(ctx, input) : input;
  const issues = [...facilityIssues(ctx, fields.facilityId as string), ...registerDates(ctx, e.spec.table, fields), ...(e.check?.(ctx, fields, null) ?? [])];
  if (issues.length) throw invalid(e.spec.label, issues);
  if (!e.idOf) return readEntity(ctx, e, insertRecord(ctx, e.spec, fields));
  // A natural id already taken can only be a deleted record (check() refuses a live twin): entering
  // it again brings that row back with the new values, so every device keeps one row per identity.
  const id = e.idOf(fields);
  ctx.db.transaction(() => {
    if (!readRow(ctx, e.spec as unknown as TableSpec<Record<string, unknown>>, id)) insertRecord(ctx, e.spec, fields, id);
    else {
      restoreRecord(ctx, e.spec, id);
      updateRecord(ctx, e.spec, id, fields);
    }
  })();
  return readEntity(ctx, e, id);
}

/** Applies a patch after checking the record it would produce; a refused patch writes nothing. */
export function updateEntity<F extends Record<string, unknown>, T>(ctx: CoreContext, e: RegisterEntity<F, T>, id: string, patch: Partial<F>): T {
  ctx.db.transaction(() => {
    const { fields: before, deleted } = currentFields(ctx, e, id);
    if (deleted) throw notFound(e.spec, id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<F>;
    let after = { ...before, ...defined } as F;
    if (e.complete) after = e.complete(ctx, after);
    const issues = [
      ...(after.facilityId !== before.facilityId ? facilityIssues(ctx, after.facilityId as string) : []),
      // Only the dates the patch sets: an older record's date does not block an unrelated edit.
      ...registerDates(ctx, e.spec.table, defined),
      ...(e.check?.(ctx, after, id) ?? []),
    ];
    if (issues.length) throw invalid(e.spec.label, issues, 'patch');
    const changed: Partial<F> = { ...defined };
    if (after.facilityId !== before.facilityId) (changed as Record<string, unknown>).facilityId = after.facilityId;
    updateRecord(ctx, e.spec, id, changed);
  })();
  return readEntity(ctx, e, id);
}

export function deleteEntity<F extends Record<string, unknown>, T>(ctx: CoreContext, e: RegisterEntity<F, T>, id: string, reason: string): T {
  tombstoneRecord(ctx, e.spec, id, reason);
  return readEntity(ctx, e, id);
}

/** Undoes a delete, unless the record would now break a rule (a dose period entered again since). */
export function restoreEntity<F extends Record<string, unknown>, T>(ctx: CoreContext, e: RegisterEntity<F, T>, id: string): T {
  ctx.db.transaction(() => {
    const { fields, deleted } = currentFields(ctx, e, id);
    if (!deleted) return;
    const issues = e.check?.(ctx, fields, id) ?? [];
    if (issues.length) {
      const err = invalid(e.spec.label, issues);
      throw new KiemTraError('CONFLICT', `Không khôi phục được: ${err.vi}`, `Cannot restore: ${err.en}`, { issues: err.issues, context: { id } });
    }
    restoreRecord(ctx, e.spec, id);
  })();
  return readEntity(ctx, e, id);
}

/** Get, create, update, delete and restore of one register entity; an entity overrides what it does differently. */
export function entityOperations<F extends Record<string, unknown>, T>(e: RegisterEntity<F, T>) {
  return {
    get: (ctx: CoreContext, id: string): T => readEntity(ctx, e, id),
    create: (ctx: CoreContext, input: F): T => createEntity(ctx, e, input),
    update: (ctx: CoreContext, id: string, patch: Partial<F>): T => updateEntity(ctx, e, id, patch),
    delete: (ctx: CoreContext, id: string, reason: string): T => deleteEntity(ctx, e, id, reason),
    restore: (ctx: CoreContext, id: string): T => restoreEntity(ctx, e, id),
  };
}

export interface ListQuery {
  /** Conditions on `x` (the entity) only, with `?` placeholders. */
  where: string[];
  params: (string | number)[];
  /** ORDER BY expression; `x.id` is appended so pages never overlap. */
  orderBy: string;
  desc: boolean;
  query?: string;
  /** Only records of facilities in this commune/ward. */
  commune?: string;
  includeDeleted: boolean;
  limit: number;
  offset: number;
}

/** One page of an entity's list with its total, filtered server-side; `query` uses the search index. */
export function listEntities<F extends Record<string, unknown>, T>(ctx: CoreContext, e: RegisterEntity<F, T>, q: ListQuery): { rows: T[]; total: number } {
  const where = [...q.where];
  const params = [...q.params];
  if (!q.includeDeleted) where.push('x.deleted_at IS NULL');
  if (q.commune) {
    where.push('x.facility_id IN (SELECT id FROM facilities WHERE commune = ?)');
    params.push(q.commune);
  }
  const match = q.query ? toMatchExpression(q.query) : null;
  if (match) {
    where.push('x.id IN (SELECT d.entity_id FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ? AND d.entity = ?)');
    params.push(match, e.spec.entity);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = q.desc ? 'DESC' : 'ASC';
  // Filters only touch `x`, and every join is along a NOT NULL foreign key, so the count needs no join.
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM ${e.spec.table} x ${whereSql}`).get(...params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`SELECT ${e.select} FROM ${e.from} ${whereSql} ORDER BY ${q.orderBy} ${dir}, x.id ${dir} LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as Record<string, unknown>[];
  return { rows: rows.map((r) => e.toEntity(r)), total };
}

export { dateRange, filter } from '../db/filters';

/** Fields + meta + facility name: the shape every register entity returns. */
export function baseEntity<F extends Record<string, unknown>>(spec: TableSpec<F>, row: Record<string, unknown>): F & ReturnType<typeof metaOf> & { facilityName: string } {
  return { ...fieldsOf(spec, row), ...metaOf(row), facilityName: row.facility_name as string };
}

/** "SN-0042" also indexed as "sn0042", so a serial typed without its dashes still finds it. */
export function serialTerms(...values: (string | null | undefined)[]): string {
  return values
    .filter((v): v is string => Boolean(v))
    .map((v) => {
      const compact = v.replace(/[^\p{L}\p{N}]+/gu, '');
      return compact !== v ? `${v} ${compact}` : v;
    })
    .join(' ');
}
