import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core, type CoreOptions } from '../../../src-main/core/core';

export const resourcesDir = path.resolve('resources');

export function tempDataDir(prefix = 'kt-backup-'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), 'KiemTra');
}

export function open(dataDir: string, extra: Partial<CoreOptions> = {}): Core {
  return openCore({ dataDir, resourcesDir, ...extra });
}

export function addFacility(core: Core, name: string): string {
  const r = core.call('facilities.create', { name, kind: 'hospital', provinceCode: 'son-la' });
  if (!r.ok) throw new Error(r.error.en);
  return r.value.id;
}

export function facilityNames(core: Core): string[] {
  return (core.db.prepare('SELECT name FROM facilities WHERE deleted_at IS NULL ORDER BY name').all() as { name: string }[]).map((r) => r.name);
}

/** Overwrites pages in the middle of a closed SQLite file, keeping its header: a damaged disk sector. */
export function damagePages(file: string, fromPage = 3, pages = 4): void {
  const pageSize = fs.readFileSync(file).readUInt16BE(16) || 4096;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize * pages, 0x5a), 0, pageSize * pages, pageSize * (fromPage - 1));
  fs.closeSync(fd);
}

export const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
