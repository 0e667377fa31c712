import type { Migration } from '../types';

/**
 * Rule packs a supervisor imported (DESIGN.md §4). Shipped packs stay in resources/rules; this
 * table only holds imported ones, each id+version once, with the exact JSON and its SHA-256 so a
 * finished inspection's pack version can always be shown again.
 */
export const migration004: Migration = {
  version: 4,
  name: 'rule_packs',
  up(db) {
    db.exec(`
      CREATE TABLE rule_packs (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        json TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        source_file TEXT,
        PRIMARY KEY (id, version)
      ) STRICT;
    `);
  },
};
