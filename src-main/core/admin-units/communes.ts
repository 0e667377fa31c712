import type { z } from 'zod';
import type { Commune, CommuneKind, CommuneListInput } from '../../../src-shared/schemas/communes';
import { sortKey } from '../../../src-shared/text/fold';
import type { CoreContext } from '../context';
import type { Resources } from '../resources';
import { shippedCommunes } from './shipped';

interface CommuneRow {
  code: string;
  province_code: string;
  name: string;
  kind: CommuneKind;
  legacy_district: string | null;
  source: string;
}

/**
 * Communes and wards of a province in name order; `query` matches any part of the name,
 * accent-free. An imported list wins; without one, the list shipped with KiemTra.
 */
export function listCommunes(ctx: CoreContext, resources: Resources, input: z.output<typeof CommuneListInput>): Commune[] {
  const q = input.query ? sortKey(input.query) : '';
  const imported = (ctx.db.prepare('SELECT count(*) AS n FROM admin_units WHERE province_code = ?').get(input.provinceCode) as { n: number }).n;
  if (imported === 0) {
    return shippedCommunes(resources, input.provinceCode)
      .filter((c) => q === '' || c.nameKey.includes(q))
      .map(({ nameKey: _nameKey, ...c }) => c);
  }
  const rows = ctx.db
    .prepare(
      `SELECT code, province_code, name, kind, legacy_district, source FROM admin_units
       WHERE province_code = ? AND (? = '' OR instr(name_key, ?) > 0)
       ORDER BY name_key, code`,
    )
    .all(input.provinceCode, q, q) as CommuneRow[];
  return rows.map((r) => ({
    code: r.code,
    provinceCode: r.province_code,
    name: r.name,
    kind: r.kind,
    legacyDistrict: r.legacy_district,
    source: r.source,
    shipped: false,
  }));
}
