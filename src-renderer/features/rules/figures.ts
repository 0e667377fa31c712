import type { RulePack } from '../../../src-shared/rules/pack-schema';

/** How many figures the pack holds, how many are unverified, how many are not filled in. */
export function figureCounts(pack: RulePack): { total: number; unverified: number; empty: number } {
  let total = 0;
  let unverified = 0;
  let empty = 0;
  for (const rule of pack.rules) {
    for (const p of Object.values(rule.parameters)) {
      total += 1;
      if (!p.verified) unverified += 1;
      if (p.value === null) empty += 1;
    }
  }
  return { total, unverified, empty };
}
