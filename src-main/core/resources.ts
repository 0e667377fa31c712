import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { KiemTraError } from '../../src-shared/api/errors';
import { toFieldIssues } from '../../src-shared/api/zod-issues';
import { ProvinceFile, type Province } from '../../src-shared/schemas/admin-units';

/** Shipped data (rule packs, checklist templates, admin units) read from resources/. */
export interface Resources {
  dir: string;
  provinces: Province[];
  /** The province's name by its code (the code itself when unknown), for search text and labels. */
  provinceName(code: string): string;
}

/** Reads and validates one JSON resource; a bad file gets an error naming the file and field. */
export function readJsonResource<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new KiemTraError('BAD_FILE', `Không đọc được tệp ${file}: ${detail}`, `Cannot read ${file}: ${detail}`, { context: { file } });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    const where = issues.map((i) => `${i.path}: ${i.en}`).join('; ');
    const whereVi = issues.map((i) => `${i.path}: ${i.vi}`).join('; ');
    throw new KiemTraError('BAD_FILE', `Tệp ${file} không hợp lệ — ${whereVi}`, `${file} is invalid — ${where}`, { issues, context: { file } });
  }
  return parsed.data;
}

export function loadResources(dir: string): Resources {
  const provinces = readJsonResource(path.join(dir, 'admin-units', 'provinces.json'), ProvinceFile).provinces;
  const names = new Map(provinces.map((p) => [p.code, p.name]));
  return { dir, provinces, provinceName: (code) => names.get(code) ?? code };
}
