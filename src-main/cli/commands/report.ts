import fs from 'node:fs';
import path from 'node:path';
import { KiemTraError } from '../../../src-shared/api/errors';
import { toFieldIssues } from '../../../src-shared/api/zod-issues';
import { SUBJECT_TITLES } from '../../../src-shared/reports/labels';
import { REPORT_SUBJECTS, ReportExportInput, type ReportExportInput as ExportInput } from '../../../src-shared/schemas/report';
import { openCore } from '../../core/core';
import { reportFileName, writeReport } from '../../core/reports/export';
import type { Progress } from '../../core/reports/job';

export interface ReportOptions {
  from?: string;
  to?: string;
  format?: string;
  out: string;
  commune?: string;
  kind?: string;
  team?: string;
  subject?: string;
  lang?: string;
}

function parseInput(o: ReportOptions): ExportInput {
  const parsed = ReportExportInput.safeParse({
    filter: { from: o.from, to: o.to, commune: o.commune, kind: o.kind, team: o.team },
    format: o.format ?? 'xlsx',
    subject: o.subject,
    lang: o.lang,
  });
  if (parsed.success) return parsed.data;
  const issues = toFieldIssues(parsed.error);
  const flag = (p: string) => `--${p.replace(/^filter\./, '')}`;
  throw new KiemTraError(
    'VALIDATION',
    `Tham số không hợp lệ: ${issues.map((i) => `${flag(i.path)}: ${i.vi}`).join('; ')}`,
    `Invalid options: ${issues.map((i) => `${flag(i.path)}: ${i.en}`).join('; ')}`,
    { issues },
  );
}

/** Progress on stderr, one line per subject and every few thousand rows: scripts keep stdout clean. */
function stderrProgress(): (p: Progress) => void {
  let last = '';
  return (p) => {
    const line = `${p.step}: ${p.done}/${p.total}`;
    if (line !== last) process.stderr.write(`kiemtra report: ${line}\n`);
    last = line;
  };
}

/**
 * `kiemtra report`: the supervisor's summary, headless. XLSX to one file; CSV of one subject
 * (`--subject`) to one file, or of every subject into the folder `--out` names.
 * Returns the files written.
 */
export async function runReport(dataDir: string | undefined, resourcesDir: string, o: ReportOptions): Promise<string[]> {
  const input = parseInput(o);
  const core = openCore({ dataDir, resourcesDir, actor: 'kiemtra report' });
  try {
    const job = { onProgress: stderrProgress() };
    if (input.format === 'csv' && !input.subject) {
      if (!fs.existsSync(o.out) || !fs.statSync(o.out).isDirectory()) {
        throw new KiemTraError(
          'VALIDATION',
          `--out phải là một thư mục có sẵn khi xuất CSV của mọi chủ đề (hoặc chọn --subject ${REPORT_SUBJECTS.join('|')})`,
          `--out must be an existing folder for the CSV of every subject (or pick --subject ${REPORT_SUBJECTS.join('|')})`,
        );
      }
      const files: string[] = [];
      for (const subject of REPORT_SUBJECTS) {
        const one = { ...input, subject };
        const file = path.join(o.out, reportFileName(one));
        await writeReport(core.env, one, file, job);
        files.push(file);
      }
      return files;
    }
    await writeReport(core.env, input, o.out, job);
    return [o.out];
  } finally {
    core.close();
  }
}

export function reportSubjectsHelp(): string {
  return REPORT_SUBJECTS.map((s) => `${s} (${SUBJECT_TITLES[s].vi})`).join(', ');
}
