import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MinutesLang, MinutesSignature, MinutesView } from '../../../../src-shared/minutes/view';
import { dmy } from '../../../../src-shared/minutes/words';
import { A4_MARGINS, FONT_FAMILY } from '../pdf/printer';
import { minutesWords, severityLabel, type MinutesWords } from './labels';
import { resultsBlock } from './results';

/**
 * The Biên bản kiểm tra as a pdfmake document, in the layout of a Vietnamese administrative
 * document (Nghị định 30/2020/NĐ-CP): issuing body beside the national motto, number and date,
 * the title, then the numbered parts DOMAIN.md §1 lists, the signatures, and photos as an annex.
 */

export interface MinutesImages {
  /** pdfmake image key of a blob, when its bytes can be embedded. */
  keyOf(sha256: string | null): string | null;
  /** pdfmake image key of the content hash's QR code. */
  qrKey: string | null;
}

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function time(dt: string | null, w: MinutesWords, lang: MinutesLang): string | null {
  if (!dt) return null;
  const hh = dt.slice(11, 13);
  const mm = dt.slice(14, 16);
  return lang === 'en' ? `${hh}:${mm} ${w.day} ${dmy(dt.slice(0, 10))}` : `${hh} ${w.hour} ${mm} ${w.minute}, ${w.day} ${dmy(dt.slice(0, 10))}`;
}

function header(view: MinutesView, w: MinutesWords): Content {
  const d = view.datedAt.date;
  const dated = d ? w.dated(view.datedAt.place, d.slice(8, 10), d.slice(5, 7), d.slice(0, 4)) : w.datedBlank(view.datedAt.place);
  const rule = (width: number): Content => ({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.7 }], alignment: 'center', margin: [0, 1, 0, 4] });
  return {
    columns: [
      {
        width: 175,
        stack: [
          ...(view.superiorBody ? [{ text: view.superiorBody.toUpperCase(), alignment: 'center' as const, fontSize: 11 }] : []),
          { text: view.issuingBody.toUpperCase(), alignment: 'center', bold: true, fontSize: 11 },
          { text: w.teamBody, alignment: 'center', bold: true, fontSize: 11 },
          { columns: [{ width: '*', text: '' }, { width: 60, ...(rule(60) as object) }, { width: '*', text: '' }] } as Content,
          { text: `${w.number} ${view.number ?? w.numberBlank}`, alignment: 'center', fontSize: 11 },
        ],
      },
      {
        width: '*',
        stack: [
          { text: w.country, alignment: 'center', bold: true, fontSize: 11 },
          { text: w.motto, alignment: 'center', bold: true, fontSize: 12 },
          { columns: [{ width: '*', text: '' }, { width: 150, ...(rule(150) as object) }, { width: '*', text: '' }] } as Content,
          { text: dated, alignment: 'center', italics: true, fontSize: 11, margin: [0, 4, 0, 0] },
        ],
      },
    ],
    columnGap: 6,
  };
}

function heading(n: number, text: string, headlineLevel?: number): Content {
  return { text: `${roman[n] ?? n + 1}. ${text}`, style: 'h2', ...(headlineLevel ? { headlineLevel } : {}) };
}

/**
 * A part's heading as the borderless first row of its table, so the two never part at a page
 * break (pdfmake keeps header rows with the first body row; no second layout pass needed).
 */
const NO_BORDER: [boolean, boolean, boolean, boolean] = [false, false, false, false];

function headingRow(n: number, text: string, columns: number): TableCell[] {
  const rest: TableCell[] = Array.from({ length: columns - 1 }, () => ({ text: '', border: NO_BORDER }));
  return [{ text: `${roman[n] ?? n + 1}. ${text}`, style: 'h2', colSpan: columns, border: NO_BORDER, margin: [-4, 8, 0, 2] }, ...rest];
}

/** Grid lines, none above a table whose first row is its part's heading. */
const headedGrid = { hLineWidth: (i: number) => (i === 0 ? 0 : 1), vLineWidth: () => 1 };

/** A heading and a short block that follows it, kept on one page. */
function together(...blocks: Content[]): Content {
  return { stack: blocks, unbreakable: true };
}

