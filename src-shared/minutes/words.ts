import type { MeasurementRow } from '../checklists/answers';
import type { Item, TableColumn } from '../checklists/schema';
import { fmt } from '../rules/format';
import type { LimitRange } from '../rules/pack-schema';
import type { Verdict } from '../rules/verdict';
import type { MinutesTable, MinutesVerdict, Words } from './view';

/**
 * How answers, measurements and verdicts read in the minutes, in both languages at once.
 * Pure, so the view is built the same way wherever it is built.
 */

export const same = (s: string): Words => ({ vi: s, en: s });

const YES_NO_NA: Record<string, Words> = {
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  na: { vi: 'Không áp dụng', en: 'Not applicable' },
};

/** yyyy-MM-dd → dd/MM/yyyy (both languages: the users' format). */
export function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function numberWords(n: number, unit: string | null | undefined): Words {
  const u = unit && unit !== '-' ? ` ${unit}` : '';
  return { vi: `${fmt(n, 'vi')}${u}`, en: `${fmt(n, 'en')}${u}` };
}

function choiceWords(choices: Item['choices'], key: string): Words {
  const c = choices?.find((x) => x.key === key);
  return c ? { vi: c.label.vi, en: c.label.en } : same(key);
}

function isQuantity(v: unknown): v is { value: number; unit?: string | null } {
  return typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'number';
}

/** The answer of a non-table item as printed; null when unanswered (or a photo / signature). */
export function answerWords(item: Item, value: unknown): Words | null {
  if (value === null || value === undefined || value === '') return null;
  switch (item.type) {
    case 'yes_no_na':
      return YES_NO_NA[String(value)] ?? same(String(value));
    case 'number':
      if (typeof value === 'number') return numberWords(value, item.unit);
      // A number typed with its unit ({ value, unit }: 120 µGy/h for an item in mGy/h) prints as typed.
      if (isQuantity(value)) return numberWords(value.value, value.unit ?? item.unit);
      return same(String(value));
    case 'date':
      return same(dmy(String(value)));
    case 'choice':
      return choiceWords(item.choices, String(value));
    case 'multi_choice': {
      if (!Array.isArray(value) || value.length === 0) return null;
      const parts = value.map((k) => choiceWords(item.choices, String(k)));
      return { vi: parts.map((p) => p.vi).join('; '), en: parts.map((p) => p.en).join('; ') };
    }
    case 'text':
      return same(String(value));
    default:
      return null;
  }
}

function cellWords(col: TableColumn, v: number | string | null | undefined): Words {
  if (v === null || v === undefined || v === '') return same('—');
  if (typeof v === 'number') return { vi: fmt(v, 'vi'), en: fmt(v, 'en') };
  if (col.type === 'choice') return choiceWords(col.choices, v);
  return same(v);
}

/** A measurement table answer as rows of printed cells; null when the item is no table or empty. */
export function tableOf(item: Item, value: unknown): MinutesTable | null {
  const spec = item.table;
  if (item.type !== 'measurement_table' || !spec || !Array.isArray(value) || value.length === 0) return null;
  const fixed = spec.rows === 'free' ? null : new Map(spec.rows.map((r) => [r.key, r.label]));
  const rows = (value as MeasurementRow[]).map((r) => ({
    label: fixed && r.row ? (fixed.get(r.row) ?? same(r.row)) : null,
    cells: spec.columns.map((c) => cellWords(c, r.cells?.[c.key])),
  }));
  return { columns: spec.columns.map((c) => ({ label: { vi: c.label.vi, en: c.label.en }, unit: c.unit ?? null })), rows };
}

/** "≤ 10 µSv/h", "≥ 6,5", "6,5 – 8,5"; null without a numeric limit. */
export function limitWords(limit: LimitRange | null, unit: string | null): Words | null {
  if (!limit || (limit.min === null && limit.max === null)) return null;
  const u = unit && unit !== '-' ? ` ${unit}` : '';
  const make = (lang: 'vi' | 'en') => {
    if (limit.min === null) return `≤ ${fmt(limit.max as number, lang)}${u}`;
    if (limit.max === null) return `≥ ${fmt(limit.min, lang)}${u}`;
    return `${fmt(limit.min, lang)} – ${fmt(limit.max, lang)}${u}`;
  };
  return { vi: make('vi'), en: make('en') };
}

export function verdictWords(where: string | null, v: Verdict): MinutesVerdict {
  const value =
    v.value === null ? null : typeof v.value === 'number' ? numberWords(v.value, v.unit) : same(/^\d{4}-\d{2}-\d{2}$/.test(v.value) ? dmy(v.value) : v.value);
  return {
    where,
    status: v.status,
    value,
    limit: limitWords(v.limit, v.unit),
    formula: v.basis?.formula ? { vi: v.basis.formula.vi, en: v.basis.formula.en } : null,
    explanation: { vi: v.explanation.vi, en: v.explanation.en },
    citation: { vi: v.citation.vi, en: v.citation.en ?? v.citation.vi },
    packId: v.packId,
    packVersion: v.packVersion,
  };
}
