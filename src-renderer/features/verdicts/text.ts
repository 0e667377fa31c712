import type { LimitRange } from '../../../src-shared/rules/pack-schema';
import type { Verdict, VerdictStatus } from '../../../src-shared/rules/verdict';
import type { FindingSeverity } from '../../../src-shared/schemas/finding';
import { formatNumber } from '../../../src-shared/text/numbers';
import type { Language } from '../../i18n';

/** A {vi, en} text of the core in the chosen language; a citation may lack its English half. */
export function local(text: { vi: string; en?: string } | null | undefined, language: Language): string {
  if (!text) return '';
  return language === 'en' ? (text.en ?? text.vi) : text.vi;
}

export const VERDICT_COLORS: Record<VerdictStatus, string> = { pass: 'green', fail: 'red', na: 'gray', missing_data: 'yellow' };

export const SEVERITY_COLORS: Record<FindingSeverity, string> = { low: 'blue', medium: 'yellow', high: 'orange', critical: 'red' };

/**
 * The pack itself lacks the figure (QCVN 40:2025 as shipped, or a rule left out of an imported
 * pack), as opposed to the inspector not having typed a value yet (rules/verdict.ts marks both).
 */
export function isRegulationDataMissing(v: Verdict): boolean {
  return v.status === 'missing_data' && v.missing === 'regulation';
}

/** A number with the reader's decimal mark (the engine's own formatting, so texts agree). */
export { formatNumber };

export function formatValue(value: Verdict['value'], unit: string | null, language: Language): string {
  if (value === null) return '—';
  const text = typeof value === 'number' ? formatNumber(value, language) : value;
  return unit && typeof value === 'number' ? `${text} ${unit}` : text;
}

/** "≤ 10 µSv/h", "≥ 6,5", "6,5 – 8,5"; null when the verdict has no limit. */
export function formatLimit(limit: LimitRange | null, unit: string | null, language: Language): { key: 'max' | 'min' | 'range'; min: string; max: string } | null {
  if (!limit || (limit.min === null && limit.max === null)) return null;
  const u = unit ? ` ${unit}` : '';
  const min = limit.min === null ? '' : `${formatNumber(limit.min, language)}${limit.max === null ? u : ''}`;
  const max = limit.max === null ? '' : `${formatNumber(limit.max, language)}${u}`;
  const key = limit.min === null ? 'max' : limit.max === null ? 'min' : 'range';
  return { key, min, max };
}
