import { answerKey, expandTemplate, type AnswerMap, type ExpansionFacts } from '../checklists/expand';
import { itemLabel } from '../checklists/labels';
import type { Template } from '../checklists/schema';
import { isIsoDate } from '../rules/dates';
import { DOMAINS, type LocalText, type RuleDomain, type RulePack } from '../rules/pack-schema';
import { selectPack } from '../rules/select';
import { itemsReadBy, judgeFor } from './registry';
import type { ItemVerdicts, PackUsed } from './types';

/**
 * Judges a filled form with the engine: each visible item instance that names a rule, with the
 * pack in force for the rule's domain. Pure (facts in, verdicts out), so the form can run it live
 * and the core runs the very same code when it records findings.
 */

/** "radiation.qcInterval" → "radiation"; null when the prefix is not a rule domain. */
export function domainOf(ruleId: string): RuleDomain | null {
  const prefix = ruleId.slice(0, ruleId.indexOf('.'));
  return (DOMAINS as readonly string[]).includes(prefix) ? (prefix as RuleDomain) : null;
}

/** The domains a template's rules need packs for. */
export function templateDomains(template: Template): RuleDomain[] {
  const found = new Set<RuleDomain>();
  for (const s of template.sections) for (const i of s.items) if (i.rule && domainOf(i.rule)) found.add(domainOf(i.rule)!);
  return DOMAINS.filter((d) => found.has(d));
}

export interface DomainPack {
  pack: RulePack | null;
  reason: LocalText;
}

/**
 * Picks the pack in force per domain by facility and date. A facility without its own operating
 * date is taken to operate since its earliest wastewater system was commissioned: that is what
 * "operating before" means for the transitional QCVN 28 rule.
 */
export function selectPacks(packs: readonly RulePack[], facts: ExpansionFacts, date: string, domains: readonly RuleDomain[]): Map<RuleDomain, DomainPack> {
  const commissioned = (facts.records.wastewater_system ?? [])
    .map((r) => r.facts.commissionedOn)
    .filter(isIsoDate)
    .sort();
  const operatingSince = isIsoDate(facts.facility.operatingSince) ? facts.facility.operatingSince : (commissioned[0] ?? null);
  const out = new Map<RuleDomain, DomainPack>();
  for (const domain of domains) {
    const s = selectPack(packs, domain, { operatingSince, permitDate: null }, date);
    out.set(domain, { pack: s.pack, reason: s.reason });
  }
  return out;
}

export function packsUsed(selected: ReadonlyMap<RuleDomain, DomainPack>): PackUsed[] {
  return [...selected].map(([domain, s]) => ({
    domain,
    packId: s.pack?.id ?? null,
    version: s.pack?.version ?? null,
    regulation: s.pack?.regulation.code ?? null,
    reason: s.reason,
  }));
}

export interface JudgeTemplateOptions {
  date: string;
  packs: ReadonlyMap<RuleDomain, DomainPack>;
  /** Judge only these item keys (every visible instance of each); all when absent. */
  only?: ReadonlySet<string>;
}

export function judgeTemplate(template: Template, facts: ExpansionFacts, answers: AnswerMap, options: JudgeTemplateOptions): ItemVerdicts[] {
  const out: ItemVerdicts[] = [];
  for (const section of expandTemplate(template, facts, answers)) {
    const record = section.section.repeat ? ((facts.records[section.section.repeat] ?? []).find((r) => r.id === section.instanceKey) ?? null) : null;
    for (const { item, instanceKey, sectionKey } of section.items) {
      if (!item.rule || (options.only && !options.only.has(item.key))) continue;
      const domain = domainOf(item.rule);
      const chosen = domain ? options.packs.get(domain) : undefined;
      const label = itemLabel(item.label, chosen?.pack?.regulation.code ?? null);
      const base = { itemKey: item.key, instanceKey, sectionKey, ruleId: item.rule, label, instanceLabel: section.instanceLabel, instanceLabelEn: section.instanceLabelEn };
      const judge = judgeFor(item.rule, item.type);
      if (!judge) {
        out.push({ ...base, verdicts: [], problem: { vi: `Mục “${label.vi}” chưa có cách đánh giá tự động: đoàn kiểm tra tự đánh giá.`, en: `“${label.en}” has no automatic judging yet: the team judges it.` } });
        continue;
      }
      if (!chosen?.pack) {
        out.push({ ...base, verdicts: [], problem: chosen?.reason ?? { vi: `Quy tắc "${item.rule}" không thuộc lĩnh vực nào có gói quy chuẩn.`, en: `Rule "${item.rule}" belongs to no rule-pack domain.` } });
        continue;
      }
      const verdicts = judge({
        item: label === item.label ? item : { ...item, label },
        instanceKey,
        record,
        repeat: section.section.repeat ?? null,
        answer: answers.get(answerKey(item.key, instanceKey)) ?? null,
        answers,
        facts,
        date: options.date,
        pack: chosen.pack,
      });
      if (verdicts.length > 0) out.push({ ...base, verdicts, problem: null });
    }
  }
  return out;
}

/**
 * The items whose verdicts may change when one answer changes: the item itself, items judged by
 * the same template rule (the receiving water feeds every wastewater parameter), items whose judge
 * reads it (the renewal question reads the expiry date), and items whose
 * visibility reads the answer (a "no" hides the expiry date, whose finding must then go).
 */
export function itemsAffectedBy(template: Template, itemKey: string): Set<string> {
  const all = template.sections.flatMap((s) => s.items.map((i) => ({ item: i, section: s })));
  const changed = all.find((x) => x.item.key === itemKey);
  const out = new Set<string>([itemKey]);
  const reads = (cond: unknown) => JSON.stringify(cond ?? null).includes(`"answer.${itemKey}"`);
  for (const { item, section } of all) {
    if (changed?.item.rule && item.rule === changed.item.rule) out.add(item.key);
    if (item.rule && itemsReadBy(item.rule).includes(itemKey)) out.add(item.key);
    if (reads(item.when) || reads(section.when)) out.add(item.key);
  }
  return out;
}
