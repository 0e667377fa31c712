import type { Migration } from '../types';

/**
 * Checks that end without minutes, and commune lists that can be undone (issue 7).
 *
 * A check started by mistake is cancelled, not deleted: it stays in the history with the
 * reason and the moment (cancel_reason, cancelled_at), synced like the rest of the row.
 *
 * admin_unit_imports keeps, for every commune import, the list each province had before it
 * (previous, JSON rows of admin_units), so a supervisor can undo an import. Reference data of
 * this device, like admin_units: not synced.
 */
export const migration007: Migration = {
  version: 7,
  name: 'check_flow',
  up(db) {
    db.exec(`
      ALTER TABLE inspections ADD COLUMN cancel_reason TEXT;
      ALTER TABLE inspections ADD COLUMN cancelled_at TEXT;

      CREATE TABLE admin_unit_imports (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        file_name TEXT NOT NULL,
        provinces TEXT NOT NULL CHECK (json_valid(provinces) AND json_type(provinces) = 'array'),
        imported INTEGER NOT NULL,
        previous TEXT NOT NULL CHECK (json_valid(previous) AND json_type(previous) = 'array'),
        undone_at TEXT
      ) STRICT;
    `);
  },
};
