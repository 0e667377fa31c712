import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dmy } from '../../../../src-shared/minutes/words';
import { CHECK_RESULT_WORDS, INSPECTION_KIND_WORDS } from '../../../../src-shared/reports/labels';
import { FINDING_SEVERITY_LABELS } from '../../../../src-shared/schemas/finding';
import type { DashboardData, ReportFilter, ResultCounts } from '../../../../src-shared/schemas/report';
import { madeAt } from '../cover';
import { A4_MARGINS, FONT_FAMILY } from '../pdf/printer';
import type { Cell, ReportTable } from '../tables/types';
import { summaryWords, type SummaryWords } from './labels';

type Lang = 'vi' | 'en';

export interface SummaryPdfInput {
  filter: ReportFilter;
  data: DashboardData;
  /** The inspections table of the selection (its rows are the list of checks). */
  checks: ReportTable;
  who: string;
  now: Date;
  lang: Lang;
  /** "Sơn La": the place of the date line and the province of the issuing body. */
  province: string;
  /** Called every few hundred listed checks (progress, cancel). */
  onRow?: (n: number) => void;
}

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const NO_BORDER: [boolean, boolean, boolean, boolean] = [false, false, false, false];
const grid = { hLineWidth: (i: number) => (i === 0 ? 0 : 0.6), vLineWidth: () => 0.6 };
const num = (n: number, lang: Lang) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
/** dd/MM/yyyy in both languages (the app's one date format). */
const day = (iso: string, _lang: Lang) => dmy(iso);

/** A table whose first row is its part's heading (n < 0: an unnumbered sub-heading), so heading and body never part at a page break. */
function headedTable(n: number, title: string, widths: (number | string)[], head: string[], rows: TableCell[][], w: SummaryWords): Content {
  const cols = widths.length;
  const headingRow: TableCell[] = [
    { text: n < 0 ? title : `${roman[n] ?? n + 1}. ${title}`, style: n < 0 ? 'h3' : 'h2', colSpan: cols, border: NO_BORDER, margin: [-4, 8, 0, 2] },
    ...Array.from({ length: cols - 1 }, () => ({ text: '', border: NO_BORDER })),
  ];
  const body: TableCell[][] = [headingRow, head.map((h) => ({ text: h, style: 'th' }))];
  if (rows.length) body.push(...rows);
  else body.push([{ text: w.none, colSpan: cols, italics: true }, ...Array.from({ length: cols - 1 }, () => ({ text: '' }))]);
  return { table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body }, layout: grid, style: 'cell' };
}

const right = (text: string): TableCell => ({ text, alignment: 'right' });

function resultRow(label: string, c: ResultCounts, lang: Lang, i?: number): TableCell[] {
  const row: TableCell[] = [{ text: label }, right(num(c.total, lang)), right(num(c.pass, lang)), right(num(c.fail, lang)), right(num(c.unfinished, lang))];
  return i === undefined ? row : [{ text: String(i + 1), alignment: 'center' }, ...row];
}

function header(input: SummaryPdfInput, w: SummaryWords): Content {
  const d = new Date(input.now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const line = (width: number): Content => ({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.7 }], margin: [0, 1, 0, 4] });
  const centred = (width: number): Content => ({ columns: [{ width: '*', text: '' }, { width, ...(line(width) as object) }, { width: '*', text: '' }] }) as Content;
  return {
    columns: [
      {
        width: 190,
        stack: [
          { text: `UBND TỈNH ${input.province.toUpperCase()}`, alignment: 'center', fontSize: 11 },
          { text: `SỞ KHOA HỌC VÀ CÔNG NGHỆ`, alignment: 'center', bold: true, fontSize: 11 },
          centred(70),
          { text: w.number, alignment: 'center', fontSize: 11 },
        ],
      },
      {
        width: '*',
        stack: [
          { text: w.country, alignment: 'center', bold: true, fontSize: 11 },
          { text: w.motto, alignment: 'center', bold: true, fontSize: 12 },
          centred(150),
          { text: w.dated(input.province, d.slice(8, 10), d.slice(5, 7), d.slice(0, 4)), alignment: 'center', italics: true, fontSize: 11, margin: [0, 4, 0, 0] },
        ],
      },
    ],
    columnGap: 6,
  };
}

