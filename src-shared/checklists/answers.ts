import { convertValue, unitChoices, unitConversion, unitSchema } from '../rules/units';
import { itemLabel } from './labels';
import { echo } from '../text/echo';
import { parseLocaleNumber } from '../text/numbers';
import type { Item, TableColumn } from './schema';

/**
 * Checks and normalises one answer against its item (type, choices, plausibility bounds).
 * Shared so the form shows the same message the core would give. `null` clears an answer.
 * Photos and signatures are attachments, so their answer value is always null (a note may remain).
 */
export type YesNoNa = 'yes' | 'no' | 'na';

export interface MeasurementRow {
  /** Key of a fixed row; absent for free rows. */
  row?: string;
  cells: Record<string, number | string | null>;
}

/** A number item whose unit has a closed list of alternatives stores the unit it was typed in. */
export interface Quantity {
  value: number;
  unit: string;
}

export type AnswerValue = YesNoNa | number | string | string[] | MeasurementRow[] | Quantity | null;

export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; vi: string; en: string };

const MAX_TEXT = 4000;
const MAX_ROWS = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(item: { label: { vi: string; en: string } }, vi: string, en: string): AnswerCheck {
  const label = itemLabel(item.label, null);
  return { ok: false, vi: `${label.vi}: ${vi}`, en: `${label.en}: ${en}` };
}

export { parseLocaleNumber };

function checkNumber(owner: { label: { vi: string; en: string } }, raw: unknown, min?: number, max?: number, unit?: string): AnswerCheck {
  const n = parseLocaleNumber(raw);
  if (n === undefined) return fail(owner, `"${echo(raw)}" không phải là số`, `"${echo(raw)}" is not a number`);
  if (n === null) return { ok: true, value: null };
  const u = unit ? ` ${unit}` : '';
  if (min !== undefined && n < min) return fail(owner, `${n}${u} không hợp lệ, phải ≥ ${min}${u}`, `${n}${u} is not plausible, must be ≥ ${min}${u}`);
  if (max !== undefined && n > max) return fail(owner, `${n}${u} không hợp lệ, phải ≤ ${max}${u}`, `${n}${u} is not plausible, must be ≤ ${max}${u}`);
  return { ok: true, value: n };
}

function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export function checkAnswer(item: Item, raw: unknown): AnswerCheck {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  switch (item.type) {
    case 'yes_no_na':
      if (raw === 'yes' || raw === 'no' || raw === 'na') return { ok: true, value: raw };
      return fail(item, 'chọn Đạt/Có, Không hoặc Không áp dụng', 'choose yes, no or not applicable');
    case 'number':
      return hasUnitChoice(item.unit) ? checkQuantity(item, raw) : checkNumber(item, raw, item.min, item.max, item.unit);
    case 'text': {
      if (typeof raw !== 'string') return fail(item, 'phải là văn bản', 'must be text');
      const s = raw.trim();
      if (s.length > MAX_TEXT) return fail(item, `tối đa ${MAX_TEXT} ký tự`, `at most ${MAX_TEXT} characters`);
      return { ok: true, value: s === '' ? null : s };
    }
    case 'date':
      if (raw === '') return { ok: true, value: null };
      if (typeof raw === 'string' && isIsoDate(raw)) return { ok: true, value: raw };
      return fail(item, `"${echo(raw)}" không phải ngày hợp lệ (yyyy-MM-dd)`, `"${echo(raw)}" is not a valid date (yyyy-MM-dd)`);
    case 'choice':
      if (raw === '') return { ok: true, value: null };
      if (typeof raw === 'string' && item.choices?.some((c) => c.key === raw)) return { ok: true, value: raw };
      return fail(item, `"${echo(raw)}" không có trong danh sách lựa chọn`, `"${echo(raw)}" is not one of the choices`);
    case 'multi_choice': {
      if (!Array.isArray(raw)) return fail(item, 'phải là danh sách lựa chọn', 'must be a list of choices');
      const keys = new Set(item.choices?.map((c) => c.key));
      const bad = raw.find((k) => typeof k !== 'string' || !keys.has(k));
      if (bad !== undefined) return fail(item, `"${echo(bad)}" không có trong danh sách lựa chọn`, `"${echo(bad)}" is not one of the choices`);
      const unique = [...new Set(raw as string[])];
      return { ok: true, value: unique.length ? unique : null };
    }
    case 'photo':
    case 'signature':
      return fail(item, 'ảnh và chữ ký được lưu dưới dạng tệp đính kèm', 'photos and signatures are saved as attachments');
    case 'measurement_table':
      return checkTable(item, raw);
  }
}

/** True when a value of this unit may be typed in another unit of its family (µg/L for mg/L). */
export function hasUnitChoice(unit: string | undefined): boolean {
  return unitChoices(unit).length > 1;
}

/**
 * A number with its unit: `{ value, unit }`, or a bare number meaning the item's own unit (what
 * an older answer or a prefill holds). Stored with the unit, converted only when judged.
 */
function checkQuantity(item: Item, raw: unknown): AnswerCheck {
  const base = item.unit!;
  const given = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { value?: unknown; unit?: unknown }) : { value: raw, unit: undefined };
  const unitText = given.unit === undefined || given.unit === null || given.unit === '' ? base : given.unit;
  const unit = unitSchema(base, itemLabel(item.label, null)).safeParse(typeof unitText === 'string' ? unitText : String(unitText));
  if (!unit.success) {
    const [vi, en] = (unit.error.issues[0]?.message ?? '|').split('|');
    return { ok: false, vi: vi!, en: en! };
  }
  const factor = unitConversion(unit.data, base);
  const n = checkNumber(item, given.value, undefined, undefined, unit.data);
  if (!n.ok || n.value === null) return n;
  // Plausibility bounds are in the item's unit: compare the value converted to it.
  const inBase = factor.ok ? convertValue(n.value as number, factor.factor) : (n.value as number);
  const bounds = checkNumber(item, inBase, item.min, item.max, base);
  if (!bounds.ok) return bounds;
  return { ok: true, value: { value: n.value as number, unit: unit.data } };
}