function basis(view: MinutesView, w: MinutesWords, lang: MinutesLang): Content[] {
  const dec = view.decision;
  const line = `${w.basisDecision} ${dec.number ?? '……'} ${w.basisDated} ${dec.date ? dmy(dec.date) : '……'}${dec.issuer ? ` ${w.basisOf} ${dec.issuer}` : ''};`;
  const start = time(view.startedAt, w, lang) ?? w.closingBlank;
  const opening = `${w.opening} ${start}, ${w.at} ${view.place ?? view.facility.name}, ${w.openingTail} ${view.facility.name}.`;
  return [
    { text: line, italics: true, margin: [0, 0, 0, 3] },
    { text: opening, margin: [0, 0, 0, 4] },
  ];
}

function team(n: number, view: MinutesView, w: MinutesWords): Content {
  const body: TableCell[][] = [headingRow(n, w.sectionTeam, 4), [{ text: w.no, style: 'th' }, { text: w.name, style: 'th' }, { text: w.position, style: 'th' }, { text: w.role, style: 'th' }]];
  view.team.forEach((m, i) => body.push([{ text: String(i + 1), alignment: 'center' }, { text: m.name, bold: true }, { text: m.position ?? '' }, { text: w.roles[m.role] }]));
  return { table: { headerRows: 2, keepWithHeaderRows: 1, widths: [22, 140, '*', 80], body }, style: 'cell' , layout: headedGrid };
}

function facility(view: MinutesView, w: MinutesWords, lang: MinutesLang): Content[] {
  const f = view.facility;
  const address = [f.street, f.commune, f.province ? (f.province.startsWith('tỉnh') || f.province.startsWith('thành phố') ? f.province : `tỉnh ${f.province}`) : null]
    .filter(Boolean)
    .join(', ');
  const row = (label: string, value: Content): Content => ({ columns: [{ width: 130, text: `${label}:`, bold: true }, { width: '*', stack: [value] }], margin: [0, 1, 0, 1] });
  const out: Content[] = [
    row(w.facilityName, { text: f.name, bold: true }),
    row(w.address, { text: `${address}${f.legacyDistrict ? ` (${w.legacyDistrict}: ${f.legacyDistrict})` : ''}` || '—' }),
  ];
  if (f.contactName || f.contactPhone) out.push(row(w.contact, { text: [f.contactName, f.contactPhone].filter(Boolean).join(', ') }));
  out.push(row(w.representatives, f.representatives.length ? { ul: f.representatives.map((r) => (r.position ? `${r.name} — ${r.position}` : r.name)) } : { text: w.none }));
  const lic = f.licences.map((l) => {
    const parts = [`${l.kind[lang]} ${l.number}`, l.issuedBy ? `${w.issuedBy} ${l.issuedBy}` : null, l.issuedOn ? `${w.issuedOn} ${dmy(l.issuedOn)}` : null, l.expiresOn ? `${w.expiresOn} ${dmy(l.expiresOn)}` : null];
    return parts.filter(Boolean).join(', ');
  });
  out.push(row(w.licences, lic.length ? { ul: lic } : { text: w.none }));
  return out;
}

function findings(n: number, view: MinutesView, w: MinutesWords, lang: MinutesLang): Content {
  if (!view.findings.length) return together(heading(n, w.sectionFindings), { text: w.noFindings });
  const body: TableCell[][] = [headingRow(n, w.sectionFindings, 3), [{ text: w.no, style: 'th' }, { text: w.finding, style: 'th' }, { text: w.severity, style: 'th' }]];
  view.findings.forEach((f, i) => {
    const detail: Content[] = [{ text: f.title, bold: true }];
    if (f.description) detail.push({ text: f.description });
    if (f.explanation && f.explanation[lang] !== f.description) detail.push({ text: f.explanation[lang], fontSize: 8, italics: true });
    body.push([{ text: String(i + 1), alignment: 'center' }, { stack: detail }, { text: severityLabel(f.severity, lang) }]);
  });
  return { table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: [22, '*', 80], body }, style: 'cell' , layout: headedGrid };
}

function requirements(n: number, view: MinutesView, w: MinutesWords): Content {
  if (!view.requirements.length) return together(heading(n, w.sectionRequirements), { text: w.noRequirements });
  const body: TableCell[][] = [headingRow(n, w.sectionRequirements, 4), [{ text: w.no, style: 'th' }, { text: w.requirement, style: 'th' }, { text: w.responsible, style: 'th' }, { text: w.deadline, style: 'th' }]];
  view.requirements.forEach((r, i) =>
    body.push([{ text: String(i + 1), alignment: 'center' }, { text: r.text }, { text: r.responsible ?? '' }, { text: r.deadline ? dmy(r.deadline) : '' }]),
  );
  return { table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: [22, '*', 120, 62], body }, style: 'cell' , layout: headedGrid };
}

