import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KiemTraError } from '../../../src-shared/api/errors';
import { backupOnlineTo } from '../../core/backup/backup';
import { listBackups } from '../../core/backup/files';
import { newestGoodBackup, restoreFromFile, type RestoreResult } from '../../core/backup/restore';
import { quickCheck, verifyDataFile } from '../../core/backup/verify';
import { dataFileIn, resolveDataDir } from '../../core/paths';

function noDataFile(file: string): KiemTraError {
  return new KiemTraError('NOT_FOUND', `Không có tệp dữ liệu tại ${file}`, `No data file at ${file}`, { context: { file } });
}

/**
 * `kiemtra backup --out FILE`: a copy of the data file through SQLite's online backup API, safe
 * while the app is open. Refuses to overwrite FILE and to copy a file that fails quick_check.
 */
export async function runBackup(dataDir: string | undefined, out: string): Promise<{ file: string; out: string; sizeBytes: number }> {
  const file = dataFileIn(resolveDataDir(dataDir));
  if (!fs.existsSync(file)) throw noDataFile(file);
  const target = path.resolve(out);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = quickCheck(db);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      const shown = problems.slice(0, 3).join('; ').slice(0, 160);
      throw new KiemTraError('DB_CORRUPT', `Tệp ${file} bị hỏng (${shown}); không sao lưu.`, `${file} is damaged (${shown}); no backup was made.`, { context: { file } });
    }
    await backupOnlineTo(db, target);
  } finally {
    db.close();
  }
  verifyDataFile(target);
  return { file, out: target, sizeBytes: fs.statSync(target).size };
}

/**
 * `kiemtra restore FILE` or `kiemtra restore --latest`: verifies the file, sets the current one
 * aside in the backups folder and puts the backup in its place. The app must be closed.
 */
export function runRestore(dataDir: string | undefined, source: string | undefined, latest: boolean): RestoreResult {
  const file = dataFileIn(resolveDataDir(dataDir));
  let from = source ? path.resolve(source) : null;
  if (!from && latest) {
    const newest = newestGoodBackup(file);
    if (!newest) {
      throw new KiemTraError('NOT_FOUND', `Không có bản sao lưu tốt nào trong ${path.dirname(file)}`, `There is no good backup in ${path.dirname(file)}`, { context: { file } });
    }
    from = newest.file;
  }
  if (!from) throw new KiemTraError('VALIDATION', 'Hãy cho biết tệp cần khôi phục, hoặc --latest.', 'Name the file to restore, or --latest.', { context: { field: 'file' } });
  return restoreFromFile(file, from, new Date());
}

export function formatBackupList(dataDir: string | undefined): string {
  const file = dataFileIn(resolveDataDir(dataDir));
  const all = listBackups(file);
  if (all.length === 0) return `Chưa có bản sao lưu / no backups yet (${path.dirname(file)})`;
  return all.map((b) => `${b.takenAt}  ${b.kind.padEnd(14)} ${(b.sizeBytes / 1024).toFixed(0).padStart(8)} KiB  ${b.file}`).join('\n');
}
