import { answerKey } from '../checklists/expand';
import type { Repeat } from '../checklists/schema';
import { isIsoDate } from '../rules/dates';
import type { SealedSourceFields } from '../schemas/register/sealed-sources';
import type { WastewaterSystemFields } from '../schemas/register/wastewater-systems';
import type { WorkerFields } from '../schemas/register/workers';
import type { XrayUnitFields } from '../schemas/register/xray-units';
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

/** A number answer with its unit: `{ value, unit }`, or a bare number in the item's own unit. */
export function asQuantity(v: unknown, itemUnit: string | null): { value: number; unit: string | null } | null {
  const n = asNumber(v);
  if (n !== null) return { value: n, unit: itemUnit };
  if (typeof v !== 'object' || v === null) return null;
  const q = v as { value?: unknown; unit?: unknown };
  const value = asNumber(q.value);
  return value === null ? null : { value, unit: typeof q.unit === 'string' ? q.unit : itemUnit };
}

export function asDate(v: unknown): string | null {
  return isIsoDate(v) ? v : null;
}

export function asText(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** The register's own field names per repeated record: a misspelt fact is a compile error. */
export interface RecordFields {
  xray_unit: XrayUnitFields;
  sealed_source: SealedSourceFields;
  wastewater_system: WastewaterSystemFields;
  worker: WorkerFields;
}

/**
 * A register record's field, when the section repeats over that kind of record (the register
 * fallback of a judge: the value stands in when the form leaves the item empty). Null when the
 * section repeats over another kind of record, or the record lacks the field.
 */
export function recordFact<R extends Repeat>(input: JudgeInput, repeat: R, name: keyof RecordFields[R] & string): unknown {
  if (!input.record || input.repeat !== repeat) return null;
  return input.record.facts[name] ?? null;
}

/**
 * A field over every register record of a kind, for an item outside the repeated section (the
 * permit question asks once, the permit is written on each system): the values the records give,
 * with the record each came from.
 */
export function recordFacts<R extends Repeat>(input: JudgeInput, repeat: R, name: keyof RecordFields[R] & string): { value: unknown; label: string }[] {
  if (input.record && input.repeat === repeat) return [{ value: input.record.facts[name] ?? null, label: input.record.label }];
  return (input.facts.records[repeat] ?? []).map((r) => ({ value: r.facts[name] ?? null, label: r.label })).filter((x) => x.value !== null && x.value !== undefined);
}
