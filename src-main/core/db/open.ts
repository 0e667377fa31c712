import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KiemTraError } from '../../../src-shared/api/errors';
import { snapshotTo } from '../backup/backup';
import { PRIVATE_FILE_MODE, backupFileFor, ensurePrivateDir } from '../backup/files';
import { quickCheck } from '../backup/verify';
import { migrations as allMigrations } from './migrations';
import type { Db, Migration } from './types';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenOptions {
  /** Tests pass their own list to exercise the migration machinery. */
  migrations?: readonly Migration[];
  /** Called with the path of the backup taken before migrating. */
  onBackup?(file: string): void;
  /**
   * PRAGMA quick_check before using an existing file (default true): a damaged file is refused
   * (DB_CORRUPT), never migrated or written. `kiemtra doctor` turns it off to report the damage.
   */
  quickCheck?: boolean;
}

/**
 * Opens (creating if needed) the data file and brings its schema up to date.
 * Refuses — leaving the file untouched — a file that is not SQLite or was written by a newer version.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? allMigrations;
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (existed) assertSqliteHeader(file);
  else if (!fs.existsSync(path.dirname(file))) ensurePrivateDir(path.dirname(file));

  let db: Db;
  try {
    db = new Database(file, { fileMustExist: false });
  } catch (err) {
    throw corrupt(file, err);
  }
  try {
    // Owner-only: facility names and doses are nobody else's business on a shared computer.
    // SQLite creates the -wal and -shm files with the database file's permissions.
    if (process.platform !== 'win32') fs.chmodSync(file, PRIVATE_FILE_MODE);
    if (existed && options.quickCheck !== false) {
      const problems = quickCheck(db);
      if (problems.length !== 1 || problems[0] !== 'ok') throw corrupt(file, new Error(`quick_check: ${problems.slice(0, 3).join('; ').slice(0, 160)}`));
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = latestVersion(migrations);
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
        const backup = backupBeforeMigrating(db, file);
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
    // Foreign keys are off while migrating (a migration may rebuild a table others point at):
    // they are checked here, before the commit.
    const broken = db.pragma('foreign_key_check') as { table: string }[];
    if (broken.length) throw new Error(`migration left ${broken.length} foreign key violation(s), first in ${broken[0]!.table}`);
  });
  const fk = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    run();
  } finally {
    if (fk) db.pragma('foreign_keys = ON');
  }
}

/** Migrations are numbered by area and may leave gaps: the schema level is the highest one. */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * A whole copy of the file at schema `version`, in the backups folder, before anything changes:
 * synchronous (the migration must wait for it) and consistent (SQLite's VACUUM INTO).
 */
function backupBeforeMigrating(db: Db, file: string): string {
  const target = backupFileFor(file, 'migration', new Date());
  snapshotTo(db, target);
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
