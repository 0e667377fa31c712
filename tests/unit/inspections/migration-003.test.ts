import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migration001 } from '../../../src-main/core/db/migrations/001_foundation';
import { migration002 } from '../../../src-main/core/db/migrations/002_register';
import { migration003 } from '../../../src-main/core/db/migrations/003_inspections';
import { openDatabase } from '../../../src-main/core/db/open';
import type { Db } from '../../../src-main/core/db/types';

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-m003-')), 'kiemtra.sqlite');
}

const at = '2025-11-20T08:00:00.000Z';
const meta = [at, at, '000001763625600000:0000:dev', 'dev'];

function insertInspection(db: Db, id: string, status = 'draft') {
  db.prepare(
    "INSERT INTO inspections (id, facility_id, kind, template_id, template_version, status, created_at, updated_at, hlc, updated_by) VALUES (?, 'f1', 'radiation', 'xray-diagnostic', 1, ?, ?, ?, ?, ?)",
  ).run(id, status, ...meta);
}

describe('migration 003 adds inspections, answers and attachments', () => {
  it('upgrades a version-2 file with its facilities, and the new tables hold their rules', () => {
    const file = tempFile();
    const v2 = openDatabase(file, { migrations: [migration001, migration002] });
    v2.prepare("INSERT INTO facilities (id, name, name_key, kind, ownership, province_code, created_at, updated_at, hlc, updated_by) VALUES ('f1', 'Bệnh viện Đa khoa tỉnh Sơn La', 'benh vien', 'hospital', 'public', 'son-la', ?, ?, ?, ?)").run(...meta);
    v2.close();

    const backups: string[] = [];
    const db = openDatabase(file, { migrations: [migration001, migration002, migration003], onBackup: (f) => backups.push(f) });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(backups).toHaveLength(1);
    for (const t of ['inspections', 'inspection_answers', 'attachments']) {
      const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(t) as { sql: string }).sql;
      expect(sql).toMatch(/\) STRICT$/);
      expect(sql).toMatch(/deleted_at TEXT/);
    }
    insertInspection(db, 'i1');
    expect(() => insertInspection(db, 'i2', 'signed')).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO inspections (id, facility_id, kind, template_id, template_version, status, created_at, updated_at, hlc, updated_by) VALUES ('i3', 'nope', 'radiation', 't', 1, 'draft', ?, ?, ?, ?)").run(...meta),
    ).toThrow(/FOREIGN KEY/);

    const answer = db.prepare('INSERT INTO inspection_answers (id, inspection_id, item_key, instance_key, value, created_at, updated_at, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    answer.run('a1', 'i1', 'licence_present', '', '"yes"', ...meta);
    answer.run('a2', 'i1', 'unit_qc_certificate', 'unit-1', '"no"', ...meta);
    expect(() => answer.run('a3', 'i1', 'licence_present', '', '"no"', ...meta)).toThrow(/UNIQUE/);
    expect(() => answer.run('a4', 'i1', 'notes', '', 'not json', ...meta)).toThrow(/CHECK/);

    const attach = db.prepare('INSERT INTO attachments (id, inspection_id, item_key, kind, blob_sha256, created_at, updated_at, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    expect(() => attach.run('p1', 'i1', 'site_photos', 'photo', 'f'.repeat(64), ...meta)).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO blobs (sha256, mime, size, data, created_at) VALUES (?, 'image/png', 1, x'00', ?)").run('f'.repeat(64), at);
    attach.run('p1', 'i1', 'site_photos', 'photo', 'f'.repeat(64), ...meta);
    expect(() => attach.run('p2', 'i1', 'site_photos', 'video', 'f'.repeat(64), ...meta)).toThrow(/CHECK/);
    db.close();
  });
});
