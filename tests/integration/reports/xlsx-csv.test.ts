import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecord } from '../../../src-main/core/db/records';
import { findingSpec, requirementSpec } from '../../../src-main/core/findings/specs';
import type { ReportFilter } from '../../../src-shared/schemas/report';
import { ok, reportWorld, type ReportWorld } from './support';

const PYTHON = '/usr/bin/python3';
const READBACK = path.resolve('tests/integration/reports/readback.py');

interface Sheet {
  rows: number;
  freeze: string | null;
  filter: string | null;
  header: string[];
  widths: Record<string, number>;
  cells: { t: string; v: unknown; fmt?: string }[][];
}
interface Book {
  sheets: string[];
  data: Record<string, Sheet>;
}

function readXlsx(file: string): Book {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} is needed to read the XLSX back: apt-get install -y python3-openpyxl`);
  return JSON.parse(execFileSync(PYTHON, [READBACK, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Book;
}

let world: ReportWorld;
const HOSTILE = ['=HYPERLINK("http://example.invalid","bấm vào đây")', '+84 912 345 678', '-5 điểm', '@SUM(A1:A9)'];
beforeAll(() => {
  world = reportWorld();
  // Text a spreadsheet would run as a formula, typed into findings and requirements.
  const ins = world.inspections.find((i) => i.status === 'completed' && i.date >= '2026-01-01' && i.date <= '2026-06-30')!;
  for (const title of HOSTILE) {
    const fid = insertRecord(world.core.env, findingSpec, {
      inspectionId: ins.id, facilityId: ins.facilityId, itemKey: null, instanceKey: '', origin: 'manual', ruleId: null, ruleKey: null,
      packId: null, packVersion: null, verdict: null, severity: 'medium', title, description: null, status: 'open',
    });
    insertRecord(world.core.env, requirementSpec, {
      findingId: fid, inspectionId: ins.id, facilityId: ins.facilityId, text: title, responsible: 'Phòng Hành chính – Quản trị', deadline: '2027-01-15',
      status: 'open', closedByInspectionId: null, closedAt: null, closingNote: null,
    });
  }
});
afterAll(() => world.core.close());

const filter: ReportFilter = { from: '2026-01-01', to: '2026-06-30', commune: null, kind: null, team: null };
const count = (sql: string, ...p: (string | number)[]) => (world.core.db.prepare(sql).get(...p) as { n: number }).n;

describe('a supervisor exports the half-year summary', () => {
  it('as an XLSX workbook that openpyxl reads: Vietnamese sheets and headers, dates as dates, numbers as numbers, counts equal to the file, formulas guarded', async () => {
    const file = ok(await world.core.callAsync('reports.export', { filter, format: 'xlsx' }));
    expect(file.fileName).toBe('tong-hop-kiem-tra_2026-01-01_2026-06-30.xlsx');
    const out = path.join(world.dir, file.fileName);
    fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
    const book = readXlsx(out);
    expect(book.sheets).toEqual(['Thông tin chung', 'Cuộc kiểm tra', 'Phát hiện', 'Yêu cầu khắc phục', 'Thiết bị X-quang', 'Nguồn phóng xạ kín', 'Kết quả nước thải', 'Liều nhân viên']);

    const cover = book.data['Thông tin chung']!;
    const coverText = JSON.stringify(cover.cells);
    expect(cover.header[0]).toBe('TỔNG HỢP KẾT QUẢ KIỂM TRA');
    expect(coverText).toContain('01/01/2026 – 30/06/2026');
    expect(coverText).toContain('Giám sát viên Sở');
    expect(coverText).toContain('02/12/2026 10:00');

    const checks = book.data['Cuộc kiểm tra']!;
    expect(checks.header).toEqual(['Ngày kiểm tra', 'Cơ sở', 'Xã/phường', 'Loại kiểm tra', 'Mẫu phiếu', 'Số quyết định', 'Ngày quyết định', 'Trưởng đoàn', 'Trạng thái', 'Kết quả', 'Số phát hiện', 'Số yêu cầu', 'Mã cuộc kiểm tra']);
    const inPeriod = count("SELECT COUNT(*) AS n FROM inspections WHERE deleted_at IS NULL AND status <> 'cancelled' AND sort_date BETWEEN ? AND ?", filter.from, filter.to);
    expect(checks.rows - 1).toBe(inPeriod);
    expect(checks.freeze).toBe('A2');
    expect(checks.filter).toBe('A1:M1');
    for (const row of checks.cells) {
      expect(row[0]).toMatchObject({ t: 'date', fmt: 'dd/mm/yyyy' });
      expect(row[10]!.t).toBe('number');
      expect(String(row[1]!.v).normalize('NFC')).toBe(String(row[1]!.v));
    }
    const names = new Set((world.core.db.prepare('SELECT name FROM facilities').all() as { name: string }[]).map((r) => r.name));
    expect(checks.cells.every((r) => names.has(String(r[1]!.v)))).toBe(true);
    expect(checks.cells.some((r) => r[3]!.v === 'Công nghệ xử lý nước thải')).toBe(true);

    const findings = book.data['Phát hiện']!;
    const findingRows = count(
      "SELECT COUNT(*) AS n FROM findings f JOIN inspections i ON i.id = f.inspection_id WHERE f.deleted_at IS NULL AND i.deleted_at IS NULL AND i.status <> 'cancelled' AND i.sort_date BETWEEN ? AND ?",
      filter.from,
      filter.to,
    );
    expect(findings.rows - 1).toBe(findingRows);
    for (const text of HOSTILE) {
      const cell = findings.cells.map((r) => r[3]!).find((c) => c.v === text);
      // The very text typed, kept as a string cell (never a formula 'f'), in the text format.
      expect(cell, text).toMatchObject({ t: 's', v: text, fmt: '@' });
    }
    const reqs = book.data['Yêu cầu khắc phục']!;
    expect(reqs.header).toContain('Quá hạn (ngày)');
    expect(reqs.cells.filter((r) => HOSTILE.includes(String(r[3]!.v))).every((r) => r[5]!.t === 'date')).toBe(true);

    const units = book.data['Thiết bị X-quang']!;
    expect(units.rows - 1).toBe(count('SELECT COUNT(*) AS n FROM xray_units WHERE deleted_at IS NULL'));
    expect(units.cells.some((r) => r[9]!.v === 'Quá hạn')).toBe(true);
    // Every measured wastewater result is a row, its value a number, its limit and verdict beside it.
    const water = book.data['Kết quả nước thải']!;
    expect(water.rows - 1).toBeGreaterThan(0);
    expect(water.cells.every((r) => r[5]!.t === 'number')).toBe(true);
    expect(water.cells.some((r) => r[8]!.v === 'Không đạt')).toBe(true);
    expect(water.cells.some((r) => r[11]!.v === 'Biên bản đã ký')).toBe(true);
    const doses = book.data['Liều nhân viên']!;
    expect(doses.header).toContain('Liều hiệu dụng (mSv)');
    expect(doses.rows - 1).toBe(count('SELECT COUNT(*) AS n FROM (SELECT 1 FROM dose_records WHERE deleted_at IS NULL AND year = 2026 GROUP BY worker_id, year)'));
    expect(doses.cells.every((r) => r[5]!.t === 'number' || r[5]!.t === 'empty')).toBe(true);
    // Text columns are fitted to their content, within bounds.
    expect(Object.values(checks.widths).every((w) => w >= 8 && w <= 60)).toBe(true);
  });

  it('as one CSV per subject: UTF-8 with a BOM, Vietnamese headers, dd/MM/yyyy dates, formulas guarded', async () => {
    const file = ok(await world.core.callAsync('reports.export', { filter, format: 'csv', subject: 'findings' }));
    expect(file.fileName).toBe('phat-hien_2026-01-01_2026-06-30.csv');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual(['Ngày kiểm tra', 'Cơ sở', 'Xã/phường', 'Nội dung phát hiện', 'Mức độ', 'Nguồn', 'Quy tắc', 'Giá trị đo', 'Giới hạn', 'Căn cứ', 'Trạng thái']);
    expect(records.every((r) => /^\d{2}\/\d{2}\/2026$/.test(r['Ngày kiểm tra']!))).toBe(true);
    for (const text of HOSTILE) expect(records.some((r) => r['Nội dung phát hiện'] === `'${text}`), text).toBe(true);
    expect(records.some((r) => r['Mức độ'] === 'Trung bình')).toBe(true);
  });

  it('refuses an unknown format with a clear error and writes nothing', async () => {
    const r = await world.core.callAsync('reports.export', { filter, format: 'docx' as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.error.issues)).toContain('xlsx, csv, pdf hoặc zip');
  });
});
