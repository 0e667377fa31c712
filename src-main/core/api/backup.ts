import type { BackupInfo } from '../../../src-shared/api/backup';
import { backupOperations } from '../../../src-shared/api/backup';
import { takeBackup } from '../backup/backup';
import { backupDirOf, listBackups, type BackupEntry } from '../backup/files';
import { cancelPendingRestore, pendingRestore, stageRestore } from '../backup/restore';
import type { HandlerSlice } from './types';

const info = (b: BackupEntry): BackupInfo => ({ name: b.name, kind: b.kind, takenAt: b.takenAt, sizeBytes: b.sizeBytes });

export const backupHandlers: HandlerSlice<keyof typeof backupOperations> = {
  'backup.list': (env) => ({
    folder: backupDirOf(env.dataFile),
    backups: listBackups(env.dataFile).map(info),
    pendingRestore: pendingRestore(env.dataFile),
  }),
  'backup.now': (env) => info(takeBackup(env, 'manual')),
  'backup.restore': (env, { name }) => {
    const entry = stageRestore(env.dataFile, name, env.now());
    const restart = env.requestRestart;
    // After the answer has gone back to the window, so it can say what is happening.
    if (restart) setTimeout(restart, 300);
    return { backup: info(entry), restartsAutomatically: restart !== undefined };
  },
  'backup.cancelRestore': (env) => {
    cancelPendingRestore(env.dataFile);
    return null;
  },
};
