import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core';

const bin = path.resolve('bin/kiemtra.cjs');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

beforeAll(() => {
  if (!fs.existsSync(path.resolve('dist/cli/kiemtra.cjs'))) throw new Error('The CLI is not built: run `npm run build` first (`npm test` does it).');
});

describe('kiemtra export and import on the command line', () => {
  it('an inspector exports with the device key of the profile, the supervisor imports with --yes; a refused bundle exits non-zero with the reason', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-sync-'));
    const laptop = path.join(tmp, 'laptop');
    const supervisor = path.join(tmp, 'supervisor');
    const core = openCore({ dataDir: laptop, resourcesDir: path.resolve('resources') });
    core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' });
    core.close();
    const noKey = run(['export', '--out', path.join(tmp, 'x.kiemtra'), '--data-dir', laptop]);
    expect(noKey.status).not.toBe(0);
    expect(noKey.stderr).toContain('no device signing key');

    // The first-run profile makes the device key; export signs with it, as the app does.
    expect(run(['profile', 'create', '--name', 'Lò Văn Minh', '--data-dir', laptop]).status).toBe(0);
    const out = path.join(tmp, 'laptop.kiemtra');
    const exported = run(['export', '--out', out, '--all', '--to', 'supervisor', '--data-dir', laptop]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('facility 1');
    expect(exported.stdout).toContain('not encrypted');

    const untrusted = run(['import', out, '--data-dir', supervisor]);
    expect(untrusted.status).toBe(2);
    expect(untrusted.stderr).toContain('not trusted yet');
    expect(untrusted.stderr).toContain('Lò Văn Minh');

    const cut = path.join(tmp, 'cut.kiemtra');
    fs.writeFileSync(cut, fs.readFileSync(out).subarray(0, 300));
    const both = run(['import', out, cut, '--yes', '--data-dir', supervisor]);
    expect(both.status).toBe(2);
    expect(both.stdout).toContain('facility: thêm / added 1');
    expect(both.stderr).toContain('cut.kiemtra refused');
    const check = openCore({ dataDir: supervisor, resourcesDir: path.resolve('resources') });
    const page = check.call('facilities.list', {});
    check.close();
    expect(page.ok && page.value.total).toBe(1);
  });
});
