import { KiemTraError } from '../../../src-shared/api/errors';

/** SQLite's "database or disk is full" (also what PRAGMA max_page_count raises) or the OS's ENOSPC. */
export function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC';
}

/** The clear message for a full disk: what happened, that saved work is safe, what to do. */
export function diskFullError(where: string): KiemTraError {
  return new KiemTraError(
    'DISK_FULL',
    `Ổ đĩa đã đầy hoặc không ghi được (${where}). Thay đổi vừa rồi CHƯA được lưu; mọi dữ liệu đã lưu trước đó vẫn còn nguyên. Hãy giải phóng dung lượng rồi thử lại.`,
    `The disk is full or cannot be written (${where}). The last change was NOT saved; everything saved before it is intact. Free some space and try again.`,
    { context: { where } },
  );
}