/** The unit a fixed row's values are judged in, else the unit column's default. */
function rowUnit(spec: NonNullable<Item['table']>, rowKey: string | undefined, col: TableColumn): string | null {
  const fixed = spec.rows === 'free' ? undefined : spec.rows.find((r) => r.key === rowKey);
  return fixed ? (fixed.unit ?? null) : (col.unit ?? null);
}

function checkTable(item: Item, raw: unknown): AnswerCheck {
  const spec = item.table;
  if (!spec) return fail(item, 'mẫu thiếu mô tả bảng', 'the template has no table spec');
  if (!Array.isArray(raw)) return fail(item, 'phải là danh sách các dòng đo', 'must be a list of measurement rows');
  if (raw.length > MAX_ROWS) return fail(item, `tối đa ${MAX_ROWS} dòng`, `at most ${MAX_ROWS} rows`);
  const fixed = spec.rows === 'free' ? null : new Map(spec.rows.map((r) => [r.key, r]));
  const out: MeasurementRow[] = [];
  const seenRows = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as { row?: unknown; cells?: unknown } | null;
    const at = `dòng ${i + 1}`;
    const atEn = `row ${i + 1}`;
    if (typeof r !== 'object' || r === null || typeof r.cells !== 'object' || r.cells === null) return fail(item, `${at} không hợp lệ`, `${atEn} is malformed`);
    const row: MeasurementRow = { cells: {} };
    if (fixed) {
      if (typeof r.row !== 'string' || !fixed.has(r.row)) return fail(item, `${at}: dòng "${echo(r.row)}" không có trong mẫu`, `${atEn}: row "${echo(r.row)}" is not in the template`);
      if (seenRows.has(r.row)) return fail(item, `${at}: dòng "${echo(r.row)}" bị lặp`, `${atEn}: row "${echo(r.row)}" appears twice`);
      seenRows.add(r.row);
      row.row = r.row;
    }
    const cells = r.cells as Record<string, unknown>;
    for (const key of Object.keys(cells)) {
      if (!spec.columns.some((c) => c.key === key)) return fail(item, `${at}: không có cột "${echo(key)}"`, `${atEn}: no column "${echo(key)}"`);
    }
    for (const col of spec.columns) {
      const checked = col.type === 'unit' ? checkUnitCell(col, rowUnit(spec, row.row, col), cells[col.key]) : checkCell(col, cells[col.key]);
      if (!checked.ok) return fail(item, `${at}, ${checked.vi}`, `${atEn}, ${checked.en}`);
      row.cells[col.key] = checked.value as number | string | null;
    }
    // A row left wholly empty is dropped (a unit alone is only the default shown); a started row
    // must give its required columns, and carries its unit (the row's own when none was chosen).
    const unitCols = spec.columns.filter((c) => c.type === 'unit');
    if (spec.columns.every((c) => c.type === 'unit' || row.cells[c.key] === null)) continue;
    for (const c of unitCols) if (row.cells[c.key] === null) row.cells[c.key] = rowUnit(spec, row.row, c);
    const gap = spec.columns.find((c) => c.required && row.cells[c.key] === null);
    if (gap) return fail(item, `${at}: thiếu "${gap.label.vi}"`, `${atEn}: "${gap.label.en}" is missing`);
    out.push(row);
  }
  return { ok: true, value: out.length ? out : null };
}

/** A unit cell: one of the closed list of the row's unit; a row without a unit (pH) takes none. */
function checkUnitCell(col: TableColumn, base: string | null, raw: unknown): AnswerCheck {
  if (raw === null || raw === undefined || raw === '') return { ok: true, value: null };
  if (typeof raw !== 'string') return fail(col, 'phải là tên đơn vị', 'must be a unit name');
  if (!base && /^[-–—]$/.test(raw.trim())) return { ok: true, value: null };
  if (!base) return fail(col, `dòng này không có đơn vị (ghi "${raw.slice(0, 40)}")`, `this row takes no unit (got "${raw.slice(0, 40)}")`);
  const parsed = unitSchema(base, col.label).safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const [vi, en] = (parsed.error.issues[0]?.message ?? '|').split('|');
  // The message already names the column: drop it, fail() adds it again.
  return fail(col, vi!.replace(`${col.label.vi}: `, ''), en!.replace(`${col.label.en}: `, ''));
}

function checkCell(col: TableColumn, raw: unknown): AnswerCheck {
  if (raw === null || raw === undefined || raw === '') return { ok: true, value: null };
  if (col.type === 'number') return checkNumber(col, raw, col.min, col.max, col.unit);
  if (typeof raw !== 'string') return fail(col, 'phải là văn bản', 'must be text');
  if (col.type === 'choice' && !col.choices?.some((c) => c.key === raw)) return fail(col, `"${echo(raw)}" không có trong danh sách lựa chọn`, `"${echo(raw)}" is not one of the choices`);
  const s = raw.trim();
  if (s.length > 500) return fail(col, 'tối đa 500 ký tự', 'at most 500 characters');
  return { ok: true, value: s === '' ? null : s };
}

/** True when an answer counts as given (for progress and completion). */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
