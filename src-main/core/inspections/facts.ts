import type { ExpansionFacts, RegisterRecord } from '../../../src-shared/checklists/expand';
import type { DoseFact } from '../../../src-shared/judging/worker-doses';
import { XRAY_UNIT_TYPE_LABELS, type XrayUnitType } from '../../../src-shared/schemas/register/xray-units';
import type { CoreContext } from '../context';
import { fieldsOf, type TableSpec } from '../db/records';
import { sealedSourceSpec } from '../records/sealed-sources';
import { wastewaterSystemSpec } from '../records/wastewater-systems';
import { workerSpec } from '../records/workers';
import { xrayUnitSpec } from '../records/xray-units';
import { stmt } from '../db/statements';

/**
 * The plain facts a template is expanded with (src-shared/checklists/expand.ts): the facility,
 * the inspection, and the facility's live register records. Derived facility facts let a
 * template say "only intra-oral dental units" without reading the register itself.
 */
export function inspectionFacts(ctx: CoreContext, inspection: { facilityId: string; kind: string }): ExpansionFacts {
  const facilityRow = stmt(ctx.db, 'SELECT kind, ownership, beds, province_code, commune, operating_since FROM facilities WHERE id = ?').get(inspection.facilityId) as Record<string, unknown> | undefined;

  const units = liveRows(ctx, xrayUnitSpec, inspection.facilityId, "status <> 'retired'").map((f) => {
    const type = f.type as XrayUnitType;
    const named = (lang: 'vi' | 'en') => {
      const name = [XRAY_UNIT_TYPE_LABELS[type]?.[lang] ?? type, f.manufacturer, f.model].filter(Boolean).join(' ');
      return f.serial ? `${name} (SN ${f.serial})` : name;
    };
    return { ...record(f, named('vi')), labelEn: named('en') };
  });
  const sources = liveRows(ctx, sealedSourceSpec, inspection.facilityId, "status <> 'transferred'").map((f) =>
    record(f, [f.nuclide === 'other' ? f.nuclideOther : f.nuclide, f.serial ? `(SN ${f.serial})` : null].filter(Boolean).join(' ')),
  );
  const systems = liveRows(ctx, wastewaterSystemSpec, inspection.facilityId, null).map((f) => record(f, String(f.technology)));
  const doses = workerDoses(ctx, inspection.facilityId);
  const workers = liveRows(ctx, workerSpec, inspection.facilityId, null).map((f) =>
    record({ ...f, isRso: f.isRso === 1 || f.isRso === true, interventional: f.interventional === 1 || f.interventional === true, doses: doses.get(f.id) ?? [] }, String(f.name)),
  );

  const facility: Record<string, unknown> = {
    kind: facilityRow?.kind ?? null,
    ownership: facilityRow?.ownership ?? null,
    beds: facilityRow?.beds ?? null,
    provinceCode: facilityRow?.province_code ?? null,
    commune: facilityRow?.commune ?? null,
    operatingSince: facilityRow?.operating_since ?? null,
    xrayUnitTypes: [...new Set(units.map((u) => u.facts.type))],
    xrayUnitCount: units.length,
    sealedSourceCount: sources.length,
    wastewaterSystemCount: systems.length,
    workerCount: workers.length,
    hasInterventionalWorkers: workers.some((w) => w.facts.interventional === true),
  };
  return {
    facility,
    inspection: { kind: inspection.kind },
    records: { xray_unit: units, sealed_source: sources, wastewater_system: systems, worker: workers },
  };
}

type Fields = Record<string, unknown> & { id: string };

/** Every live dose record of the facility's workers, by worker, oldest period first: the judges read them. */
function workerDoses(ctx: CoreContext, facilityId: string): Map<string, DoseFact[]> {
  const rows = ctx.db
    .prepare('SELECT worker_id, year, quarter, hp10_msv, hp007_msv, lens_msv, hw_msv, hn_msv, read_on FROM dose_records WHERE facility_id = ? AND deleted_at IS NULL ORDER BY year, quarter')
    .all(facilityId) as { worker_id: string; year: number; quarter: number; hp10_msv: number | null; hp007_msv: number | null; lens_msv: number | null; hw_msv: number | null; hn_msv: number | null; read_on: string | null }[];
  const out = new Map<string, DoseFact[]>();
  for (const r of rows) {
    const list = out.get(r.worker_id) ?? [];
    list.push({ year: r.year, quarter: r.quarter, hp10: r.hp10_msv, hp007: r.hp007_msv, lens: r.lens_msv, hw: r.hw_msv, hn: r.hn_msv, readOn: r.read_on });
    out.set(r.worker_id, list);
  }
  return out;
}

/** Live records of one register table for the facility, as domain fields (by the register's own spec). */
function liveRows<F extends Record<string, unknown>>(ctx: CoreContext, spec: TableSpec<F>, facilityId: string, extra: string | null): Fields[] {
  const sql = `SELECT * FROM ${spec.table} WHERE facility_id = ? AND deleted_at IS NULL${extra ? ` AND ${extra}` : ''} ORDER BY created_at, id`;
  return (stmt(ctx.db, sql).all(facilityId) as Record<string, unknown>[]).map((r) => ({ ...fieldsOf(spec, r), id: r.id as string }));
}

function record(f: Fields, label: string): RegisterRecord {
  const { id, ...facts } = f;
  return { id, label, facts };
}
