import fs from 'node:fs';
import path from 'node:path';
import { KiemTraError } from '../../../src-shared/api/errors';
import { openDatabase } from '../db/open';
import type { Db } from '../db/types';
import { backupDirOf } from './files';
import { applyPendingRestore, newestGoodBackup, type RestoreResult } from './restore';

export interface OpenedDataFile {
  db: Db;
  /** Set when a restore chosen in the app was carried out at this start. */
  restored: RestoreResult | null;
}

/**
 * How the core opens the data file at start: first a restore staged by "Khôi phục", then the
 * file itself with its quick_check. A damaged file is never replaced by an empty one: the error
 * (DB_CORRUPT) says so and names the newest backup that passes integrity_check, which the
 * desktop app offers to restore and `kiemtra restore --latest` restores.
 */
export function openDataFile(dataFile: string, now: Date): OpenedDataFile {
  removeLeftovers(dataFile);
  const restored = applyPendingRestore(dataFile, now);
  try {
    return { db: openDatabase(dataFile), restored };
  } catch (err) {
    if (err instanceof KiemTraError && err.code === 'DB_CORRUPT' && fs.existsSync(dataFile)) throw withBackupOffer(err, dataFile);
    throw err;
  }
}

/** Copies a killed process left half-made (a backup's ".partial", a restore's ".restoring"): never a finished file. */
function removeLeftovers(dataFile: string): void {
  fs.rmSync(`${dataFile}.restoring`, { force: true });
  const dir = backupDirOf(dataFile);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return;
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.sqlite.partial')) fs.rmSync(path.join(dir, name), { force: true });
}

function withBackupOffer(err: KiemTraError, dataFile: string): KiemTraError {
  const backup = newestGoodBackup(dataFile);
  if (!backup) {
    return new KiemTraError(
      'DB_CORRUPT',
      `${err.vi} Không có bản sao lưu nào còn tốt trong thư mục sao lưu.`,
      `${err.en} There is no good backup in the backups folder.`,
      { context: { ...err.context, file: dataFile } },
    );
  }
  const when = backup.takenAt.slice(0, 16).replace('T', ' ');
  return new KiemTraError(
    'DB_CORRUPT',
    `${err.vi} Bản sao lưu tốt mới nhất: ${backup.name} (${when} UTC). Khôi phục bằng nút "Khôi phục" khi ứng dụng hỏi, hoặc lệnh: kiemtra restore --latest`,
    `${err.en} The newest good backup is ${backup.name} (${when} UTC). Restore it when the app offers to, or run: kiemtra restore --latest`,
    { context: { ...err.context, file: dataFile, backup: backup.name, backupFile: backup.file } },
  );
}
