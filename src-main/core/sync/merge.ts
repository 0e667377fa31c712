import { stmt } from '../db/statements';
import { naturalId } from '../db/ids';
import type { CoreContext } from '../context';
import { removeSearchDoc, upsertSearchDoc } from '../search/index-doc';
import type { SyncedKind } from './kinds';
import { deleteStamp, holdsStamps, readStamps, writeStamp, type RowStamps, type Stamp } from './state';
import type { RecordLine } from './wire';
import type { ConflictFields } from './conflict-spec';

type Value = string | number | null;

export interface KindCounts {
  added: number;
  changed: number;
  unchanged: number;
  conflicts: number;
}

/** A value that lost, found while merging: written as a conflict record after the merge. */
export interface LostValue {
  kind: string;
  recordId: string;
  field: string;
  kept: { value: Value; hlc: string };
  lost: { value: Value; hlc: string };
}

export interface MergeOutcome {
  result: 'added' | 'changed' | 'unchanged';
  lost: LostValue[];
  /** The record's fields after the merge (column values), for follow-up work. */
  fields: Record<string, Value>;
  /** The fields whose value the merge changed: [before, after] (null before for an added record). */
  changes: Record<string, [Value, Value]>;
  /** The stored row before the merge (undefined when absent or when the stamps showed nothing new). */
  before?: Record<string, Value>;
}

/**
 * Called with the merge's outcome before anything of the record is written: it may throw (the
 * import is refused), or return column values to write instead of the merged ones — the sync
 * state still records the merged ones (a signed inspection is written unsigned until its minutes
 * are in). `writesRow` says whether the row itself would be written.
 */
export type MergeGuard = (outcome: MergeOutcome, writesRow: boolean) => Record<string, Value> | void;


const deviceOf = (hlc: string) => hlc.slice(21);

/**
 * Was the other side's write made without seeing ours? Not if both come from one device (its
 * writes are ordered), nor if the later one names the earlier as the value it replaced.
 */
function concurrent(winner: Stamp, loser: Stamp): boolean {
  if (deviceOf(winner.hlc) === deviceOf(loser.hlc)) return false;
  return winner.prev !== loser.hlc;
}

function same(a: Stamp, b: Stamp): boolean {
  return a.hlc === b.hlc && a.prev === b.prev;
}

/** The later stamp; equal stamps keep ours. */
function later(ours: Stamp, theirs: Stamp): 'ours' | 'theirs' {
  return theirs.hlc > ours.hlc ? 'theirs' : 'ours';
}

function columnsOf(k: SyncedKind): [string, string][] {
  return [...(Object.entries(k.spec.fields) as [string, string][]), ['deletedAt', 'deleted_at']];
}

/** Column values → the spec's field object (derived columns and search text read it). */
function specFields(k: SyncedKind, values: Record<string, Value>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(k.spec.fields)) out[field] = values[field] ?? null;
  return out;
}

function writeRow(ctx: CoreContext, k: SyncedKind, id: string, values: Record<string, Value>, meta: { createdAt: string; updatedAt: string; hlc: string }, before?: Record<string, Value>): void {
  const cols = ['id', 'created_at', 'updated_at', 'hlc', 'updated_by'];
  const vals: Value[] = [id, meta.createdAt, meta.updatedAt, meta.hlc, deviceOf(meta.hlc)];
  for (const [field, col] of columnsOf(k)) {
    cols.push(col);
    vals.push(values[field] ?? null);
  }
  const fields = specFields(k, values);
  for (const [col, v] of Object.entries(k.spec.derived?.(fields) ?? {})) {
    cols.push(col);
    vals.push(v);
  }
  if (before) {
    // Only the columns whose value changes: a signed inspection's requirement may take its follow-up columns and nothing else.
    const set: string[] = [];
    const args: Value[] = [];
    for (let i = 1; i < cols.length; i++) {
      if ((before[cols[i]!] ?? null) === vals[i]) continue;
      set.push(`${cols[i]} = ?`);
      args.push(vals[i]!);
    }
    if (set.length) stmt(ctx.db, `UPDATE ${k.spec.table} SET ${set.join(', ')} WHERE id = ?`).run(...args, id);
  } else {
    const updates = cols.slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
    stmt(ctx.db, `INSERT INTO ${k.spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT (id) DO UPDATE SET ${updates}`).run(...vals);
  }
  if (k.spec.searchText) {
    if (values.deletedAt) removeSearchDoc(ctx.db, id);
    else upsertSearchDoc(ctx.db, k.spec.entity, id, k.spec.searchText(fields), k.spec.facilityOf?.(fields, id) ?? null);
  }
}

