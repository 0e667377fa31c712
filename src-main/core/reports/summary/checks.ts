import type { DashboardData, ReportFilter, ResultCounts } from '../../../../src-shared/schemas/report';
import { INSPECTION_KINDS, type InspectionKind } from '../../../../src-shared/checklists/schema';
import type { Db } from '../../db/types';
import { RESULT_SQL, selectInspections } from '../selection';

const counts = (total = 0, pass = 0, fail = 0, unfinished = 0): ResultCounts => ({ total, pass, fail, unfinished });

interface GroupRow {
  g: string | null;
  total: number;
  pass: number;
  fail: number;
  unfinished: number;
}

/** Checks of the selection counted by result and grouped by one SQL expression over i / fa. */
function grouped(db: Db, filter: ReportFilter, groupSql: string): GroupRow[] {
  const sel = selectInspections(filter);
  return db
    .prepare(
      `SELECT g, COUNT(*) AS total, SUM(r = 'pass') AS pass, SUM(r = 'fail') AS fail, SUM(r = 'unfinished') AS unfinished
       FROM (SELECT ${groupSql} AS g, ${RESULT_SQL} AS r ${sel.from}) GROUP BY g ORDER BY g`,
    )
    .all(...sel.params) as GroupRow[];
}

/** Every month yyyy-MM from the period's first to its last. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

export function checkFigures(db: Db, filter: ReportFilter): Pick<DashboardData, 'checks' | 'byKind' | 'byCommune' | 'byMonth' | 'facilities'> {
  const all = grouped(db, filter, "'all'")[0];
  const byKind = new Map(grouped(db, filter, 'i.kind').map((r) => [r.g as InspectionKind, r]));
  const byMonth = new Map(grouped(db, filter, 'substr(i.sort_date, 1, 7)').map((r) => [r.g ?? '', r]));
  const byCommune = grouped(db, filter, "COALESCE(fa.commune, '')");
  const sel = selectInspections(filter);
  // A facility is compliant when its latest finished check of the period has no open finding.
  const fac = db
    .prepare(
      `WITH done AS (SELECT i.facility_id AS f, i.sort_date AS d, i.id AS id, ${RESULT_SQL} AS r ${sel.from} AND i.status NOT IN ('draft', 'in_progress')),
            latest AS (SELECT f, r, ROW_NUMBER() OVER (PARTITION BY f ORDER BY d DESC, id DESC) AS n FROM done)
       SELECT COUNT(*) AS checked, COALESCE(SUM(r = 'pass'), 0) AS compliant FROM latest WHERE n = 1`,
    )
    .get(...sel.params) as { checked: number; compliant: number };
  const row = (r: GroupRow | undefined) => counts(r?.total, r?.pass, r?.fail, r?.unfinished);
  return {
    checks: row(all),
    byKind: INSPECTION_KINDS.map((kind) => ({ kind, ...row(byKind.get(kind)) })),
    byCommune: byCommune.map((r) => ({ commune: r.g ?? '', ...row(r) })).sort((a, b) => b.total - a.total || a.commune.localeCompare(b.commune, 'vi')),
    byMonth: monthsOf(filter.from, filter.to).map((month) => ({ month, ...row(byMonth.get(month)) })),
    facilities: fac,
  };
}