function signatureBlock(s: MinutesSignature | undefined, title: string, w: MinutesWords, images: MinutesImages): Content {
  const key = images.keyOf(s?.sha256 ?? null);
  return {
    stack: [
      { text: title, bold: true, alignment: 'center' },
      { text: w.signHint, italics: true, alignment: 'center', fontSize: 9 },
      key ? { image: key, fit: [150, 58], alignment: 'center', margin: [0, 4, 0, 4] } : { text: '', margin: [0, 33, 0, 33] },
      { text: s?.name ?? '', bold: true, alignment: 'center' },
    ],
    unbreakable: true,
  };
}

function signatures(view: MinutesView, w: MinutesWords, images: MinutesImages): Content[] {
  const of = (role: MinutesSignature['role']) => view.signatures.filter((s) => s.role === role);
  const out: Content[] = [
    {
      columns: [signatureBlock(of('dai_dien_co_so')[0], w.signers.dai_dien_co_so, w, images), signatureBlock(of('truong_doan')[0], w.signers.truong_doan, w, images)],
      margin: [0, 10, 0, 0],
      unbreakable: true,
    } as Content,
  ];
  const others = [...of('dai_dien_co_so').slice(1), ...of('truong_doan').slice(1), ...view.signatures.filter((s) => s.role !== 'dai_dien_co_so' && s.role !== 'truong_doan')];
  for (let i = 0; i < others.length; i += 2) {
    const pair = others.slice(i, i + 2);
    out.push({ columns: pair.map((s) => signatureBlock(s, w.signers[s.role], w, images)), margin: [0, 8, 0, 0], unbreakable: true } as Content);
  }
  return out;
}

/** Amendments (biên bản bổ sung) under the signed minutes, each with its reason, changes and own hash. */
function amendments(view: MinutesView, w: MinutesWords, lang: MinutesLang): Content[] {
  const out: Content[] = [];
  for (const a of view.amendments ?? []) {
    const signedAt = `${a.signedAt.slice(11, 16)} ${dmy(a.signedAt.slice(0, 10))} (UTC)`;
    const block: Content[] = [
      { text: w.amendmentTitle(a.seq), style: 'title', fontSize: 13, margin: [0, 0, 0, 4] },
      { text: `${w.amendmentOf} ${view.contentHash ?? ''}`, alignment: 'center', fontSize: 8, margin: [0, 0, 0, 6] },
      { text: [{ text: `${w.amendmentReason}: `, bold: true }, a.reason], margin: [0, 0, 0, 4] },
    ];
    if (a.changes.length) {
      const body: TableCell[][] = [[{ text: w.no, style: 'th' }, { text: w.amendmentItem, style: 'th' }, { text: w.amendmentBefore, style: 'th' }, { text: w.amendmentAfter, style: 'th' }]];
      a.changes.forEach((c, i) => {
        const label = c.instanceLabel ? `${c.label[lang]} — ${c.instanceLabel}` : c.label[lang];
        const after: Content[] = [{ text: c.after?.[lang] ?? '—' }];
        if (c.note) after.push({ text: `${w.note}: ${c.note}`, italics: true, fontSize: 8 });
        body.push([{ text: String(i + 1), alignment: 'center' }, { text: label }, { text: c.before?.[lang] ?? '—' }, { stack: after }]);
      });
      block.push({ table: { headerRows: 1, dontBreakRows: true, widths: [22, '*', 110, 130], body }, style: 'cell' });
    }
    if (a.text) block.push({ text: [{ text: `${w.amendmentText}: `, bold: true }, a.text], margin: [0, 4, 0, 0] });
    block.push({ text: w.amendmentSigned(a.signerName, signedAt), margin: [0, 6, 0, 0] });
    block.push({ text: `${w.hash} ${a.sha256}`, fontSize: 7, margin: [0, 2, 0, 0] });
    out.push({ stack: block, pageBreak: 'before' } as Content);
  }
  return out;
}

