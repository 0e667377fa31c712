import type { Db } from '../db/types';
import { stmt } from '../db/statements';

/**
 * Per-field sync state (DESIGN.md §5), in the shape of cr-sqlite's clock tables: for every synced
 * row one entry for the row itself (field '' — its creation, and the stamp of every field that has
 * no entry of its own) and one entry per field changed since. Bounded by the data, not by the
 * editing history: a field edited a thousand times has one entry.
 *
 * A stamp is the HLC "ms:counter" plus the device (interned as a small number). `prev` is the
 * stamp of another device's value this write replaced: an incoming change whose `prev` is our
 * current stamp was made by someone who saw our value, so it is no conflict. `seen` is the local
 * clock when an imported entry arrived (NULL for local writes, where it equals the stamp): exports
 * "since the last one" select by it, so work relayed from other devices travels on.
 */
export interface Stamp {
  /** Full HLC "ms:counter:device". */
  hlc: string;
  /** Full HLC of the foreign value this one replaced, or null. */
  prev: string | null;
}

export interface RowStamps {
  base: Stamp | null;
  fields: Map<string, Stamp>;
}

const deviceCaches = new WeakMap<Db, { byId: Map<string, number>; byNumber: Map<number, string> }>();

function cacheOf(db: Db): { byId: Map<string, number>; byNumber: Map<number, string> } {
  let c = deviceCaches.get(db);
  if (!c) {
    c = { byId: new Map(), byNumber: new Map() };
    deviceCaches.set(db, c);
  }
  return c;
}

/** The small number a device id is stored as. */
export function deviceNumber(db: Db, deviceId: string): number {
  const c = cacheOf(db);
  const known = c.byId.get(deviceId);
  if (known !== undefined) return known;
  stmt(db, 'INSERT INTO sync_devices (device_id) VALUES (?) ON CONFLICT (device_id) DO NOTHING').run(deviceId);
  const row = stmt(db, 'SELECT n FROM sync_devices WHERE device_id = ?').get(deviceId) as { n: number };
  c.byId.set(deviceId, row.n);
  c.byNumber.set(row.n, deviceId);
  return row.n;
}

export function deviceOfNumber(db: Db, n: number): string {
  const c = cacheOf(db);
  const known = c.byNumber.get(n);
  if (known !== undefined) return known;
  const row = stmt(db, 'SELECT device_id FROM sync_devices WHERE n = ?').get(n) as { device_id: string } | undefined;
  if (!row) throw new Error(`deviceOfNumber: no device ${n}`);
  c.byNumber.set(n, row.device_id);
  c.byId.set(row.device_id, n);
  return row.device_id;
}

/** "ms:counter:device" → the stored parts. */
function split(hlc: string): { clock: string; device: string } {
  return { clock: hlc.slice(0, 20), device: hlc.slice(21) };
}

interface StateRow {
  field: string;
  hlc: string;
  device: number;
  prev: string | null;
  prev_device: number | null;
}

function toStamp(db: Db, r: StateRow): Stamp {
  return {
    hlc: `${r.hlc}:${deviceOfNumber(db, r.device)}`,
    prev: r.prev === null || r.prev_device === null ? null : `${r.prev}:${deviceOfNumber(db, r.prev_device)}`,
  };
}

export function readStamps(db: Db, rowId: string): RowStamps {
  const rows = stmt(db, 'SELECT field, hlc, device, prev, prev_device FROM sync_state WHERE row_id = ?').all(rowId) as StateRow[];
  const out: RowStamps = { base: null, fields: new Map() };
  for (const r of rows) {
    if (r.field === '') out.base = toStamp(db, r);
    else out.fields.set(r.field, toStamp(db, r));
  }
  return out;
}

/** The stamps of many rows in a few queries (ids in chunks): rows without any are absent from the map. */
export function readStampsMany(db: Db, rowIds: string[]): Map<string, RowStamps> {
  const out = new Map<string, RowStamps>();
  const CHUNK = 500;
  for (let i = 0; i < rowIds.length; i += CHUNK) {
    const ids = rowIds.slice(i, i + CHUNK);
    const rows = stmt(db, `SELECT row_id, field, hlc, device, prev, prev_device FROM sync_state WHERE row_id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as (StateRow & { row_id: string })[];
    for (const r of rows) {
      let s = out.get(r.row_id);
      if (!s) {
        s = { base: null, fields: new Map() };
        out.set(r.row_id, s);
      }
      if (r.field === '') s.base = toStamp(db, r);
      else s.fields.set(r.field, toStamp(db, r));
    }
  }
  return out;
}

/** Does this file hold exactly these stamps for a record (the row's own and every field's)? Then the record brings nothing new. */
export function holdsStamps(stored: RowStamps | undefined, hlc: string, stamps: Record<string, [string, string | null]>): boolean {
  if (!stored?.base || stored.base.hlc !== hlc || stored.base.prev !== null) return false;
  const theirs = Object.entries(stamps);
  if (theirs.length !== stored.fields.size) return false;
  for (const [field, [h, prev]] of theirs) {
    const s = stored.fields.get(field);
    if (!s || s.hlc !== h || s.prev !== prev) return false;
  }
  return true;
}

/** The stamp a field holds: its own entry, else the row's. */
export function effectiveStamp(stamps: RowStamps, field: string): Stamp | null {
  return stamps.fields.get(field) ?? stamps.base;
}

/** Writes (or replaces) one entry; field '' is the row's own. `seen` is null for local writes. */
export function writeStamp(db: Db, kind: string, rowId: string, field: string, stamp: Stamp, seen: string | null): void {
  const s = split(stamp.hlc);
  const p = stamp.prev ? split(stamp.prev) : null;
  stmt(
    db,
    `INSERT INTO sync_state (row_id, field, kind, hlc, device, prev, prev_device, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (row_id, field) DO UPDATE SET kind = excluded.kind, hlc = excluded.hlc, device = excluded.device,
       prev = excluded.prev, prev_device = excluded.prev_device, seen = excluded.seen`,
  ).run(rowId, field, kind, s.clock, deviceNumber(db, s.device), p?.clock ?? null, p ? deviceNumber(db, p.device) : null, seen ? seen.slice(0, 20) : null);
}

export function deleteStamp(db: Db, rowId: string, field: string): void {
  stmt(db, 'DELETE FROM sync_state WHERE row_id = ? AND field = ?').run(rowId, field);
}

/** Remembers the latest stamp this file has seen, so the clock restarts after it. */
export function noteStamp(db: Db, hlc: string): void {
  stmt(db, "INSERT INTO meta (key, value) VALUES ('hlc_high', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE excluded.value > meta.value").run(hlc);
}

/**
 * A local write of `field` ('' for a new row) at `hlc`: it replaces the value held now, so a
 * foreign current stamp becomes `prev`; our own earlier edit passes its `prev` on.
 */
export function recordLocalWrite(db: Db, kind: string, rowId: string, field: string, hlc: string, deviceId: string): void {
  let prev: string | null = null;
  if (field !== '') {
    const current = effectiveStamp(readStamps(db, rowId), field);
    if (current) prev = split(current.hlc).device === deviceId ? current.prev : current.hlc;
  }
  writeStamp(db, kind, rowId, field, { hlc, prev }, null);
  noteStamp(db, hlc);
}

/** After a rolled-back transaction the interned numbers it made are gone: forget them. */
export function forgetDeviceNumbers(db: Db): void {
  deviceCaches.delete(db);
}
