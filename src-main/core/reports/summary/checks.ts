import type { CheckResult, DashboardData, ReportFilter, ResultCounts } from '../../../../src-shared/schemas/report';
import { INSPECTION_KINDS, type InspectionKind } from '../../../../src-shared/checklists/schema';
import type { Db } from '../../db/types';
import { RESULT_SQL, selectInspections } from '../selection';

const counts = (total = 0, pass = 0, fail = 0, unfinished = 0): ResultCounts => ({ total, pass, fail, unfinished });

interface CellRow {
  k: InspectionKind;
  m: string;
  c: string;
  r: CheckResult;
  n: number;
}

/**
 * The checks of the selection counted once, by kind × month × commune × result: every grouping
 * of the dashboard is a sum over these cells (one pass over the checks instead of one per chart).
 */
function cellsOf(db: Db, filter: ReportFilter): CellRow[] {
  const sel = selectInspections(filter);
  return db
    .prepare(
      `SELECT k, m, c, r, COUNT(*) AS n
       FROM (SELECT i.kind AS k, substr(i.sort_date, 1, 7) AS m, COALESCE(fa.commune, '') AS c, ${RESULT_SQL} AS r ${sel.from})
       GROUP BY k, m, c, r`,
    )
    .all(...sel.params) as CellRow[];
}

function tally<K>(rows: CellRow[], keyOf: (r: CellRow) => K): Map<K, ResultCounts> {
  const out = new Map<K, ResultCounts>();
  for (const row of rows) {
    const key = keyOf(row);
    const c = out.get(key) ?? counts();
    c.total += row.n;
    c[row.r] += row.n;
    out.set(key, c);
  }
  return out;
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
  const cells = cellsOf(db, filter);
  const all = tally(cells, () => 'all').get('all');
  const byKind = tally(cells, (r) => r.k);
  const byMonth = tally(cells, (r) => r.m);
  const byCommune = tally(cells, (r) => r.c);
  const sel = selectInspections(filter);
  // A facility is compliant when its latest finished check of the period has no open finding.
  const fac = db
    .prepare(
      `WITH done AS (SELECT i.facility_id AS f, i.sort_date AS d, i.id AS id, ${RESULT_SQL} AS r ${sel.from} AND i.status NOT IN ('draft', 'in_progress')),
            latest AS (SELECT f, r, ROW_NUMBER() OVER (PARTITION BY f ORDER BY d DESC, id DESC) AS n FROM done)
       SELECT COUNT(*) AS checked, COALESCE(SUM(r = 'pass'), 0) AS compliant FROM latest WHERE n = 1`,
    )
    .get(...sel.params) as { checked: number; compliant: number };
  return {
    checks: all ?? counts(),
    byKind: INSPECTION_KINDS.map((kind) => ({ kind, ...(byKind.get(kind) ?? counts()) })),
    byCommune: [...byCommune].map(([commune, c]) => ({ commune, ...c })).sort((a, b) => b.total - a.total || a.commune.localeCompare(b.commune, 'vi')),
    byMonth: monthsOf(filter.from, filter.to).map((month) => ({ month, ...(byMonth.get(month) ?? counts()) })),
    facilities: fac,
  };
}
