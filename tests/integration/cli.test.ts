import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core';

const bin = path.resolve('bin/kiemtra.cjs');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

beforeAll(() => {
  if (!fs.existsSync(path.resolve('dist/cli/kiemtra.cjs'))) throw new Error('The CLI is not built: run `npm run build` first (`npm test` does it).');
});

describe('kiemtra command line', () => {
  it('prints help with every command', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    for (const cmd of ['serve', 'doctor', 'seed']) expect(r.stdout).toContain(cmd);
  });

  it('doctor reports integrity, schema level and counts of a real file (via --data-dir and KIEMTRA_DATA_DIR)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-'));
    const core = openCore({ dataDir: dir, resourcesDir: path.resolve('resources') });
    core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' });
    core.close();
    const r = run(['doctor', '--json', '--data-dir', dir]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(true);
    expect(report.integrity).toEqual(['ok']);
    expect(report.counts.facilities).toEqual({ live: 1, deleted: 0 });
    const viaEnv = run(['doctor'], { KIEMTRA_DATA_DIR: dir });
    expect(viaEnv.status).toBe(0);
    expect(viaEnv.stdout).toContain('integrity: ok');
  });

  it('doctor on a file that is not a database names it, exits non-zero and leaves it alone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-bad-'));
    const file = path.join(dir, 'kiemtra.sqlite');
    fs.writeFileSync(file, 'not a database');
    const r = run(['doctor', '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database');
  });

  it('doctor on a folder with no data file says so and creates nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-none-'));
    const r = run(['doctor', '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('No data file');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('seed --demo fills an empty file with the Sơn La sample and refuses a second time, changing nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-seed-'));
    const first = run(['seed', '--demo', '--data-dir', dir]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/cơ sở \/ facilities: [1-9]/);
    expect(first.stdout).toMatch(/cuộc kiểm tra \/ inspections: [1-9]/);
    const before = JSON.parse(run(['doctor', '--json', '--data-dir', dir]).stdout).counts;
    const second = run(['seed', '--demo', '--data-dir', dir]);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('Dữ liệu mẫu chỉ tạo trên tệp trống');
    expect(JSON.parse(run(['doctor', '--json', '--data-dir', dir]).stdout).counts).toEqual(before);
  });

  it('refuses a bad port clearly', () => {
    const r = run(['serve', '--port', 'abc']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('port must be 0–65535');
  });
});
