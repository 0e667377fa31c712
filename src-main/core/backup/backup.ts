import fs from 'node:fs';
import path from 'node:path';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { Db } from '../db/types';
import { diskFullError, isDiskFull } from './disk';
import { PRIVATE_FILE_MODE, backupDirOf, backupFileFor, ensurePrivateDir, listBackups, pruneBackups, type BackupEntry, type BackupKind } from './files';

/** What taking a backup needs: the open file, its path and the time. A CoreContext is one. */
export interface BackupSource {
  db: Db;
  dataFile: string;
  now(): Date;
}

/** A day, less a few minutes so a backup taken at 08:01 yesterday does not wait until 08:02 today. */
const DAILY_INTERVAL_MS = 24 * 3600 * 1000 - 10 * 60 * 1000;

/** Makes a finished copy durable and private, then gives it its final name (never a half-written backup). */
function finish(tmp: string, target: string): void {
  fs.chmodSync(tmp, PRIVATE_FILE_MODE);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
  syncDir(path.dirname(target));
}

export function syncDir(dir: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function failed(err: unknown, tmp: string, target: string): KiemTraError {
  try {
    fs.rmSync(tmp, { force: true });
  } catch {
    // the folder itself is what failed
  }
  if (err instanceof KiemTraError) return err;
  if (isDiskFull(err)) return diskFullError(`sao lưu / backup ${path.basename(target)}`);
  const detail = (err instanceof Error ? err.message : String(err)).slice(0, 160);
  return new KiemTraError('INTERNAL', `Không sao lưu được vào ${target}: ${detail}`, `Could not back up to ${target}: ${detail}`, { context: { file: target } });
}

/**
 * A consistent copy of the open file taken synchronously, inside one read transaction, by
 * SQLite's VACUUM INTO (not a file copy: the WAL's committed pages are included and nothing
 * half-written is). Used where the next step must wait for the copy: before a migration, before an
 * import, "Sao lưu ngay". Must not be called inside a transaction.
 */
export function snapshotTo(db: Db, target: string): void {
  if (fs.existsSync(target)) throw new KiemTraError('CONFLICT', `Tệp ${target} đã có; không ghi đè.`, `${target} already exists; it is not overwritten.`, { context: { file: target } });
  const tmp = `${target}.partial`;
  try {
    ensurePrivateDir(path.dirname(target));
    fs.rmSync(tmp, { force: true });
    db.prepare('VACUUM INTO ?').run(tmp);
    finish(tmp, target);
  } catch (err) {
    throw failed(err, tmp, target);
  }
}

/**
 * A copy through SQLite's online backup API (better-sqlite3 `db.backup()`): it copies pages in
 * steps between which the app keeps working, so the daily backup of a large file never freezes
 * the window. Writes made meanwhile through the same connection are carried into the copy.
 */
export async function backupOnlineTo(db: Db, target: string): Promise<void> {
  if (fs.existsSync(target)) throw new KiemTraError('CONFLICT', `Tệp ${target} đã có; không ghi đè.`, `${target} already exists; it is not overwritten.`, { context: { file: target } });
  const tmp = `${target}.partial`;
  try {
    ensurePrivateDir(path.dirname(target));
    fs.rmSync(tmp, { force: true });
    await db.backup(tmp);
    finish(tmp, target);
  } catch (err) {
    throw failed(err, tmp, target);
  }
}

function entryOf(dataFile: string, file: string): BackupEntry {
  const found = listBackups(dataFile).find((b) => b.file === file);
  if (!found) throw new Error(`backup ${file} vanished right after it was written`);
  return found;
}

/** A synchronous backup of this kind into the backups folder; old automatic ones are pruned. */
export function takeBackup(src: BackupSource, kind: BackupKind): BackupEntry {
  const now = src.now();
  const target = backupFileFor(src.dataFile, kind, now);
  snapshotTo(src.db, target);
  pruneBackups(src.dataFile, now);
  return entryOf(src.dataFile, target);
}

/**
 * The backup the sync engine takes before every import: if the import goes wrong, the file as it
 * was just before is in the backups folder. `reason` (e.g. the bundle's name) goes to the caller's
 * audit entry; it is returned with the backup so the caller can record both.
 */
export function backupBeforeImport(src: BackupSource, reason: string): BackupEntry & { reason: string } {
  return { ...takeBackup(src, 'import'), reason: reason.slice(0, 200) };
}

/** The newest daily backup's time, or null when there is none. */
function lastDaily(dataFile: string): number | null {
  const daily = listBackups(dataFile).find((b) => b.kind === 'daily');
  return daily ? Date.parse(daily.takenAt) : null;
}

/** Takes the daily backup (online API) when the last one is about a day old or missing. */
export async function dailyBackupIfDue(src: BackupSource): Promise<BackupEntry | null> {
  const now = src.now();
  const last = lastDaily(src.dataFile);
  if (last !== null && now.getTime() - last < DAILY_INTERVAL_MS && now.getTime() >= last) return null;
  const target = backupFileFor(src.dataFile, 'daily', now);
  await backupOnlineTo(src.db, target);
  pruneBackups(src.dataFile, now);
  return entryOf(src.dataFile, target);
}

export interface BackupSchedule {
  stop(): void;
  /** Resolves when the check in progress (if any) is done; tests and shutdown wait on it. */
  idle(): Promise<void>;
}

/**
 * Checks at once and then every hour whether the daily backup is due. The timer does not keep the
 * process alive; a failure (full disk …) is reported through `onError` and retried next hour.
 */
export function scheduleDailyBackups(src: BackupSource, onError: (err: unknown) => void, everyMs = 3600 * 1000): BackupSchedule {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped || !src.db.open) return;
    running = running.then(() => dailyBackupIfDue(src).then(() => undefined, onError));
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
    idle: () => running,
  };
}

export { backupDirOf };