/**
 * Merges one incoming record into this file, field by field (DESIGN.md §5): the later stamp
 * wins; when both sides changed a field without seeing the other's value, the loser is reported
 * as lost (a conflict record keeps it). `seen` is the local clock of this import.
 */
export function mergeRecord(ctx: CoreContext, k: SyncedKind, rec: RecordLine, seen: string, guard?: MergeGuard, prefetched?: RowStamps | null): MergeOutcome {
  const incoming = (field: string): Stamp => {
    const s = rec.stamps[field];
    return s ? { hlc: s[0], prev: s[1] } : { hlc: rec.hlc, prev: null };
  };
  const theirValues = rec.fields as Record<string, Value>;
  const stored = prefetched === undefined ? readStamps(ctx.db, rec.id) : (prefetched ?? { base: null, fields: new Map<string, Stamp>() });
  // Known already, stamp for stamp: nothing to merge.
  if (holdsStamps(stored, rec.hlc, rec.stamps)) {
    const outcome: MergeOutcome = { result: 'unchanged', lost: [], fields: theirValues, changes: {} };
    guard?.(outcome, false);
    return outcome;
  }
  const row = stored.base || stored.fields.size ? (stmt(ctx.db, `SELECT * FROM ${k.spec.table} WHERE id = ?`).get(rec.id) as Record<string, Value> | undefined) : undefined;

  if (!row) {
    const changes: Record<string, [Value, Value]> = {};
    for (const [field] of columnsOf(k)) if ((theirValues[field] ?? null) !== null) changes[field] = [null, theirValues[field] ?? null];
    const outcome: MergeOutcome = { result: 'added', lost: [], fields: theirValues, changes };
    const written = guard?.(outcome, true) ?? theirValues;
    writeRow(ctx, k, rec.id, written, { createdAt: rec.createdAt, updatedAt: rec.updatedAt, hlc: maxStamp(rec) });
    writeStamp(ctx.db, k.kind, rec.id, '', { hlc: rec.hlc, prev: null }, seen);
    for (const [field, s] of Object.entries(rec.stamps)) writeStamp(ctx.db, k.kind, rec.id, field, { hlc: s[0], prev: s[1] }, seen);
    return outcome;
  }

  const ourBase: Stamp = stored.base ?? { hlc: row.hlc as string, prev: null };
  const ours = (field: string): Stamp => stored.fields.get(field) ?? ourBase;
  const baseWinner = later(ourBase, { hlc: rec.hlc, prev: null });
  const base = baseWinner === 'theirs' ? { hlc: rec.hlc, prev: null } : ourBase;

  const values: Record<string, Value> = {};
  const merged = new Map<string, Stamp>();
  const lost: LostValue[] = [];
  const changes: Record<string, [Value, Value]> = {};
  let changedValue = false;
  let top = base.hlc;
  let topSide: 'ours' | 'theirs' = baseWinner;
  for (const [field, col] of columnsOf(k)) {
    const mine = ours(field);
    const theirs = incoming(field);
    const ourValue = row[col] ?? null;
    const theirValue = theirValues[field] ?? null;
    const side = later(mine, theirs);
    const win = side === 'theirs' ? theirs : mine;
    values[field] = side === 'theirs' ? theirValue : ourValue;
    merged.set(field, win);
    if (win.hlc > top) {
      top = win.hlc;
      topSide = side;
    }
    if (side === 'theirs' && theirValue !== ourValue) {
      changedValue = true;
      changes[field] = [ourValue, theirValue];
    }
    if (mine.hlc !== theirs.hlc && theirValue !== ourValue) {
      const lose = side === 'theirs' ? mine : theirs;
      if (concurrent(win, lose)) {
        lost.push({
          kind: k.kind,
          recordId: rec.id,
          field,
          kept: { value: values[field]!, hlc: win.hlc },
          lost: { value: side === 'theirs' ? ourValue : theirValue, hlc: lose.hlc },
        });
      }
    }
  }

  const edited = editedWhileDeleted(k, rec.id, values, ours, incoming, row.deleted_at ?? null, theirValues.deletedAt ?? null);
  if (edited) lost.push(edited);

  // The sync state in its one canonical shape: the row's entry, and an entry for every field whose stamp differs from it.
  const stampWrites: (() => void)[] = [];
  if (!stored.base || !same(stored.base, base)) stampWrites.push(() => writeStamp(ctx.db, k.kind, rec.id, '', base, seen));
  for (const [field, stamp] of merged) {
    const entry = stored.fields.get(field);
    const implied = stamp.prev === null && stamp.hlc === base.hlc;
    if (implied) {
      if (entry) stampWrites.push(() => deleteStamp(ctx.db, rec.id, field));
    } else if (!entry || !same(entry, stamp)) {
      stampWrites.push(() => writeStamp(ctx.db, k.kind, rec.id, field, stamp, seen));
    }
  }
  const createdAt = baseWinner === 'theirs' ? rec.createdAt : (row.created_at as string);
  const updatedAt = topSide === 'theirs' ? rec.updatedAt : (row.updated_at as string);
  const writesRow = changedValue || (stampWrites.length > 0 && (row.hlc !== top || row.created_at !== createdAt || row.updated_at !== updatedAt));
  const outcome: MergeOutcome = { result: changedValue ? 'changed' : 'unchanged', lost, fields: values, changes, before: row };
  const written = guard?.(outcome, writesRow) ?? values;
  for (const w of stampWrites) w();
  if (writesRow) writeRow(ctx, k, rec.id, written, { createdAt, updatedAt, hlc: top }, row);
  return outcome;
}

