import ExcelJS from 'exceljs';
import { SUBJECT_TITLES } from '../../../src-shared/reports/labels';
import type { DashboardData, ReportFilter } from '../../../src-shared/schemas/report';
import { coverLines } from './cover';
import { looksLikeFormula } from './guard';
import { checkCancel, type JobControl } from './job';
import { headerOf, type Cell, type Column, type ReportTable } from './tables/types';

type Lang = 'vi' | 'en';

const DATE_FORMAT = 'dd/mm/yyyy';
const NUMBER_FORMAT = '#,##0.####';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows looked at to fit text columns before the sheet's columns are fixed (a stream cannot go back). */
const SAMPLE_ROWS = 500;

function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Strings go out as inline rich text: a real string cell (never a formula, never a shared-string table in memory). */
function textValue(s: string): ExcelJS.CellRichTextValue {
  return { richText: [{ text: s }] };
}

function cellValue(col: Column, v: Cell): ExcelJS.CellValue {
  if (v === null || v === '') return null;
  if (col.type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return excelDate(v.slice(0, 10));
  if ((col.type === 'number' || col.type === 'integer') && typeof v === 'number') return v;
  return textValue(String(v));
}

function widthOf(col: Column, header: string, sample: Cell[][], index: number): number {
  if (col.width) return col.width;
  if (col.type === 'date') return Math.max(12, header.length + 2);
  const longest = sample.reduce((m, r) => Math.max(m, r[index] === null || r[index] === undefined ? 0 : String(r[index]).length), header.length);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

async function writeTable(wb: ExcelJS.stream.xlsx.WorkbookWriter, table: ReportTable, lang: Lang, job: JobControl | undefined, progress: { done: number; total: number }): Promise<void> {
  const headers = table.columns.map((c) => headerOf(c, lang));
  const iterator = table.rows()[Symbol.iterator]();
  const sample: Cell[][] = [];
  while (sample.length < SAMPLE_ROWS) {
    const r = iterator.next();
    if (r.done) break;
    sample.push(r.value);
  }
  const ws = wb.addWorksheet(SUBJECT_TITLES[table.subject][lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.columns.map((c, i) => ({
    key: c.key,
    width: widthOf(c, headers[i]!, sample, i),
    style: c.type === 'date' ? { numFmt: DATE_FORMAT } : c.type === 'number' ? { numFmt: NUMBER_FORMAT } : c.type === 'integer' ? { numFmt: '0' } : {},
  }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  const header = ws.addRow(headers.map(textValue));
  styleHeader(header);
  header.commit();
  let n = 0;
  const put = (values: Cell[]) => {
    const row = ws.addRow(table.columns.map((c, i) => cellValue(c, values[i] ?? null)));
    table.columns.forEach((c, i) => {
      const v = values[i];
      if (c.type === 'text' && typeof v === 'string' && looksLikeFormula(v)) row.getCell(i + 1).numFmt = '@';
    });
    row.commit();
    n++;
    progress.done++;
    if (n % 500 === 0) {
      checkCancel(job);
      job?.onProgress?.({ done: progress.done, total: progress.total, step: table.subject });
    }
  };
  for (const values of sample) put(values);
  for (let r = iterator.next(); !r.done; r = iterator.next()) put(r.value);
  ws.commit();
  job?.onProgress?.({ done: progress.done, total: progress.total, step: table.subject });
}

/**
 * The summary as one XLSX workbook, streamed (exceljs' streaming writer: memory stays flat as rows
 * grow): a cover sheet (period, filters, who made it and when, the key figures), then one sheet per
 * subject with a frozen header row, an autofilter, fitted widths, dates as dates shown dd/mm/yyyy
 * and numbers as numbers with their units in the header.
 */
export async function writeSummaryXlsx(
  file: string,
  input: { filter: ReportFilter; data: DashboardData; tables: ReportTable[]; who: string; now: Date; lang: Lang },
  job?: JobControl,
): Promise<void> {
  const { lang } = input;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.creator = input.who;
  wb.created = input.now;
  const cover = wb.addWorksheet(lang === 'vi' ? 'Thông tin chung' : 'About');
  cover.columns = [{ width: 34 }, { width: 60 }];
  const title = cover.addRow([textValue(lang === 'vi' ? 'TỔNG HỢP KẾT QUẢ KIỂM TRA' : 'SUMMARY OF CHECK RESULTS')]);
  title.font = { bold: true, size: 14 };
  title.commit();
  cover.addRow([]).commit();
  for (const line of coverLines(input.filter, input.data, input.who, input.now, lang)) {
    const row = cover.addRow([textValue(line.label), typeof line.value === 'number' ? line.value : textValue(line.value)]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  cover.addRow([]).commit();
  cover.addRow([textValue(lang === 'vi' ? 'Các trang tính' : 'Sheets'), textValue(input.tables.map((t) => SUBJECT_TITLES[t.subject][lang]).join(', '))]).commit();
  cover.commit();
  const progress = { done: 0, total: input.tables.reduce((s, t) => s + t.estimate(), 0) };
  for (const table of input.tables) {
    checkCancel(job);
    await writeTable(wb, table, lang, job, progress);
  }
  await wb.commit();
}
