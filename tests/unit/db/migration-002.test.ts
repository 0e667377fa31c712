import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migration001 } from '../../../src-main/core/db/migrations/001_foundation';
import { migration002 } from '../../../src-main/core/db/migrations/002_register';
import { openDatabase } from '../../../src-main/core/db/open';
import type { Db } from '../../../src-main/core/db/types';

const REGISTER_TABLES = ['xray_units', 'sealed_sources', 'wastewater_systems', 'licences', 'workers', 'dose_records'];

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-m002-')), 'kiemtra.sqlite');
}

function tableSql(db: Db, name: string): string {
  return (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) as { sql: string } | undefined)?.sql ?? '';
}

function columns(db: Db, name: string): string[] {
  return (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((c) => c.name);
}

const at = '2025-11-20T08:00:00.000Z';
const meta = [at, at, '000001763625600000:0000:dev', 'dev'];

describe('migration 002 adds the facility register', () => {
  it('creates STRICT synced register tables with facility foreign keys and an empty commune table on a fresh file', () => {
    const db = openDatabase(tempFile(), { migrations: [migration001, migration002] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    for (const t of REGISTER_TABLES) {
      expect(tableSql(db, t)).toMatch(/\) STRICT$/);
      expect(columns(db, t)).toEqual(expect.arrayContaining(['id', 'facility_id', 'created_at', 'updated_at', 'hlc', 'updated_by', 'deleted_at']));
      const fks = db.prepare(`PRAGMA foreign_key_list(${t})`).all() as { table: string; from: string }[];
      expect(fks).toContainEqual(expect.objectContaining({ table: 'facilities', from: 'facility_id' }));
    }
    expect((db.prepare('SELECT count(*) AS n FROM admin_units').get() as { n: number }).n).toBe(0);
    expect(() => db.prepare('INSERT INTO xray_units (id, facility_id, unit_type, status, created_at, updated_at, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run('x1', 'nope', 'ct', 'in_use', ...meta)).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('upgrades a version-1 file, keeping its facilities, after a backup, and enforces one dose record per worker and quarter', () => {
    const file = tempFile();
    const v1 = openDatabase(file, { migrations: [migration001] });
    v1.prepare(
      "INSERT INTO facilities (id, name, name_key, kind, ownership, province_code, created_at, updated_at, hlc, updated_by) VALUES ('f1', 'Bệnh viện Đa khoa tỉnh Sơn La', 'benh vien', 'hospital', 'public', 'son-la', ?, ?, ?, ?)",
    ).run(...meta);
    v1.close();

    const backups: string[] = [];
    const db = openDatabase(file, { migrations: [migration001, migration002], onBackup: (f) => backups.push(f) });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(backups).toHaveLength(1);
    expect(fs.existsSync(backups[0]!)).toBe(true);
    expect((db.prepare('SELECT name FROM facilities').get() as { name: string }).name).toBe('Bệnh viện Đa khoa tỉnh Sơn La');

    db.prepare("INSERT INTO workers (id, facility_id, name, role, created_at, updated_at, hlc, updated_by) VALUES ('w1', 'f1', 'A', 'nurse', ?, ?, ?, ?)").run(...meta);
    const dose = db.prepare(
      'INSERT INTO dose_records (id, facility_id, worker_id, year, quarter, hp10_msv, created_at, updated_at, hlc, updated_by, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    dose.run('d1', 'f1', 'w1', 2025, 1, 0.1, ...meta, at);
    dose.run('d2', 'f1', 'w1', 2025, 1, 0.1, ...meta, null);
    expect(() => dose.run('d3', 'f1', 'w1', 2025, 1, 0.2, ...meta, null)).toThrow(/UNIQUE/);
    expect(() => dose.run('d4', 'f1', 'w1', 2025, 5, 0.2, ...meta, null)).toThrow(/CHECK/);
    expect(() => dose.run('d5', 'f1', 'w1', 2025, 2, -0.2, ...meta, null)).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO licences (id, facility_id, kind, number, units, created_at, updated_at, hlc, updated_by) VALUES ('l1', 'f1', 'khai_bao', '1', '{}', ?, ?, ?, ?)").run(...meta),
    ).toThrow(/CHECK/);
    db.close();
  });
});
