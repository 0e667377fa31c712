import { z } from 'zod';
import { query } from './define';
import { ReportExportInput, ReportFilter, type DashboardData, type ReportFile, type ReportOptions } from '../schemas/report';

export const reportOperations = {
  /** Every figure of the "Tổng hợp" dashboard for a period and area. */
  'reports.dashboard': query<DashboardData>()(ReportFilter),
  /** What the filter selects can be: communes, team members, the first and last check date. */
  'reports.options': query<ReportOptions>()(z.object({}).optional().transform(() => ({}))),
  /** The summary as XLSX (every subject) or CSV (one subject), made in a temporary file and returned. */
  'reports.export': query<ReportFile>()(ReportExportInput),
} as const;
