import type { backup as vi } from '../vi/backup';

export const backup: typeof vi = {
  title: 'Backup and restore',
  intro: 'The app backs up every day (kept for 14 days), before every data upgrade and before every bundle import.',
  folder: 'Backups folder: {{folder}}',
  now: 'Back up now',
  saved: 'Backed up: {{name}}',
  empty: 'No backups yet.',
  listLabel: 'Backups',
  columns: { takenAt: 'Taken', kind: 'Kind', size: 'Size', action: 'Action' },
  kinds: { daily: 'Daily', manual: 'Backed up by hand', migration: 'Before an upgrade', import: 'Before an import', 'before-restore': 'Previous file, before a restore' },
  restore: 'Restore',
  restoreLabel: 'Restore the backup of {{when}}',
  confirmTitle: 'Restore this backup?',
  confirmText: 'The data goes back to how it was at {{when}}. The file in use is not deleted: it is kept in the backups folder. The restore happens when the app starts again.',
  confirm: 'Restore and restart',
  cancel: 'Cancel',
  pending: 'The backup {{name}} will be restored when the app starts again.',
  pendingWeb: 'Stop and run "kiemtra serve" again to finish. Anything entered until then stays only in the previous file, which is kept.',
  restarting: 'The app is restarting…',
  cancelRestore: 'Do not restore',
};
