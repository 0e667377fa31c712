import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core';

const bin = path.resolve('bin/kiemtra.cjs');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const resourcesDir = path.resolve('resources');

beforeAll(() => {
  if (!fs.existsSync(path.resolve('dist/cli/kiemtra.cjs'))) throw new Error('The CLI is not built: run `npm run build` first (`npm test` does it).');
});

function names(dataDir: string): string[] {
  const core = openCore({ dataDir, resourcesDir });
  try {
    return (core.db.prepare('SELECT name FROM facilities ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    core.close();
  }
}

describe('kiemtra backup / kiemtra restore', () => {
  it('backs up to a file, restores it keeping the current file aside, and refuses what is not a KiemTra file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-backup-'));
    const dataDir = path.join(root, 'data');
    const core = openCore({ dataDir, resourcesDir });
    core.call('facilities.create', { name: 'Bệnh viện Đa khoa Mường La', kind: 'hospital', provinceCode: 'son-la' });
    core.close();

    const out = path.join(root, 'usb', 'kiemtra-2026-03-01.sqlite');
    const b = run(['backup', '--out', out, '--data-dir', dataDir]);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    // Refuses to overwrite.
    const again = run(['backup', '--out', out, '--data-dir', dataDir]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('already exists');

    const later = openCore({ dataDir, resourcesDir });
    later.call('facilities.create', { name: 'Phòng khám tư nhân (sau sao lưu)', kind: 'clinic', provinceCode: 'son-la' });
    later.close();
    expect(names(dataDir)).toHaveLength(2);

    const junk = path.join(root, 'junk.sqlite');
    fs.writeFileSync(junk, 'không phải tệp dữ liệu');
    const bad = run(['restore', junk, '--data-dir', dataDir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not a SQLite file');
    expect(names(dataDir)).toHaveLength(2);

    const r = run(['restore', out, '--data-dir', dataDir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('before-restore');
    expect(names(dataDir)).toEqual(['Bệnh viện Đa khoa Mường La']);
    const list = run(['backup', '--list', '--data-dir', dataDir]);
    expect(list.stdout).toContain('before-restore');
  });
});
