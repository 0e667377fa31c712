import { viDate } from '../../../src-shared/rules/dates';
import { qcDue, XRAY_UNIT_TYPES, type XrayUnitType } from '../../../src-shared/rules/radiation';
import { findRule } from '../../../src-shared/rules/verdict';
import { XRAY_UNIT_TYPE_LABELS } from '../../../src-shared/schemas/register/xray-units';
import type { RegisterWarning } from '../../../src-shared/schemas/warning';
import { scopedRows, severityOf, stateOf, type WarningScope } from './scope';

const QC_RULE = 'radiation.qc_interval';

interface UnitRow {
  id: string;
  facility_id: string;
  unit_type: string;
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  last_qc_on: string | null;
}

/** Units in use whose verification (kiểm định) is overdue or due soon; the interval per type is the pack's. */
export function xrayQcWarnings(scope: WarningScope, single: boolean): RegisterWarning[] {
  const rows = scopedRows<UnitRow>(
    scope,
    "SELECT t.id, t.facility_id, t.unit_type, t.manufacturer, t.model, t.serial, t.last_qc_on FROM xray_units t WHERE t.deleted_at IS NULL AND t.status = 'in_use'",
    single,
  );
  const out: RegisterWarning[] = [];
  for (const { row, facility } of rows) {
    const pack = scope.packFor(facility, 'radiation');
    if (!pack) continue;
    const type: XrayUnitType = (XRAY_UNIT_TYPES as readonly string[]).includes(row.unit_type) ? (row.unit_type as XrayUnitType) : 'other';
    const due = qcDue(pack, { type, lastQcDate: row.last_qc_on }, scope.today);
    const state = due && stateOf(due);
    if (!due || !state) continue;
    const rule = findRule(pack, QC_RULE);
    const typeLabel = XRAY_UNIT_TYPE_LABELS[type];
    const name = [typeLabel.vi, row.manufacturer, row.model].filter(Boolean).join(' ') + (row.serial ? ` (SN ${row.serial})` : '');
    const nameEn = [typeLabel.en, row.manufacturer, row.model].filter(Boolean).join(' ') + (row.serial ? ` (SN ${row.serial})` : '');
    const months = rule?.parameters[type]?.value;
    out.push({
      kind: 'xray_qc',
      state,
      severity: severityOf(state, rule),
      facilityId: facility.id,
      facilityName: facility.name,
      record: { entity: 'xray_unit', id: row.id, label: name, labelEn: nameEn },
      dueDate: due.dueDate,
      daysLeft: due.daysLeft,
      explanation:
        state === 'missing'
          ? { vi: `${name}: chưa có ngày kiểm định — thiết bị phải được kiểm định trước khi đưa vào sử dụng.`, en: `${nameEn}: no verification date — the unit must be verified before use.` }
          : {
              vi: `${name}: ${due.label.vi} (chu kỳ ${String(months)} tháng, kiểm định gần nhất ${row.last_qc_on ? viDate(row.last_qc_on) : '—'}).`,
              en: `${nameEn}: ${due.label.en} (every ${String(months)} months, last verified ${row.last_qc_on ? viDate(row.last_qc_on) : '—'}).`,
            },
      citation: rule?.citation ?? null,
      ruleId: QC_RULE,
      packId: pack.id,
      packVersion: pack.version,
    });
  }
  return out;
}
