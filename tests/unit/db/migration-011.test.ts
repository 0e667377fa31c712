import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/db/migrations';
import { openDatabase } from '../../../src-main/core/db/open';

const meta = ['2025-11-20T08:00:00.000Z', '2025-11-20T08:00:00.000Z', '000001763625600000:0000:dev', 'dev'];

describe('migration 011: dose records carry the day the dosimeter was read', () => {
  it('upgrades a version-10 file keeping its dose records (no reading date), and refuses a reading before its period', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-m011-')), 'kiemtra.sqlite');
    const v10 = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 10) });
    v10.prepare("INSERT INTO facilities (id, name, name_key, kind, ownership, province_code, created_at, updated_at, hlc, updated_by) VALUES ('f1', 'Bệnh viện Đa khoa tỉnh Sơn La', 'benh vien', 'hospital', 'public', 'son-la', ?, ?, ?, ?)").run(...meta);
    v10.prepare("INSERT INTO workers (id, facility_id, name, name_key, role, created_at, updated_at, hlc, updated_by) VALUES ('w1', 'f1', 'Lò Văn Tuấn', 'lo van tuan', 'radiographer', ?, ?, ?, ?)").run(...meta);
    v10.prepare("INSERT INTO dose_records (id, facility_id, worker_id, year, quarter, hp10_msv, created_at, updated_at, hlc, updated_by) VALUES ('d1', 'f1', 'w1', 2025, 2, 0.4, ?, ?, ?, ?)").run(...meta);
    v10.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 11) });
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.prepare('SELECT id, year, quarter, hp10_msv, read_on FROM dose_records').get()).toEqual({ id: 'd1', year: 2025, quarter: 2, hp10_msv: 0.4, read_on: null });
    const set = db.prepare("UPDATE dose_records SET read_on = ? WHERE id = 'd1'");
    expect(() => set.run('2025-03-31')).toThrow(/CHECK/);
    expect(() => set.run('07/2025')).toThrow(/CHECK/);
    set.run('2025-07-08');
    expect(db.prepare("SELECT read_on FROM dose_records WHERE id = 'd1'").get()).toEqual({ read_on: '2025-07-08' });
    db.close();
  });
});
