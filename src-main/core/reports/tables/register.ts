import { qcDue, XRAY_UNIT_TYPES, type XrayUnitType } from '../../../../src-shared/rules/radiation';
import { findRule, param } from '../../../../src-shared/rules/verdict';
import { DOSE_LIMIT_RULES } from '../../../../src-shared/rules/radiation-doses';
import { SOURCE_STATUS_LABELS, type SourceStatus } from '../../../../src-shared/schemas/register/sealed-sources';
import { WORKER_ROLE_LABELS, type WorkerRole } from '../../../../src-shared/schemas/register/workers';
import { XRAY_UNIT_STATUS_LABELS, XRAY_UNIT_TYPE_LABELS, type XrayUnitStatus } from '../../../../src-shared/schemas/register/xray-units';
import type { ReportFilter } from '../../../../src-shared/schemas/report';
import type { JudgingEnv } from '../../judging/packs';
import { computeSourceStatus, type SourceRow } from '../../warnings/source-status';
import { warningScope } from '../../warnings/scope';
import { selectFacilities } from '../selection';
import { cells, type ReportTable } from './types';

type Lang = 'vi' | 'en';

const QC_STATE_WORDS = {
  ok: { vi: 'Còn hạn', en: 'Valid' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  unknown: { vi: 'Chưa có ngày kiểm định', en: 'No verification date' },
} as const;

/** X-ray units of the area with their verification (kiểm định) status today, by the pack's interval. */
export function xrayUnitsTable(env: JudgingEnv, filter: Pick<ReportFilter, 'commune'>, lang: Lang): ReportTable {
  const fac = selectFacilities(filter);
  const base = `FROM xray_units t JOIN facilities fa ON fa.id = t.facility_id WHERE t.deleted_at IS NULL AND fa.id IN (SELECT fa.id ${fac.from})`;
  return {
    subject: 'xray_units',
    columns: [
      { key: 'facility', header: { vi: 'Cơ sở', en: 'Facility' }, type: 'text', width: 40 },
      { key: 'commune', header: { vi: 'Xã/phường', en: 'Commune/ward' }, type: 'text' },
      { key: 'type', header: { vi: 'Loại thiết bị', en: 'Unit type' }, type: 'text' },
      { key: 'manufacturer', header: { vi: 'Hãng sản xuất', en: 'Manufacturer' }, type: 'text' },
      { key: 'model', header: { vi: 'Model', en: 'Model' }, type: 'text' },
      { key: 'serial', header: { vi: 'Số máy', en: 'Serial no.' }, type: 'text' },
      { key: 'status', header: { vi: 'Tình trạng', en: 'Status' }, type: 'text' },
      { key: 'lastQc', header: { vi: 'Kiểm định gần nhất', en: 'Last verification' }, type: 'date' },
      { key: 'qcDue', header: { vi: 'Hạn kiểm định', en: 'Verification due' }, type: 'date' },
      { key: 'qcState', header: { vi: 'Tình trạng kiểm định', en: 'Verification status' }, type: 'text' },
    ],
    estimate: () => (env.db.prepare(`SELECT COUNT(*) AS n ${base}`).get(...fac.params) as { n: number }).n,
    *rows() {
      const scope = warningScope(env, undefined);
      const facilities = new Map(scope.facilities.map((f) => [f.id, f]));
      const it = env.db
        .prepare(`SELECT t.facility_id, fa.name AS facility, fa.commune, t.unit_type, t.manufacturer, t.model, t.serial, t.status, t.last_qc_on ${base} ORDER BY fa.name_key, t.serial_key, t.id`)
        .iterate(...fac.params);
      for (const r of it as Iterable<Record<string, string | null>>) {
        const type: XrayUnitType = (XRAY_UNIT_TYPES as readonly string[]).includes(r.unit_type ?? '') ? (r.unit_type as XrayUnitType) : 'other';
        const f = facilities.get(r.facility_id ?? '');
        const pack = f ? scope.packFor(f, 'radiation') : null;
        const due = r.status === 'in_use' && pack ? qcDue(pack, { type, lastQcDate: r.last_qc_on ?? null }, scope.today) : null;
        yield cells(
          r.facility,
          r.commune,
          XRAY_UNIT_TYPE_LABELS[type][lang],
          r.manufacturer,
          r.model,
          r.serial,
          XRAY_UNIT_STATUS_LABELS[r.status as XrayUnitStatus]?.[lang] ?? r.status,
          r.last_qc_on,
          due?.dueDate ?? null,
          due ? QC_STATE_WORDS[due.state][lang] : lang === 'vi' ? 'Không đang sử dụng' : 'Not in use',
        );
      }
    },
  };
}

/** Sealed sources of the area with their activity decayed to today and their IAEA category. */
export function sourcesTable(env: JudgingEnv, filter: Pick<ReportFilter, 'commune'>, lang: Lang): ReportTable {
  const fac = selectFacilities(filter);
  const base = `FROM sealed_sources t JOIN facilities fa ON fa.id = t.facility_id WHERE t.deleted_at IS NULL AND fa.id IN (SELECT fa.id ${fac.from})`;
  return {
    subject: 'sources',
    columns: [
      { key: 'facility', header: { vi: 'Cơ sở', en: 'Facility' }, type: 'text', width: 40 },
      { key: 'commune', header: { vi: 'Xã/phường', en: 'Commune/ward' }, type: 'text' },
      { key: 'nuclide', header: { vi: 'Đồng vị', en: 'Nuclide' }, type: 'text' },
      { key: 'serial', header: { vi: 'Số seri', en: 'Serial no.' }, type: 'text' },
      { key: 'status', header: { vi: 'Tình trạng', en: 'Status' }, type: 'text' },
      { key: 'a0', header: { vi: 'Hoạt độ ban đầu', en: 'Reference activity' }, unit: 'Bq', type: 'number' },
      { key: 'refDate', header: { vi: 'Ngày tham chiếu', en: 'Reference date' }, type: 'date' },
      { key: 'a', header: { vi: 'Hoạt độ hôm nay', en: 'Activity today' }, unit: 'Bq', type: 'number' },
      { key: 'ratio', header: { vi: 'Tỉ số A/D', en: 'A/D ratio' }, type: 'number' },
      { key: 'category', header: { vi: 'Nhóm IAEA', en: 'IAEA category' }, type: 'integer' },
    ],
    estimate: () => (env.db.prepare(`SELECT COUNT(*) AS n ${base}`).get(...fac.params) as { n: number }).n,
    *rows() {
      const scope = warningScope(env, undefined);
      const facilities = new Map(scope.facilities.map((f) => [f.id, f]));
      const it = env.db
        .prepare(`SELECT t.id, t.facility_id, fa.name AS facility, fa.commune, t.nuclide, t.nuclide_other, t.activity_bq, t.reference_date, t.serial, t.status ${base} ORDER BY fa.name_key, t.id`)
        .iterate(...fac.params);
      for (const r of it as Iterable<SourceRow & { facility: string; commune: string | null; status: string }>) {
        const f = facilities.get(r.facility_id);
        const s = computeSourceStatus(f ? scope.packFor(f, 'sources') : null, r, scope.today);
        yield cells(r.facility, r.commune, s.nuclide, r.serial, SOURCE_STATUS_LABELS[r.status as SourceStatus]?.[lang] ?? r.status, r.activity_bq, r.reference_date, s.activityBq, s.ratio, s.category);
      }
    },
  };
}

/**
 * Each worker's dose per calendar year of the period (sum of the quarters recorded), effective
 * dose by E = a·H_W + b·H_N for interventional staff with both readings, and whether the year is
 * above the annual limit of the pack in force.
 */
export function dosesTable(env: JudgingEnv, filter: ReportFilter, lang: Lang): ReportTable {
  const fac = selectFacilities(filter);
  const fromYear = Number(filter.from.slice(0, 4));
  const toYear = Number(filter.to.slice(0, 4));
  const scope = warningScope(env, undefined);
  const pack = scope.facilities[0] ? scope.packFor(scope.facilities[0], 'radiation') : null;
  const formula = pack && findRule(pack, 'radiation.dose.interventional_formula');
  const eff = pack && findRule(pack, DOSE_LIMIT_RULES.effective);
  const a = (formula && param(formula, 'waistWeight', 'number')?.value) ?? null;
  const b = (formula && param(formula, 'neckWeight', 'number')?.value) ?? null;
  const annualMax = (eff && param(eff, 'annualMax', 'number')?.value) ?? null;
  const grouped = `FROM dose_records d JOIN workers w ON w.id = d.worker_id AND w.deleted_at IS NULL JOIN facilities fa ON fa.id = d.facility_id
    WHERE d.deleted_at IS NULL AND d.year BETWEEN ? AND ? AND fa.id IN (SELECT fa.id ${fac.from}) GROUP BY d.worker_id, d.year`;
  const params = [fromYear, toYear, ...fac.params];
  return {
    subject: 'doses',
    columns: [
      { key: 'facility', header: { vi: 'Cơ sở', en: 'Facility' }, type: 'text', width: 40 },
      { key: 'worker', header: { vi: 'Nhân viên bức xạ', en: 'Radiation worker' }, type: 'text', width: 28 },
      { key: 'role', header: { vi: 'Vai trò', en: 'Role' }, type: 'text' },
      { key: 'year', header: { vi: 'Năm', en: 'Year' }, type: 'integer' },
      { key: 'quarters', header: { vi: 'Số quý có số liệu', en: 'Quarters recorded' }, type: 'integer' },
      { key: 'effective', header: { vi: 'Liều hiệu dụng', en: 'Effective dose' }, unit: 'mSv', type: 'number' },
      { key: 'lens', header: { vi: 'Liều thủy tinh thể', en: 'Lens of the eye' }, unit: 'mSv', type: 'number' },
      { key: 'skin', header: { vi: 'Liều da', en: 'Skin' }, unit: 'mSv', type: 'number' },
      { key: 'judged', header: { vi: 'So với giới hạn năm', en: 'Against the annual limit' }, type: 'text' },
    ],
    estimate: () => (env.db.prepare(`SELECT COUNT(*) AS n FROM (SELECT 1 ${grouped})`).get(...params) as { n: number }).n,
    *rows() {
      const it = env.db
        .prepare(
          `SELECT fa.name AS facility, w.name AS worker, w.role, d.year, COUNT(*) AS quarters,
                  SUM(CASE WHEN w.interventional = 1 AND ? IS NOT NULL AND d.hw_msv IS NOT NULL AND d.hn_msv IS NOT NULL THEN ? * d.hw_msv + ? * d.hn_msv ELSE d.hp10_msv END) AS e,
                  SUM(d.lens_msv) AS lens, SUM(d.hp007_msv) AS skin
           ${grouped} ORDER BY fa.name_key, w.name_key, d.worker_id, d.year`,
        )
        .iterate(a, a, b, ...params);
      for (const r of it as Iterable<{ facility: string; worker: string; role: string; year: number; quarters: number; e: number | null; lens: number | null; skin: number | null }>) {
        const e = r.e === null ? null : Math.round(r.e * 1000) / 1000;
        const judged =
          e === null || annualMax === null ? (lang === 'vi' ? 'Thiếu dữ liệu' : 'Missing data') : e > annualMax ? (lang === 'vi' ? `Vượt ${annualMax} mSv` : `Above ${annualMax} mSv`) : lang === 'vi' ? 'Trong giới hạn' : 'Within the limit';
        yield cells(r.facility, r.worker, WORKER_ROLE_LABELS[r.role as WorkerRole]?.[lang] ?? r.role, r.year, r.quarters, e, r.lens, r.skin, judged);
      }
    },
  };
}
