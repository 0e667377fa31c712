import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KiemTraError } from '../../../src-shared/api/errors';
import { syncDir } from './backup';
import { PRIVATE_FILE_MODE, backupFileFor, ensurePrivateDir, findBackup, listBackups, type BackupEntry } from './files';
import { verifyDataFile, type VerifiedFile } from './verify';

/** A restore chosen in the app waits in this file (next to the data file) for the next start. */
export const PENDING_RESTORE_FILE = 'restore-pending.json';

export interface RestoreResult {
  restored: VerifiedFile;
  /** Where the file that was in use went (null when there was none). */
  setAside: string | null;
}

const SIDE_FILES = ['-wal', '-shm'];

/**
 * Puts `source` in place of the data file. The source is verified first (whole, KiemTra's, not
 * newer); the current file — with its WAL, so nothing committed is lost — is moved into the
 * backups folder as "before-restore", never deleted. The app must not have the file open.
 */
export function restoreFromFile(dataFile: string, source: string, now: Date): RestoreResult {
  const restored = verifyDataFile(source);
  const dir = path.dirname(dataFile);
  ensurePrivateDir(dir);
  const tmp = `${dataFile}.restoring`;
  fs.rmSync(tmp, { force: true });
  // VACUUM INTO from a read-only connection: a consistent single file even if the source has a WAL.
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    src.prepare('VACUUM INTO ?').run(tmp);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  } finally {
    src.close();
  }
  fs.chmodSync(tmp, PRIVATE_FILE_MODE);
  const fd = fs.openSync(tmp, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);

  let setAside: string | null = null;
  if (fs.existsSync(dataFile)) {
    setAside = backupFileFor(dataFile, 'before-restore', now);
    ensurePrivateDir(path.dirname(setAside));
    fs.renameSync(dataFile, setAside);
    for (const side of SIDE_FILES) if (fs.existsSync(dataFile + side)) fs.renameSync(dataFile + side, setAside + side);
    syncDir(path.dirname(setAside));
  } else {
    for (const side of SIDE_FILES) fs.rmSync(dataFile + side, { force: true });
  }
  fs.renameSync(tmp, dataFile);
  syncDir(dir);
  return { restored: { ...restored, file: source }, setAside };
}

/** The newest backup that passes verifyDataFile, or null. Used when the data file is damaged. */
export function newestGoodBackup(dataFile: string, limit = 10): BackupEntry | null {
  for (const b of listBackups(dataFile).slice(0, limit)) {
    try {
      verifyDataFile(b.file);
      return b;
    } catch {
      // a damaged backup: try the next older one
    }
  }
  return null;
}

function notFound(name: string): KiemTraError {
  const shown = name.slice(0, 120);
  return new KiemTraError('NOT_FOUND', `Không có bản sao lưu "${shown}".`, `There is no backup "${shown}".`, { context: { backup: shown } });
}

/**
 * The app's "Khôi phục": the backup (named as backup.list gives it, never a path) is verified now
 * and restored at the next start, when nothing has the file open.
 */
export function stageRestore(dataFile: string, name: string, now: Date): BackupEntry {
  const entry = findBackup(dataFile, name);
  if (!entry) throw notFound(name);
  verifyDataFile(entry.file);
  const pending = path.join(path.dirname(dataFile), PENDING_RESTORE_FILE);
  fs.writeFileSync(pending, JSON.stringify({ name: entry.name, stagedAt: now.toISOString() }), { mode: PRIVATE_FILE_MODE });
  return entry;
}

export function pendingRestore(dataFile: string): string | null {
  const pending = path.join(path.dirname(dataFile), PENDING_RESTORE_FILE);
  if (!fs.existsSync(pending)) return null;
  try {
    const parsed = JSON.parse(fs.readFileSync(pending, 'utf8')) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : null;
  } catch {
    return null;
  }
}

export function cancelPendingRestore(dataFile: string): void {
  fs.rmSync(path.join(path.dirname(dataFile), PENDING_RESTORE_FILE), { force: true });
}

/** At start, before the file is opened: carries out a restore staged by the app. */
export function applyPendingRestore(dataFile: string, now: Date): RestoreResult | null {
  const pending = path.join(path.dirname(dataFile), PENDING_RESTORE_FILE);
  if (!fs.existsSync(pending)) return null;
  const name = pendingRestore(dataFile);
  // Whatever happens, the request is used once: a bad one must not block every later start.
  fs.rmSync(pending, { force: true });
  const entry = name ? findBackup(dataFile, name) : null;
  if (!entry) throw notFound(name ?? '?');
  return restoreFromFile(dataFile, entry.file, now);
}
