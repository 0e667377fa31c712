import fs from 'node:fs';
import path from 'node:path';

/** Why a backup was taken; the kind is part of its file name. */
export const BACKUP_KINDS = ['daily', 'manual', 'migration', 'import', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Automatic backups older than this are removed; manual ones and the copies set aside by a restore are kept. */
export const BACKUP_RETENTION_DAYS = 14;
const PRUNED_KINDS: readonly BackupKind[] = ['daily', 'migration', 'import'];

export const BACKUP_DIR_NAME = 'backups';
const NAME_RE = /^kiemtra-(daily|manual|migration|import|before-restore)-(\d{8}T\d{6}\d{3}Z)\.sqlite$/;

export interface BackupEntry {
  /** File name inside the backups folder (the API only ever names backups by this). */
  name: string;
  file: string;
  kind: BackupKind;
  /** When it was taken, ISO 8601. */
  takenAt: string;
  sizeBytes: number;
}

/** Owner-only permissions for the data folder and every file KiemTra writes in it. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export function backupDirOf(dataFile: string): string {
  return path.join(path.dirname(dataFile), BACKUP_DIR_NAME);
}

/** Creates a folder (and its parents) readable only by this user; tightens it if it already exists. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** A new, unused file name for a backup of this kind taken at `at`. */
export function backupFileFor(dataFile: string, kind: BackupKind, at: Date): string {
  const dir = backupDirOf(dataFile);
  let when = at.getTime();
  for (;;) {
    const file = path.join(dir, `kiemtra-${kind}-${stampOf(new Date(when))}.sqlite`);
    if (!fs.existsSync(file)) return file;
    when += 1;
  }
}

/** Every backup in the folder, newest first. Files that do not follow the naming are ignored. */
export function listBackups(dataFile: string): BackupEntry[] {
  const dir = backupDirOf(dataFile);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  const entries: BackupEntry[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = NAME_RE.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    if (!stat.isFile()) continue;
    entries.push({ name, file, kind: m[1] as BackupKind, takenAt: parseStamp(m[2]!), sizeBytes: stat.size });
  }
  return entries.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/** The backup named `name` (as listBackups gives it), or null: a name is never a path. */
export function findBackup(dataFile: string, name: string): BackupEntry | null {
  if (!NAME_RE.test(name)) return null;
  return listBackups(dataFile).find((b) => b.name === name) ?? null;
}

/**
 * Removes automatic backups older than the retention period, but never the newest backup there
 * is: a laptop left in a drawer for a month still has one copy when it comes back.
 */
export function pruneBackups(dataFile: string, now: Date): string[] {
  const all = listBackups(dataFile);
  const cutoff = now.getTime() - BACKUP_RETENTION_DAYS * 24 * 3600 * 1000;
  const removed: string[] = [];
  for (const b of all.slice(1)) {
    if (PRUNED_KINDS.includes(b.kind) && Date.parse(b.takenAt) < cutoff) {
      fs.rmSync(b.file, { force: true });
      removed.push(b.name);
    }
  }
  return removed;
}
