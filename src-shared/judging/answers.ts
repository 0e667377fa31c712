import { answerKey } from '../checklists/expand';
import { isIsoDate } from '../rules/dates';
import type { JudgeInput } from './types';

/** Another item's answer as the form sees it: this instance's own first, else the top-level one. */
export function answerOf(input: JudgeInput, itemKey: string): unknown {
  if (input.instanceKey !== '') {
    const own = input.answers.get(answerKey(itemKey, input.instanceKey));
    if (own !== undefined && own !== null) return own;
  }
  return input.answers.get(answerKey(itemKey, '')) ?? null;
}

export function asNumber(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function asDate(v: unknown): string | null {
  return isIsoDate(v) ? v : null;
}

export function asText(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** A register record's field, when the section repeats over records. */
export function recordFact(input: JudgeInput, name: string): unknown {
  return input.record?.facts[name] ?? null;
}
