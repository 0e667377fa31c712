import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Result } from '../../../src-shared/api/errors';
import type { Template } from '../../../src-shared/checklists/schema';
import { openCore, type Core } from '../../../src-main/core/core';
import { PNG as pngjs } from 'pngjs';

export const resourcesDir = path.resolve('resources');
const cores: Core[] = [];

/** A core on a data file in a temp folder, with the clock at `now`; closed after each test. */
export function tempCore(now = '2025-11-20T08:00:00Z', dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-find-'))): { core: Core; dir: string } {
  const core = openCore({ dataDir: dir, resourcesDir, now: () => new Date(now) });
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

export function hospital(core: Core, name = 'Bệnh viện Đa khoa tỉnh Sơn La'): string {
  return ok(core.call('facilities.create', { name, kind: 'hospital', provinceCode: 'son-la', commune: 'Phường Tô Hiệu', beds: 550 })).id;
}

/** An X-ray check started on 20/11/2025 at a hospital with one general unit. */
export function xrayCheck(core: Core, facilityId = hospital(core)) {
  const unitId = ok(core.call('xrayUnits.create', { facilityId, type: 'general', manufacturer: 'Shimadzu', serial: 'GX-77', lastQcOn: '2025-01-10' })).id;
  const id = ok(
    core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '125/QĐ-SKHCN', startedAt: '2025-11-20T08:30' }),
  ).id;
  return { facilityId, unitId, id };
}

export function consoleReading(core: Core, inspectionId: string, unitId: string, measured: number) {
  return ok(
    core.call('inspections.saveAnswer', {
      inspectionId,
      itemKey: 'unit_dose_rates',
      instanceKey: unitId,
      value: [{ cells: { point: 'Bàn điều khiển', position: 'console', measured } }],
    }),
  );
}

/** A real 4×4 PNG: the core decodes every pixel of what it stores. */
const PNG = pngjs.sync.write(new pngjs({ width: 4, height: 4 }));

/** A row that records a reading without judging it (the "other" kind of position, or a plain cell). */
function tableRow(item: Template['sections'][number]['items'][number]) {
  const spec = item.table!;
  const cells = Object.fromEntries(
    spec.columns.map((c) => [c.key, c.type === 'number' ? (c.min ?? 0) : c.type === 'unit' ? null : c.type === 'choice' ? c.choices![c.choices!.length - 1]!.key : 'Điểm 1']),
  );
  return spec.rows === 'free' ? { cells } : { row: spec.rows[0]!.key, cells };
}

/** Answers every required item still missing (yes, a first choice, a date, a photo …) so the minutes can be completed. */
export function fillRequired(core: Core, inspectionId: string): void {
  const detail = ok(core.call('inspections.get', { id: inspectionId }));
  const template: Template = ok(core.call('templates.get', { id: detail.inspection.templateId, version: detail.inspection.templateVersion }));
  const items = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
  for (let round = 0; round < 5; round++) {
    const missing = ok(core.call('inspections.progress', { id: inspectionId })).missing;
    if (missing.length === 0) return;
    for (const m of missing) {
      const item = items.get(m.itemKey)!;
      const at = { inspectionId, itemKey: m.itemKey, instanceKey: m.instanceKey };
      if (item.type === 'photo' || item.type === 'signature') {
        const blob = ok(core.call('blobs.put', { dataBase64: PNG.toString('base64'), fileName: 'a.png', mime: 'image/png' }));
        ok(core.call('attachments.add', { ...at, kind: item.type, sha256: blob.sha256, signerName: item.type === 'signature' ? 'Nguyễn Văn A' : null }));
        continue;
      }
      const value =
        item.type === 'yes_no_na' ? 'yes'
        : item.type === 'choice' ? item.choices![0]!.key
        : item.type === 'multi_choice' ? [item.choices![0]!.key]
        : item.type === 'date' ? '2025-06-01'
        : item.type === 'number' ? (item.min ?? 1)
        : item.type === 'measurement_table' ? [tableRow(item)]
        : 'Đã kiểm tra';
      ok(core.call('inspections.saveAnswer', { ...at, value }));
    }
  }
}
