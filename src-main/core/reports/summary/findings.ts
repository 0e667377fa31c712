import { FINDING_SEVERITIES } from '../../../../src-shared/schemas/finding';
import type { DashboardData, ReportFilter } from '../../../../src-shared/schemas/report';
import type { Db } from '../../db/types';
import { selectInspections } from '../selection';

/** Open findings of the selected checks by severity and by rule; requirements made by them by state. */
export function findingFigures(db: Db, filter: ReportFilter, today: string): Pick<DashboardData, 'findingsBySeverity' | 'findingsByRule' | 'requirements'> {
  const sel = selectInspections(filter);
  const inSel = `SELECT i.id ${sel.from}`;
  const bySeverity = new Map(
    (
      db
        .prepare(`SELECT severity, COUNT(*) AS n FROM findings WHERE deleted_at IS NULL AND status = 'open' AND inspection_id IN (${inSel}) GROUP BY severity`)
        .all(...sel.params) as { severity: string; n: number }[]
    ).map((r) => [r.severity, r.n]),
  );
  // The title shown for a rule is the newest finding's title of that rule (it names the item).
  const byRule = db
    .prepare(
      `SELECT rule_id AS ruleId, COUNT(*) AS count, (SELECT f2.title FROM findings f2 WHERE f2.rule_id IS f.rule_id AND f2.deleted_at IS NULL AND f2.status = 'open' AND f2.inspection_id IN (${inSel}) ORDER BY f2.created_at DESC LIMIT 1) AS title,
              (SELECT COALESCE(f2.title_en, f2.title) FROM findings f2 WHERE f2.rule_id IS f.rule_id AND f2.deleted_at IS NULL AND f2.status = 'open' AND f2.inspection_id IN (${inSel}) ORDER BY f2.created_at DESC LIMIT 1) AS titleEn
       FROM findings f WHERE deleted_at IS NULL AND status = 'open' AND inspection_id IN (${inSel})
       GROUP BY rule_id ORDER BY count DESC, rule_id LIMIT 10`,
    )
    .all(...sel.params, ...sel.params, ...sel.params) as { ruleId: string | null; count: number; title: string | null; titleEn: string | null }[];
  const req = db
    .prepare(
      `SELECT COALESCE(SUM(status = 'open'), 0) AS open, COALESCE(SUM(status = 'open' AND deadline IS NOT NULL AND deadline < ?), 0) AS overdue,
              COALESCE(SUM(status = 'done'), 0) AS done, COALESCE(SUM(status = 'not_done'), 0) AS notDone
       FROM requirements WHERE deleted_at IS NULL AND inspection_id IN (${inSel})`,
    )
    .get(today, ...sel.params) as DashboardData['requirements'];
  return {
    findingsBySeverity: [...FINDING_SEVERITIES].reverse().map((severity) => ({ severity, count: bySeverity.get(severity) ?? 0 })),
    findingsByRule: byRule.map((r) => ({ ruleId: r.ruleId, title: r.title ?? '', titleEn: r.titleEn ?? r.title ?? '', count: r.count })),
    requirements: req,
  };
}
