import { addDays } from '../../../../src-shared/rules/dates';
import { findRule, param } from '../../../../src-shared/rules/verdict';
import { DOSE_LIMIT_RULES } from '../../../../src-shared/rules/radiation-doses';
import type { DashboardData, ReportFilter } from '../../../../src-shared/schemas/report';
import type { JudgingEnv } from '../../judging/packs';
import { computeSourceStatus, type SourceRow } from '../../warnings/source-status';
import { warningScope, type WarningScope } from '../../warnings/scope';
import { xrayQcWarnings } from '../../warnings/xray-qc';
import { selectFacilities } from '../selection';

const INVESTIGATION_RULE = 'radiation.dose.investigation_level';
const FORMULA_RULE = 'radiation.dose.interventional_formula';

/** The warning scope narrowed to the facilities of the area (one commune or all). */
function areaScope(env: JudgingEnv, filter: Pick<ReportFilter, 'commune'>): WarningScope {
  const scope = warningScope(env, undefined);
  if (!filter.commune) return scope;
  const sel = selectFacilities(filter);
  const ids = new Set((env.db.prepare(`SELECT fa.id ${sel.from}`).all(...sel.params) as { id: string }[]).map((r) => r.id));
  return { ...scope, facilities: scope.facilities.filter((f) => ids.has(f.id)) };
}

/**
 * Register figures as of today for the area: licences expiring within 90 days, X-ray units whose
 * verification is overdue or was never recorded (the pack's intervals, as on the warnings page),
 * sources by IAEA category today, and workers above a dose limit of the pack in force.
 */
export function registerFigures(env: JudgingEnv, filter: Pick<ReportFilter, 'commune'>): DashboardData['register'] {
  const scope = areaScope(env, filter);
  const today = scope.today;
  const fac = selectFacilities(filter);
  const inArea = `SELECT fa.id ${fac.from}`;
  const lic = env.db
    .prepare(
      `WITH newest AS (SELECT l.expires_on AS e, ROW_NUMBER() OVER (PARTITION BY l.facility_id, l.kind ORDER BY l.expires_on DESC) AS n
                       FROM licences l WHERE l.deleted_at IS NULL AND l.expires_on IS NOT NULL AND l.facility_id IN (${inArea}))
       SELECT COALESCE(SUM(e >= ? AND e <= ?), 0) AS soon, COALESCE(SUM(e < ?), 0) AS expired FROM newest WHERE n = 1`,
    )
    .get(...fac.params, today, addDays(today, 90), today) as { soon: number; expired: number };

  const units = (env.db.prepare(`SELECT COUNT(*) AS n FROM xray_units WHERE deleted_at IS NULL AND status = 'in_use' AND facility_id IN (${inArea})`).get(...fac.params) as { n: number }).n;
  const qc = xrayQcWarnings(scope, false);

  const byCategory = new Map<number | null, number>();
  const sources = env.db
    .prepare(`SELECT id, facility_id, nuclide, nuclide_other, activity_bq, reference_date, serial FROM sealed_sources WHERE deleted_at IS NULL AND status <> 'transferred' AND facility_id IN (${inArea})`)
    .all(...fac.params) as SourceRow[];
  const facilities = new Map(scope.facilities.map((f) => [f.id, f]));
  for (const s of sources) {
    const f = facilities.get(s.facility_id);
    const status = computeSourceStatus(f ? scope.packFor(f, 'sources') : null, s, today);
    byCategory.set(status.category, (byCategory.get(status.category) ?? 0) + 1);
  }

  return {
    licencesExpiring90: lic.soon,
    licencesExpired: lic.expired,
    xrayUnitsInUse: units,
    xrayQcOverdue: qc.filter((w) => w.state === 'overdue').length,
    xrayQcMissing: qc.filter((w) => w.state === 'missing').length,
    sourcesByCategory: ([1, 2, 3, 4, 5, null] as const).map((category) => ({ category, count: byCategory.get(category) ?? 0 })),
    ...doseFigures(env, scope, inArea, fac.params, today),
  };
}

/**
 * Workers of the area and how many are above a limit, from their recorded doses of the last five
 * calendar years (this one included): a year's effective dose above the annual limit (or the
 * lens dose above its own), the five-year average above the averaged limit, a year above the
 * pack's investigation level when the pack has one. Interventional staff's effective dose is
 * E = a·H_W + b·H_N with the pack's a and b where both readings exist.
 */
function doseFigures(env: JudgingEnv, scope: WarningScope, inArea: string, params: (string | number)[], today: string) {
  const pack = scope.facilities[0] ? scope.packFor(scope.facilities[0], 'radiation') : null;
  const eff = pack && findRule(pack, DOSE_LIMIT_RULES.effective);
  const lens = pack && findRule(pack, DOSE_LIMIT_RULES.lens);
  const formula = pack && findRule(pack, FORMULA_RULE);
  const investigation = pack && findRule(pack, INVESTIGATION_RULE);
  const annualMax = (eff && param(eff, 'annualMax', 'number')?.value) ?? null;
  const averageMax = (eff && param(eff, 'averageMax', 'number')?.value) ?? null;
  const lensMax = (lens && param(lens, 'annualMax', 'number')?.value) ?? null;
  const level = (investigation && param(investigation, 'annual', 'number')?.value) ?? null;
  const a = (formula && param(formula, 'waistWeight', 'number')?.value) ?? null;
  const b = (formula && param(formula, 'neckWeight', 'number')?.value) ?? null;
  const firstYear = Number(today.slice(0, 4)) - 4;
  const workers = (env.db.prepare(`SELECT COUNT(*) AS n FROM workers WHERE deleted_at IS NULL AND facility_id IN (${inArea})`).get(...params) as { n: number }).n;
  const row = env.db
    .prepare(
      `WITH yearly AS (
         SELECT d.worker_id AS w, d.year AS y,
                SUM(CASE WHEN wk.interventional = 1 AND ? IS NOT NULL AND d.hw_msv IS NOT NULL AND d.hn_msv IS NOT NULL THEN ? * d.hw_msv + ? * d.hn_msv ELSE d.hp10_msv END) AS e,
                SUM(d.lens_msv) AS lens
         FROM dose_records d JOIN workers wk ON wk.id = d.worker_id AND wk.deleted_at IS NULL
         WHERE d.deleted_at IS NULL AND d.year >= ? AND d.facility_id IN (${inArea})
         GROUP BY d.worker_id, d.year),
       per AS (SELECT w, MAX(e) AS maxE, MAX(lens) AS maxLens, SUM(COALESCE(e, 0)) / 5.0 AS avgE FROM yearly GROUP BY w)
       SELECT COALESCE(SUM((? IS NOT NULL AND maxE > ?) OR (? IS NOT NULL AND maxLens > ?)), 0) AS overAnnual,
              COALESCE(SUM(? IS NOT NULL AND avgE > ?), 0) AS overAverage,
              COALESCE(SUM(? IS NOT NULL AND maxE > ?), 0) AS overInvestigation
       FROM per`,
    )
    .get(a, a, b, firstYear, ...params, annualMax, annualMax, lensMax, lensMax, averageMax, averageMax, level, level) as {
    overAnnual: number;
    overAverage: number;
    overInvestigation: number;
  };
  return {
    workers,
    workersOverAnnualLimit: row.overAnnual,
    workersOverFiveYearAverage: row.overAverage,
    workersOverInvestigation: level === null ? null : row.overInvestigation,
  };
}
