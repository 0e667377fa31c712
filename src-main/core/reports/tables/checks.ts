import { FINDING_SEVERITY_LABELS, type FindingSeverity } from '../../../../src-shared/schemas/finding';
import { REQUIREMENT_STATUS_LABELS, type RequirementStatus } from '../../../../src-shared/schemas/requirement';
import type { CheckResult, ReportFilter } from '../../../../src-shared/schemas/report';
import { CHECK_RESULT_WORDS, INSPECTION_KIND_WORDS, INSPECTION_STATUS_WORDS } from '../../../../src-shared/reports/labels';
import type { InspectionKind } from '../../../../src-shared/checklists/schema';
import type { Verdict } from '../../../../src-shared/rules/verdict';
import { formatNumber } from '../../../../src-shared/text/numbers';
import type { Db } from '../../db/types';
import { RESULT_SQL, selectInspections } from '../selection';
import { cells, type Cell, type ReportTable } from './types';

type Lang = 'vi' | 'en';

function teamLeader(teamJson: string): string | null {
  try {
    const team = JSON.parse(teamJson) as { name?: string; role?: string }[];
    return (team.find((m) => m.role === 'truong_doan') ?? team[0])?.name ?? null;
  } catch {
    return null;
  }
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The checks of the selection, newest first, with their result and counts of findings and requirements. */
export function inspectionsTable(db: Db, filter: ReportFilter, lang: Lang): ReportTable {
  const sel = selectInspections(filter);
  const sql = `SELECT i.id, i.sort_date, fa.name AS facility, fa.commune, i.kind, i.template_id, i.decision_number, i.decision_date, i.team, i.status, ${RESULT_SQL} AS result,
      (SELECT COUNT(*) FROM findings f WHERE f.inspection_id = i.id AND f.deleted_at IS NULL AND f.status = 'open') AS findings,
      (SELECT COUNT(*) FROM requirements q WHERE q.inspection_id = i.id AND q.deleted_at IS NULL) AS requirements
    ${sel.from} ORDER BY i.sort_date DESC, i.id`;
  return {
    subject: 'inspections',
    columns: [
      { key: 'date', header: { vi: 'Ngày kiểm tra', en: 'Check date' }, type: 'date' },
      { key: 'facility', header: { vi: 'Cơ sở', en: 'Facility' }, type: 'text', width: 40 },
      { key: 'commune', header: { vi: 'Xã/phường', en: 'Commune/ward' }, type: 'text' },
      { key: 'kind', header: { vi: 'Loại kiểm tra', en: 'Kind of check' }, type: 'text' },
      { key: 'template', header: { vi: 'Mẫu phiếu', en: 'Form' }, type: 'text' },
      { key: 'decision', header: { vi: 'Số quyết định', en: 'Decision no.' }, type: 'text' },
      { key: 'decisionDate', header: { vi: 'Ngày quyết định', en: 'Decision date' }, type: 'date' },
      { key: 'leader', header: { vi: 'Trưởng đoàn', en: 'Team leader' }, type: 'text' },
      { key: 'status', header: { vi: 'Trạng thái', en: 'Status' }, type: 'text' },
      { key: 'result', header: { vi: 'Kết quả', en: 'Result' }, type: 'text' },
      { key: 'findings', header: { vi: 'Số phát hiện', en: 'Open findings' }, type: 'integer' },
      { key: 'requirements', header: { vi: 'Số yêu cầu', en: 'Requirements' }, type: 'integer' },
      { key: 'id', header: { vi: 'Mã cuộc kiểm tra', en: 'Check id' }, type: 'text' },
    ],
    estimate: () => (db.prepare(`SELECT COUNT(*) AS n ${sel.from}`).get(...sel.params) as { n: number }).n,
    *rows() {
      for (const r of db.prepare(sql).iterate(...sel.params) as Iterable<Record<string, string | number | null>>) {
        yield [
          r.sort_date,
          r.facility,
          r.commune,
          INSPECTION_KIND_WORDS[r.kind as InspectionKind]?.[lang] ?? r.kind,
          r.template_id,
          r.decision_number,
          r.decision_date,
          teamLeader(String(r.team ?? '[]')),
          INSPECTION_STATUS_WORDS[String(r.status)]?.[lang] ?? r.status,
          CHECK_RESULT_WORDS[r.result as CheckResult][lang],
          r.findings,
          r.requirements,
          r.id,
        ] as Cell[];
      }
    },
  };
}

/** Findings of the selected checks (open and dismissed), with the verdict's value, limit and citation. */
export function findingsTable(db: Db, filter: ReportFilter, lang: Lang): ReportTable {
  const sel = selectInspections(filter);
  const base = `FROM findings f JOIN (SELECT i.id AS iid, i.sort_date AS d, fa.name AS facility, fa.commune AS commune ${sel.from}) s ON s.iid = f.inspection_id WHERE f.deleted_at IS NULL`;
  return {
    subject: 'findings',
    columns: [
      { key: 'date', header: { vi: 'Ngày kiểm tra', en: 'Check date' }, type: 'date' },
      { key: 'facility', header: { vi: 'Cơ sở', en: 'Facility' }, type: 'text', width: 40 },
      { key: 'commune', header: { vi: 'Xã/phường', en: 'Commune/ward' }, type: 'text' },
      { key: 'title', header: { vi: 'Nội dung phát hiện', en: 'Finding' }, type: 'text', width: 60 },
      { key: 'severity', header: { vi: 'Mức độ', en: 'Severity' }, type: 'text' },
      { key: 'origin', header: { vi: 'Nguồn', en: 'Origin' }, type: 'text' },
      { key: 'rule', header: { vi: 'Quy tắc', en: 'Rule' }, type: 'text' },
      { key: 'value', header: { vi: 'Giá trị đo', en: 'Value' }, type: 'text' },
      { key: 'limit', header: { vi: 'Giới hạn', en: 'Limit' }, type: 'text' },
      { key: 'citation', header: { vi: 'Căn cứ', en: 'Legal basis' }, type: 'text', width: 50 },
      { key: 'status', header: { vi: 'Trạng thái', en: 'Status' }, type: 'text' },
    ],
    estimate: () => (db.prepare(`SELECT COUNT(*) AS n ${base}`).get(...sel.params) as { n: number }).n,
    *rows() {
      const it = db.prepare(`SELECT s.d, s.facility, s.commune, f.title, f.severity, f.origin, f.rule_id, f.verdict, f.status ${base} ORDER BY s.d DESC, f.id`).iterate(...sel.params);
      for (const r of it as Iterable<Record<string, string | null>>) {
        const v = r.verdict ? (JSON.parse(r.verdict) as Verdict) : null;
        yield cells(
          r.d,
          r.facility,
          r.commune,
          r.title,
          FINDING_SEVERITY_LABELS[r.severity as FindingSeverity][lang],
          r.origin === 'rule' ? (lang === 'vi' ? 'Theo quy chuẩn' : 'Rule') : lang === 'vi' ? 'Đoàn ghi' : 'Inspector',
          r.rule_id,
          v?.value === null || v?.value === undefined ? null : `${typeof v.value === 'number' ? formatNumber(v.value, lang) : String(v.value)}${v.unit ? ` ${v.unit}` : ''}`,
          v?.limit ? limitText(v.limit, v.unit, lang) : null,
          v ? (lang === 'en' ? (v.citation.en ?? v.citation.vi) : v.citation.vi) : null,
          r.status === 'open' ? (lang === 'vi' ? 'Còn hiệu lực' : 'Open') : lang === 'vi' ? 'Đã bỏ' : 'Dismissed',
        );
      }
    },
  };
}

export function limitText(limit: { min: number | null; max: number | null }, unit: string | null, lang: Lang): string {
  const u = unit ? ` ${unit}` : '';
  const n = (x: number) => formatNumber(x, lang);
  if (limit.min !== null && limit.max !== null) return `${n(limit.min)}–${n(limit.max)}${u}`;
  if (limit.max !== null) return `≤ ${n(limit.max)}${u}`;
  if (limit.min !== null) return `≥ ${n(limit.min)}${u}`;
  return '';
}

/** Requirements made at the selected checks, with their deadline and how late they are today. */
export function requirementsTable(db: Db, filter: ReportFilter, lang: Lang, today: string): ReportTable {
  const sel = selectInspections(filter);
  const base = `FROM requirements q JOIN (SELECT i.id AS iid, i.sort_date AS d, fa.name AS facility, fa.commune AS commune ${sel.from}) s ON s.iid = q.inspection_id WHERE q.deleted_at IS NULL`;
  return {
    subject: 'requirements',
    columns: [
      { key: 'date', header: { vi: 'Ngày kiểm tra', en: 'Check date' }, type: 'date' },
      { key: 'facility', header: { vi: 'Cơ sở', en: 'Facility' }, type: 'text', width: 40 },
      { key: 'commune', header: { vi: 'Xã/phường', en: 'Commune/ward' }, type: 'text' },
      { key: 'text', header: { vi: 'Yêu cầu khắc phục', en: 'Requirement' }, type: 'text', width: 60 },
      { key: 'responsible', header: { vi: 'Người/bộ phận thực hiện', en: 'Responsible' }, type: 'text' },
      { key: 'deadline', header: { vi: 'Thời hạn', en: 'Deadline' }, type: 'date' },
      { key: 'status', header: { vi: 'Trạng thái', en: 'Status' }, type: 'text' },
      { key: 'late', header: { vi: 'Quá hạn', en: 'Overdue' }, unit: lang === 'vi' ? 'ngày' : 'days', type: 'integer' },
    ],
    estimate: () => (db.prepare(`SELECT COUNT(*) AS n ${base}`).get(...sel.params) as { n: number }).n,
    *rows() {
      const it = db.prepare(`SELECT s.d, s.facility, s.commune, q.text, q.responsible, q.deadline, q.status ${base} ORDER BY q.deadline IS NULL, q.deadline, q.id`).iterate(...sel.params);
      for (const r of it as Iterable<Record<string, string | null>>) {
        const late = r.status === 'open' && r.deadline && r.deadline < today ? daysBetween(r.deadline, today) : null;
        yield cells(r.d, r.facility, r.commune, r.text, r.responsible, r.deadline, REQUIREMENT_STATUS_LABELS[r.status as RequirementStatus][lang], late);
      }
    },
  };
}
