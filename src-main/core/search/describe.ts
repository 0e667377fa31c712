import { LICENCE_KIND_LABELS, type LicenceKind } from '../../../src-shared/schemas/register/licences';
import { WORKER_ROLE_LABELS, type WorkerRole } from '../../../src-shared/schemas/register/workers';
import { XRAY_UNIT_TYPE_LABELS, type XrayUnitType } from '../../../src-shared/schemas/register/xray-units';
import { INSPECTION_KIND_WORDS } from '../../../src-shared/reports/labels';
import type { InspectionKind } from '../../../src-shared/checklists/schema';
import { stmt } from '../db/statements';
import type { Db } from '../db/types';

export interface Description {
  title: string;
  subtitle: string | null;
}

type Row = Record<string, string | number | null>;
/** Names a check's template (its title in the shipped checklists), or null when unknown. */
export type TemplateTitle = (id: string, version: number | null) => string | null;
type Describer = (db: Db, id: string, templateTitle: TemplateTitle) => Description | null;

const join = (parts: (string | number | null | undefined)[], sep = ' · ') => parts.filter((p) => p !== null && p !== undefined && p !== '').join(sep) || null;

function byId(table: string, describe: (row: Row, templateTitle: TemplateTitle) => Description): Describer {
  return (db, id, templateTitle) => {
    const row = stmt(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
    return row ? describe(row, templateTitle) : null;
  };
}

/**
 * How a search hit of each entity reads in the result list (Vietnamese: the data is). An area
 * that indexes a new entity adds its describer here; unknown entities still show, by kind.
 */
export const DESCRIBERS: Record<string, Describer> = {
  facility: byId('facilities', (r) => ({ title: String(r.name), subtitle: join([r.commune, r.street, r.legacy_district]) })),
  xray_unit: byId('xray_units', (r) => ({
    title: join([XRAY_UNIT_TYPE_LABELS[r.unit_type as XrayUnitType]?.vi ?? r.unit_type, r.manufacturer, r.model], ' ') ?? 'X-quang',
    subtitle: join([r.serial ? `Số máy ${r.serial}` : null, r.room]),
  })),
  sealed_source: byId('sealed_sources', (r) => ({
    title: `Nguồn ${r.nuclide === 'other' ? (r.nuclide_other ?? 'khác') : r.nuclide}${r.serial ? ` ${r.serial}` : ''}`,
    subtitle: join([r.purpose, r.storage_place]),
  })),
  wastewater_system: byId('wastewater_systems', (r) => ({
    title: `Hệ thống xử lý nước thải: ${r.technology}`,
    subtitle: join([r.permit_no ? `Giấy phép ${r.permit_no}` : null, r.permit_expires_on ? `hết hạn ${r.permit_expires_on}` : null]),
  })),
  licence: byId('licences', (r) => ({
    title: `${LICENCE_KIND_LABELS[r.kind as LicenceKind]?.vi ?? r.kind} số ${r.number}`,
    subtitle: join([r.issued_by, r.expires_on ? `hết hạn ${r.expires_on}` : null]),
  })),
  // Two checks of one facility under the same decision differ by date, kind and template (issue 7).
  inspection: byId('inspections', (r, templateTitle) => ({
    title: join(['Kiểm tra', r.decision_number ? `theo QĐ ${r.decision_number}` : null], ' ') ?? 'Kiểm tra',
    subtitle: join([
      r.started_at ? String(r.started_at).slice(0, 10).split('-').reverse().join('/') : null,
      INSPECTION_KIND_WORDS[r.kind as InspectionKind]?.vi ?? r.kind,
      templateTitle(String(r.template_id), typeof r.template_version === 'number' ? r.template_version : null) ?? r.template_id,
      r.place,
    ]),
  })),
  worker: byId('workers', (r) => ({
    title: String(r.name),
    subtitle: join([WORKER_ROLE_LABELS[r.role as WorkerRole]?.vi ?? r.role, r.is_rso ? 'Phụ trách an toàn bức xạ' : null, r.dosimeter_id ? `Liều kế ${r.dosimeter_id}` : null]),
  })),
};

export function describeHit(db: Db, entity: string, id: string, templateTitle: TemplateTitle = () => null): Description {
  return DESCRIBERS[entity]?.(db, id, templateTitle) ?? { title: `${entity} ${id}`, subtitle: null };
}
