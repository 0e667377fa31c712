import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/db/migrations';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../../src-main/core/audit/chain';
import { migrations } from '../../../src-main/core/db/migrations';
import { openDatabase } from '../../../src-main/core/db/open';
import { completeInspection } from '../../../src-main/core/inspections/progress';
import { checklistStore } from '../../../src-main/core/checklists/store';
import { CLOSING, ok, readyCheck, refused, tempCore } from './helpers';

const meta = ['2025-11-20T08:00:00.000Z', '2025-11-20T08:00:00.000Z', '000001763625600000:0000:dev', 'dev'];

describe('migration 009 (signed minutes)', () => {
  it('upgrades a version-5 file: completed inspections stay (unsigned), every column, index and foreign key survives, old audit rows are chained', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-m009-')), 'kiemtra.sqlite');
    const v5 = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 5) });
    v5.prepare("INSERT INTO facilities (id, name, name_key, kind, ownership, province_code, created_at, updated_at, hlc, updated_by) VALUES ('f1', 'Bệnh viện Đa khoa tỉnh Sơn La', 'benh vien', 'hospital', 'public', 'son-la', ?, ?, ?, ?)").run(...meta);
    v5.prepare("INSERT INTO inspections (id, facility_id, kind, template_id, template_version, status, completed_at, facility_opinion, created_at, updated_at, hlc, updated_by) VALUES ('i1', 'f1', 'radiation', 'xray-diagnostic', 1, 'completed', '2025-10-01T10:00:00.000Z', 'Đồng ý', ?, ?, ?, ?)").run(...meta);
    v5.prepare("INSERT INTO inspection_answers (id, inspection_id, item_key, value, created_at, updated_at, hlc, updated_by) VALUES ('a1', 'i1', 'licence_present', '\"yes\"', ?, ?, ?, ?)").run(...meta);
    const audit = v5.prepare("INSERT INTO audit_log (at, actor, device, entity, entity_id, action, new_values) VALUES (?, 'local', ?, 'facility', 'f1', 'create', ?)");
    for (let i = 0; i < 5; i++) audit.run(meta[0], i % 2 ? 'dev-a' : 'dev-b', JSON.stringify({ n: i }));
    const columnsBefore = (v5.prepare('PRAGMA table_info(inspections)').all() as { name: string }[]).map((c) => c.name);
    v5.close();

    let backup: string | null = null;
    const db = openDatabase(file, { onBackup: (f) => (backup = f) });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // Every version-5 column, in order, then the two migration 007 adds (the cancelled state); 009 rebuilds the table without losing one.
    expect((db.prepare('PRAGMA table_info(inspections)').all() as { name: string }[]).map((c) => c.name)).toEqual([...columnsBefore, 'cancel_reason', 'cancelled_at']);
    expect(db.prepare("SELECT id, status, completed_at, facility_opinion FROM inspections").all()).toEqual([
      { id: 'i1', status: 'completed', completed_at: '2025-10-01T10:00:00.000Z', facility_opinion: 'Đồng ý' },
    ]);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'inspections' AND sql IS NOT NULL").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['inspections_facility', 'inspections_status', 'inspections_kind', 'inspections_date', 'inspections_updated']));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare("INSERT INTO inspection_answers (id, inspection_id, item_key, created_at, updated_at, hlc, updated_by) VALUES ('a2', 'nope', 'x', ?, ?, ?, ?)").run(...meta)).toThrow(/FOREIGN KEY/);
    // 'signed' is a status now, but only complete-and-sign sets it (a snapshot must exist).
    expect(() => db.prepare("UPDATE inspections SET status = 'signed' WHERE id = 'i1'").run()).toThrow(/KIEMTRA_UNSIGNED/);
    const chain = verifyAuditChains(db);
    expect(chain).toEqual({ rows: 5, devices: 2, breaks: [] });
    const first = db.prepare("SELECT prev_hash, hash FROM audit_log WHERE device = 'dev-a' ORDER BY id").all() as { prev_hash: string | null; hash: string }[];
    expect(first[0]!.prev_hash).toBeNull();
    expect(first[1]!.prev_hash).toBe(first[0]!.hash);
    db.close();
    // The whole version-5 file was copied to the backups folder before anything changed.
    expect(backup).toMatch(/[\\/]backups[\\/]kiemtra-migration-\d{8}T\d{9}Z\.sqlite$/);
    const old = new Database(backup!, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(5);
    expect(old.prepare('SELECT id, status FROM inspections').all()).toEqual([{ id: 'i1', status: 'completed' }]);
    old.close();
  });

  it('minutes completed before signing existed can be signed later: the snapshot says when they were closed', () => {
    const { core } = tempCore();
    const { id } = readyCheck(core);
    ok(core.call('inspections.update', { id, patch: { endedAt: CLOSING.endedAt, facilityOpinion: CLOSING.facilityOpinion } }));
    // What a version-5 app did: close without signing.
    completeInspection(core.env, checklistStore(core.env.resources.dir), { id });
    expect(ok(core.call('inspections.get', { id })).inspection.status).toBe('completed');
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'no' })).code).toBe('CONFLICT');
    const signed = ok(core.call('inspections.complete', { id }));
    expect(signed.status).toBe('signed');
    const m = ok(core.call('minutes.get', { inspectionId: id }))!;
    expect(m.original.snapshot.inspection.legacyCompletedAt).toBe('2025-11-20T08:00:00.000Z');
  });
});
