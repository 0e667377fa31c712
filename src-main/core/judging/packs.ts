import type { RulePack } from '../../../src-shared/rules/pack-schema';
import type { CoreContext } from '../context';
import { loadPacks } from '../rules/packs';
import { stmt } from '../db/statements';

/** What judging needs: the core context and where the shipped resources are. */
export type JudgingEnv = CoreContext & { resources: { dir: string } };

const cache = new Map<string, { fingerprint: string; packs: RulePack[] }>();

/**
 * Every pack version, parsed once: an autosave re-judges an item and must not re-read and
 * re-validate every pack file. Shipped packs do not change while the app runs; an import adds a
 * row to rule_packs, which changes the fingerprint and reloads.
 */
export function judgingPacks(env: JudgingEnv): RulePack[] {
  const row = stmt(env.db, "SELECT count(*) AS n, coalesce(group_concat(id || '@' || version || ':' || sha256, ','), '') AS f FROM rule_packs").get() as { n: number; f: string };
  const fingerprint = `${row.n}|${row.f}`;
  const key = `${env.dataFile}|${env.resources.dir}`;
  const hit = cache.get(key);
  if (hit && hit.fingerprint === fingerprint) return hit.packs;
  const packs = loadPacks(env);
  cache.set(key, { fingerprint, packs });
  return packs;
}
