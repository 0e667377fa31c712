import type { z } from 'zod';
import type { Facility, FacilityFields, FacilityInput, FacilityListInput, FacilityPage } from '../../../src-shared/schemas/facility';
import { sortKey } from '../../../src-shared/text/fold';
import type { CoreContext } from '../context';
import { fieldsOf, insertRecord, metaOf, notFound, readRow, restoreRecord, tombstoneRecord, updateRecord, type TableSpec } from '../db/records';
import { filter } from '../db/filters';
import { registerDates } from '../judging/check-date';
import { toMatchExpression } from '../search/query';
import { invalid } from './register-store';

export function facilitySpec(provinceName: (code: string) => string): TableSpec<FacilityFields> {
  return {
    table: 'facilities',
    entity: 'facility',
    label: { vi: 'cơ sở', en: 'facility' },
    fields: {
      name: 'name',
      kind: 'kind',
      ownership: 'ownership',
      beds: 'beds',
      provinceCode: 'province_code',
      commune: 'commune',
      street: 'street',
      legacyDistrict: 'legacy_district',
      contactName: 'contact_name',
      contactPhone: 'contact_phone',
      operatingSince: 'operating_since',
      notes: 'notes',
    },
    derived: (f) => ({ name_key: sortKey(f.name) }),
    searchText: (f) =>
      [f.name, f.commune, f.street, f.legacyDistrict, provinceName(f.provinceCode), f.contactName, f.contactPhone].filter(Boolean).join(' '),
    facilityOf: (_f, id) => id,
  };
}

export interface FacilityDeps {
  provinceName(code: string): string;
}

function spec(deps: FacilityDeps) {
  return facilitySpec(deps.provinceName);
}

function toFacility(s: TableSpec<FacilityFields>, row: Record<string, unknown>): Facility {
  return { ...fieldsOf(s, row), ...metaOf(row) };
}

export function getFacility(ctx: CoreContext, deps: FacilityDeps, id: string): Facility {
  const s = spec(deps);
  const row = readRow(ctx, s as unknown as TableSpec<Record<string, unknown>>, id);
  if (!row) throw notFound(s, id);
  return toFacility(s, row);
}

export function createFacility(ctx: CoreContext, deps: FacilityDeps, input: z.output<typeof FacilityInput>): Facility {
  const dates = registerDates(ctx, 'facilities', input);
  if (dates.length) throw invalid(spec(deps).label, dates);
  const id = insertRecord(ctx, spec(deps), input);
  return getFacility(ctx, deps, id);
}

export function updateFacility(ctx: CoreContext, deps: FacilityDeps, id: string, patch: Partial<FacilityFields>): Facility {
  const dates = registerDates(ctx, 'facilities', patch);
  if (dates.length) throw invalid(spec(deps).label, dates, 'patch');
  updateRecord(ctx, spec(deps), id, patch);
  return getFacility(ctx, deps, id);
}

export function deleteFacility(ctx: CoreContext, deps: FacilityDeps, id: string, reason: string): Facility {
  tombstoneRecord(ctx, spec(deps), id, reason);
  return getFacility(ctx, deps, id);
}

export function restoreFacility(ctx: CoreContext, deps: FacilityDeps, id: string): Facility {
  restoreRecord(ctx, spec(deps), id);
  return getFacility(ctx, deps, id);
}

const SORT_COLUMNS: Record<z.output<typeof FacilityListInput>['sort'], string> = {
  name: 'f.name_key',
  updatedAt: 'f.updated_at',
  kind: 'f.kind',
  commune: 'f.commune',
};

/** Filtered, sorted page of facilities; `query` searches without accents across name and address. */
export function listFacilities(ctx: CoreContext, deps: FacilityDeps, input: z.output<typeof FacilityListInput>): FacilityPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  let from = 'facilities f';
  if (input.query && input.query.trim()) {
    const match = toMatchExpression(input.query);
    if (match) {
      from = `facilities f JOIN search_docs d ON d.entity_id = f.id JOIN search_fts ON search_fts.rowid = d.rowid`;
      where.push('search_fts MATCH ?');
      params.push(match);
    }
  }
  if (!input.includeDeleted) where.push('f.deleted_at IS NULL');
  filter(where, params, 'f.kind = ?', input.kind);
  filter(where, params, 'f.province_code = ?', input.provinceCode);
  filter(where, params, 'f.commune = ?', input.commune);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `${SORT_COLUMNS[input.sort]} ${input.desc ? 'DESC' : 'ASC'}, f.id`;
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).get(...params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`SELECT f.* FROM ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as Record<string, unknown>[];
  const s = spec(deps);
  return { rows: rows.map((r) => toFacility(s, r)), total };
}
