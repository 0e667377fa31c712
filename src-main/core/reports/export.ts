import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBJECT_FILE_NAMES } from '../../../src-shared/reports/labels';
import type { ReportExportInput, ReportFile } from '../../../src-shared/schemas/report';
import type { HandlerEnv } from '../api/types';
import { writeSubjectCsv } from './csv';
import { dashboard } from './dashboard';
import { writeAtomically, type JobControl } from './job';
import { writeMinutesZip } from './minutes-zip';
import { writeSummaryPdf } from './summary-pdf/write';
import { allReportTables, reportTable } from './tables';
import { writeSummaryXlsx } from './xlsx';

type Env = HandlerEnv;

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  zip: 'application/zip',
} as const;

/** The file name a summary is offered under: "tong-hop-kiem-tra_2026-01-01_2026-06-30.xlsx". */
export function reportFileName(input: ReportExportInput): string {
  const period = `${input.filter.from}_${input.filter.to}`;
  switch (input.format) {
    case 'csv':
      return `${SUBJECT_FILE_NAMES[input.subject ?? 'inspections']}_${period}.csv`;
    case 'pdf':
      return `bao-cao-ket-qua-kiem-tra_${period}.pdf`;
    case 'zip':
      return `bien-ban-kiem-tra_${period}.zip`;
    default:
      return `tong-hop-kiem-tra_${period}.xlsx`;
  }
}

/** The province the report speaks for: the one most of the file's facilities are in. */
function reportProvince(env: Env): string {
  const row = env.db.prepare('SELECT province_code AS c, COUNT(*) AS n FROM facilities WHERE deleted_at IS NULL GROUP BY province_code ORDER BY n DESC LIMIT 1').get() as { c: string } | undefined;
  return env.resources.provinceName(row?.c ?? env.resources.provinces[0]?.code ?? '');
}

/** Writes the summary to `target` (atomically: a temporary file renamed into place). */
export async function writeReport(env: Env, input: ReportExportInput, target: string, job?: JobControl): Promise<void> {
  const { filter, lang } = input;
  await writeAtomically(target, async (tmp) => {
    if (input.format === 'csv') {
      await writeSubjectCsv(tmp, reportTable(env, input.subject ?? 'inspections', filter, lang), lang, job);
      return;
    }
    if (input.format === 'zip') {
      await writeMinutesZip(env, filter, lang, tmp, job);
      return;
    }
    const data = dashboard(env, filter);
    if (input.format === 'pdf') {
      const province = reportProvince(env);
      writeSummaryPdf(tmp, { filter, data, checks: reportTable(env, 'inspections', filter, lang), who: env.actor, now: env.now(), lang, province, resourcesDir: env.resources.dir }, job);
      return;
    }
    await writeSummaryXlsx(tmp, { filter, data, tables: allReportTables(env, filter, lang), who: env.actor, now: env.now(), lang }, job);
  });
}

/** 'reports.export': the summary made in a private temporary folder and handed back as bytes (web mode downloads them). */
export async function exportReport(env: Env, input: ReportExportInput): Promise<ReportFile> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiemtra-report-'));
  try {
    const fileName = reportFileName(input);
    const file = path.join(dir, fileName);
    await writeReport(env, input, file);
    const bytes = fs.readFileSync(file);
    return { fileName, mime: MIME[input.format], base64: bytes.toString('base64'), bytes: bytes.length };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
