import type { InspectionVerdicts } from '../../../src-shared/api/judging';
import type { ExpansionFacts } from '../../../src-shared/checklists/expand';
import type { Template } from '../../../src-shared/checklists/schema';
import { judgeTemplate, packsUsed, selectPacks, templateDomains, type DomainPack } from '../../../src-shared/judging/judge-template';
import type { RuleDomain, RulePack } from '../../../src-shared/rules/pack-schema';
import { VERDICT_STATUSES } from '../../../src-shared/rules/verdict';
import type { Inspection, RulePackRef } from '../../../src-shared/schemas/inspection';
import { checklistStore, requireTemplate } from '../checklists/store';
import { notFound } from '../db/records';
import { localToday } from '../findings/today';
import { effectiveAnswers } from '../inspections/prefill';
import { getInspection } from '../inspections/crud';
import { inspectionFacts } from '../inspections/facts';
import { inspectionSpec } from '../inspections/specs';
import { judgingPacks, type JudgingEnv } from './packs';

/** Which packs to judge by: those in force today (newest versions), or exactly those recorded. */
export type PackChoice = { kind: 'current' } | { kind: 'recorded'; refs: RulePackRef[] };

export interface Evaluation {
  inspection: Inspection;
  template: Template;
  facts: ExpansionFacts;
  packs: Map<RuleDomain, DomainPack>;
  verdicts: InspectionVerdicts;
}

/** The day the check is judged on: its start, else its decision, else today. */
export function judgingDate(env: JudgingEnv, inspection: Inspection): string {
  return inspection.startedAt?.slice(0, 10) ?? inspection.decisionDate ?? localToday(env);
}

function recordedPacks(all: readonly RulePack[], refs: readonly RulePackRef[], domains: readonly RuleDomain[]): Map<RuleDomain, DomainPack> {
  const out = new Map<RuleDomain, DomainPack>();
  for (const domain of domains) {
    const candidates = refs.map((r) => ({ ref: r, pack: all.find((p) => p.id === r.id && p.version === r.version) ?? null }));
    const hit = candidates.find((c) => c.pack?.appliesTo.domain === domain);
    if (hit?.pack) {
      out.set(domain, {
        pack: hit.pack,
        reason: { vi: `Gói ${hit.pack.id} ${hit.pack.version} đã dùng khi hoàn thành biên bản.`, en: `Pack ${hit.pack.id} ${hit.pack.version} as recorded when the minutes were completed.` },
      });
      continue;
    }
    const lost = candidates.filter((c) => !c.pack).map((c) => `${c.ref.id} ${c.ref.version}`);
    out.set(domain, {
      pack: null,
      reason: lost.length
        ? { vi: `Không còn gói quy chuẩn đã dùng (${lost.join(', ')}) trong ứng dụng.`, en: `The recorded pack(s) (${lost.join(', ')}) are no longer available.` }
        : { vi: `Biên bản không ghi gói quy chuẩn ${domain}.`, en: `The minutes recorded no ${domain} pack.` },
    });
  }
  return out;
}

/**
 * Builds the facts of one inspection (facility, register records, answers, measurements),
 * picks the packs, and judges every rule item (or those `scopeOf` names) with the shared engine.
 */
export function evaluateInspection(
  env: JudgingEnv,
  inspectionId: string,
  choice: PackChoice = { kind: 'current' },
  scopeOf?: (template: Template) => ReadonlySet<string> | undefined,
): Evaluation {
  const inspection = getInspection(env, inspectionId);
  if (inspection.deletedAt) throw notFound(inspectionSpec, inspectionId);
  const { template } = requireTemplate(checklistStore(env.resources.dir), inspection.templateId, inspection.templateVersion);
  const facts = inspectionFacts(env, inspection);
  // Items the register answers are judged on its value until the inspector types another (issue 7).
  const answers = effectiveAnswers(env, checklistStore(env.resources.dir), inspection, facts);
  const date = judgingDate(env, inspection);
  const all = judgingPacks(env);
  const domains = templateDomains(template);
  const packs = choice.kind === 'current' ? selectPacks(all, facts, date, domains) : recordedPacks(all, choice.refs, domains);
  const items = judgeTemplate(template, facts, answers, { date, packs, only: scopeOf?.(template) });
  const counts = Object.fromEntries(VERDICT_STATUSES.map((s) => [s, 0])) as InspectionVerdicts['counts'];
  for (const i of items) for (const v of i.verdicts) counts[v.verdict.status]++;
  return { inspection, template, facts, packs, verdicts: { inspectionId, date, packs: packsUsed(packs), items, counts } };
}

/** The pack ids and versions a judgement used, as inspections.rule_packs keeps them. */
export function packRefs(packs: ReadonlyMap<RuleDomain, DomainPack>): RulePackRef[] {
  return [...packs.values()].flatMap((p) => (p.pack ? [{ id: p.pack.id, version: p.pack.version }] : []));
}
