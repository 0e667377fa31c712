import fs from 'node:fs';
import path from 'node:path';
import type { Commune } from '../../../src-shared/schemas/communes';
import { sortKey } from '../../../src-shared/text/fold';
import type { Resources } from '../resources';
import { parseCommunes } from './parse-communes';

/**
 * Commune lists shipped with KiemTra (resources/admin-units/communes/<province>.csv, today Sơn
 * La's 75 units), so the picker is not empty on a fresh install. Their codes are KiemTra's own
 * until the official statistical codes are imported (docs/admin-units.md). A province whose list
 * was imported shows the imported one instead.
 */
export const SHIPPED_SOURCE = 'KiemTra (danh sách kèm theo ứng dụng; mã tạm, chưa phải mã thống kê chính thức)';

const cache = new Map<string, (Commune & { nameKey: string })[]>();

export function shippedCommunes(resources: Resources, provinceCode: string): (Commune & { nameKey: string })[] {
  const file = path.join(resources.dir, 'admin-units', 'communes', `${provinceCode}.csv`);
  const hit = cache.get(file);
  if (hit) return hit;
  if (!/^[a-z0-9-]{1,40}$/.test(provinceCode) || !fs.existsSync(file)) return [];
  const rows = parseCommunes(path.basename(file), fs.readFileSync(file, 'utf8'), new Set(resources.provinces.map((p) => p.code)));
  const list = rows
    .filter((r) => r.province_code === provinceCode)
    .map((r) => ({
      code: r.code,
      provinceCode: r.province_code,
      name: r.name,
      kind: r.kind,
      legacyDistrict: r.legacy_district,
      source: SHIPPED_SOURCE,
      shipped: true,
      nameKey: sortKey(r.name),
    }))
    .sort((a, b) => a.nameKey.localeCompare(b.nameKey) || a.code.localeCompare(b.code));
  cache.set(file, list);
  return list;
}