function figuresTable(n: number, title: string, lines: [string, string][], w: SummaryWords): Content {
  return headedTable(n, title, ['*', 90], [w.measure, w.value], lines.map(([a, b]) => [{ text: a }, right(b)]), w);
}

/** The list of checks: one row per check of the selection, in the order of the XLSX sheet. */
function checkList(n: number, input: SummaryPdfInput, w: SummaryWords): Content {
  const at = (key: string) => input.checks.columns.findIndex((c) => c.key === key);
  const idx = { date: at('date'), facility: at('facility'), commune: at('commune'), kind: at('kind'), decision: at('decision'), result: at('result'), findings: at('findings') };
  const rows: TableCell[][] = [];
  const text = (r: Cell[], i: number) => (i < 0 || r[i] === null || r[i] === undefined ? '' : String(r[i]));
  let count = 0;
  for (const r of input.checks.rows()) {
    count++;
    if (count % 500 === 0) input.onRow?.(count);
    rows.push([
      { text: String(count), alignment: 'center' },
      { text: text(r, idx.date) ? day(text(r, idx.date).slice(0, 10), input.lang) : '' },
      { stack: [{ text: text(r, idx.facility) }, { text: text(r, idx.commune), fontSize: 7.5, color: '#333333' }] },
      { text: text(r, idx.kind) },
      { text: text(r, idx.decision), noWrap: true },
      { text: text(r, idx.result) },
      right(text(r, idx.findings)),
    ]);
  }
  input.onRow?.(count);
  return {
    stack: [
      headedTable(n, w.sectionList, [18, 46, '*', 62, 64, 56, 36], [w.no, w.date, `${w.facility} (${w.commune})`, w.kind, w.decision, w.result, w.findings], rows, w),
      { text: w.listNote(count), italics: true, margin: [0, 3, 0, 0] },
    ],
  };
}

/**
 * The "Báo cáo kết quả kiểm tra" as a pdfmake document, in the layout of a Vietnamese
 * administrative report (Nghị định 30/2020/NĐ-CP): issuing body beside the national motto, the
 * title and period, the figures of the dashboard as numbered tables, the list of checks, and the
 * maker's signature block. Every figure is the dashboard's own (one computation, two outputs).
 */
