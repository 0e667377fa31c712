import type { z } from 'zod';
import type { FieldIssue } from '../../../src-shared/api/errors';
import {
  LICENCE_KIND_LABELS,
  licenceIssues,
  type CoveredUnit,
  type Licence,
  type LicenceFields,
  type LicenceListInput,
  type LicencePage,
} from '../../../src-shared/schemas/register/licences';
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

export const licenceSpec: TableSpec<LicenceFields> = {
  table: 'licences',
  entity: 'licence',
  label: { vi: 'giấy phép / khai báo', en: 'licence' },
  fields: {
    facilityId: 'facility_id',
    kind: 'kind',
    number: 'number',
    issuedBy: 'issued_by',
    issuedOn: 'issued_on',
    expiresOn: 'expires_on',
    units: 'units',
    notes: 'notes',
  },
  derived: (f) => ({ number_key: sortKey(f.number) }),
  searchText: (f) => [LICENCE_KIND_LABELS[f.kind]?.vi, serialTerms(f.number), f.issuedBy].filter(Boolean).join(' '),
  facilityOf: (f) => f.facilityId,
};

const UNIT_TABLES: Record<CoveredUnit['entity'], string> = { xray_unit: 'xray_units', sealed_source: 'sealed_sources' };

/** Every covered unit must be a live X-ray unit or source of the licence's own facility. */
function coveredUnitIssues(ctx: CoreContext, f: LicenceFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  f.units.forEach((u, i) => {
    const row = ctx.db.prepare(`SELECT facility_id, deleted_at FROM ${UNIT_TABLES[u.entity]} WHERE id = ?`).get(u.id) as
      | { facility_id: string; deleted_at: string | null }
      | undefined;
    const path = `units.${i}`;
    if (!row || row.deleted_at) issues.push({ path, vi: `Không tìm thấy thiết bị/nguồn ${u.id}`, en: `No ${u.entity} with id ${u.id}` });
    else if (row.facility_id !== f.facilityId) {
      issues.push({ path, vi: 'Thiết bị/nguồn này thuộc cơ sở khác', en: 'That unit belongs to another facility' });
    }
  });
  return issues;
}

export const licences: RegisterEntity<LicenceFields, Licence> = {
  spec: licenceSpec,
  from: `licences x ${FACILITY_JOIN}`,
  select: 'x.*, f.name AS facility_name',
  toEntity: (row) => {
    const base = baseEntity(licenceSpec, row);
    return { ...base, units: JSON.parse((row.units as string | null) ?? '[]') as CoveredUnit[] };
  },
  check: (ctx, f) => [...licenceIssues(f), ...coveredUnitIssues(ctx, f)],
};

export const licenceOperations = entityOperations(licences);

type ListInput = z.output<typeof LicenceListInput>;

const SORTS: Record<ListInput['sort'], string> = {
  expiresOn: 'x.expires_on',
  issuedOn: 'x.issued_on',
  number: 'x.number_key',
  facility: 'f.name_key',
  updatedAt: 'x.updated_at',
};

export function listLicences(ctx: CoreContext, input: ListInput): LicencePage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  filter(where, params, 'x.facility_id = ?', input.facilityId);
  filter(where, params, 'x.kind = ?', input.kind);
  filter(where, params, "EXISTS (SELECT 1 FROM json_each(x.units) u WHERE u.value ->> 'id' = ?)", input.unitId);
  dateRange(where, params, 'x.expires_on', input.expiresFrom, input.expiresTo);
  return listEntities(ctx, licences, { ...input, where, params, orderBy: SORTS[input.sort] });
}
