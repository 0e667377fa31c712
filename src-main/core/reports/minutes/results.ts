import type { Content, TableCell } from 'pdfmake/interfaces';
import type { MinutesItem, MinutesLang, MinutesSection, MinutesTable, MinutesVerdict, MinutesView, Words } from '../../../../src-shared/minutes/view';
import type { VerdictStatus } from '../../../../src-shared/rules/verdict';
import { minutesWords, verdictLabel } from './labels';

/** Section III: what was checked, section by section, each item with its result and verdict. */

const pick = (w: Words | null, lang: MinutesLang): string => (w ? w[lang] : '');

const STATUS_COLOR: Record<VerdictStatus, string> = { pass: '#1b5e20', fail: '#b71c1c', na: '#37474f', missing_data: '#6d4c00' };

function statusCell(status: VerdictStatus, lang: MinutesLang): TableCell {
  return { text: verdictLabel(status, lang), bold: status === 'fail', color: STATUS_COLOR[status] };
}

function measurementTable(t: MinutesTable, lang: MinutesLang): Content {
  const hasLabels = t.rows.some((r) => r.label);
  const head: TableCell[] = [
    ...(hasLabels ? [{ text: '', style: 'th' }] : []),
    ...t.columns.map((c) => ({ text: c.unit && c.unit !== '-' ? `${c.label[lang]} (${c.unit})` : c.label[lang], style: 'th' })),
  ];
  const body: TableCell[][] = [head, ...t.rows.map((r) => [...(hasLabels ? [{ text: pick(r.label, lang) }] : []), ...r.cells.map((c) => ({ text: c[lang] }))])];
  return {
    table: { headerRows: 1, widths: head.map((_, i) => (i === 0 && hasLabels ? 90 : '*')), body },
    layout: 'lightHorizontalLines',
    style: 'measure',
    margin: [0, 2, 0, 2],
  };
}

function verdictLine(v: MinutesVerdict, lang: MinutesLang): string {
  return [v.where, pick(v.value, lang)].filter(Boolean).join(': ');
}

function itemRows(no: string, item: MinutesItem, lang: MinutesLang): TableCell[][] {
  const w = minutesWords(lang);
  const content: Content[] = [{ text: item.label[lang] }];
  if (item.note) content.push({ text: `${w.note}: ${item.note}`, italics: true, fontSize: 8 });
  if (item.photoCount > 0) content.push({ text: `(${item.photoCount} ${w.photosAttached})`, italics: true, fontSize: 8 });
  const first = item.verdicts[0];
  const single = item.verdicts.length === 1 && first;
  const answer = pick(item.answer, lang) || (single ? pick(first.value, lang) : '');
  const answerText = single && item.answer && first.value && first.value.vi !== item.answer.vi ? `${item.answer[lang]} (${first.value[lang]})` : answer;
  const rows: TableCell[][] = [
    [
      { text: no, alignment: 'center' },
      { stack: content },
      { text: answerText || (item.table ? '' : '—') },
      { text: single ? pick(first.limit, lang) : '' },
      single ? statusCell(first.status, lang) : { text: item.verdicts.length ? '' : '' },
      { text: item.citation[lang], fontSize: 7 },
    ],
  ];
  if (item.table) rows.push([{ colSpan: 6, stack: [measurementTable(item.table, lang)], margin: [24, 0, 0, 0] }, '', '', '', '', '']);
  if (!single) {
    for (const v of item.verdicts) {
      rows.push([
        { text: '' },
        { text: v.where ? `— ${v.where}` : `— ${v.explanation[lang]}`, fontSize: 8 },
        { text: verdictLine({ ...v, where: null }, lang) || '—' },
        { text: pick(v.limit, lang) },
        statusCell(v.status, lang),
        { text: '' },
      ]);
    }
  }
  return rows;
}

function sectionBlock(index: number, s: MinutesSection, lang: MinutesLang): Content {
  const w = minutesWords(lang);
  const title = s.instanceLabel ? `${index}. ${s.title[lang]} — ${s.instanceLabel}` : `${index}. ${s.title[lang]}`;
  // The section's title is the table's first header row: it repeats on every page the table
  // runs over, and never stays alone at the foot of a page (no re-layout needed for that).
  const body: TableCell[][] = [
    [{ text: title, style: 'h3', colSpan: 6, fillColor: '#dde3ea', margin: [0, 1, 0, 1] }, '', '', '', '', ''],
    [
      { text: w.no, style: 'th' },
      { text: w.item, style: 'th' },
      { text: w.answer, style: 'th' },
      { text: w.limit, style: 'th' },
      { text: w.verdict, style: 'th' },
      { text: w.citation, style: 'th' },
    ],
  ];
  s.items.forEach((item, i) => body.push(...itemRows(`${index}.${i + 1}`, item, lang)));
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: [22, '*', 78, 56, 48, 82], body },
    style: 'cell',
    margin: [0, 6, 0, 0],
  };
}

export function resultsBlock(view: MinutesView, lang: MinutesLang): Content[] {
  const w = minutesWords(lang);
  const out: Content[] = view.sections.map((s, i) => sectionBlock(i + 1, s, lang));
  const c = view.counts;
  const summary = (['pass', 'fail', 'na', 'missing_data'] as VerdictStatus[]).map((s) => `${verdictLabel(s, lang)}: ${c[s]}`).join('; ');
  out.push({ text: [{ text: `${w.summary}: `, bold: true }, summary], margin: [0, 6, 0, 0] });
  if (view.packs.length) {
    out.push({ text: [{ text: `${w.packs}: `, bold: true }, view.packs.map((p) => `${p.regulation ?? p.packId} (${p.packId} ${p.version})`).join('; ')], fontSize: 9 });
  }
  return out;
}
