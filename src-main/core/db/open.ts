import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KiemTraError } from '../../../src-shared/api/errors';
import { migrations as allMigrations } from './migrations';
import type { Db, Migration } from './types';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenOptions {
  /** Tests pass their own list to exercise the migration machinery. */
  migrations?: readonly Migration[];
  /** Called with the path of the backup taken before migrating. */
  onBackup?(file: string): void;
}

/**
 * Opens (creating if needed) the data file and brings its schema up to date.
 * Refuses — leaving the file untouched — a file that is not SQLite or was written by a newer version.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? allMigrations;
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (existed) assertSqliteHeader(file);
  else fs.mkdirSync(path.dirname(file), { recursive: true });

  let db: Db;
  try {
    db = new Database(file, { fileMustExist: false });
  } catch (err) {
    throw corrupt(file, err);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = Math.max(0, ...migrations.map((m) => m.version));
    if (version > latest) {
      throw new KiemTraError(
        'DB_NEWER_VERSION',
        `Tệp dữ liệu ${file} được tạo bởi phiên bản KiemTra mới hơn (lược đồ ${version}, phiên bản này hiểu đến ${latest}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
        `The data file ${file} was written by a newer KiemTra (schema ${version}; this version knows up to ${latest}). Update the app; the file was not changed.`,
        { context: { file, schemaVersion: version, supported: latest } },
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (version < latest) {
      if (existed && version > 0) {
        const backup = backupBeforeMigrating(db, file, version);
        options.onBackup?.(backup);
      }
      migrate(db, migrations, version);
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof KiemTraError) throw err;
    if (isNotADatabase(err)) throw corrupt(file, err);
    throw err;
  }
}

/** All pending migrations run in one transaction: a failure leaves the file at its old version. */
export function migrate(db: Db, migrations: readonly Migration[], from: number): void {
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  const run = db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  run();
}

function backupBeforeMigrating(db: Db, file: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.v${version}.${stamp}.bak`;
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

function assertSqliteHeader(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read < 16 || !header.equals(SQLITE_HEADER)) throw corrupt(file, new Error('missing SQLite header'));
  } finally {
    fs.closeSync(fd);
  }
}

function isNotADatabase(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

function corrupt(file: string, cause: unknown): KiemTraError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new KiemTraError(
    'DB_CORRUPT',
    `Tệp ${file} không phải là cơ sở dữ liệu KiemTra đọc được (${detail}). Ứng dụng không ghi đè lên tệp này; hãy khôi phục từ bản sao lưu hoặc chọn thư mục dữ liệu khác.`,
    `The file ${file} is not a readable KiemTra database (${detail}). The app did not overwrite it; restore a backup or choose another data folder.`,
    { context: { file } },
  );
}
