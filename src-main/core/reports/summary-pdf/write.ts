import fs from 'node:fs';
import type { DashboardData, ReportFilter } from '../../../../src-shared/schemas/report';
import { checkCancel, type JobControl } from '../job';
import { printPdf } from '../pdf/printer';
import type { ReportTable } from '../tables/types';
import { summaryDocument } from './document';

export interface SummaryPdfArgs {
  filter: ReportFilter;
  data: DashboardData;
  checks: ReportTable;
  who: string;
  now: Date;
  lang: 'vi' | 'en';
  province: string;
  resourcesDir: string;
}

/** The "Báo cáo kết quả kiểm tra" PDF written to `file` (the caller makes it atomic). */
export function writeSummaryPdf(file: string, args: SummaryPdfArgs, job?: JobControl): number {
  const total = args.checks.estimate();
  let listed = 0;
  const def = summaryDocument({
    ...args,
    onRow: (n) => {
      listed = n;
      checkCancel(job);
      job?.onProgress?.({ done: n, total, step: 'pdf' });
    },
  });
  checkCancel(job);
  const pdf = printPdf(def, { resourcesDir: args.resourcesDir, date: args.now, title: String(def.info?.title ?? '') });
  fs.writeFileSync(file, pdf);
  job?.onProgress?.({ done: listed, total: listed, step: 'pdf' });
  return listed;
}