function photos(view: MinutesView, w: MinutesWords, lang: MinutesLang, images: MinutesImages): Content[] {
  if (!view.photos.length) return [];
  const cells: Content[] = view.photos.map((p, i) => {
    const key = images.keyOf(p.sha256);
    const caption = [`${i + 1}. ${p.item[lang]}`, p.instanceLabel, p.caption].filter(Boolean).join(' — ');
    return {
      stack: [
        key ? { image: key, fit: [210, 150], alignment: 'center' } : { text: w.photoNotPrintable, italics: true, fontSize: 8, margin: [0, 20, 0, 20] },
        { text: caption, fontSize: 8, alignment: 'center', margin: [0, 2, 0, 0] },
        { text: `SHA-256 ${p.sha256}`, fontSize: 6, alignment: 'center', color: '#333333' },
      ],
      unbreakable: true,
      margin: [0, 4, 0, 6],
    } as Content;
  });
  const rows: Content[] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push({ columns: [cells[i]!, cells[i + 1] ?? { text: '' }], columnGap: 12 } as Content);
  return [{ text: w.sectionPhotos, style: 'h2', pageBreak: 'before' }, ...rows];
}

export function minutesDocument(view: MinutesView, opts: { draft: boolean; lang: MinutesLang; images: MinutesImages }): TDocumentDefinitions {
  const lang = opts.lang;
  const w = minutesWords(lang);
  const hash = opts.draft ? null : view.contentHash;
  const qr = hash ? opts.images.qrKey : null;
  const closing = time(view.endedAt, w, lang) ?? w.closingBlank;
  const copies = String(view.copies).padStart(2, '0');
  let n = 0;
  const content: Content[] = [
    header(view, w),
    { text: w.title, style: 'title', margin: [0, 14, 0, 0] },
    { text: view.subject[lang], alignment: 'center', bold: true, fontSize: 12, margin: [0, 2, 0, 10] },
    ...basis(view, w, lang),
    team(n++, view, w),
    together(heading(n++, w.sectionFacility), ...facility(view, w, lang)),
    // The only heading left to pdfmake's orphan check (a second layout pass, when it triggers).
    heading(n++, w.sectionResults, 1),
    ...resultsBlock(view, lang),
    findings(n++, view, w, lang),
    requirements(n++, view, w),
    together(heading(n++, w.sectionConclusion), { text: view.conclusion ?? w.noText, alignment: 'justify' }),
    together(heading(n++, w.sectionOpinion), { text: view.facilityOpinion ?? w.noText, alignment: 'justify' }),
    { text: w.closing(closing, copies), alignment: 'justify', margin: [0, 10, 0, 0] },
    ...signatures(view, w, opts.images),
    ...(opts.draft ? [] : amendments(view, w, lang)),
    ...photos(view, w, lang, opts.images),
  ];
  return {
    content,
    pageSize: 'A4',
    pageMargins: A4_MARGINS,
    language: lang === 'en' ? 'en' : 'vi',
    info: { title: `${w.title} — ${view.facility.name}` },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center' },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10.5, bold: true },
      th: { bold: true, fillColor: '#eeeeee', alignment: 'center' },
      cell: { fontSize: 8.5, lineHeight: 1.05 },
      measure: { fontSize: 7.5 },
    },
    // A heading is never left alone at the foot of a page.
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    header: opts.draft
      ? () => ({ text: w.draftNote, alignment: 'center', bold: true, color: '#b71c1c', fontSize: 9, margin: [0, 18, 0, 0] })
      : undefined,
    watermark: opts.draft ? { text: w.draft, color: '#b71c1c', opacity: 0.12, bold: true, fontSize: 90 } : undefined,
    footer: (page: number, pages: number) => ({
      margin: [A4_MARGINS[0], 8, A4_MARGINS[2], 0],
      columns: [
        qr ? { width: 50, image: qr, fit: [46, 46] } : { width: 0, text: '' },
        {
          width: '*',
          stack: hash
            ? [
                { text: w.hash, fontSize: 7 },
                { text: hash, fontSize: 7 },
              ]
            : [{ text: w.draftNote, fontSize: 7, color: '#b71c1c' }],
          margin: [4, 10, 0, 0],
        },
        { width: 70, text: w.page(page, pages), alignment: 'right', fontSize: 9, margin: [0, 10, 0, 0] },
      ],
    }),
  };
}
