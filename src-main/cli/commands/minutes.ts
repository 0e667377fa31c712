import fs from 'node:fs';
import path from 'node:path';
import { KiemTraError } from '../../../src-shared/api/errors';
import { openCore } from '../../core/core';
import { dataFileIn, resolveDataDir } from '../../core/paths';

export interface MinutesCommandResult {
  file: string;
  bytes: number;
  draft: boolean;
}

/**
 * `kiemtra minutes <inspection-id> --out FILE [--lang en]`: the Biên bản kiểm tra PDF, written
 * atomically (a temp file beside the target, then a rename), so a reader never sees half a PDF
 * and a failure leaves an existing FILE as it was.
 */
export function runMinutes(dataDir: string | undefined, resourcesDir: string, inspectionId: string, out: string, lang: 'vi' | 'en'): MinutesCommandResult {
  const dataFile = dataFileIn(resolveDataDir(dataDir));
  if (!fs.existsSync(dataFile)) {
    throw new KiemTraError('NOT_FOUND', `Không có tệp dữ liệu tại ${dataFile}`, `No data file at ${dataFile}`, { context: { file: dataFile } });
  }
  const target = path.resolve(out);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new KiemTraError('VALIDATION', `Không có thư mục ${folder} để ghi tệp PDF`, `No folder ${folder} to write the PDF into`, {
      issues: [{ path: 'out', vi: 'Thư mục không tồn tại', en: 'The folder does not exist' }],
    });
  }
  const core = openCore({ dataDir, resourcesDir, actor: 'kiemtra minutes' });
  try {
    const r = core.call('inspections.minutesPdf', { inspectionId, lang });
    if (!r.ok) throw new KiemTraError(r.error.code, r.error.vi, r.error.en, { context: r.error.context, issues: r.error.issues });
    const pdf = Buffer.from(r.value.dataBase64, 'base64');
    const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.tmp`);
    try {
      const fd = fs.openSync(temp, 'w', 0o600);
      try {
        fs.writeSync(fd, pdf);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, target);
    } catch (err) {
      fs.rmSync(temp, { force: true });
      const detail = err instanceof Error ? err.message : String(err);
      throw new KiemTraError('BAD_FILE', `Không ghi được ${target}: ${detail}`, `Cannot write ${target}: ${detail}`, { context: { file: target } });
    }
    return { file: target, bytes: pdf.length, draft: r.value.draft };
  } finally {
    core.close();
  }
}

export function formatMinutes(r: MinutesCommandResult): string {
  const kind = r.draft ? 'bản nháp / draft' : 'đã ký / signed';
  return `Đã ghi biên bản (${kind}) / minutes written: ${r.file} (${(r.bytes / 1024).toFixed(0)} KiB)`;
}
