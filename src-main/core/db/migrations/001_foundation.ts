import type { Migration } from '../types';

/** Meta, settings, audit log, change log, blobs, the search index and facilities. */
export const migration001: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Who changed what, when, old → new: one row per write, never updated.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        device TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
        old_values TEXT,
        new_values TEXT
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

      -- Field-level changes that export bundles carry (DESIGN.md §5). value is JSON. Bundles export
      -- by seq ("everything since the last export"); merging looks fields up by (tbl, row_id, col).
      -- A create logs only the fields it sets: a field with no change row is null.
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        col TEXT NOT NULL,
        value TEXT,
        hlc TEXT NOT NULL,
        device TEXT NOT NULL
      ) STRICT;
      CREATE INDEX change_log_row ON change_log (tbl, row_id, col);

      -- Photos and signatures, stored once by content.
      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        width INTEGER,
        height INTEGER,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- One search box for every register: documents map to rows of search_fts by rowid.
      CREATE TABLE search_docs (
        rowid INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL UNIQUE,
        facility_id TEXT
      ) STRICT;
      CREATE INDEX search_docs_entity ON search_docs (entity);
      -- prefix indexes make the short prefixes people type ("la", "son") cheap to match.
      CREATE VIRTUAL TABLE search_fts USING fts5 (
        text,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );

      CREATE TABLE facilities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        ownership TEXT NOT NULL,
        beds INTEGER,
        province_code TEXT NOT NULL,
        commune TEXT,
        street TEXT,
        legacy_district TEXT,
        contact_name TEXT,
        contact_phone TEXT,
        operating_since TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX facilities_name_key ON facilities (name_key);
      CREATE INDEX facilities_updated ON facilities (updated_at);
      CREATE INDEX facilities_commune ON facilities (commune);
    `);
  },
};
