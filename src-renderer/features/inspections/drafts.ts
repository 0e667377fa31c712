import type { MeasurementRow } from '../../../src-shared/checklists/answers';
import type { Item } from '../../../src-shared/checklists/schema';
import type { Language } from '../../i18n';
import { numberForInput } from '../../../src-shared/text/numbers';

/**
 * What the form holds for one item while the inspector types: the raw value as shown (numbers
 * as typed, "0,5" included) and the note. The shared checkAnswer turns it into the stored value.
 */
export interface Draft {
  raw: unknown;
  note: string | null;
}

/** A measurement-table row as typed: every cell a string. */
export interface DraftRow {
  row?: string;
  cells: Record<string, string>;
}

export const EMPTY_DRAFT: Draft = { raw: null, note: null };

/** Numbers shown the way the user writes them, every digit kept: "0,5" in Vietnamese, "0.5" in English. */
const formatNumber = numberForInput;

function cellText(v: unknown, language: Language): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? formatNumber(v, language) : String(v);
}

/** A stored answer → what the field shows, exactly as saved. */
export function toDraftValue(item: Item, value: unknown, language: Language): unknown {
  if (value === null || value === undefined) return item.type === 'measurement_table' ? tableRows(item, []) : null;
  if (item.type === 'number' && typeof value === 'number') return formatNumber(value, language);
  if (item.type === 'number' && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'number') {
    const q = value as { value: number; unit?: string };
    return { value: formatNumber(q.value, language), unit: q.unit };
  }
  if (item.type === 'measurement_table') return tableRows(item, Array.isArray(value) ? (value as MeasurementRow[]) : [], language);
  return value;
}

/** Fixed rows always show (in the template's order); free rows show as stored, or one empty row to start. */
export function tableRows(item: Item, stored: MeasurementRow[], language: Language = 'vi'): DraftRow[] {
  const spec = item.table;
  if (!spec) return [];
  const toCells = (r: MeasurementRow | undefined) => Object.fromEntries(spec.columns.map((c) => [c.key, cellText(r?.cells[c.key], language)]));
  if (spec.rows === 'free') return stored.length ? stored.map((r) => ({ cells: toCells(r) })) : [{ cells: toCells(undefined) }];
  return spec.rows.map((r) => ({ row: r.key, cells: toCells(stored.find((s) => s.row === r.key)) }));
}

/** The DOM id of an item card, so "missing items" can scroll to it. */
export function itemDomId(itemKey: string, instanceKey: string): string {
  return `item-${itemKey}${instanceKey ? `-${instanceKey}` : ''}`;
}

/**
 * Yes/no wording: items judged by a rule read "Đạt / Không đạt" (DOMAIN.md §1), plain facts
 * read "Có / Không". The template has no field for this, so the rule link decides.
 */
export function yesNoWords(item: Item): 'pass' | 'yes' {
  return item.rule ? 'pass' : 'yes';
}
