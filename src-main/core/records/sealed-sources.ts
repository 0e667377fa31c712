import type { z } from 'zod';
import {
  sealedSourceIssues,
  type SealedSource,
  type SealedSourceFields,
  type SealedSourceListInput,
  type SealedSourcePage,
} from '../../../src-shared/schemas/register/sealed-sources';
import { sortKey } from '../../../src-shared/text/fold';
import type { CoreContext } from '../context';
import type { TableSpec } from '../db/records';
import {
  entityOperations,
  baseEntity,
  FACILITY_JOIN,
  listEntities,
  serialTerms,
  filter,
  type RegisterEntity,
} from './register-store';

export const sealedSourceSpec: TableSpec<SealedSourceFields> = {
  table: 'sealed_sources',
  entity: 'sealed_source',
  label: { vi: 'nguồn phóng xạ kín', en: 'sealed source' },
  fields: {
    facilityId: 'facility_id',
    nuclide: 'nuclide',
    nuclideOther: 'nuclide_other',
    activityBq: 'activity_bq',
    referenceDate: 'reference_date',
    serial: 'serial',
    purpose: 'purpose',
    storagePlace: 'storage_place',
    status: 'status',
    notes: 'notes',
  },
  derived: (f) => ({ serial_key: sortKey(f.serial ?? '') }),
  // "Cs-137" is indexed as "cs 137" and "cs137" so either spelling finds the source.
  searchText: (f) =>
    ['nguồn phóng xạ', serialTerms(f.nuclide === 'other' ? f.nuclideOther : f.nuclide, f.serial), f.purpose, f.storagePlace].filter(Boolean).join(' '),
  facilityOf: (f) => f.facilityId,
};

export const sealedSources: RegisterEntity<SealedSourceFields, SealedSource> = {
  spec: sealedSourceSpec,
  from: `sealed_sources x ${FACILITY_JOIN}`,
  select: 'x.*, f.name AS facility_name',
  toEntity: (row) => baseEntity(sealedSourceSpec, row),
  check: (_ctx, f) => sealedSourceIssues(f),
};

export const sealedSourceOperations = entityOperations(sealedSources);

type ListInput = z.output<typeof SealedSourceListInput>;

const SORTS: Record<ListInput['sort'], string> = {
  nuclide: 'x.nuclide',
  activity: 'x.activity_bq',
  referenceDate: 'x.reference_date',
  serial: 'x.serial_key',
  facility: 'f.name_key',
  updatedAt: 'x.updated_at',
};

export function listSealedSources(ctx: CoreContext, input: ListInput): SealedSourcePage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  filter(where, params, 'x.facility_id = ?', input.facilityId);
  filter(where, params, 'x.nuclide = ?', input.nuclide);
  filter(where, params, 'x.status = ?', input.status);
  return listEntities(ctx, sealedSources, { ...input, where, params, orderBy: SORTS[input.sort] });
}
