import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/db/migrations';
import { migration005 } from '../../../src-main/core/db/migrations/005_findings';
import { openDatabase } from '../../../src-main/core/db/open';
import type { Db } from '../../../src-main/core/db/types';

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-m005-')), 'kiemtra.sqlite');
}

function columns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

const meta = ['2025-11-20T08:00:00.000Z', '2025-11-20T08:00:00.000Z', '000001763625600000:0000:dev', 'dev'];

function seedInspection(db: Db): void {
  db.prepare("INSERT INTO facilities (id, name, name_key, kind, ownership, province_code, created_at, updated_at, hlc, updated_by) VALUES ('f1', 'Bệnh viện Đa khoa tỉnh Sơn La', 'benh vien', 'hospital', 'public', 'son-la', ?, ?, ?, ?)").run(...meta);
  db.prepare("INSERT INTO inspections (id, facility_id, kind, template_id, template_version, status, created_at, updated_at, hlc, updated_by) VALUES ('i1', 'f1', 'radiation', 'xray-diagnostic', 1, 'draft', ?, ?, ?, ?)").run(...meta);
}

describe('migration 005 adds findings and requirements', () => {
  it('upgrades a version-4 file, keeping its inspections, with synced STRICT tables and the overdue index', () => {
    const file = tempFile();
    const v4 = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 4) });
    seedInspection(v4);
    v4.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 5) });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect((db.prepare('SELECT id FROM inspections').get() as { id: string }).id).toBe('i1');
    for (const t of ['findings', 'requirements']) {
      expect((db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(t) as { sql: string }).sql).toMatch(/\) STRICT$/);
      expect(columns(db, t)).toEqual(expect.arrayContaining(['id', 'inspection_id', 'facility_id', 'status', 'created_at', 'updated_at', 'hlc', 'updated_by', 'deleted_at']));
    }
    expect(columns(db, 'findings')).toEqual(expect.arrayContaining(['item_key', 'instance_key', 'origin', 'rule_id', 'pack_id', 'pack_version', 'verdict', 'severity', 'title', 'description']));
    expect(columns(db, 'requirements')).toEqual(expect.arrayContaining(['finding_id', 'text', 'responsible', 'deadline', 'closed_by_inspection_id', 'closed_at', 'closing_note']));
    const overdueIndex = (db.prepare("SELECT name FROM pragma_index_info('requirements_facility_status')").all() as { name: string }[]).map((c) => c.name);
    expect(overdueIndex).toEqual(['facility_id', 'status', 'deadline']);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM requirements WHERE facility_id = 'f1' AND status = 'open' AND deadline < '2025-11-20'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('requirements_facility_status');
    db.close();
  });

  it('refuses severities, origins and statuses outside the law’s scale, and a finding of an unknown inspection', () => {
    const db = openDatabase(tempFile(), { migrations: migrations.filter((m) => m.version <= 5) });
    seedInspection(db);
    const finding = db.prepare(
      "INSERT INTO findings (id, inspection_id, facility_id, origin, severity, title, status, verdict, created_at, updated_at, hlc, updated_by) VALUES (?, ?, 'f1', ?, ?, 'Chưa có biển cảnh báo', ?, ?, ?, ?, ?, ?)",
    );
    finding.run('x1', 'i1', 'manual', 'high', 'open', null, ...meta);
    expect(() => finding.run('x2', 'i1', 'manual', 'major', 'open', null, ...meta)).toThrow(/CHECK/);
    expect(() => finding.run('x3', 'i1', 'auto', 'low', 'open', null, ...meta)).toThrow(/CHECK/);
    expect(() => finding.run('x4', 'i1', 'rule', 'low', 'closed', null, ...meta)).toThrow(/CHECK/);
    expect(() => finding.run('x5', 'i1', 'rule', 'low', 'open', '{not json', ...meta)).toThrow(/CHECK/);
    expect(() => finding.run('x6', 'nope', 'manual', 'low', 'open', null, ...meta)).toThrow(/FOREIGN KEY/);
    const requirement = db.prepare("INSERT INTO requirements (id, inspection_id, facility_id, text, status, created_at, updated_at, hlc, updated_by) VALUES (?, 'i1', 'f1', 'Bổ sung biển cảnh báo', ?, ?, ?, ?, ?)");
    requirement.run('r1', 'open', ...meta);
    expect(() => requirement.run('r2', 'overdue', ...meta)).toThrow(/CHECK/);
    db.close();
  });

  it('is listed as version 5', () => {
    expect(migrations.find((m) => m.version === 5)).toBe(migration005);
  });
});
