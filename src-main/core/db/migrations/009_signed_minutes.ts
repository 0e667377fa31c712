import { auditRowHash, type AuditRowColumns } from '../../audit/chain';
import type { Db, Migration } from '../types';

const LOCKED = "'KIEMTRA_SIGNED: biên bản đã ký không sửa, không xoá được; hãy lập biên bản bổ sung / signed minutes cannot be changed or deleted; make an amendment'";
const APPEND_ONLY = "'KIEMTRA_APPEND_ONLY: bản ghi chỉ được thêm, không sửa, không xoá / rows are append-only'";
const signedOf = (col: string) => `(SELECT status FROM inspections WHERE id = ${col}) = 'signed'`;

/**
 * Signed minutes (issue 9, docs/minutes.md):
 * - inspections.status gains 'signed'. 'completed' stays as the state of minutes closed before
 *   signing existed: read-only in the app, unsigned, and signable (the snapshot is then taken at
 *   signing time and says so). A CHECK cannot be altered, so the table is rebuilt from its own
 *   stored CREATE text (columns other migrations added survive), with its indexes and triggers.
 * - inspector_profile: who uses this device, and the public half of its Ed25519 key.
 * - minutes: the frozen snapshot (canonical JSON), its SHA-256 and signature; seq 0 is the signed
 *   minutes, 1… its amendments. inspection_reviews: sent / approved / returned, recorded after
 *   signing without touching the locked rows.
 * - audit_log gains reason, prev_hash and hash (a chain per device); existing rows are chained
 *   here in id order.
 * - Triggers lock a signed inspection's rows (plain SQL too) and make minutes, reviews and the
 *   audit log append-only. Requirements of a signed inspection keep their content; only their
 *   follow-up columns (status, closed_by_inspection_id, closed_at, closing_note) still change.
 */
export const migration009: Migration = {
  version: 9,
  name: 'signed_minutes',
  up(db) {
    rebuildInspectionsWithSigned(db);
    db.exec(`
      CREATE TABLE inspector_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_id TEXT NOT NULL,
        full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
        position TEXT,
        unit TEXT NOT NULL,
        public_key_pem TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        key_protection TEXT NOT NULL CHECK (key_protection IN ('safe_storage', 'none')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE minutes (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections(id),
        seq INTEGER NOT NULL CHECK (seq >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('original', 'amendment')),
        reason TEXT,
        snapshot TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        signature TEXT NOT NULL,
        device_id TEXT NOT NULL,
        public_key_pem TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        CHECK ((kind = 'original') = (seq = 0)),
        CHECK (kind = 'original' OR length(trim(coalesce(reason, ''))) > 0),
        UNIQUE (inspection_id, seq)
      ) STRICT;

      CREATE TABLE inspection_reviews (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections(id),
        minutes_sha256 TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sent', 'approved', 'returned')),
        note TEXT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        device TEXT NOT NULL
      ) STRICT;
      CREATE INDEX inspection_reviews_inspection ON inspection_reviews (inspection_id, at);

      ALTER TABLE audit_log ADD COLUMN reason TEXT;
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN hash TEXT;
      CREATE INDEX audit_log_device ON audit_log (device, id);
    `);
    chainExistingAuditRows(db);
    db.exec(lockTriggers());
  },
};

/** Rebuilds inspections with 'signed' added to its status CHECK, keeping every column, index and trigger. */
function rebuildInspectionsWithSigned(db: Db): void {
  const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'inspections'").get() as { sql: string };
  const check = /CHECK \(status IN \(([^)]*)\)\)/.exec(table.sql);
  if (!check) throw new Error('migration 009: inspections.status has no CHECK (status IN (…)) to extend');
  const states = check[1]!.split(',').map((s) => s.trim());
  if (!states.includes("'signed'")) states.splice(Math.max(0, states.indexOf("'cancelled'")), 0, "'signed'");
  const createNew = table.sql
    .replace(/^CREATE TABLE "?inspections"?/, 'CREATE TABLE inspections_v9')
    .replace(check[0], `CHECK (status IN (${states.join(', ')}))`);
  const dependents = db
    .prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'inspections' AND type IN ('index', 'trigger') AND sql IS NOT NULL")
    .all() as { sql: string }[];
  db.exec(createNew);
  db.exec('INSERT INTO inspections_v9 SELECT * FROM inspections');
  // migrate() runs with foreign keys off and checks them before committing (db/open.ts).
  db.exec('DROP TABLE inspections');
  db.exec('ALTER TABLE inspections_v9 RENAME TO inspections');
  for (const d of dependents) db.exec(d.sql);
}

