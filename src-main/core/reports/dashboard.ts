import type { DashboardData, ReportFilter, ReportOptions } from '../../../src-shared/schemas/report';
import { localToday } from '../findings/today';
import type { JudgingEnv } from '../judging/packs';
import { checkFigures } from './summary/checks';
import { findingFigures } from './summary/findings';
import { registerFigures } from './summary/register';
import { wastewaterFigures } from './summary/wastewater';

/** Every figure of the "Tổng hợp" dashboard, each from one aggregate over the file. */
export function dashboard(env: JudgingEnv, filter: ReportFilter): DashboardData {
  const today = localToday(env);
  return {
    filter,
    today,
    ...checkFigures(env.db, filter),
    ...findingFigures(env.db, filter, today),
    register: registerFigures(env, filter),
    wastewaterOverLimit: wastewaterFigures(env, filter),
  };
}

/** What the filter can choose from. */
export function reportOptions(env: JudgingEnv): ReportOptions {
  const communes = (env.db.prepare("SELECT DISTINCT commune AS c FROM facilities WHERE deleted_at IS NULL AND commune IS NOT NULL AND commune <> ''").all() as { c: string }[])
    .map((r) => r.c)
    .sort((a, b) => a.localeCompare(b, 'vi'));
  const teamMembers = (
    env.db
      .prepare("SELECT DISTINCT json_extract(m.value, '$.name') AS n FROM inspections i, json_each(i.team) m WHERE i.deleted_at IS NULL AND json_extract(m.value, '$.name') IS NOT NULL")
      .all() as { n: string }[]
  )
    .map((r) => r.n)
    .sort((a, b) => a.localeCompare(b, 'vi'));
  const range = env.db.prepare("SELECT MIN(sort_date) AS a, MAX(sort_date) AS b FROM inspections WHERE deleted_at IS NULL AND status <> 'cancelled'").get() as { a: string | null; b: string | null };
  return { communes, teamMembers, firstDate: range.a, lastDate: range.b };
}
