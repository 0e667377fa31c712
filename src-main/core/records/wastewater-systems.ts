import type { z } from 'zod';
import type {
  WastewaterSystem,
  WastewaterSystemFields,
  WastewaterSystemListInput,
  WastewaterSystemPage,
} from '../../../src-shared/schemas/register/wastewater-systems';
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

export const wastewaterSystemSpec: TableSpec<WastewaterSystemFields> = {
  table: 'wastewater_systems',
  entity: 'wastewater_system',
  label: { vi: 'hệ thống xử lý nước thải', en: 'wastewater treatment system' },
  fields: {
    facilityId: 'facility_id',
    technology: 'technology',
    designCapacityM3PerDay: 'design_capacity_m3_day',
    actualFlowM3PerDay: 'actual_flow_m3_day',
    commissionedOn: 'commissioned_on',
    disinfection: 'disinfection',
    receivingWater: 'receiving_water',
    dischargeColumn: 'discharge_column',
    permitNo: 'permit_no',
    permitExpiresOn: 'permit_expires_on',
    permitK: 'permit_k',
    sludgeHandling: 'sludge_handling',
    notes: 'notes',
  },
  derived: (f) => ({ technology_key: sortKey(f.technology) }),
  searchText: (f) => ['hệ thống xử lý nước thải', f.technology, f.disinfection, f.receivingWater, serialTerms(f.permitNo)].filter(Boolean).join(' '),
  facilityOf: (f) => f.facilityId,
};

export const wastewaterSystems: RegisterEntity<WastewaterSystemFields, WastewaterSystem> = {
  spec: wastewaterSystemSpec,
  from: `wastewater_systems x ${FACILITY_JOIN}`,
  select: 'x.*, f.name AS facility_name',
  toEntity: (row) => baseEntity(wastewaterSystemSpec, row),
};

export const wastewaterSystemOperations = entityOperations(wastewaterSystems);

type ListInput = z.output<typeof WastewaterSystemListInput>;

const SORTS: Record<ListInput['sort'], string> = {
  technology: 'x.technology_key',
  commissionedOn: 'x.commissioned_on',
  permitExpiresOn: 'x.permit_expires_on',
  facility: 'f.name_key',
  updatedAt: 'x.updated_at',
};

export function listWastewaterSystems(ctx: CoreContext, input: ListInput): WastewaterSystemPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  filter(where, params, 'x.facility_id = ?', input.facilityId);
  filter(where, params, 'x.discharge_column = ?', input.dischargeColumn);
  dateRange(where, params, 'x.permit_expires_on', input.permitExpiresFrom, input.permitExpiresTo);
  return listEntities(ctx, wastewaterSystems, { ...input, where, params, orderBy: SORTS[input.sort] });
}