function chainExistingAuditRows(db: Db): void {
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  const rows = db
    .prepare('SELECT id, at, actor, device, entity, entity_id, action, old_values, new_values, reason FROM audit_log ORDER BY device, id')
    .all() as Omit<AuditRowColumns, 'prev_hash'>[];
  const last = new Map<string, string>();
  for (const r of rows) {
    const prev = last.get(r.device) ?? null;
    const hash = auditRowHash({ ...r, prev_hash: prev });
    update.run(prev, hash, r.id);
    last.set(r.device, hash);
  }
}

function lockTriggers(): string {
  const child = (table: string) => `
      CREATE TRIGGER ${table}_signed_insert BEFORE INSERT ON ${table} WHEN ${signedOf('NEW.inspection_id')}
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      CREATE TRIGGER ${table}_signed_update BEFORE UPDATE ON ${table} WHEN ${signedOf('OLD.inspection_id')}
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      CREATE TRIGGER ${table}_signed_delete BEFORE DELETE ON ${table} WHEN ${signedOf('OLD.inspection_id')}
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;`;
  const appendOnly = (table: string) => `
      CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, ${APPEND_ONLY}); END;
      CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, ${APPEND_ONLY}); END;`;
  return `
      CREATE TRIGGER inspections_signed_update BEFORE UPDATE ON inspections WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      CREATE TRIGGER inspections_signed_delete BEFORE DELETE ON inspections WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      CREATE TRIGGER inspections_sign_needs_minutes BEFORE UPDATE OF status ON inspections
      WHEN NEW.status = 'signed' AND NOT EXISTS (SELECT 1 FROM minutes WHERE inspection_id = NEW.id AND seq = 0)
      BEGIN SELECT RAISE(ABORT, 'KIEMTRA_UNSIGNED: chỉ ký được qua "Hoàn thành và ký" / minutes are signed only by complete-and-sign'); END;
      CREATE TRIGGER inspections_insert_signed BEFORE INSERT ON inspections WHEN NEW.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'KIEMTRA_UNSIGNED: chỉ ký được qua "Hoàn thành và ký" / minutes are signed only by complete-and-sign'); END;
      ${child('inspection_answers')}
      ${child('attachments')}
      ${child('findings')}
      CREATE TRIGGER requirements_signed_insert BEFORE INSERT ON requirements WHEN ${signedOf('NEW.inspection_id')}
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      CREATE TRIGGER requirements_signed_update BEFORE UPDATE OF id, finding_id, inspection_id, facility_id, text, responsible, deadline, created_at, deleted_at ON requirements
      WHEN ${signedOf('OLD.inspection_id')}
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      CREATE TRIGGER requirements_signed_delete BEFORE DELETE ON requirements WHEN ${signedOf('OLD.inspection_id')}
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      CREATE TRIGGER blobs_signed_delete BEFORE DELETE ON blobs
      WHEN EXISTS (SELECT 1 FROM attachments a JOIN inspections i ON i.id = a.inspection_id WHERE a.blob_sha256 = OLD.sha256 AND i.status = 'signed')
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      CREATE TRIGGER blobs_signed_update BEFORE UPDATE ON blobs
      WHEN EXISTS (SELECT 1 FROM attachments a JOIN inspections i ON i.id = a.inspection_id WHERE a.blob_sha256 = OLD.sha256 AND i.status = 'signed')
      BEGIN SELECT RAISE(ABORT, ${LOCKED}); END;
      ${appendOnly('minutes')}
      ${appendOnly('inspection_reviews')}
      ${appendOnly('audit_log')}
  `;
}
