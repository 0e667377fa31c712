import type { Citation, LimitRange, LocalText, Rule, RulePack, Severity } from './pack-schema';
import { paramWords } from './param-words';

export const VERDICT_STATUSES = ['pass', 'fail', 'na', 'missing_data'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** What the minutes print for each status. */
export const VERDICT_LABELS: Record<VerdictStatus, LocalText> = {
  pass: { vi: 'Đạt', en: 'Pass' },
  fail: { vi: 'Không đạt', en: 'Fail' },
  na: { vi: 'Không áp dụng', en: 'Not applicable' },
  missing_data: { vi: 'Thiếu dữ liệu', en: 'Missing data' },
};

/** How the limit was found: the column, the K factor and why, and the formula with its numbers. */
export interface LimitBasis {
  column?: 'A' | 'B';
  k?: number;
  kSource?: 'table' | 'permit';
  kReason?: LocalText;
  /** e.g. vi "Cmax = C × K = 50 × 1,2 = 60 mg/L". */
  formula?: LocalText;
  /** The typed value turned into the rule's unit, e.g. "60,1 µg/L = 0,0601 mg/L". */
  conversion?: LocalText;
}

/** One judged rule: self-explaining, so the minutes and the report can print it as is. */
export interface Verdict {
  ruleId: string;
  packId: string;
  packVersion: string;
  /** Which check of the rule, when one rule gives several verdicts ("annual", "average" …). */
  aspect?: string;
  status: VerdictStatus;
  /** The measured or computed value judged (a text such as "KPH" when that is what was written). */
  value: number | string | null;
  unit: string | null;
  limit: LimitRange | null;
  basis: LimitBasis | null;
  citation: Citation;
  explanation: LocalText;
  /** Proposed finding severity, only when the verdict is a fail. */
  severity: Severity | null;
  /** False when any figure used is marked unverified in the pack: the UI shows it. */
  verified: boolean;
  /** For missing_data: whether the inspector has not entered the value yet, or the pack lacks the figure. */
  missing?: 'input' | 'regulation';
}

export function findRule(pack: RulePack, ruleId: string): Rule | null {
  return pack.rules.find((r) => r.id === ruleId) ?? null;
}

export interface VerdictFields {
  aspect?: string;
  status: VerdictStatus;
  value?: number | string | null;
  unit?: string | null;
  limit?: LimitRange | null;
  basis?: LimitBasis | null;
  explanation: LocalText;
  verified?: boolean;
  missing?: 'input' | 'regulation';
}

export function verdict(pack: RulePack, rule: Rule, f: VerdictFields): Verdict {
  const v: Verdict = {
    ruleId: rule.id,
    packId: pack.id,
    packVersion: pack.version,
    status: f.status,
    value: f.value ?? null,
    unit: f.unit !== undefined ? f.unit : (rule.unit ?? null),
    limit: f.limit ?? null,
    basis: f.basis ?? null,
    citation: rule.citation,
    explanation: f.explanation,
    severity: f.status === 'fail' ? (rule.severityIfFailed ?? 'major') : null,
    verified: f.verified ?? true,
  };
  if (f.missing) v.missing = f.missing;
  if (f.aspect) v.aspect = f.aspect;
  return v;
}

/** The pack lacks the rule altogether (an imported pack may leave one out). */
export function ruleMissing(pack: RulePack, ruleId: string, value: number | string | null = null): Verdict {
  return {
    ruleId,
    packId: pack.id,
    packVersion: pack.version,
    status: 'missing_data',
    missing: 'regulation',
    value,
    unit: null,
    limit: null,
    basis: null,
    citation: { vi: `${pack.regulation.code}: không có quy tắc ${ruleId}`, en: `${pack.regulation.code}: no rule ${ruleId}` },
    explanation: {
      vi: `Thiếu dữ liệu quy chuẩn: gói ${pack.id} ${pack.version} không có quy tắc ${ruleId}.`,
      en: `Missing regulation data: pack ${pack.id} ${pack.version} has no rule ${ruleId}.`,
    },
    severity: null,
    verified: false,
  };
}

/**
 * A figure the rule needs is empty (QCVN 40:2025 as shipped): never a guessed pass or fail. The
 * message names the regulation and the missing figure in words, and where a supervisor fills it.
 * `name` is the pack parameter (said in words by paramWords), or words already.
 * `of` is the rule holding the figure, when it is not the rule judged (the receiving-water table).
 */
export function regulationDataMissing(pack: RulePack, rule: Rule, name: string | LocalText, value: number | string | null = null, of: Rule = rule): Verdict {
  const what = typeof name === 'string' ? paramWords(of, name) : name;
  return verdict(pack, rule, {
    status: 'missing_data',
    missing: 'regulation',
    value,
    verified: false,
    explanation: {
      vi: `Thiếu dữ liệu quy chuẩn: gói ${pack.regulation.code} chưa có ${what.vi}, nên chưa đánh giá được ${rule.title.vi}. Người giám sát điền hoặc nhập các giá trị này ở màn hình Quy chuẩn; ứng dụng không tự đoán giá trị.`,
      en: `Missing regulation data: the ${pack.regulation.code} pack does not give ${what.en}, so ${rule.title.en} cannot be judged. A supervisor fills in or imports these values on the Rule packs screen; the app never guesses them.`,
    },
  });
}

/** The inspector has not entered what the rule needs. */
export function inputMissing(pack: RulePack, rule: Rule, what: LocalText, value: number | string | null = null): Verdict {
  return verdict(pack, rule, {
    status: 'missing_data',
    missing: 'input',
    value,
    explanation: { vi: `Thiếu dữ liệu: chưa nhập ${what.vi}.`, en: `Missing data: ${what.en} not entered.` },
  });
}

/** Reads one parameter of a rule, typed; null when absent, empty or of another type. */
export function param<T extends 'number' | 'boolean' | 'string' | 'range' | 'strings'>(
  rule: Rule,
  name: string,
  type: T,
): { value: ParamOf<T>; verified: boolean } | null {
  const p = rule.parameters[name];
  if (!p || p.value === null) return null;
  const v = p.value;
  const ok =
    type === 'range'
      ? typeof v === 'object' && !Array.isArray(v)
      : type === 'strings'
        ? Array.isArray(v)
        : type === 'number'
          ? typeof v === 'number' && Number.isFinite(v)
          : typeof v === type;
  return ok ? { value: v as ParamOf<T>, verified: p.verified } : null;
}

type ParamOf<T> = T extends 'number' ? number : T extends 'boolean' ? boolean : T extends 'string' ? string : T extends 'range' ? LimitRange : string[];
