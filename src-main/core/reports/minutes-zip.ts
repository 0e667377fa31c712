import fs from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import yazl from 'yazl';
import type { ReportFilter } from '../../../src-shared/schemas/report';
import { minutesPdfHandlers } from '../api/minutes-pdf';
import type { HandlerEnv } from '../api/types';
import { guardCsvText } from './guard';
import { checkCancel, type JobControl } from './job';
import { selectInspections } from './selection';

/**
 * Every signed Biên bản kiểm tra of the selection in one zip: each PDF printed exactly as the app
 * prints it (from the signed minutes), plus "danh-sach.csv" naming each file with its facility,
 * date, decision number and the SHA-256 of its signed content. Checks not yet signed have no
 * minutes with legal value and are left out (the list says how many).
 */
export async function writeMinutesZip(env: HandlerEnv, filter: ReportFilter, lang: 'vi' | 'en', file: string, job?: JobControl): Promise<number> {
  const sel = selectInspections(filter);
  const rows = env.db
    .prepare(
      `SELECT s.id, s.d, s.decision, s.facility, m.sha256
       FROM (SELECT i.id, i.sort_date AS d, i.decision_number AS decision, fa.name AS facility ${sel.from} AND i.status = 'signed') s
       JOIN minutes m ON m.inspection_id = s.id AND m.seq = 0
       ORDER BY s.d, s.id`,
    )
    .all(...sel.params) as { id: string; d: string; decision: string | null; facility: string; sha256: string }[];
  const zip = new yazl.ZipFile();
  const out = fs.createWriteStream(file);
  zip.outputStream.pipe(out);
  const used = new Set<string>();
  const list: string[][] = [lang === 'vi' ? ['Tệp', 'Ngày kiểm tra', 'Cơ sở', 'Số quyết định', 'Mã băm SHA-256 của biên bản đã ký'] : ['File', 'Check date', 'Facility', 'Decision no.', 'SHA-256 of the signed minutes']];
  let n = 0;
  try {
    for (const r of rows) {
      checkCancel(job);
      const pdf = minutesPdfHandlers['inspections.minutesPdf'](env, { inspectionId: r.id, lang }) as { fileName: string; dataBase64: string };
      // Two checks on one day under one decision number: keep both files.
      let name = pdf.fileName;
      for (let k = 2; used.has(name); k++) name = pdf.fileName.replace(/\.pdf$/, `_${k}.pdf`);
      used.add(name);
      zip.addBuffer(Buffer.from(pdf.dataBase64, 'base64'), name, { mtime: new Date(`${r.d}T00:00:00Z`) });
      list.push([name, r.d, guardCsvText(r.facility), guardCsvText(r.decision ?? ''), r.sha256]);
      n++;
      job?.onProgress?.({ done: n, total: rows.length, step: 'minutes' });
    }
    zip.addBuffer(Buffer.from(stringify(list, { bom: true, record_delimiter: 'windows' }), 'utf8'), 'danh-sach.csv');
    zip.end();
    await once(out, 'finish');
  } catch (err) {
    zip.outputStream.unpipe(out);
    out.destroy();
    throw err;
  }
  return n;
}
