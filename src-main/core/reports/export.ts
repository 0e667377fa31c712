import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBJECT_FILE_NAMES } from '../../../src-shared/reports/labels';
import type { ReportExportInput, ReportFile } from '../../../src-shared/schemas/report';
import type { JudgingEnv } from '../judging/packs';
import type { CoreContext } from '../context';
import { writeSubjectCsv } from './csv';
import { dashboard } from './dashboard';
import { writeAtomically, type JobControl } from './job';
import { allReportTables, reportTable } from './tables';
import { writeSummaryXlsx } from './xlsx';

type Env = JudgingEnv & Pick<CoreContext, 'actor'>;

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** The file name a summary is offered under: "tong-hop-kiem-tra_2026-01-01_2026-06-30.xlsx". */
export function reportFileName(input: ReportExportInput): string {
  const period = `${input.filter.from}_${input.filter.to}`;
  return input.format === 'csv' ? `${SUBJECT_FILE_NAMES[input.subject ?? 'inspections']}_${period}.csv` : `tong-hop-kiem-tra_${period}.xlsx`;
}

/** Writes the summary to `target` (atomically: a temporary file renamed into place). */
export async function writeReport(env: Env, input: ReportExportInput, target: string, job?: JobControl): Promise<void> {
  const { filter, lang } = input;
  await writeAtomically(target, async (tmp) => {
    if (input.format === 'csv') {
      await writeSubjectCsv(tmp, reportTable(env, input.subject ?? 'inspections', filter, lang), lang, job);
      return;
    }
    const data = dashboard(env, filter);
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
