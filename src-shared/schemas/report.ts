import { z } from 'zod';
import { INSPECTION_KINDS, type InspectionKind } from '../checklists/schema';
import type { FindingSeverity } from './finding';
import { IsoDate, optionalText, PageInput, type Page } from './common';

/**
 * What a supervisor's summary covers: a period of check dates (inclusive) and, optionally, one
 * commune, one kind of check and one team member. Register figures (licences, QC, sources,
 * doses) are "as of today" for the facilities of the area, whatever the period.
 */
const filterShape = {
  from: IsoDate,
  to: IsoDate,
  commune: optionalText(120),
  kind: z.enum(INSPECTION_KINDS, { message: 'Loại kiểm tra không hợp lệ|Unknown kind of check' }).nullable().optional().transform((v) => v ?? null),
  team: optionalText(120),
};
const periodInOrder = { message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc|The start date must not be after the end date', path: ['to'] };

export const ReportFilter = z
  .object(filterShape)
  .refine((f) => f.from <= f.to, periodInOrder);
export type ReportFilter = z.output<typeof ReportFilter>;

/** What a check came to: no open finding, at least one, or not finished yet. Cancelled checks are not counted. */
export const CHECK_RESULTS = ['pass', 'fail', 'unfinished'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export interface ResultCounts {
  total: number;
  pass: number;
  fail: number;
  unfinished: number;
}

export interface DashboardData {
  filter: ReportFilter;
  /** The day register figures were judged on (yyyy-MM-dd). */
  today: string;
  checks: ResultCounts;
  byKind: ({ kind: InspectionKind } & ResultCounts)[];
  byCommune: ({ commune: string } & ResultCounts)[];
  /** One entry per month of the period (yyyy-MM), empty months included. */
  byMonth: ({ month: string } & ResultCounts)[];
  /** Facilities with a finished check in the period, and those whose latest finished check had no open finding. */
  facilities: { checked: number; compliant: number };
  findingsBySeverity: { severity: FindingSeverity; count: number }[];
  /** Open findings grouped by the rule (or "manual"), most frequent first, at most 10. */
  /** `titleEn`: the English title of the same finding (issue 7: English shows English finding titles). */
  findingsByRule: { ruleId: string | null; title: string; titleEn: string; count: number }[];
  requirements: { open: number; overdue: number; done: number; notDone: number };
  /** Register, as of today, for the facilities of the area. */
  register: {
    licencesExpiring90: number;
    licencesExpired: number;
    xrayUnitsInUse: number;
    xrayQcOverdue: number;
    xrayQcMissing: number;
    sourcesByCategory: { category: 1 | 2 | 3 | 4 | 5 | null; count: number }[];
    workers: number;
    workersOverAnnualLimit: number;
    workersOverFiveYearAverage: number;
    /** Null when the pack in force sets no investigation level. */
    workersOverInvestigation: number | null;
  };
  /** Wastewater parameters judged "không đạt" most often in the period's checks (measured results). */
  wastewaterOverLimit: { parameter: string; label: { vi: string; en: string }; over: number; measured: number }[];
}

/** The subjects a report exports: one XLSX sheet or one CSV file each. */
export const REPORT_SUBJECTS = ['inspections', 'findings', 'requirements', 'xray_units', 'sources', 'wastewater', 'doses'] as const;
export type ReportSubject = (typeof REPORT_SUBJECTS)[number];

/** xlsx: every subject, one sheet each; csv: one subject; pdf: the summary report; zip: every signed Biên bản PDF. */
export const REPORT_FORMATS = ['xlsx', 'csv', 'pdf', 'zip'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const ReportExportInput = z.object({
  filter: ReportFilter,
  format: z.enum(REPORT_FORMATS, { message: 'Định dạng phải là xlsx, csv, pdf hoặc zip|Format must be xlsx, csv, pdf or zip' }),
  /** CSV is one subject per file. */
  subject: z.enum(REPORT_SUBJECTS).optional(),
  lang: z.enum(['vi', 'en']).optional().transform((v) => v ?? 'vi'),
});
export type ReportExportInput = z.output<typeof ReportExportInput>;

export interface ReportFile {
  fileName: string;
  mime: string;
  /** The file's bytes, base64 (the web transport carries JSON). */
  base64: string;
  bytes: number;
}

export interface ReportOptions {
  communes: string[];
  teamMembers: string[];
  /** Earliest and latest check date in the file, to propose a period. */
  firstDate: string | null;
  lastDate: string | null;
}

/** The checks behind one bar of the dashboard: the filter, and optionally one result and one month. */
export const ReportChecksInput = PageInput.extend({
  ...filterShape,
  result: z.enum(CHECK_RESULTS).optional(),
  month: z.string().regex(/^\d{4}-\d{2}$/, 'Tháng phải có dạng yyyy-MM|Month must be yyyy-MM').optional(),
}).refine((f) => f.from <= f.to, periodInOrder);
export type ReportChecksInput = z.input<typeof ReportChecksInput>;

export interface ReportCheckRow {
  id: string;
  date: string | null;
  facilityId: string;
  facilityName: string;
  commune: string | null;
  kind: InspectionKind;
  status: string;
  result: CheckResult;
  decisionNumber: string | null;
  openFindings: number;
}
export type ReportCheckPage = Page<ReportCheckRow>;
