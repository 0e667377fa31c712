import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/open';
import { migrations } from '../../../src-main/core/db/migrations';
import { migration010 } from '../../../src-main/core/db/migrations/010_sync_state';
import { naturalId } from '../../../src-main/core/db/ids';

const DEV = '01930000-0000-7000-8000-00000000000a';
const h = (ms: number) => `${String(ms).padStart(15, '0')}:0000:${DEV}`;

/** A file as version 5 wrote it: rows with random ids and a change log with every keystroke. */
function version5(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.filter((m) => m.version <= 5), 0);
  const row = (ms: number) => [`2026-01-01T00:00:0${ms % 10}Z`, `2026-01-01T00:00:0${ms % 10}Z`, h(ms), DEV];
  const log = db.prepare('INSERT INTO change_log (tbl, row_id, col, value, hlc, device) VALUES (?, ?, ?, ?, ?, ?)');
  db.prepare("INSERT INTO facilities (id, name, name_key, kind, ownership, province_code, created_at, updated_at, hlc, updated_by) VALUES ('fac-1', 'BV', 'bv', 'hospital', 'public', 'son-la', ?, ?, ?, ?)").run(...row(3));
  log.run('facilities', 'fac-1', 'created_at', '"x"', h(1), DEV);
  log.run('facilities', 'fac-1', 'name', '"B"', h(1), DEV);
  log.run('facilities', 'fac-1', 'name', '"BV"', h(3), DEV);
  log.run('facilities', 'fac-1', 'beds', '5', h(2), DEV);
  db.prepare("INSERT INTO workers (id, facility_id, name, role, created_at, updated_at, hlc, updated_by) VALUES ('w-1', 'fac-1', 'Lò Văn A', 'nurse', ?, ?, ?, ?)").run(...row(4));
  log.run('workers', 'w-1', 'created_at', '"x"', h(4), DEV);
  const dose = db.prepare('INSERT INTO dose_records (id, facility_id, worker_id, year, quarter, hp10_msv, created_at, updated_at, hlc, updated_by, deleted_at) VALUES (?, ?, ?, 2025, 1, ?, ?, ?, ?, ?, ?)');
  dose.run('dose-old', 'fac-1', 'w-1', 0.1, ...row(5), '2026-01-01');
  dose.run('dose-live', 'fac-1', 'w-1', 0.2, ...row(6), null);
  log.run('dose_records', 'dose-live', 'created_at', '"x"', h(6), DEV);
  db.prepare("INSERT INTO inspections (id, facility_id, kind, template_id, template_version, status, created_at, updated_at, hlc, updated_by) VALUES ('insp-1', 'fac-1', 'radiation', 't', 1, 'in_progress', ?, ?, ?, ?)").run(...row(7));
  db.prepare("INSERT INTO inspection_answers (id, inspection_id, item_key, instance_key, value, created_at, updated_at, hlc, updated_by) VALUES ('ans-1', 'insp-1', 'q1', '', '\"yes\"', ?, ?, ?, ?)").run(...row(8));
  log.run('inspection_answers', 'ans-1', 'created_at', '"x"', h(8), DEV);
  log.run('inspection_answers', 'ans-1', 'value', '"no"', h(8), DEV);
  log.run('inspection_answers', 'ans-1', 'value', '"yes"', h(9), DEV);
  db.prepare("INSERT INTO findings (id, inspection_id, facility_id, item_key, instance_key, origin, rule_key, severity, title, status, created_at, updated_at, hlc, updated_by) VALUES ('find-1', 'insp-1', 'fac-1', 'q1', '', 'rule', 'r', 'high', 'T', 'open', ?, ?, ?, ?)").run(...row(9));
  db.prepare("INSERT INTO requirements (id, finding_id, inspection_id, facility_id, text, status, created_at, updated_at, hlc, updated_by) VALUES ('req-1', 'find-1', 'insp-1', 'fac-1', 'Sửa', 'open', ?, ?, ?, ?)").run(...row(9));
  return db;
}

describe('migration 010: per-field sync state and natural ids', () => {
  it('gives answers, dose records and auto findings their natural ids, keeping the links', () => {
    const db = version5();
    migrate(db, [migration010], 5);
    const answerId = naturalId('inspection_answer', 'insp-1', 'q1', '');
    expect(db.prepare('SELECT id FROM inspection_answers').all()).toEqual([{ id: answerId }]);
    const doses = db.prepare('SELECT id, hp10_msv FROM dose_records ORDER BY hp10_msv').all();
    expect(doses).toEqual([{ id: 'dose-old', hp10_msv: 0.1 }, { id: naturalId('dose_record', 'w-1', 2025, 1), hp10_msv: 0.2 }]);
    const findingId = naturalId('finding', 'insp-1', 'q1', '', 'r');
    expect(db.prepare('SELECT finding_id FROM requirements').get()).toEqual({ finding_id: findingId });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('turns the change log into one entry per row plus one per field edited since, and drops the log', () => {
    const db = version5();
    migrate(db, [migration010], 5);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).not.toContain('change_log');
    for (const t of ['sync_state', 'sync_devices', 'sync_peers', 'sync_exports', 'sync_imports', 'sync_conflicts']) expect(tables).toContain(t);
    const stamps = db.prepare("SELECT field, hlc FROM sync_state WHERE row_id = 'fac-1' ORDER BY field").all();
    expect(stamps).toEqual([
      { field: '', hlc: h(1).slice(0, 20) },
      { field: 'beds', hlc: h(2).slice(0, 20) },
      { field: 'name', hlc: h(3).slice(0, 20) },
    ]);
    const answer = db.prepare('SELECT field, kind, hlc FROM sync_state WHERE row_id = ? ORDER BY field').all(naturalId('inspection_answer', 'insp-1', 'q1', ''));
    expect(answer).toEqual([
      { field: '', kind: 'inspection_answer', hlc: h(8).slice(0, 20) },
      { field: 'value', kind: 'inspection_answer', hlc: h(9).slice(0, 20) },
    ]);
    // Rows the log never saw (the deleted dose, the inspection) carry their own stamp.
    expect(db.prepare("SELECT hlc FROM sync_state WHERE row_id = 'insp-1' AND field = ''").get()).toEqual({ hlc: h(7).slice(0, 20) });
    expect(db.prepare("SELECT value FROM meta WHERE key = 'hlc_high'").get()).toEqual({ value: h(9) });
    expect(db.prepare('SELECT device_id FROM sync_devices').all()).toEqual([{ device_id: DEV }]);
  });

  it('is listed as version 10', () => {
    expect(migrations.find((m) => m.version === 10)).toBe(migration010);
  });
});
