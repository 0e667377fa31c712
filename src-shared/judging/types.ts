import type { AnswerMap, ExpansionFacts, RegisterRecord } from '../checklists/expand';
import type { Item, Repeat } from '../checklists/schema';
import type { LocalText, RuleDomain, RulePack } from '../rules/pack-schema';
import type { Verdict } from '../rules/verdict';

/** One verdict of an item instance, with what tells it apart from its siblings. */
export interface ItemVerdict {
  /**
   * Identity of the verdict within its item instance: the rule id (and aspect). Two rows of a
   * dose-rate table judged by the same rule share it, and so share one finding.
   */
  key: string;
  /** Which row or point, when an item gives several verdicts ("Bàn điều khiển — cửa sổ chì"). */
  where: string | null;
  /** The same in English where its words are the app's (a position's label); else `where` serves both. */
  whereEn?: string | null;
  verdict: Verdict;
}

/** The verdicts of one visible item instance that names a rule. */
export interface ItemVerdicts {
  itemKey: string;
  instanceKey: string;
  sectionKey: string;
  /** The rule id the template item names. */
  ruleId: string;
  /** Item label, and the register record's label inside repeated sections. */
  label: LocalText;
  instanceLabel: string | null;
  /** The instance title in English, when it differs (an X-ray unit's type). */
  instanceLabelEn?: string | null;
  verdicts: ItemVerdict[];
  /** Why the item could not be judged at all (no pack in force for its domain, no judge for its rule). */
  problem: LocalText | null;
}

/** The pack each domain was judged by, and why it was chosen. */
export interface PackUsed {
  domain: RuleDomain;
  packId: string | null;
  version: string | null;
  regulation: string | null;
  reason: LocalText;
}

/** Everything an item judge may read. */
export interface JudgeInput {
  item: Item;
  instanceKey: string;
  /** The register record of a repeated section (unit, source, system, worker), else null. */
  record: RegisterRecord | null;
  /** What kind of register record `record` is (the section's `repeat`), else null. */
  repeat: Repeat | null;
  /** This item's answer in this instance. */
  answer: unknown;
  /** Every answer, by answerKey(itemKey, instanceKey). */
  answers: AnswerMap;
  facts: ExpansionFacts;
  /** The day of the check (yyyy-MM-dd): intervals and validity are judged on it. */
  date: string;
  /** The pack in force for the rule's domain. */
  pack: RulePack;
}

/** Turns one item answer into verdicts with the shared engine; [] when the item only feeds others. */
export type ItemJudge = (input: JudgeInput) => ItemVerdict[];
