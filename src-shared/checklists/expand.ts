import { isAnswered } from './answers';
import { itemLabel } from './labels';
import { evaluateCondition, type FactLookup } from './conditions';
import { REPEAT_FACT_PREFIX, splitFact, type Item, type Repeat, type Section, type Template } from './schema';

/**
 * Expands a template for one facility into the concrete items the inspector sees: repeated
 * sections once per register record, conditions applied. Takes plain facts (not the database)
 * so the renderer can re-run it as answers change.
 */

/** One register record a repeated section runs over. */
export interface RegisterRecord {
  id: string;
  /** What the form shows as the instance title, e.g. "Máy X-quang Shimadzu (SN 1234)". */
  label: string;
  /** The same title in English when it holds words of our own (an X-ray unit's type); else `label` serves both. */
  labelEn?: string;
  /** Fields of the record as facts (`unit.type`, `unit.manufacturer` …). */
  facts: Record<string, unknown>;
}

export interface ExpansionFacts {
  facility: Record<string, unknown>;
  inspection: Record<string, unknown>;
  records: Partial<Record<Repeat, RegisterRecord[]>>;
}

/** Answers by answerKey(itemKey, instanceKey). */
export type AnswerMap = ReadonlyMap<string, unknown>;

export function answerKey(itemKey: string, instanceKey: string): string {
  return `${instanceKey}\u0000${itemKey}`;
}

export interface ItemInstance {
  item: Item;
  sectionKey: string;
  /** '' for top-level sections, else the register record id. */
  instanceKey: string;
}

export interface SectionInstance {
  section: Section;
  instanceKey: string;
  instanceLabel: string | null;
  /** English instance title (see RegisterRecord.labelEn). */
  instanceLabelEn: string | null;
  items: ItemInstance[];
}

function lookupFor(facts: ExpansionFacts, answers: AnswerMap, instanceKey: string, record: { prefix: string; facts: Record<string, unknown> } | null): FactLookup {
  return (name) => {
    const [prefix, rest] = splitFact(name);
    switch (prefix) {
      case 'facility':
        return facts.facility[rest] ?? null;
      case 'inspection':
        return facts.inspection[rest] ?? null;
      case 'answer': {
        if (instanceKey !== '') {
          const own = answers.get(answerKey(rest, instanceKey));
          if (own !== undefined && own !== null) return own;
        }
        return answers.get(answerKey(rest, '')) ?? null;
      }
      default:
        return record && record.prefix === prefix ? (record.facts[rest] ?? null) : null;
    }
  };
}

export function expandTemplate(template: Template, facts: ExpansionFacts, answers: AnswerMap = new Map()): SectionInstance[] {
  const out: SectionInstance[] = [];
  for (const section of template.sections) {
    const instances = section.repeat
      ? (facts.records[section.repeat] ?? []).map((r) => ({ key: r.id, label: r.label, labelEn: r.labelEn ?? r.label, record: { prefix: REPEAT_FACT_PREFIX[section.repeat as Repeat], facts: r.facts } }))
      : [{ key: '', label: null, labelEn: null, record: null }];
    for (const inst of instances) {
      const lookup = lookupFor(facts, answers, inst.key, inst.record);
      if (section.when && !evaluateCondition(section.when, lookup)) continue;
      const items = section.items
        .filter((item) => !item.when || evaluateCondition(item.when, lookup))
        .map((item) => ({ item, sectionKey: section.key, instanceKey: inst.key }));
      if (items.length === 0) continue;
      out.push({ section, instanceKey: inst.key, instanceLabel: inst.label, instanceLabelEn: inst.labelEn, items });
    }
  }
  return out;
}

export interface MissingItem {
  itemKey: string;
  instanceKey: string;
  sectionKey: string;
  label: { vi: string; en: string };
  instanceLabel: string | null;
}

export interface Progress {
  /** Visible items with an answer (or an attachment, for photos and signatures). */
  answered: number;
  /** Visible items. */
  total: number;
  /** Required visible items, and how many of them are answered. */
  required: number;
  requiredAnswered: number;
  missing: MissingItem[];
}

/** Counts of attachments by answerKey(itemKey, instanceKey). */
export type AttachmentCounts = ReadonlyMap<string, number>;

export function progressOf(sections: SectionInstance[], answers: AnswerMap, attachments: AttachmentCounts = new Map()): Progress {
  const p: Progress = { answered: 0, total: 0, required: 0, requiredAnswered: 0, missing: [] };
  for (const s of sections) {
    for (const inst of s.items) {
      const key = answerKey(inst.item.key, inst.instanceKey);
      const done =
        inst.item.type === 'photo' || inst.item.type === 'signature' ? (attachments.get(key) ?? 0) > 0 : isAnswered(answers.get(key));
      p.total++;
      if (done) p.answered++;
      if (!inst.item.required) continue;
      p.required++;
      if (done) p.requiredAnswered++;
      else p.missing.push({ itemKey: inst.item.key, instanceKey: inst.instanceKey, sectionKey: s.section.key, label: itemLabel(inst.item.label, null), instanceLabel: s.instanceLabel });
    }
  }
  return p;
}

/** Finds an item and its section by key (a template's item keys are unique). */
export function findItem(template: Template, itemKey: string): { item: Item; section: Section } | null {
  for (const section of template.sections) {
    for (const item of section.items) if (item.key === itemKey) return { item, section };
  }
  return null;
}
