import type { z } from 'zod';
import {
  XRAY_UNIT_TYPE_LABELS,
  type XrayUnit,
  type XrayUnitFields,
  type XrayUnitListInput,
  type XrayUnitPage,
} from '../../../src-shared/schemas/register/xray-units';
import { sortKey } from '../../../src-shared/text/fold';
import type { CoreContext } from '../context';
import type { TableSpec } from '../db/records';
import {
  entityOperations,
  baseEntity,
  dateRange,
  FACILITY_JOIN,
  listEntities,
  serialTerms,
  filter,
  type RegisterEntity,
} from './register-store';

export const xrayUnitSpec: TableSpec<XrayUnitFields> = {
  table: 'xray_units',
  entity: 'xray_unit',
  label: { vi: 'thiết bị X-quang', en: 'X-ray unit' },
  fields: {
    facilityId: 'facility_id',
    type: 'unit_type',
    manufacturer: 'manufacturer',
    model: 'model',
    serial: 'serial',
    tubeSerial: 'tube_serial',
    maxKv: 'max_kv',
    maxMa: 'max_ma',
    room: 'room',
    installedOn: 'installed_on',
    status: 'status',
    lastQcOn: 'last_qc_on',
    qcCertificateNo: 'qc_certificate_no',
    notes: 'notes',
  },
  derived: (f) => ({ serial_key: sortKey(f.serial ?? '') }),
  searchText: (f) =>
    [XRAY_UNIT_TYPE_LABELS[f.type]?.vi, f.manufacturer, f.model, serialTerms(f.serial, f.tubeSerial, f.qcCertificateNo), f.room].filter(Boolean).join(' '),
  facilityOf: (f) => f.facilityId,
};

export const xrayUnits: RegisterEntity<XrayUnitFields, XrayUnit> = {
  spec: xrayUnitSpec,
  from: `xray_units x ${FACILITY_JOIN}`,
  select: 'x.*, f.name AS facility_name',
  toEntity: (row) => baseEntity(xrayUnitSpec, row),
};

export const xrayUnitOperations = entityOperations(xrayUnits);

type ListInput = z.output<typeof XrayUnitListInput>;

const SORTS: Record<ListInput['sort'], string> = {
  serial: 'x.serial_key',
  type: 'x.unit_type',
  lastQcOn: 'x.last_qc_on',
  installedOn: 'x.installed_on',
  facility: 'f.name_key',
  updatedAt: 'x.updated_at',
};

export function listXrayUnits(ctx: CoreContext, input: ListInput): XrayUnitPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  filter(where, params, 'x.facility_id = ?', input.facilityId);
  filter(where, params, 'x.unit_type = ?', input.type);
  filter(where, params, 'x.status = ?', input.status);
  if (input.neverVerified) where.push('x.last_qc_on IS NULL');
  dateRange(where, params, 'x.last_qc_on', input.lastQcFrom, input.lastQcTo);
  return listEntities(ctx, xrayUnits, { ...input, where, params, orderBy: SORTS[input.sort] });
}
