import type { ReportSubject } from '../../../../src-shared/schemas/report';

/** A cell: text, a number, an ISO date (yyyy-MM-dd, typed 'date' by its column) or empty. */
export type Cell = string | number | null;

export interface Column {
  key: string;
  header: { vi: string; en: string };
  type: 'text' | 'date' | 'number' | 'integer';
  /** Shown in the header after the name: "Hoạt độ (Bq)". */
  unit?: string;
  /** Width in characters (XLSX); text columns fit their longest value up to a cap. */
  width?: number;
}

/** One subject of a summary: its columns and its rows, produced lazily so a large export streams. */
export interface ReportTable {
  subject: ReportSubject;
  columns: Column[];
  rows(): Iterable<Cell[]>;
  /** About how many rows rows() yields, counted without building them: for progress only. */
  estimate(): number;
}

export function headerOf(col: Column, lang: 'vi' | 'en'): string {
  return col.unit ? `${col.header[lang]} (${col.unit})` : col.header[lang];
}

/** A row from loosely typed SQL values: undefined (a column the query lacks) is an empty cell. */
export function cells(...values: (Cell | undefined)[]): Cell[] {
  return values.map((v) => v ?? null);
}
