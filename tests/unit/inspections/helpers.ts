import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach } from 'vitest';
import type { Result } from '../../../src-shared/api/errors';
import { openCore, type Core } from '../../../src-main/core/core';

export const resourcesDir = path.resolve('resources');
const cores: Core[] = [];

/** A core on a fresh data file in a temp folder, closed after each test. */
export function tempCore(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-insp-')), resources = resourcesDir): { core: Core; dir: string } {
  const core = openCore({ dataDir: dir, resourcesDir: resources, now: () => new Date('2025-11-20T08:00:00Z') });
  cores.push(core);
  // The first-run profile: audit rows name this inspector, and the device key signs the minutes.
  const existing = core.call('profile.get', {});
  if (existing.ok && !existing.value) core.call('profile.create', { fullName: 'Nguyễn Văn Hùng', position: 'Chuyên viên' });
  return { core, dir };
}
afterEach(() => cores.splice(0).forEach((c) => c.close()));

export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.en} ${JSON.stringify(r.error.issues ?? [])}`);
  return r.value;
}

export function refused<T>(r: Result<T>) {
  if (r.ok) throw new Error('expected the call to be refused');
  return r.error;
}

export function count(core: Core, table: string): number {
  return (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function hospital(core: Core, name = 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital' | 'dental' = 'hospital'): string {
  return ok(core.call('facilities.create', { name, kind, provinceCode: 'son-la', commune: 'Phường Tô Hiệu' })).id;
}

export function xrayUnit(core: Core, facilityId: string, type: 'general' | 'ct' | 'c_arm' | 'dental_intraoral' | 'mobile', serial: string): string {
  return ok(core.call('xrayUnits.create', { facilityId, type, manufacturer: 'Shimadzu', serial })).id;
}

/** A PNG of the given size: valid magic bytes and IHDR are all image-size reads. */
/** A real PNG (the core decodes every pixel), its colour varied by `seed` so images differ. */
export function png(width: number, height: number, seed = 0): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) image.data.set([(i + seed) & 255, (i >> 8) & 255, seed & 255, 255], i * 4);
  return PNG.sync.write(image);
}
