import type { Migration } from '../types';

/**
 * Inspections (DESIGN.md §3): the decision and team, the template and version the form was
 * filled from, one row per answer, and attachments (photos, signatures) pointing at blobs.
 *
 * Answers are rows, not one JSON document per inspection: two inspectors filling different
 * parts of the same form on two devices then merge field by field. The unique key
 * (inspection, item, instance) is what lets an autosave upsert in place; instance_key is ''
 * for items outside repeated sections (NULL would defeat the unique index).
 * sort_date is derived (the day the check happened, else the decision date) and never synced.
 */
export const migration003: Migration = {
  version: 3,
  name: 'inspections',
  up(db) {
    db.exec(`
      CREATE TABLE inspections (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        kind TEXT NOT NULL CHECK (kind IN ('radiation', 'wastewater', 'combined', 'follow_up')),
        decision_number TEXT,
        decision_date TEXT,
        decision_issuer TEXT,
        team TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(team) AND json_type(team) = 'array'),
        facility_representatives TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(facility_representatives) AND json_type(facility_representatives) = 'array'),
        started_at TEXT,
        ended_at TEXT,
        place TEXT,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'in_progress', 'completed', 'cancelled')),
        completed_at TEXT,
        conclusion TEXT,
        facility_opinion TEXT,
        rule_packs TEXT CHECK (rule_packs IS NULL OR json_valid(rule_packs)),
        notes TEXT,
        sort_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX inspections_facility ON inspections (facility_id, sort_date);
      CREATE INDEX inspections_status ON inspections (status, sort_date);
      CREATE INDEX inspections_kind ON inspections (kind, sort_date);
      CREATE INDEX inspections_date ON inspections (sort_date);
      CREATE INDEX inspections_updated ON inspections (updated_at);

      CREATE TABLE inspection_answers (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections(id),
        item_key TEXT NOT NULL,
        instance_key TEXT NOT NULL DEFAULT '',
        value TEXT CHECK (value IS NULL OR json_valid(value)),
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        UNIQUE (inspection_id, item_key, instance_key)
      ) STRICT;

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections(id),
        item_key TEXT NOT NULL,
        instance_key TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'signature')),
        blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        caption TEXT,
        signer_name TEXT,
        signer_role TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX attachments_inspection ON attachments (inspection_id, item_key, instance_key);
      CREATE INDEX attachments_blob ON attachments (blob_sha256);
    `);
  },
};
