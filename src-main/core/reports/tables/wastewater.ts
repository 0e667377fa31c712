import { VERDICT_LABELS } from '../../../../src-shared/rules/verdict';
import type { ReportFilter } from '../../../../src-shared/schemas/report';
import type { JudgingEnv } from '../../judging/packs';
import { selectInspections } from '../selection';
import { reportedVerdicts } from '../verdicts';
import { limitText } from './checks';
import { cells, type ReportTable } from './types';

const PARAMETER_ITEMS = new Set(['lab_results', 'ph_onsite']);
const SOURCE_LABELS = {
  signed: { vi: 'Biên bản đã ký', en: 'Signed minutes' },
  live: { vi: 'Quy chuẩn hiện hành (chưa ký)', en: 'Packs in force (not signed)' },
} as const;

/**
 * Every measured wastewater parameter of the selected checks with the limit it was judged against
 * and the verdict: a signed check's as its signed minutes froze them, one not yet signed as its
 * form judges it now (the last column says which).
 */
export function wastewaterTable(env: JudgingEnv, filter: ReportFilter, lang: 'vi' | 'en'): ReportTable {
  const sel = selectInspections(filter);
  const ids = `SELECT i.id, i.sort_date AS d, fa.name AS facility, fa.commune ${sel.from} AND i.kind IN ('wastewater', 'combined') ORDER BY i.sort_date DESC, i.id`;
  return {
    subject: 'wastewater',
    columns: [
      { key: 'date', header: { vi: 'Ngày kiểm tra', en: 'Check date' }, type: 'date' },
      { key: 'facility', header: { vi: 'Cơ sở', en: 'Facility' }, type: 'text', width: 40 },
      { key: 'commune', header: { vi: 'Xã/phường', en: 'Commune/ward' }, type: 'text' },
      { key: 'system', header: { vi: 'Hệ thống xử lý', en: 'Treatment system' }, type: 'text' },
      { key: 'parameter', header: { vi: 'Chỉ tiêu', en: 'Parameter' }, type: 'text' },
      { key: 'value', header: { vi: 'Kết quả', en: 'Result' }, type: 'number' },
      { key: 'unit', header: { vi: 'Đơn vị', en: 'Unit' }, type: 'text' },
      { key: 'limit', header: { vi: 'Giới hạn cho phép', en: 'Allowed limit' }, type: 'text' },
      { key: 'verdict', header: { vi: 'Đánh giá', en: 'Verdict' }, type: 'text' },
      { key: 'basis', header: { vi: 'Cách tính giới hạn', en: 'How the limit was found' }, type: 'text', width: 40 },
      { key: 'citation', header: { vi: 'Căn cứ', en: 'Legal basis' }, type: 'text', width: 40 },
      { key: 'source', header: { vi: 'Nguồn đánh giá', en: 'Verdict from' }, type: 'text', width: 34 },
    ],
    // Measured results (lab-table rows with a value, pH on site): one verdict row each.
    estimate: () =>
      (
        env.db
          .prepare(
            `SELECT COUNT(*) AS n FROM inspection_answers a LEFT JOIN json_each(CASE WHEN json_type(a.value) = 'array' THEN a.value ELSE '[]' END) r
             WHERE a.deleted_at IS NULL AND a.item_key IN ('lab_results', 'ph_onsite') AND a.inspection_id IN (SELECT i.id ${sel.from})`,
          )
          .get(...sel.params) as { n: number }
      ).n,
    rows: () => wastewaterRows(env, ids, sel.params, lang),
  };
}

function* wastewaterRows(env: JudgingEnv, sql: string, params: (string | number)[], lang: 'vi' | 'en') {
  const inspections = env.db.prepare(sql).all(...params) as { id: string; d: string; facility: string; commune: string | null }[];
  for (const ins of inspections) {
    const { verdicts, source } = reportedVerdicts(env, ins.id);
    const from = SOURCE_LABELS[source][lang];
    for (const item of verdicts.items) {
      if (!PARAMETER_ITEMS.has(item.itemKey)) continue;
      for (const v of item.verdicts) {
        const x = v.verdict;
        // Not applicable, or nothing measured (an item left empty): not a result.
        if (x.status === 'na' || (x.value === null && x.status === 'missing_data')) continue;
        yield cells(
          ins.d,
          ins.facility,
          ins.commune,
          item.instanceLabel,
          v.where ?? item.label[lang],
          x.value,
          x.unit,
          x.limit ? limitText(x.limit, null, lang) : null,
          VERDICT_LABELS[x.status][lang],
          x.basis?.formula?.[lang] ?? null,
          lang === 'en' ? (x.citation.en ?? x.citation.vi) : x.citation.vi,
          from,
        );
      }
    }
  }
}
