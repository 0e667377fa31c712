import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportWorld } from './support';

const bin = path.resolve('bin/kiemtra.cjs');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

let dir = '';
beforeAll(() => {
  if (!fs.existsSync(path.resolve('dist/cli/kiemtra.cjs'))) throw new Error('The CLI is not built: run `npm run build` first (`npm test` does it).');
  const world = reportWorld();
  dir = world.dir;
  world.core.close();
});

describe('kiemtra report (headless summaries for scripts)', () => {
  it('writes the XLSX summary for a period, reports progress on stderr and the file on stdout', () => {
    const out = path.join(dir, 'bao-cao.xlsx');
    const r = run(['report', '--from', '2026-01-01', '--to', '2026-06-30', '--format', 'xlsx', '--out', out, '--data-dir', dir]);
    expect(r.stderr).toContain('kiemtra report: inspections:');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    const names = execFileSync('/usr/bin/python3', ['-c', 'import openpyxl,sys; print("|".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))', out], { encoding: 'utf8' });
    expect(names.trim().split('|')[1]).toBe('Cuộc kiểm tra');
    // Atomic: nothing but the report is left in the folder.
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('writes one CSV per subject into a folder, narrowed to a commune and a kind', () => {
    const folder = path.join(dir, 'csv');
    fs.mkdirSync(folder);
    const r = run(['report', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'csv', '--commune', 'Xã Mai Sơn', '--kind', 'radiation', '--out', folder, '--data-dir', dir]);
    expect(r.status, r.stderr).toBe(0);
    const files = fs.readdirSync(folder).sort();
    expect(files).toContain('cuoc-kiem-tra_2025-01-01_2026-12-31.csv');
    expect(files).toHaveLength(7);
    const rows = parse(fs.readFileSync(path.join(folder, 'cuoc-kiem-tra_2025-01-01_2026-12-31.csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x['Xã/phường'] === 'Xã Mai Sơn' && x['Loại kiểm tra'] === 'An toàn bức xạ')).toBe(true);
  });

  it('refuses a bad period with a message naming the option, exits non-zero and writes nothing', () => {
    const out = path.join(dir, 'sai.xlsx');
    const r = run(['report', '--from', '2026-06-30', '--to', '2026-01-01', '--out', out, '--data-dir', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--to');
    expect(r.stderr).toContain('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc');
    expect(fs.existsSync(out)).toBe(false);
  });
});
