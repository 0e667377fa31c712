import Database from 'better-sqlite3';
import path from 'node:path';
import type { Core } from '../../../src-main/core/core';
import { consoleReading, fillRequired, ok, xrayCheck } from '../findings/helpers';

export { ok, refused, tempCore, resourcesDir, hospital } from '../findings/helpers';

/** Closing fields "Hoàn thành và ký" needs besides the form. */
export const CLOSING = {
  endedAt: '2025-11-20T11:45',
  conclusion: 'Cơ sở cơ bản đáp ứng yêu cầu an toàn bức xạ.',
  facilityOpinion: 'Cơ sở thống nhất với kết quả kiểm tra.',
};

/** A complete X-ray check (the console reading fails the 10 µSv/h limit at 12), not signed yet. */
export function readyCheck(core: Core) {
  const check = xrayCheck(core);
  consoleReading(core, check.id, check.unitId, 12);
  fillRequired(core, check.id);
  ok(core.call('inspections.judge', { inspectionId: check.id }));
  const finding = ok(core.call('findings.list', { inspectionId: check.id })).find((f) => f.origin === 'rule')!;
  const requirementId = ok(core.call('requirements.create', { inspectionId: check.id, findingId: finding.id, text: 'Che chắn bổ sung phòng điều khiển', responsible: 'Người phụ trách an toàn', deadline: '2025-12-20' })).id;
  return { ...check, requirementId };
}

/** A signed X-ray check and its minutes as first read. */
export function signedCheck(core: Core) {
  const check = readyCheck(core);
  ok(core.call('inspections.complete', { id: check.id, ...CLOSING }));
  const minutes = ok(core.call('minutes.get', { inspectionId: check.id }))!;
  return { ...check, minutes };
}

/** A second, plain connection to the data file: what anyone with sqlite3 could do. */
export function rawDb(dir: string) {
  return new Database(path.join(dir, 'kiemtra.sqlite'));
}
