import type { Migration } from '../types';

/**
 * Findings and requirements (kiến nghị, yêu cầu khắc phục), DESIGN.md §3–§4.
 *
 * A finding is what an inspection found wrong: made by a failed rule verdict (origin 'rule') or
 * written by the inspector (origin 'manual'). verdict holds the engine's self-explaining verdict
 * (value, limit, formula, citation) as JSON, so the minutes print why, and pack_id/pack_version
 * say which regulation judged it. rule_key tells apart the auto findings of one item instance
 * (a dose-rate table may fail at the console and in a public area): re-judging finds and updates
 * the same row by (inspection_id, item_key, instance_key, rule_key) instead of adding another.
 *
 * A requirement is a corrective action with a deadline; a follow-up inspection closes it
 * (closed_by_inspection_id). The (facility_id, status, deadline) index serves "overdue" lists.
 * Severity and status carry CHECKs: the law's scale does not grow with a new device type.
 */
export const migration005: Migration = {
  version: 5,
  name: 'findings',
  up(db) {
    db.exec(`
      CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections(id),
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        item_key TEXT,
        instance_key TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL CHECK (origin IN ('rule', 'manual')),
        rule_id TEXT,
        rule_key TEXT,
        pack_id TEXT,
        pack_version TEXT,
        verdict TEXT CHECK (verdict IS NULL OR json_valid(verdict)),
        severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
        title TEXT NOT NULL,
        description TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'dismissed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX findings_inspection ON findings (inspection_id, item_key, instance_key);
      CREATE INDEX findings_facility ON findings (facility_id, status);
      CREATE INDEX findings_updated ON findings (updated_at);

      CREATE TABLE requirements (
        id TEXT PRIMARY KEY,
        finding_id TEXT REFERENCES findings(id),
        inspection_id TEXT NOT NULL REFERENCES inspections(id),
        facility_id TEXT NOT NULL REFERENCES facilities(id),
        text TEXT NOT NULL,
        responsible TEXT,
        deadline TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'not_done', 'cancelled')),
        closed_by_inspection_id TEXT REFERENCES inspections(id),
        closed_at TEXT,
        closing_note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX requirements_facility_status ON requirements (facility_id, status, deadline);
      CREATE INDEX requirements_status_deadline ON requirements (status, deadline);
      CREATE INDEX requirements_inspection ON requirements (inspection_id);
      CREATE INDEX requirements_finding ON requirements (finding_id);
      CREATE INDEX requirements_updated ON requirements (updated_at);
    `);
  },
};
