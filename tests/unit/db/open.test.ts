import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KiemTraError } from '../../../src-shared/api/errors';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src-main/core/db/migrations';
import { openDatabase } from '../../../src-main/core/db/open';
import type { Migration } from '../../../src-main/core/db/types';

const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-open-')), 'kiemtra.sqlite');

function expectKiemTraError(fn: () => unknown, code: string): KiemTraError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KiemTraError);
    expect((err as KiemTraError).code).toBe(code);
    return err as KiemTraError;
  }
  throw new Error('expected a KiemTraError');
}

describe('opening the data file', () => {
  it('creates a new file with WAL, foreign keys, FULL sync and the latest schema', () => {
    const file = tmpFile();
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a file that is not SQLite, names it, and leaves it byte for byte', () => {
    const file = tmpFile();
    fs.writeFileSync(file, 'Đây là biên bản, không phải cơ sở dữ liệu\n'.repeat(100));
    const before = fs.readFileSync(file);
    const err = expectKiemTraError(() => openDatabase(file), 'DB_CORRUPT');
    expect(err.vi).toContain(file);
    expect(err.en).toContain(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a SQLite header followed by garbage without overwriting it', () => {
    const file = tmpFile();
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080, 0xab)]);
    fs.writeFileSync(file, bytes);
    const err = expectKiemTraError(() => openDatabase(file), 'DB_CORRUPT');
    expect(err.en).toContain(file);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a file from a newer KiemTra and leaves it untouched', () => {
    const file = tmpFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = fs.readFileSync(file);
    const err = expectKiemTraError(() => openDatabase(file), 'DB_NEWER_VERSION');
    expect(err.en).toContain('newer');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('backs up before migrating and runs all pending migrations in one transaction', () => {
    const file = tmpFile();
    const first: Migration[] = [{ version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE a (x INTEGER)') }];
    openDatabase(file, { migrations: first }).close();
    const failing: Migration[] = [
      ...first,
      { version: 2, name: 'two', up: (db) => db.exec('CREATE TABLE b (x INTEGER)') },
      { version: 3, name: 'three', up: () => { throw new Error('boom in 3'); } },
    ];
    const backups: string[] = [];
    expect(() => openDatabase(file, { migrations: failing, onBackup: (b) => backups.push(b) })).toThrow('boom in 3');
    expect(backups).toHaveLength(1);
    expect(fs.existsSync(backups[0]!)).toBe(true);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
    raw.close();
    const backup = new Database(backups[0]!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });
});

describe('migration 001 (foundation)', () => {
  it('creates the synced facilities table, the logs, blobs and the accent-free search index', () => {
    const db = openDatabase(tmpFile(), { migrations: migrations.slice(0, 1) });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    for (const t of ['meta', 'settings', 'audit_log', 'change_log', 'blobs', 'search_docs', 'search_fts', 'facilities']) expect(tables).toContain(t);
    const cols = (db.prepare('PRAGMA table_info(facilities)').all() as { name: string }[]).map((c) => c.name);
    for (const c of ['id', 'hlc', 'updated_by', 'deleted_at']) expect(cols).toContain(c);
    db.prepare("INSERT INTO search_fts (rowid, text) VALUES (1, 'son la')").run();
    expect(db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH 'sơn'").all()).toEqual([{ rowid: 1 }]);
    db.close();
  });
});
