import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Result } from '../../../src-shared/api/errors';
import { openCore, type Core } from '../../../src-main/core/core';

export const resourcesDir = path.resolve('resources');
const cores: Core[] = [];

/** A core on a fresh data file in a temp folder, closed after each test. */
export function tempCore(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-reg-'))): { core: Core; dir: string } {
  const core = openCore({ dataDir: dir, resourcesDir, now: () => new Date('2025-11-20T08:00:00Z') });
  cores.push(core);
  return { core, dir };
}
afterEach(() => cores.splice(0).forEach((c) => c.close()));

export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.en} ${JSON.stringify(r.error.issues ?? [])}`);
  return r.value;
}

export function count(core: Core, table: string): number {
  return (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function facility(core: Core, name = 'Bệnh viện Đa khoa tỉnh Sơn La'): string {
  return ok(core.call('facilities.create', { name, kind: 'hospital', provinceCode: 'son-la', commune: 'Phường Tô Hiệu' })).id;
}

/** Row counts of a table and of the logs: a refused write must leave all of them as they were. */
export function writeCounts(core: Core, table: string) {
  return { rows: count(core, table), audit: count(core, 'audit_log'), changes: count(core, 'sync_state'), search: count(core, 'search_docs') };
}
