import fs from 'node:fs';
import Database from 'better-sqlite3';
import { KiemTraError } from '../../../src-shared/api/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Tables every KiemTra file has from schema 1 on: a SQLite file without them is someone else's. */
// Tables every KiemTra file has had since schema 1 (the change log gave way to sync state at 10).
const KIEMTRA_TABLES = ['meta', 'audit_log', 'facilities'];

export interface VerifiedFile {
  file: string;
  schemaVersion: number;
  deviceId: string;
}

function bad(file: string, vi: string, en: string): KiemTraError {
  return new KiemTraError('BAD_FILE', `Tệp ${file} không dùng để khôi phục được: ${vi}. Không có gì bị thay đổi.`, `The file ${file} cannot be restored: ${en}. Nothing was changed.`, {
    context: { file },
  });
}

/**
 * Checks that `file` is a whole KiemTra data file this version can open: SQLite header,
 * integrity_check "ok", KiemTra's tables and device id, and a schema not newer than this app.
 * Opens it read-only; throws BAD_FILE (saying which check failed) otherwise.
 */
export function verifyDataFile(file: string): VerifiedFile {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw bad(file, 'không có tệp này', 'there is no such file');
  const fd = fs.openSync(file, 'r');
  const header = Buffer.alloc(16);
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) throw bad(file, 'đây không phải tệp SQLite', 'it is not a SQLite file');
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw bad(file, `không mở được (${(err as Error).message})`, `it does not open (${(err as Error).message})`);
  }
  try {
    let integrity: string[];
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (err) {
      throw bad(file, `tệp bị hỏng (${(err as Error).message})`, `the file is damaged (${(err as Error).message})`);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      const first = integrity.slice(0, 3).join('; ').slice(0, 160);
      throw bad(file, `kiểm tra toàn vẹn không đạt (${first})`, `integrity_check failed (${first})`);
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const missing = KIEMTRA_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw bad(file, `không phải tệp dữ liệu KiemTra (thiếu bảng ${missing.join(', ')})`, `it is not a KiemTra data file (no ${missing.join(', ')} table)`);
    const device = db.prepare("SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string } | undefined;
    if (!device) throw bad(file, 'không phải tệp dữ liệu KiemTra (thiếu mã thiết bị)', 'it is not a KiemTra data file (no device id)');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion < 1) throw bad(file, 'tệp chưa có lược đồ KiemTra', 'it has no KiemTra schema');
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw bad(
        file,
        `tệp do phiên bản KiemTra mới hơn tạo (lược đồ ${schemaVersion}, phiên bản này hiểu đến ${LATEST_SCHEMA_VERSION}); hãy cập nhật ứng dụng`,
        `it was written by a newer KiemTra (schema ${schemaVersion}; this version knows up to ${LATEST_SCHEMA_VERSION}); update the app`,
      );
    }
    return { file, schemaVersion, deviceId: device.value };
  } finally {
    db.close();
  }
}

/** PRAGMA quick_check of an open file: ['ok'] when sound, else SQLite's list of problems. */
export function quickCheck(db: Database.Database): string[] {
  try {
    return (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (err) {
    return [(err as Error).message];
  }
}
