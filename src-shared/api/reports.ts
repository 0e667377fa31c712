import { z } from 'zod';
import { query } from './define';
import { ReportChecksInput, ReportExportInput, ReportFilter, type DashboardData, type ReportCheckPage, type ReportFile, type ReportOptions } from '../schemas/report';

export const reportOperations = {
  /** Every figure of the "Tổng hợp" dashboard for a period and area. */
  'reports.dashboard': query<DashboardData>()(ReportFilter),
  /** The checks behind a figure of the dashboard (a bar: a kind, a commune, a month, a result), newest first. */
  'reports.checks': query<ReportCheckPage>()(ReportChecksInput),
  /** What the filter selects can be: communes, team members, the first and last check date. */
  'reports.options': query<ReportOptions>()(z.object({}).optional().transform(() => ({}))),
  /** The summary as XLSX (every subject) or CSV (one subject), made in a temporary file and returned. */
  'reports.export': query<ReportFile>()(ReportExportInput),
} as const;
