import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiInput, ApiOutput, OperationName } from '../../src-shared/api/contract';
import type { XrayUnitType } from '../../src-shared/schemas/register/xray-units';
import { openCore, type Core } from '../../src-main/core/core';

/** A core on a fresh temporary data file, as the harness would make it. */
export function freshCore(): Core {
  return openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-insp-')), resourcesDir: path.resolve('resources'), transport: 'web' });
}

/** core.call that fails the test with the core's own message. */
export function must<N extends OperationName>(core: Core, name: N, input: ApiInput<N>): ApiOutput<N> {
  const r = core.call(name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.vi} (${JSON.stringify(r.error.issues ?? [])})`);
  return r.value;
}

/** An X-ray facility with the given units, and a started check on the X-ray template. */
export function xrayInspection(core: Core, name: string, units: { type: XrayUnitType; serial: string }[]) {
  const facility = must(core, 'facilities.create', { name, kind: 'hospital', provinceCode: 'son-la', beds: '120' });
  for (const u of units) must(core, 'xrayUnits.create', { facilityId: facility.id, type: u.type, serial: u.serial, manufacturer: 'Shimadzu' });
  const inspection = must(core, 'inspections.create', {
    facilityId: facility.id,
    kind: 'radiation',
    templateId: 'xray-diagnostic',
    decisionNumber: '15/QĐ-SKHCN',
    decisionDate: '2025-03-10',
    decisionIssuer: 'Sở Khoa học và Công nghệ tỉnh Sơn La',
    team: [{ name: 'Nguyễn Văn An', position: 'Phó Giám đốc', role: 'truong_doan' }],
    startedAt: '2025-03-20T08:30',
  });
  return { facility, inspection };
}

/** A hospital with one wastewater system, and a started technology check. */
export function wastewaterInspection(core: Core) {
  const facility = must(core, 'facilities.create', { name: 'Bệnh viện Đa khoa Thuận Châu', kind: 'hospital', provinceCode: 'son-la', beds: '150' });
  const system = must(core, 'wastewaterSystems.create', { facilityId: facility.id, technology: 'AAO', designCapacityM3PerDay: '120', actualFlowM3PerDay: '80' });
  const inspection = must(core, 'inspections.create', { facilityId: facility.id, kind: 'wastewater', templateId: 'wastewater-hospital', decisionNumber: '20/QĐ-SKHCN' });
  return { facility, system, inspection };
}

export function storedAnswer(core: Core, inspectionId: string, itemKey: string, instanceKey = ''): string | null | undefined {
  const row = core.db
    .prepare('SELECT value FROM inspection_answers WHERE inspection_id = ? AND item_key = ? AND instance_key = ? AND deleted_at IS NULL')
    .get(inspectionId, itemKey, instanceKey) as { value: string | null } | undefined;
  return row ? row.value : undefined;
}
