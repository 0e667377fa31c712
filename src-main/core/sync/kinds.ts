import { z } from 'zod';
import type { TableSpec } from '../db/records';
import type { Db } from '../db/types';
import { findingSpec, requirementSpec } from '../findings/specs';
import { answerSpec, attachmentSpec, inspectionSpec } from '../inspections/specs';
import { doseRecordSpec } from '../records/dose-records';
import { facilitySpec } from '../records/facilities';
import { licenceSpec } from '../records/licences';
import { sealedSourceSpec } from '../records/sealed-sources';
import { wastewaterSystemSpec } from '../records/wastewater-systems';
import { workerSpec } from '../records/workers';
import { xrayUnitSpec } from '../records/xray-units';
import { conflictSpec } from './conflict-spec';

/**
 * The record kinds a bundle carries, in the order they are applied (parents first). The wire
 * uses each spec's logical names — `entity` as the kind, the domain field names — never the
 * physical table and column names, which may change under the same bundle schema version.
 */
export type AnySpec = TableSpec<Record<string, unknown>>;

export interface SyncedKind {
  kind: string;
  spec: AnySpec;
  /** Logical field → zod schema of the column value on the wire. */
  fieldSchemas: Record<string, z.ZodType>;
}

/** The bundle schema: bump when a kind or field is added, renamed or changes meaning. */
/** 2: dose records carry readOn (migration 011); a version-1 bundle lacks it and is refused by name. */
export const BUNDLE_SCHEMA_VERSION = 2;

export function syncedSpecs(provinceName: (code: string) => string): AnySpec[] {
  return [
    facilitySpec(provinceName),
    xrayUnitSpec,
    sealedSourceSpec,
    wastewaterSystemSpec,
    licenceSpec,
    workerSpec,
    doseRecordSpec,
    inspectionSpec,
    answerSpec,
    attachmentSpec,
    findingSpec,
    requirementSpec,
    conflictSpec,
  ] as unknown as AnySpec[];
}

const MAX_TEXT = 1_000_000;

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
}

/** A column's value on the wire, from the column's declared type (the tables are STRICT). */
function columnSchema(col: ColumnInfo): z.ZodType {
  const base =
    col.type === 'INTEGER' ? z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER) : col.type === 'REAL' ? z.number().finite() : z.string().max(MAX_TEXT);
  return col.notnull ? base : base.nullable();
}

const registries = new WeakMap<Db, Map<string, SyncedKind>>();

/** The kinds by name, with schemas read from this file's own tables. */
export function syncedKinds(db: Db, provinceName: (code: string) => string): Map<string, SyncedKind> {
  const known = registries.get(db);
  if (known) return known;
  const out = new Map<string, SyncedKind>();
  for (const spec of syncedSpecs(provinceName)) {
    const cols = new Map((db.prepare(`SELECT name, type, "notnull" FROM pragma_table_info(?)`).all(spec.table) as ColumnInfo[]).map((c) => [c.name, c]));
    const fieldSchemas: Record<string, z.ZodType> = {};
    for (const [field, col] of Object.entries(spec.fields)) {
      const info = cols.get(col);
      if (!info) throw new Error(`syncedKinds: ${spec.table} has no column ${col}`);
      fieldSchemas[field] = columnSchema(info);
    }
    fieldSchemas.deletedAt = z.string().max(40).nullable();
    out.set(spec.entity, { kind: spec.entity, spec, fieldSchemas });
  }
  registries.set(db, out);
  return out;
}
