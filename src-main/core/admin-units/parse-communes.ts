import { parse, CsvError } from 'csv-parse/sync';
import { z } from 'zod';
import { KiemTraError, type FieldIssue } from '../../../src-shared/api/errors';
import { COMMUNE_KINDS, type CommuneKind } from '../../../src-shared/schemas/communes';

/** The columns of a commune CSV (docs/admin-units.md); legacy_district may be empty or absent. */
export const COMMUNE_COLUMNS = ['province_code', 'code', 'name', 'kind', 'legacy_district'] as const;
const REQUIRED_COLUMNS = ['province_code', 'code', 'name', 'kind'] as const;

export interface CommuneCsvRow {
  province_code: string;
  code: string;
  name: string;
  kind: CommuneKind;
  legacy_district: string | null;
}

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

export function badFile(fileName: string, vi: string, en: string, context: Record<string, string | number>, issues?: FieldIssue[]): KiemTraError {
  return new KiemTraError('BAD_FILE', `Tệp ${fileName}: ${vi}. Không có gì được ghi.`, `${fileName}: ${en}. Nothing was written.`, {
    context: { file: fileName, ...context },
    issues,
  });
}

/** Bytes → text, refusing anything that is not UTF-8 (a file saved as Windows-1258 or UTF-16 by mistake). */
export function decodeUtf8(fileName: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The first replacement character of a lenient decode is where the bad bytes start.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, Math.max(0, at)).split('\n').length;
    throw badFile(
      fileName,
      `dòng ${line}: tệp không phải mã UTF-8; hãy lưu lại tệp dạng "CSV UTF-8"`,
      `line ${line}: the file is not UTF-8; save it again as "CSV UTF-8"`,
      { line, encoding: 'not-utf8' },
    );
  }
}

// Control characters (C0 except none, DEL, C1) and bidirectional controls that can reorder what a name shows.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// A cell a spreadsheet would run as a formula when the list is exported again.
const FORMULA = /^[=+\-@]/;

function cellProblem(value: string): { vi: string; en: string } | null {
  const at = (re: RegExp) => value.search(re) + 1;
  if (CONTROL.test(value)) return { vi: `có ký tự điều khiển (vị trí ${at(CONTROL)})`, en: `holds a control character (position ${at(CONTROL)})` };
  if (BIDI.test(value)) return { vi: `có ký tự đổi chiều văn bản (vị trí ${at(BIDI)})`, en: `holds a bidirectional control character (position ${at(BIDI)})` };
  if (FORMULA.test(value.trim())) return { vi: 'bắt đầu bằng = + - hoặc @ (có thể bị hiểu là công thức)', en: 'starts with = + - or @ (a spreadsheet would run it as a formula)' };
  return null;
}

/**
 * Reads a commune list and checks every row; the first bad one refuses the whole file with its
 * line and column. Province codes are checked against `provinces`.
 */
export function parseCommunes(fileName: string, csv: string, provinces: ReadonlySet<string>): CommuneCsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, { bom: true, columns: true, info: true, skip_empty_lines: true, trim: false, relax_column_count: false });
  } catch (err) {
    const line = err instanceof CsvError ? ((err as unknown as { lines?: number }).lines ?? 0) : 0;
    const detail = (err instanceof Error ? err.message : String(err)).slice(0, 160);
    throw badFile(fileName, `dòng ${line} không đọc được (${detail})`, `line ${line} cannot be read (${detail})`, { line });
  }
  const header = records[0] ? Object.keys(records[0].record) : parseHeader(csv);
  for (const h of header) {
    const problem = cellProblem(h);
    if (problem) throw badFile(fileName, `dòng 1 (tiêu đề): tên cột ${problem.vi}`, `line 1 (header): a column name ${problem.en}`, { line: 1, column: h.slice(0, 40) });
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw badFile(fileName, `thiếu cột ${missing.join(', ')} ở dòng tiêu đề`, `header line lacks column ${missing.join(', ')}`, { line: 1, column: missing.join(',') });
  }
  const unknown = header.filter((c) => !(COMMUNE_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) {
    throw badFile(fileName, `cột không được hỗ trợ: ${unknown.join(', ').slice(0, 120)}`, `unsupported column: ${unknown.join(', ').slice(0, 120)}`, { line: 1, column: unknown.join(',').slice(0, 120) });
  }
  if (records.length === 0) throw badFile(fileName, 'không có dòng dữ liệu nào', 'it holds no data rows', { line: 1 });

  const seen = new Map<string, number>();
  return records.map(({ record, info }) => {
    const line = info.lines;
    for (const column of COMMUNE_COLUMNS) {
      const problem = record[column] === undefined ? null : cellProblem(record[column]);
      if (problem) {
        throw badFile(fileName, `dòng ${line}, cột ${column}: ô ${problem.vi}`, `line ${line}, column ${column}: the cell ${problem.en}`, { line, column }, [
          { path: `${line}.${column}`, vi: problem.vi, en: problem.en },
        ]);
      }
    }
    const parsed = CommuneRow.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? '');
      const [vi, en] = issue.message.includes('|') ? issue.message.split('|') : [issue.message, issue.message];
      throw badFile(fileName, `dòng ${line}, cột ${column}: ${vi}`, `line ${line}, column ${column}: ${en}`, { line, column }, [{ path: `${line}.${column}`, vi: vi!, en: en! }]);
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
      throw badFile(fileName, `dòng ${line}, cột code: mã ${row.code} đã có ở dòng ${earlier}`, `line ${line}, column code: code ${row.code} already on line ${earlier}`, { line, column: 'code' });
    }
    seen.set(row.code, line);
    return row;
  });
}

/** The header of a file with no data rows (csv-parse returns nothing then). */
function parseHeader(csv: string): string[] {
  const first = (parse(csv, { bom: true, to_line: 1 }) as string[][])[0];
  return (first ?? []).map((c) => c.trim());
}
