import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core';

const bin = path.resolve('bin/kiemtra.cjs');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
let dir: string;
let inspectionId: string;

beforeAll(() => {
  if (!fs.existsSync(path.resolve('dist/cli/kiemtra.cjs'))) throw new Error('The CLI is not built: run `npm run build` first (`npm test` does it).');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-minutes-'));
  const core = openCore({ dataDir: dir, resourcesDir: path.resolve('resources') });
  const seeded = core.call('demo.seed', {});
  if (!seeded.ok) throw new Error(seeded.error.en);
  inspectionId = core.db.prepare("SELECT id FROM inspections WHERE decision_number = '125/QĐ-SKHCN'").pluck().get() as string;
  core.close();
}, 120_000);

describe('kiemtra minutes', () => {
  it('writes the Biên bản kiểm tra PDF of an inspection, in Vietnamese or in English, leaving no temp file', () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const vi = run(['minutes', inspectionId, '--out', path.join(out, 'bien-ban.pdf'), '--data-dir', dir]);
    expect(vi.stderr).toBe('');
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain('bien-ban.pdf');
    const text = execFileSync('pdftotext', ['-layout', path.join(out, 'bien-ban.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('BIÊN BẢN KIỂM TRA');
    expect(text).toContain('Căn cứ Quyết định kiểm tra số 125/QĐ-SKHCN');
    expect(text).toContain('BẢN NHÁP');

    const en = run(['minutes', inspectionId, '--out', path.join(out, 'minutes-en.pdf'), '--lang', 'en', '--data-dir', dir]);
    expect(en.status).toBe(0);
    expect(execFileSync('pdftotext', [path.join(out, 'minutes-en.pdf'), '-'], { encoding: 'utf8' })).toContain('INSPECTION MINUTES');
    expect(fs.readdirSync(out).sort()).toEqual(['bien-ban.pdf', 'minutes-en.pdf']);
  });

  it('an unknown inspection is refused with exit 2, and an existing file at --out stays as it was', () => {
    const target = path.join(dir, 'keep.pdf');
    fs.writeFileSync(target, 'earlier file');
    const r = run(['minutes', '0190a6f0-0000-7000-8000-000000000000', '--out', target, '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cuộc kiểm tra|inspection/i);
    expect(fs.readFileSync(target, 'utf8')).toBe('earlier file');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a language other than vi or en, or a missing folder, is refused before anything is written', () => {
    const bad = run(['minutes', inspectionId, '--out', path.join(dir, 'x.pdf'), '--lang', 'fr', '--data-dir', dir]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('language must be vi or en');
    const nowhere = run(['minutes', inspectionId, '--out', path.join(dir, 'no-such-folder', 'x.pdf'), '--data-dir', dir]);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain('No folder');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  it('prints signed minutes from their snapshot: the hash on every page, no "BẢN NHÁP", the same text after the register changes', () => {
    const signedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-signed-'));
    expect(run(['profile', 'create', '--name', 'Nguyễn Văn Hùng', '--data-dir', signedDir]).status).toBe(0);
    const core = openCore({ dataDir: signedDir, resourcesDir: path.resolve('resources') });
    const seeded = core.call('demo.seed', {});
    if (!seeded.ok) throw new Error(seeded.error.en);
    const id = core.db.prepare("SELECT id FROM inspections WHERE decision_number = '125/QĐ-SKHCN'").pluck().get() as string;
    const hash = core.db.prepare('SELECT sha256 FROM minutes WHERE inspection_id = ? AND seq = 0').pluck().get(id) as string;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    core.close();
    const print = (name: string) => {
      const r = run(['minutes', id, '--out', path.join(signedDir, name), '--data-dir', signedDir]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('đã ký / signed');
      return path.join(signedDir, name);
    };
    const first = print('signed.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [first], { encoding: 'utf8' }))![1]);
    for (let p = 1; p <= pages; p++) {
      const page = execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), first, '-'], { encoding: 'utf8' });
      expect(page, `page ${p}`).toContain(hash);
      expect(page, `page ${p}`).not.toContain('BẢN NHÁP');
    }
    const again = openCore({ dataDir: signedDir, resourcesDir: path.resolve('resources') });
    const facilityId = again.db.prepare('SELECT facility_id FROM inspections WHERE id = ?').pluck().get(id) as string;
    const renamed = again.call('facilities.update', { id: facilityId, patch: { name: 'Tên đã đổi sau khi ký' } });
    again.close();
    expect(renamed.ok).toBe(true);
    expect(fs.readFileSync(print('signed-again.pdf')).equals(fs.readFileSync(first))).toBe(true);
  });
});
