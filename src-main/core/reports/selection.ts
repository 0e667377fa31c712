import type { ReportFilter } from '../../../src-shared/schemas/report';

/**
 * The checks a report covers, as SQL: live (not deleted, not cancelled) inspections whose check
 * date (sort_date: the day the check happened, else the decision date) lies in the period, of the
 * facility's commune, kind and team member the filter names. Alias `i` for inspections and `fa`
 * for facilities. Every value is bound, never spliced.
 */
export interface Selection {
  /** `FROM … WHERE …` with aliases i and fa. */
  from: string;
  params: (string | number)[];
}

export function selectInspections(filter: ReportFilter): Selection {
  const where = ['i.deleted_at IS NULL', "i.status <> 'cancelled'", 'i.sort_date >= ?', 'i.sort_date <= ?'];
  const params: (string | number)[] = [filter.from, filter.to];
  if (filter.commune) {
    where.push('fa.commune = ?');
    params.push(filter.commune);
  }
  if (filter.kind) {
    where.push('i.kind = ?');
    params.push(filter.kind);
  }
  if (filter.team) {
    where.push("EXISTS (SELECT 1 FROM json_each(i.team) m WHERE json_extract(m.value, '$.name') = ?)");
    params.push(filter.team);
  }
  return { from: `FROM inspections i JOIN facilities fa ON fa.id = i.facility_id WHERE ${where.join(' AND ')}`, params };
}

/** A check's result: not finished (draft, in progress), else failed when it has an open finding, else passed. */
export const RESULT_SQL = `CASE WHEN i.status IN ('draft', 'in_progress') THEN 'unfinished'
  WHEN EXISTS (SELECT 1 FROM findings f WHERE f.inspection_id = i.id AND f.status = 'open' AND f.deleted_at IS NULL) THEN 'fail'
  ELSE 'pass' END`;

/** The facilities of the area (all live ones, or those of one commune), alias `fa`. */
export function selectFacilities(filter: Pick<ReportFilter, 'commune'>): Selection {
  return filter.commune
    ? { from: 'FROM facilities fa WHERE fa.deleted_at IS NULL AND fa.commune = ?', params: [filter.commune] }
    : { from: 'FROM facilities fa WHERE fa.deleted_at IS NULL', params: [] };
}
