import { PARAMETER_ALIASES } from '../../../../src-shared/judging/wastewater-judges';
import type { DashboardData, ReportFilter } from '../../../../src-shared/schemas/report';
import { judgingPacks, type JudgingEnv } from '../../judging/packs';
import { selectInspections } from '../selection';

const LAB_ITEM = 'lab_results';
const PH_ITEM = 'ph_onsite';
const PREFIX = 'wastewater.';
/** Rules of the wastewater packs that judge the site, not a measured parameter. */
const NOT_PARAMETERS = new Set(['wastewater.receiving_water', 'wastewater.k_factor']);

/**
 * Wastewater parameters of the selected checks: how often each was measured (a result in the lab
 * table, or pH on site) and how often it was judged over the limit (an auto finding of its rule,
 * open or dismissed by the inspector — it was over the limit either way). Most often over first.
 */
export function wastewaterFigures(env: JudgingEnv, filter: ReportFilter): DashboardData['wastewaterOverLimit'] {
  const sel = selectInspections(filter);
  const inSel = `SELECT i.id ${sel.from}`;
  const measured = new Map<string, number>();
  const rows = env.db
    .prepare(
      `SELECT json_extract(r.value, '$.row') AS p, COUNT(*) AS n
       FROM inspection_answers a, json_each(CASE WHEN json_type(a.value) = 'array' THEN a.value ELSE '[]' END) r
       WHERE a.deleted_at IS NULL AND a.item_key = ? AND a.inspection_id IN (${inSel})
         AND json_extract(r.value, '$.cells.value') IS NOT NULL AND trim(CAST(json_extract(r.value, '$.cells.value') AS TEXT)) <> ''
       GROUP BY p`,
    )
    .all(LAB_ITEM, ...sel.params) as { p: string | null; n: number }[];
  for (const r of rows) if (r.p) measured.set(PARAMETER_ALIASES[r.p] ?? r.p, (measured.get(PARAMETER_ALIASES[r.p] ?? r.p) ?? 0) + r.n);
  const ph = env.db
    .prepare(`SELECT COUNT(*) AS n FROM inspection_answers a WHERE a.deleted_at IS NULL AND a.item_key = ? AND a.value IS NOT NULL AND a.value <> 'null' AND a.inspection_id IN (${inSel})`)
    .get(PH_ITEM, ...sel.params) as { n: number };
  if (ph.n) measured.set('ph', (measured.get('ph') ?? 0) + ph.n);

  const over = new Map(
    (
      env.db
        .prepare(`SELECT rule_id AS r, COUNT(*) AS n FROM findings WHERE deleted_at IS NULL AND origin = 'rule' AND rule_id LIKE 'wastewater.%' AND inspection_id IN (${inSel}) GROUP BY rule_id`)
        .all(...sel.params) as { r: string; n: number }[]
    ).filter((x) => !NOT_PARAMETERS.has(x.r)).map((x) => [x.r.slice(PREFIX.length), x.n]),
  );
  const titles = new Map<string, { vi: string; en: string }>();
  for (const pack of judgingPacks(env)) {
    if (pack.appliesTo.domain !== 'wastewater') continue;
    for (const rule of pack.rules) if (rule.id.startsWith(PREFIX) && !titles.has(rule.id.slice(PREFIX.length))) titles.set(rule.id.slice(PREFIX.length), rule.title);
  }
  const keys = new Set([...measured.keys(), ...over.keys()]);
  return [...keys]
    .map((parameter) => ({ parameter, label: titles.get(parameter) ?? { vi: parameter, en: parameter }, over: over.get(parameter) ?? 0, measured: measured.get(parameter) ?? 0 }))
    .sort((a, b) => b.over - a.over || b.measured - a.measured || a.parameter.localeCompare(b.parameter));
}
