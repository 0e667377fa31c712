import { REPORT_SUBJECTS, type ReportFilter, type ReportSubject } from '../../../../src-shared/schemas/report';
import { localToday } from '../../findings/today';
import type { JudgingEnv } from '../../judging/packs';
import { findingsTable, inspectionsTable, requirementsTable } from './checks';
import { dosesTable, sourcesTable, xrayUnitsTable } from './register';
import type { ReportTable } from './types';
import { wastewaterTable } from './wastewater';

/** The table of one subject of a summary. */
export function reportTable(env: JudgingEnv, subject: ReportSubject, filter: ReportFilter, lang: 'vi' | 'en'): ReportTable {
  switch (subject) {
    case 'inspections':
      return inspectionsTable(env.db, filter, lang);
    case 'findings':
      return findingsTable(env.db, filter, lang);
    case 'requirements':
      return requirementsTable(env.db, filter, lang, localToday(env));
    case 'xray_units':
      return xrayUnitsTable(env, filter, lang);
    case 'sources':
      return sourcesTable(env, filter, lang);
    case 'wastewater':
      return wastewaterTable(env, filter, lang);
    case 'doses':
      return dosesTable(env, filter, lang);
  }
}

export function allReportTables(env: JudgingEnv, filter: ReportFilter, lang: 'vi' | 'en'): ReportTable[] {
  return REPORT_SUBJECTS.map((s) => reportTable(env, s, filter, lang));
}
