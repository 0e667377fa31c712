import type { InspectionKind } from '../../../src-shared/checklists/schema';
import type { z } from 'zod';
import type { CheckResult, ReportCheckPage, ReportChecksInput } from '../../../src-shared/schemas/report';
import type { Db } from '../db/types';
import { RESULT_SQL, selectInspections } from './selection';

/** 'reports.checks': the checks a dashboard figure counts, by the same selection and result rule. */
export function reportChecks(db: Db, f: z.output<typeof ReportChecksInput>): ReportCheckPage {
  const sel = selectInspections({ from: f.from, to: f.to, commune: f.commune ?? null, kind: f.kind ?? null, team: f.team ?? null });
  const inner = `SELECT i.id, i.sort_date AS date, fa.id AS facilityId, fa.name AS facilityName, fa.commune, i.kind, i.status, i.decision_number AS decisionNumber, ${RESULT_SQL} AS result,
      (SELECT COUNT(*) FROM findings x WHERE x.inspection_id = i.id AND x.deleted_at IS NULL AND x.status = 'open') AS openFindings
    ${sel.from}${f.month ? ' AND substr(i.sort_date, 1, 7) = ?' : ''}`;
  const params = [...sel.params, ...(f.month ? [f.month] : [])];
  const where = f.result ? ' WHERE result = ?' : '';
  const p2 = f.result ? [...params, f.result] : params;
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM (${inner})${where}`).get(...p2) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM (${inner})${where} ORDER BY date DESC, id LIMIT ? OFFSET ?`).all(...p2, f.limit, f.offset) as {
    id: string;
    date: string | null;
    facilityId: string;
    facilityName: string;
    commune: string | null;
    kind: InspectionKind;
    status: string;
    decisionNumber: string | null;
    result: CheckResult;
    openFindings: number;
  }[];
  return { rows, total };
}
