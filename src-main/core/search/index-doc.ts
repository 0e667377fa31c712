import { foldVietnamese } from '../../../src-shared/text/fold';
import { stmt } from '../db/statements';
import type { Db } from '../db/types';

/** Puts (or replaces) the searchable text of one record into the FTS5 index, folded. */
export function upsertSearchDoc(db: Db, entity: string, entityId: string, text: string, facilityId: string | null): void {
  const existing = stmt(db, 'SELECT rowid FROM search_docs WHERE entity_id = ?').get(entityId) as { rowid: number } | undefined;
  const folded = foldVietnamese(text);
  if (existing) {
    stmt(db, 'UPDATE search_docs SET entity = ?, facility_id = ? WHERE rowid = ?').run(entity, facilityId, existing.rowid);
    stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(existing.rowid);
    stmt(db, 'INSERT INTO search_fts (rowid, text) VALUES (?, ?)').run(existing.rowid, folded);
  } else {
    const info = stmt(db, 'INSERT INTO search_docs (entity, entity_id, facility_id) VALUES (?, ?, ?)').run(entity, entityId, facilityId);
    stmt(db, 'INSERT INTO search_fts (rowid, text) VALUES (?, ?)').run(info.lastInsertRowid, folded);
  }
}

export function removeSearchDoc(db: Db, entityId: string): void {
  const existing = stmt(db, 'SELECT rowid FROM search_docs WHERE entity_id = ?').get(entityId) as { rowid: number } | undefined;
  if (!existing) return;
  stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(existing.rowid);
  stmt(db, 'DELETE FROM search_docs WHERE rowid = ?').run(existing.rowid);
}
