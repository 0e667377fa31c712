import { z } from 'zod';
import { mutation, query } from './define';

export const BACKUP_KINDS = ['daily', 'manual', 'migration', 'import', 'before-restore'] as const;
export type BackupKindName = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  /** The backup's file name in the backups folder: the only way the API names a backup. */
  name: string;
  kind: BackupKindName;
  /** ISO 8601 (UTC). */
  takenAt: string;
  sizeBytes: number;
}

export interface BackupList {
  folder: string;
  backups: BackupInfo[];
  /** The backup "Khôi phục" has staged for the next start, if any. */
  pendingRestore: string | null;
}

export interface RestoreStaged {
  backup: BackupInfo;
  /** True in the desktop app, which restarts itself; in web mode the user restarts `kiemtra serve`. */
  restartsAutomatically: boolean;
}

/** A backup's file name as the list gives it; anything else (a path, "..") is refused by the schema. */
const BackupName = z.string().regex(/^kiemtra-[a-z-]+-\d{8}T\d{9}Z\.sqlite$/, 'tên bản sao lưu không hợp lệ / not a backup name');

export const backupOperations = {
  'backup.list': query<BackupList>()(z.object({}).strict()),
  'backup.now': mutation<BackupInfo>()(z.object({}).strict()),
  'backup.restore': mutation<RestoreStaged>()(z.object({ name: BackupName }).strict()),
  'backup.cancelRestore': mutation<null>()(z.object({}).strict()),
} as const;
