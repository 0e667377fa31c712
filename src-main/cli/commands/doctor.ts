import fs from 'node:fs';
import { KiemTraError } from '../../../src-shared/api/errors';
import { doctor, type DoctorReport } from '../../core/maintenance/doctor';
import { dataFileIn, resolveDataDir } from '../../core/paths';

/** `kiemtra doctor`: integrity, migration level and counts; never creates a file that is not there. */
export function runDoctor(dataDir: string | undefined): DoctorReport {
  const file = dataFileIn(resolveDataDir(dataDir));
  if (!fs.existsSync(file)) {
    throw new KiemTraError('NOT_FOUND', `Không có tệp dữ liệu tại ${file}`, `No data file at ${file}`, { context: { file } });
  }
  return doctor(file);
}

export function formatDoctor(r: DoctorReport): string {
  const lines = [
    `Tệp / file: ${r.file} (${(r.sizeBytes / 1024).toFixed(0)} KiB, journal ${r.journalMode})`,
    `Kiểm tra toàn vẹn / integrity: ${r.integrity.join('; ')}`,
    `Nhật ký thay đổi / audit log: ${r.audit.rows} dòng / rows, ${r.audit.devices} chuỗi / chain(s), ${r.audit.breaks.length ? `${r.audit.breaks.length} chỗ hỏng / broken` : 'ok'}`,
    ...r.audit.breaks.map(
      (b) =>
        `  HỎNG / BROKEN audit_log #${b.auditId} (${b.entity} ${b.entityId}, thiết bị / device ${b.device}): ${b.problem === 'hash' ? 'dòng đã bị sửa / row was changed' : 'mất hoặc đảo dòng trước đó / a row before it was removed or reordered'}`,
    ),
    `Biên bản đã ký / signed minutes: ${r.signed.checked} bản / record(s), ${r.signed.problems.length ? `${r.signed.problems.length} lỗi / problem(s)` : 'ok'}`,
    ...r.signed.problems.map(
      (p) => `  LỖI / PROBLEM inspection ${p.inspectionId}${p.decisionNumber ? ` (QĐ ${p.decisionNumber})` : ''}${p.seq !== null ? ` seq ${p.seq}` : ''} [${p.problem}]: ${p.vi} / ${p.en}`,
    ),
    ...(r.signed.missingTriggers.length ? [`  THIẾU KHOÁ / MISSING LOCK triggers: ${r.signed.missingTriggers.join(', ')}`] : []),
    `Lược đồ / schema: ${r.schemaVersion} (mới nhất / latest ${r.latestSchemaVersion})`,
    'Số bản ghi / records:',
  ];
  for (const [table, c] of Object.entries(r.counts)) {
    lines.push(typeof c === 'number' ? `  ${table}: ${c}` : `  ${table}: ${c.live} (+${c.deleted} đã xoá / deleted)`);
  }
  return lines.join('\n');
}
