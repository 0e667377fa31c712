import fs from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { viDate } from '../../../src-shared/rules/dates';
import { guardCsvText } from './guard';
import { checkCancel, type JobControl } from './job';
import { headerOf, type Cell, type Column, type ReportTable } from './tables/types';

function csvCell(col: Column, v: Cell, lang: 'vi' | 'en'): string | number | null {
  if (v === null) return null;
  if (col.type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return lang === 'vi' ? viDate(v.slice(0, 10)) : v.slice(0, 10);
  if (typeof v === 'number') return v;
  return guardCsvText(v);
}

/**
 * One subject as CSV: UTF-8 with a byte-order mark (Excel then reads Vietnamese right), RFC 4180
 * quoting, a header row with units, dates dd/MM/yyyy (Vietnamese) or yyyy-MM-dd (English),
 * numbers with a decimal point, and text that a spreadsheet would run as a formula guarded.
 */
export async function writeSubjectCsv(file: string, table: ReportTable, lang: 'vi' | 'en', job?: JobControl): Promise<number> {
  const out = fs.createWriteStream(file);
  const csv = stringify({ bom: true, header: true, columns: table.columns.map((c) => headerOf(c, lang)), record_delimiter: 'windows' });
  csv.pipe(out);
  const total = table.estimate();
  let n = 0;
  try {
    for (const values of table.rows()) {
      if (!csv.write(table.columns.map((c, i) => csvCell(c, values[i] ?? null, lang)))) await once(csv, 'drain');
      n++;
      if (n % 500 === 0) {
        checkCancel(job);
        job?.onProgress?.({ done: n, total, step: table.subject });
      }
    }
  } catch (err) {
    csv.destroy();
    out.destroy();
    throw err;
  }
  csv.end();
  await once(out, 'finish');
  job?.onProgress?.({ done: n, total, step: table.subject });
  return n;
}
