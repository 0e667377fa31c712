import { parse, CsvError } from 'csv-parse/sync';
import { z } from 'zod';
import { KiemTraError, type FieldIssue } from '../../../src-shared/api/errors';
import { COMMUNE_KINDS, type CommuneImportInput, type CommuneImportResult } from '../../../src-shared/schemas/communes';
import { sortKey } from '../../../src-shared/text/fold';
import type { HandlerEnv } from '../api/types';

/** The columns of a commune CSV (docs/admin-units.md); legacy_district may be empty or absent. */
export const COMMUNE_COLUMNS = ['province_code', 'code', 'name', 'kind', 'legacy_district'] as const;
const REQUIRED_COLUMNS = ['province_code', 'code', 'name', 'kind'] as const;

const cell = (column: string, max: number) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, `Cột ${column} không được để trống|Column ${column} must not be empty`).max(max, `Cột ${column}: tối đa ${max} ký tự|Column ${column}: at most ${max} characters`));

const CommuneRow = z.object({
  province_code: cell('province_code', 40),
  code: cell('code', 20).pipe(z.string().regex(/^[A-Za-z0-9._-]+$/, 'Mã chỉ gồm chữ, số, . _ -|Code may only hold letters, digits, . _ -')),
  name: cell('name', 120),
  kind: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.enum(COMMUNE_KINDS, { message: 'Loại phải là xa, phuong hoặc dac_khu|Kind must be xa, phuong or dac_khu' })),
  legacy_district: z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim() || null),
});

function badFile(fileName: string, vi: string, en: string, context: Record<string, string | number>, issues?: FieldIssue[]): KiemTraError {
  return new KiemTraError('BAD_FILE', `Tệp ${fileName}: ${vi}. Không có gì được ghi.`, `${fileName}: ${en}. Nothing was written.`, {
    context: { file: fileName, ...context },
    issues,
  });
}

/**
 * Reads a commune list (UTF-8, BOM tolerated) and replaces the communes of every province it
 * names, in one transaction. Any bad row refuses the whole file, naming its line and column.
 */
export function importCommunes(env: HandlerEnv, input: z.output<typeof CommuneImportInput>): CommuneImportResult {
  const { fileName } = input;
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(input.csv, { bom: true, columns: true, info: true, skip_empty_lines: true, trim: false, relax_column_count: false });
  } catch (err) {
    const line = err instanceof CsvError ? ((err as unknown as { lines?: number }).lines ?? 0) : 0;
    const detail = err instanceof Error ? err.message : String(err);
    throw badFile(fileName, `dòng ${line} không đọc được (${detail})`, `line ${line} cannot be read (${detail})`, { line });
  }
  const header = records[0] ? Object.keys(records[0].record) : parseHeader(input.csv);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw badFile(fileName, `thiếu cột ${missing.join(', ')} ở dòng tiêu đề`, `header line lacks column ${missing.join(', ')}`, { line: 1, column: missing.join(',') });
  }
  const unknown = header.filter((c) => !(COMMUNE_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) {
    throw badFile(fileName, `cột không được hỗ trợ: ${unknown.join(', ')}`, `unsupported column: ${unknown.join(', ')}`, { line: 1, column: unknown.join(',') });
  }
  if (records.length === 0) throw badFile(fileName, 'không có dòng dữ liệu nào', 'it holds no data rows', { line: 1 });

  const provinces = new Set(env.resources.provinces.map((p) => p.code));
  const seen = new Map<string, number>();
  const rows = records.map(({ record, info }) => {
    const line = info.lines;
    const parsed = CommuneRow.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? '');
      const [vi, en] = issue.message.includes('|') ? issue.message.split('|') : [issue.message, issue.message];
      throw badFile(fileName, `dòng ${line}, cột ${column}: ${vi}`, `line ${line}, column ${column}: ${en}`, { line, column }, [
        { path: `${line}.${column}`, vi: vi!, en: en! },
      ]);
    }
    const row = parsed.data;
    if (!provinces.has(row.province_code)) {
      throw badFile(
        fileName,
        `dòng ${line}, cột province_code: không có tỉnh "${row.province_code}" (xem resources/admin-units/provinces.json)`,
        `line ${line}, column province_code: no province "${row.province_code}" (see resources/admin-units/provinces.json)`,
        { line, column: 'province_code' },
      );
    }
    const earlier = seen.get(row.code);
    if (earlier !== undefined) {
      throw badFile(fileName, `dòng ${line}, cột code: mã ${row.code} đã có ở dòng ${earlier}`, `line ${line}, column code: code ${row.code} already on line ${earlier}`, {
        line,
        column: 'code',
      });
    }
    seen.set(row.code, line);
    return row;
  });

  const source = `${fileName} (${env.now().toISOString().slice(0, 10)})`;
  const touched = [...new Set(rows.map((r) => r.province_code))].sort();
  const del = env.db.prepare('DELETE FROM admin_units WHERE province_code = ?');
  // A code moved from another province is replaced too: codes are unique nationwide.
  const ins = env.db.prepare(
    `INSERT INTO admin_units (code, province_code, name, name_key, kind, legacy_district, source) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET province_code = excluded.province_code, name = excluded.name, name_key = excluded.name_key,
       kind = excluded.kind, legacy_district = excluded.legacy_district, source = excluded.source`,
  );
  env.db.transaction(() => {
    for (const p of touched) del.run(p);
    for (const r of rows) ins.run(r.code, r.province_code, r.name, sortKey(r.name), r.kind, r.legacy_district, source);
  })();
  return { imported: rows.length, provinces: touched };
}

/** The header of a file with no data rows (csv-parse returns nothing then). */
function parseHeader(csv: string): string[] {
  const first = (parse(csv, { bom: true, to_line: 1 }) as string[][])[0];
  return (first ?? []).map((c) => c.trim());
}