/**
 * A deletion on one side and an edit on the other: the record stays deleted (the deletion's
 * field won) but the edit is not silently gone — it is a conflict on `deletedAt` whose losing
 * value is "not deleted", stamped with the latest edit the deleting side had not seen.
 */
function editedWhileDeleted(
  k: SyncedKind,
  recordId: string,
  values: Record<string, Value>,
  ours: (f: string) => Stamp,
  theirs: (f: string) => Stamp,
  ourDeleted: Value,
  theirDeleted: Value,
): LostValue | null {
  if (values.deletedAt === null || (ourDeleted === null) === (theirDeleted === null)) return null;
  const deleter = ourDeleted !== null ? ours : theirs;
  const other = ourDeleted !== null ? theirs : ours;
  let edit: string | null = null;
  for (const field of Object.keys(k.spec.fields)) {
    const o = other(field).hlc;
    if (o > deleter(field).hlc && (edit === null || o > edit)) edit = o;
  }
  if (edit === null) return null;
  return { kind: k.kind, recordId, field: 'deletedAt', kept: { value: values.deletedAt ?? null, hlc: deleter('deletedAt').hlc }, lost: { value: null, hlc: edit } };
}

/** The latest stamp a record line carries: the row's `hlc` column. */
export function maxStamp(rec: RecordLine): string {
  let top = rec.hlc;
  for (const s of Object.values(rec.stamps)) if (s[0] > top) top = s[0];
  return top;
}

/**
 * The conflict record of a lost value. Its id is made from the record, field and losing stamp,
 * so every device that meets the same two values keeps one record; one already there is left.
 */
export function conflictRecord(l: LostValue): { id: string; fields: ConflictFields } {
  return {
    id: naturalId('conflict', l.kind, l.recordId, l.field, l.lost.hlc),
    fields: {
      recordKind: l.kind,
      recordId: l.recordId,
      field: l.field,
      keptValue: JSON.stringify(l.kept.value),
      keptHlc: l.kept.hlc,
      lostValue: JSON.stringify(l.lost.value),
      lostHlc: l.lost.hlc,
      status: 'open',
      resolvedAt: null,
      resolvedBy: null,
    },
  };
}