export function summaryDocument(input: SummaryPdfInput): TDocumentDefinitions {
  const { data, lang } = input;
  const w = summaryWords(lang);
  const r = data.register;
  let n = 0;
  const scope: [string, string][] = [
    [w.period(day(input.filter.from, lang), day(input.filter.to, lang)), ''],
    [w.commune, input.filter.commune ?? (lang === 'vi' ? 'Tất cả' : 'All')],
    [w.kind, input.filter.kind ? INSPECTION_KIND_WORDS[input.filter.kind][lang] : lang === 'vi' ? 'Tất cả' : 'All'],
  ];
  if (input.filter.team) scope.push([lang === 'vi' ? 'Thành viên đoàn' : 'Team member', input.filter.team]);
  const overview: [string, string][] = [
    [w.checksTotal, num(data.checks.total, lang)],
    [CHECK_RESULT_WORDS.pass[lang], num(data.checks.pass, lang)],
    [CHECK_RESULT_WORDS.fail[lang], num(data.checks.fail, lang)],
    [CHECK_RESULT_WORDS.unfinished[lang], num(data.checks.unfinished, lang)],
    [w.facilitiesChecked, num(data.facilities.checked, lang)],
    [w.facilitiesCompliant, num(data.facilities.compliant, lang)],
  ];
  const resultHead = [w.total, w.pass, w.fail, w.unfinished];
  const numberWidths = [52, 62, 58, 62];
  const content: Content[] = [
    header(input, w),
    { text: w.title, style: 'title', margin: [0, 16, 0, 0] },
    { text: w.subtitle, alignment: 'center', bold: true, fontSize: 12, margin: [0, 2, 0, 2] },
    { text: w.period(day(input.filter.from, lang), day(input.filter.to, lang)), alignment: 'center', italics: true, margin: [0, 0, 0, 10] },
    figuresTable(n++, w.sectionScope, scope.slice(1), w),
    data.checks.total === 0 ? { text: w.noChecks, italics: true, margin: [0, 6, 0, 0] } : figuresTable(n++, w.sectionOverview, overview, w),
  ];
  if (data.checks.total > 0) {
    content.push(
      headedTable(n++, w.sectionByKind, ['*', ...numberWidths], [w.kind, ...resultHead], data.byKind.filter((k) => k.total > 0).map((k) => resultRow(INSPECTION_KIND_WORDS[k.kind][lang], k, lang)), w),
      headedTable(n++, w.sectionByCommune, [22, '*', ...numberWidths], [w.no, w.commune, ...resultHead], data.byCommune.map((c, i) => resultRow(c.commune || '—', c, lang, i)), w),
      headedTable(n++, w.sectionByMonth, ['*', ...numberWidths], [w.month, ...resultHead], data.byMonth.map((m) => resultRow(`${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`, m, lang)), w),
    );
  }
  const findingLines: [string, string][] = [
    ...data.findingsBySeverity.map((s): [string, string] => [FINDING_SEVERITY_LABELS[s.severity][lang], num(s.count, lang)]),
    [w.requirementsOpen, num(data.requirements.open, lang)],
    [`— ${w.requirementsOverdue}`, num(data.requirements.overdue, lang)],
    [w.requirementsDone, num(data.requirements.done, lang)],
    [w.requirementsNotDone, num(data.requirements.notDone, lang)],
  ];
  content.push(
    figuresTable(n++, w.sectionFindings, findingLines, w),
    ...(data.findingsByRule.length
      ? [headedTable(-1, w.rule, [22, '*', 60], [w.no, w.rule, w.count], data.findingsByRule.map((f, i) => [{ text: String(i + 1), alignment: 'center' }, { text: f.ruleId ? f.title : w.manual }, right(num(f.count, lang))]), w)]
      : []),
  );
  const registerLines: [string, string][] = [
    [w.licencesExpiring, num(r.licencesExpiring90, lang)],
    [w.licencesExpired, num(r.licencesExpired, lang)],
    [w.unitsInUse, num(r.xrayUnitsInUse, lang)],
    [w.qcOverdue, num(r.xrayQcOverdue, lang)],
    [w.qcMissing, num(r.xrayQcMissing, lang)],
    ...r.sourcesByCategory.map((s): [string, string] => [`${w.sources}: ${w.category(s.category)}`, num(s.count, lang)]),
    [w.workers, num(r.workers, lang)],
    [w.overAnnual, num(r.workersOverAnnualLimit, lang)],
    [w.overAverage, num(r.workersOverFiveYearAverage, lang)],
    ...(r.workersOverInvestigation === null ? [] : [[w.overInvestigation, num(r.workersOverInvestigation, lang)] as [string, string]]),
  ];
  content.push(
    figuresTable(n++, w.sectionRegister, registerLines, w),
    { text: w.registerNote(day(data.today, lang)), italics: true, fontSize: 9, margin: [0, 2, 0, 0] },
    headedTable(
      n++,
      w.sectionWastewater,
      [22, '*', 70, 70],
      [w.no, w.parameter, w.measured, w.over],
      data.wastewaterOverLimit.map((p, i) => [{ text: String(i + 1), alignment: 'center' }, { text: p.label[lang] }, right(num(p.measured, lang)), right(num(p.over, lang))]),
      w,
    ),
    checkList(n++, input, w),
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 220,
          stack: [
            { text: w.maker, bold: true, alignment: 'center' },
            { text: `${w.madeAt}: ${madeAt(input.now)}`, italics: true, fontSize: 9, alignment: 'center', margin: [0, 2, 0, 40] },
            { text: input.who, bold: true, alignment: 'center' },
          ],
        },
      ],
      unbreakable: true,
      margin: [0, 16, 0, 0],
    },
  );
  return {
    content,
    pageSize: 'A4',
    pageMargins: A4_MARGINS,
    language: lang === 'en' ? 'en' : 'vi',
    info: { title: `${w.title} — ${w.subtitle}` },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center' },
      h2: { fontSize: 11, bold: true },
      h3: { fontSize: 10, bold: true, italics: true },
      th: { bold: true, fillColor: '#eeeeee', alignment: 'center' },
      cell: { fontSize: 8.5, lineHeight: 1.05 },
    },
    footer: (page: number, pages: number) => ({ text: w.page(page, pages), alignment: 'right', fontSize: 9, margin: [A4_MARGINS[0], 12, A4_MARGINS[2], 0] }),
  };
}
