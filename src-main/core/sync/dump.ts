import type { Db } from '../db/types';
import { readStamps } from './state';
import { syncedKinds } from './kinds';

/**
 * The synced content of a file in one canonical text: every record of every kind by id, its
 * fields, meta and the effective stamp of each field, then the photos' hashes. Two replicas that
 * converged give the same text. Auto findings of open inspections are derived on each device
 * (judged after a merge), so only their content counts, not who wrote them when.
 */
export function canonicalDump(db: Db, provinceName: (code: string) => string = (c) => c): string {
  const out: string[] = [];
  for (const k of syncedKinds(db, provinceName).values()) {
    const cols = [...(Object.entries(k.spec.fields) as [string, string][]), ['deletedAt', 'deleted_at'] as [string, string]];
    for (const row of db.prepare(`SELECT * FROM ${k.spec.table} ORDER BY id`).iterate() as IterableIterator<Record<string, unknown>>) {
      const id = row.id as string;
      const fields = Object.fromEntries(cols.map(([f, c]) => [f, row[c] ?? null]));
      const derived = k.kind === 'finding' && row.origin === 'rule' && isOpen(db, row.inspection_id as string);
      if (derived) {
        out.push(JSON.stringify([k.kind, id, fields]));
        continue;
      }
      const s = readStamps(db, id);
      const stamps = Object.fromEntries(cols.map(([f]) => {
        const e = s.fields.get(f) ?? s.base;
        return [f, e ? [e.hlc, e.prev] : null];
      }));
      out.push(JSON.stringify([k.kind, id, fields, { createdAt: row.created_at, updatedAt: row.updated_at, hlc: row.hlc, updatedBy: row.updated_by, base: s.base?.hlc ?? null }, stamps]));
    }
  }
  for (const b of db.prepare('SELECT sha256, mime, size FROM blobs ORDER BY sha256').all()) out.push(JSON.stringify(b));
  return out.join('\n') + '\n';
}

function isOpen(db: Db, inspectionId: string): boolean {
  const r = db.prepare('SELECT status FROM inspections WHERE id = ?').get(inspectionId) as { status: string } | undefined;
  return r?.status !== 'completed';
}
