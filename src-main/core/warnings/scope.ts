import type { RuleDomain, RulePack } from '../../../src-shared/rules/pack-schema';
import { selectPack } from '../../../src-shared/rules/select';
import { SEVERITY_FROM_RULE, type FindingSeverity } from '../../../src-shared/schemas/finding';
import type { RegisterWarning } from '../../../src-shared/schemas/warning';
import type { DueStatus } from '../../../src-shared/rules/radiation';
import type { Rule } from '../../../src-shared/rules/pack-schema';
import { localToday } from '../findings/today';
import { judgingPacks, type JudgingEnv } from '../judging/packs';

export interface ScopedFacility {
  id: string;
  name: string;
  operatingSince: string | null;
}

/** What every warning source shares: today, the facilities looked at, and the pack in force for each. */
export interface WarningScope {
  env: JudgingEnv;
  today: string;
  facilities: ScopedFacility[];
  /** The pack in force today for the facility's domain, or null (no pack applies). */
  packFor(facility: ScopedFacility, domain: RuleDomain): RulePack | null;
}

export function warningScope(env: JudgingEnv, facilityId: string | undefined): WarningScope {
  const today = localToday(env);
  const facilities = (
    facilityId
      ? env.db.prepare('SELECT id, name, operating_since FROM facilities WHERE id = ? AND deleted_at IS NULL').all(facilityId)
      : env.db.prepare('SELECT id, name, operating_since FROM facilities WHERE deleted_at IS NULL ORDER BY name_key, id').all()
  ) as { id: string; name: string; operating_since: string | null }[];
  const packs = judgingPacks(env);
  // Selection depends only on the domain and the facility's start date: computed once per pair.
  const chosen = new Map<string, RulePack | null>();
  return {
    env,
    today,
    facilities: facilities.map((f) => ({ id: f.id, name: f.name, operatingSince: f.operating_since })),
    packFor(facility, domain) {
      const key = `${domain}|${facility.operatingSince ?? ''}`;
      if (!chosen.has(key)) chosen.set(key, selectPack(packs, domain, { operatingSince: facility.operatingSince }, today).pack);
      return chosen.get(key) ?? null;
    },
  };
}

/** Overdue → the rule's proposed severity; due soon → low; not recorded → medium. */
export function severityOf(state: RegisterWarning['state'], rule: Pick<Rule, 'severityIfFailed'> | null): FindingSeverity {
  if (state === 'overdue') return SEVERITY_FROM_RULE[rule?.severityIfFailed ?? 'major'];
  if (state === 'missing') return 'medium';
  return 'low';
}

/** A DueStatus of the engine as a warning state; null when nothing is due yet. */
export function stateOf(due: DueStatus): RegisterWarning['state'] | null {
  if (due.state === 'overdue') return 'overdue';
  if (due.state === 'due_soon') return 'due_soon';
  if (due.state === 'unknown') return 'missing';
  return null;
}

/**
 * Rows of a register table (aliased `t`) for the facilities in scope: one facility, or all live
 * ones. `sql` ends in a WHERE clause; the facility filter is appended with its bound value.
 */
export function scopedRows<T>(scope: WarningScope, sql: string, single: boolean, params: (string | number)[] = []): { row: T; facility: ScopedFacility }[] {
  const byId = new Map(scope.facilities.map((f) => [f.id, f]));
  const rows = (
    single ? scope.env.db.prepare(`${sql} AND t.facility_id = ?`).all(...params, scope.facilities[0]?.id ?? '') : scope.env.db.prepare(sql).all(...params)
  ) as (T & { facility_id: string })[];
  return rows.flatMap((row) => {
    const facility = byId.get(row.facility_id);
    return facility ? [{ row, facility }] : [];
  });
}
