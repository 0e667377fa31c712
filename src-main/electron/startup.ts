import path from 'node:path';
import { KiemTraError } from '../../src-shared/api/errors';
import { resolveDataDir } from '../core/paths';

/**
 * `--data-dir <folder>` or `--data-dir=<folder>` anywhere on the command line (Electron's argv
 * also holds its own executable and, in development, the app folder).
 */
export function dataDirArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || null;
    if (arg === '--data-dir') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : null;
    }
  }
  return null;
}

/**
 * The data folder: --data-dir, then KIEMTRA_DATA_DIR (resolveDataDir's order, shared with the
 * CLI and web mode), else Electron's userData folder — the same folder resolveDataDir would
 * compute, but taken from Electron so a portable or renamed install agrees with Electron.
 */
export function chooseDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  const explicit = dataDirArg(argv);
  if (explicit || env.KIEMTRA_DATA_DIR) return resolveDataDir(explicit, env);
  return path.resolve(userData);
}

/** Codes for which the data file is left alone and the user is told why the app stops. */
const DATA_FILE_REFUSALS = new Set(['DB_CORRUPT', 'DB_NEWER_VERSION']);

/** The dialog shown when the core cannot open: the bilingual message the core gave, verbatim. */
export function startupErrorDialog(err: unknown): { title: string; content: string } {
  if (err instanceof KiemTraError) {
    const title = DATA_FILE_REFUSALS.has(err.code)
      ? 'KiemTra — Không mở được tệp dữ liệu / Cannot open the data file'
      : 'KiemTra — Không khởi động được / Cannot start';
    return { title, content: `${err.vi}\n\n${err.en}` };
  }
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return {
    title: 'KiemTra — Không khởi động được / Cannot start',
    content: `Lỗi không mong đợi khi khởi động; ứng dụng sẽ đóng.\nUnexpected error at start-up; the app will close.\n\n${detail}`,
  };
}

export interface RestoreOffer {
  /** The backup file the core found good (core/backup/startup.ts). */
  backupFile: string;
  title: string;
  message: string;
  detail: string;
  /** Button 0 restores, button 1 quits. */
  buttons: [string, string];
}

/**
 * When the core refused a damaged data file and named a good backup, the app offers to restore
 * it instead of only quitting (it never starts on an empty file). Null for every other error.
 */
export function restoreOffer(err: unknown): RestoreOffer | null {
  if (!(err instanceof KiemTraError) || err.code !== 'DB_CORRUPT') return null;
  const backupFile = err.context?.backupFile;
  if (typeof backupFile !== 'string' || backupFile === '') return null;
  return {
    backupFile,
    title: 'KiemTra — Tệp dữ liệu bị hỏng / The data file is damaged',
    message: 'Tệp dữ liệu bị hỏng. Khôi phục bản sao lưu tốt mới nhất? / The data file is damaged. Restore the newest good backup?',
    detail: `${err.vi}\n\n${err.en}\n\nTệp hỏng được giữ lại trong thư mục sao lưu. / The damaged file is kept in the backups folder.`,
    buttons: ['Khôi phục / Restore', 'Thoát / Quit'],
  };
}
