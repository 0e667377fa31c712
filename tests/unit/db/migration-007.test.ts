import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/db/migrations';
import { openDatabase } from '../../../src-main/core/db/open';
import type { Db } from '../../../src-main/core/db/types';

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-m007-')), 'kiemtra.sqlite');
}

function columns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

const meta = ['2025-11-20T08:00:00.000Z', '2025-11-20T08:00:00.000Z', '000001763625600000:0000:dev', 'dev'];

describe('migration 007: cancelled checks keep their reason, commune imports can be undone', () => {
  it('upgrades a version-5 file keeping its inspections, adds the cancel columns and the import history', () => {
    const file = tempFile();
    const v5 = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 5) });
    v5.prepare("INSERT INTO facilities (id, name, name_key, kind, ownership, province_code, created_at, updated_at, hlc, updated_by) VALUES ('f1', 'Phòng khám An Bình', 'phong kham', 'clinic', 'private', 'son-la', ?, ?, ?, ?)").run(...meta);
    v5.prepare("INSERT INTO inspections (id, facility_id, kind, template_id, template_version, status, created_at, updated_at, hlc, updated_by) VALUES ('i1', 'f1', 'radiation', 'xray-diagnostic', 1, 'cancelled', ?, ?, ?, ?)").run(...meta);
    v5.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 7) });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(columns(db, 'inspections')).toEqual(expect.arrayContaining(['cancel_reason', 'cancelled_at']));
    expect(db.prepare('SELECT id, status, cancel_reason FROM inspections').get()).toEqual({ id: 'i1', status: 'cancelled', cancel_reason: null });
    expect(columns(db, 'admin_unit_imports')).toEqual(['id', 'at', 'actor', 'file_name', 'provinces', 'imported', 'previous', 'undone_at']);
    const insert = db.prepare('INSERT INTO admin_unit_imports (at, actor, file_name, provinces, imported, previous) VALUES (?, ?, ?, ?, ?, ?)');
    expect(() => insert.run(meta[0], 'dev', 'a.csv', 'son-la', 1, '[]')).toThrow(/CHECK/);
    expect(() => insert.run(meta[0], 'dev', 'a.csv', '["son-la"]', 1, '{}')).toThrow(/CHECK/);
    insert.run(meta[0], 'dev', 'a.csv', '["son-la"]', 1, '[]');
    db.close();
  });
});
