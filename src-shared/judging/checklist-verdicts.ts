import type { LimitRange, LocalText } from '../rules/pack-schema';
import { findRule, verdict, type Verdict, type VerdictStatus } from '../rules/verdict';
import type { ItemVerdict, JudgeInput, ItemJudge } from './types';

/** The identity of a verdict inside its item instance: rule id, plus the aspect when there is one. */
export function verdictKey(v: Verdict): string {
  return v.aspect ? `${v.ruleId}#${v.aspect}` : v.ruleId;
}

export function single(v: Verdict, where: string | null = null): ItemVerdict[] {
  return [{ key: verdictKey(v), where, verdict: v }];
}

interface ChecklistFields {
  status: VerdictStatus;
  explanation: LocalText;
  value?: number | string | null;
  unit?: string | null;
  limit?: LimitRange | null;
}

/**
 * A verdict for a template rule the pack has no figure for (an obligation with no number: the
 * disinfection stage exists, the annual report was sent). Its citation is the item's own legal
 * basis; the pack in force for the domain is still recorded so the minutes say what judged it.
 */
export function checklistVerdict(input: JudgeInput, f: ChecklistFields): Verdict {
  return {
    ruleId: input.item.rule ?? input.item.key,
    packId: input.pack.id,
    packVersion: input.pack.version,
    status: f.status,
    value: f.value ?? null,
    unit: f.unit ?? null,
    limit: f.limit ?? null,
    basis: null,
    citation: { vi: input.item.citation.vi },
    explanation: f.explanation,
    // A pack rule proposes its own severity; an item-only obligation proposes the engine's default.
    severity: f.status === 'fail' ? 'major' : null,
    verified: true,
  };
}

const YES_NO_TEXT: Record<'yes' | 'no' | 'na', LocalText> = {
  yes: { vi: 'Có', en: 'yes' },
  no: { vi: 'Không', en: 'no' },
  na: { vi: 'Không áp dụng', en: 'not applicable' },
};

/**
 * A yes/no/n.a. question whose "yes" is compliance. `packRuleId` names the pack rule behind it
 * (its citation and proposed severity are used); null when the obligation has no pack rule.
 */
export function yesNo(packRuleId: string | null): ItemJudge {
  return (input) => {
    const label = input.item.label;
    const rule = packRuleId ? findRule(input.pack, packRuleId) : null;
    const a = input.answer;
    const status: VerdictStatus = a === 'yes' ? 'pass' : a === 'no' ? 'fail' : a === 'na' ? 'na' : 'missing_data';
    const said = a === 'yes' || a === 'no' || a === 'na' ? YES_NO_TEXT[a] : null;
    const because = rule ? { vi: ` (${rule.title.vi})`, en: ` (${rule.title.en})` } : { vi: '', en: '' };
    const explanation: LocalText = !said
      ? { vi: `Thiếu dữ liệu: chưa trả lời "${label.vi}".`, en: `Missing data: "${label.en}" not answered.` }
      : status === 'na'
        ? { vi: `${label.vi}: không áp dụng.`, en: `${label.en}: not applicable.` }
        : status === 'pass'
          ? { vi: `${label.vi}: ${said.vi} — đạt.`, en: `${label.en}: ${said.en} — pass.` }
          : { vi: `${label.vi}: ${said.vi} — không đạt${because.vi}.`, en: `${label.en}: ${said.en} — fail${because.en}.` };
    const value = said ? said.vi : null;
    const v = rule ? verdict(input.pack, rule, { status, value, unit: null, explanation }) : checklistVerdict(input, { status, value, explanation });
    return single(v);
  };
}

/** Judges by item type; an item of another type gets no judge (reported as unsupported). */
export function byType(judges: Partial<Record<JudgeInput['item']['type'], ItemJudge>>): (type: JudgeInput['item']['type']) => ItemJudge | null {
  return (type) => judges[type] ?? null;
}

/** For items that only feed other items' judges (the receiving water, the permit's K). */
export const feedsOthers: ItemJudge = () => [];
