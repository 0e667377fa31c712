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
    `Kiểm tra toàn vẹn / integrity: ${r.ok ? 'ok' : r.integrity.join('; ')}`,
    `Lược đồ / schema: ${r.schemaVersion} (mới nhất / latest ${r.latestSchemaVersion})`,
    'Số bản ghi / records:',
  ];
  for (const [table, c] of Object.entries(r.counts)) {
    lines.push(typeof c === 'number' ? `  ${table}: ${c}` : `  ${table}: ${c.live} (+${c.deleted} đã xoá / deleted)`);
  }
  return lines.join('\n');
}
