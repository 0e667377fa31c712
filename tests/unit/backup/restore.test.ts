import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KiemTraError } from '../../../src-shared/api/errors';
import { listBackups } from '../../../src-main/core/backup/files';
import { restoreFromFile } from '../../../src-main/core/backup/restore';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/db/migrations';
import { addFacility, damagePages, facilityNames, modeOf, open, tempDataDir } from './support';

function refused(fn: () => unknown, code: string): KiemTraError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KiemTraError);
    expect((err as KiemTraError).code).toBe(code);
    return err as KiemTraError;
  }
  throw new Error(`expected ${code}`);
}

function withFacilities(n: number): { dataDir: string; file: string } {
  const dataDir = tempDataDir();
  const core = open(dataDir);
  const insert = core.db.transaction(() => {
    for (let i = 0; i < n; i++) addFacility(core, `Cơ sở số ${i} — Bệnh viện Đa khoa huyện Quỳnh Nhai`);
  });
  insert();
  const file = core.dataFile;
  core.close();
  return { dataDir, file };
}

describe('restoring a backup', () => {
  it('"Khôi phục" stages the backup; the next start puts it in place and keeps the current file aside', () => {
    const dataDir = tempDataDir();
    const core = open(dataDir);
    addFacility(core, 'Bệnh viện A');
    const b = core.call('backup.now', {});
    if (!b.ok) throw new Error(b.error.en);
    addFacility(core, 'Bệnh viện B (sau sao lưu)');
    const staged = core.call('backup.restore', { name: b.value.name });
    expect(staged.ok && staged.value.restartsAutomatically).toBe(false);
    const list = core.call('backup.list', {});
    expect(list.ok && list.value.pendingRestore).toBe(b.value.name);
    // Nothing changes while the app still has the file open.
    expect(facilityNames(core)).toHaveLength(2);
    core.close();

    const after = open(dataDir);
    expect(facilityNames(after)).toEqual(['Bệnh viện A']);
    expect(modeOf(after.dataFile)).toBe(0o600);
    const aside = listBackups(after.dataFile).find((e) => e.kind === 'before-restore');
    expect(aside).toBeDefined();
    const old = new Database(aside!.file, { readonly: true });
    expect((old.prepare('SELECT count(*) AS n FROM facilities').get() as { n: number }).n).toBe(2);
    old.close();
    const listAfter = after.call('backup.list', {});
    expect(listAfter.ok && listAfter.value.pendingRestore).toBeNull();
    after.close();
  });

  it('the desktop app is asked to restart after staging', async () => {
    let restarted = 0;
    const core = open(tempDataDir(), { requestRestart: () => restarted++ });
    const b = core.call('backup.now', {});
    if (!b.ok) throw new Error(b.error.en);
    const staged = core.call('backup.restore', { name: b.value.name });
    expect(staged.ok && staged.value.restartsAutomatically).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(restarted).toBe(1);
    core.close();
  });

  it('refuses a name that is a path or not a backup, field-level, and stages nothing', () => {
    const core = open(tempDataDir());
    for (const name of ['../kiemtra.sqlite', '/etc/passwd', 'kiemtra-manual-20260101T000000000Z.sqlite']) {
      const r = core.call('backup.restore', { name });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['VALIDATION', 'NOT_FOUND']).toContain(r.error.code);
    }
    const list = core.call('backup.list', {});
    expect(list.ok && list.value.pendingRestore).toBeNull();
    core.close();
  });

  it('refuses a file that is not SQLite, a damaged one, someone else\'s SQLite and a newer schema, changing nothing', () => {
    const { dataDir, file } = withFacilities(3);
    const before = fs.readFileSync(file);
    const dir = path.dirname(dataDir);
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'Biên bản kiểm tra — không phải cơ sở dữ liệu');
    const other = path.join(dir, 'other.sqlite');
    const o = new Database(other);
    o.exec('CREATE TABLE notes (x)');
    o.close();
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(file, newer);
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    n.close();
    const damaged = withFacilities(400).file;
    damagePages(damaged);

    expect(refused(() => restoreFromFile(file, junk, new Date()), 'BAD_FILE').en).toContain('not a SQLite file');
    expect(refused(() => restoreFromFile(file, other, new Date()), 'BAD_FILE').en).toContain('not a KiemTra data file');
    expect(refused(() => restoreFromFile(file, newer, new Date()), 'BAD_FILE').en).toContain('newer KiemTra');
    expect(refused(() => restoreFromFile(file, damaged, new Date()), 'BAD_FILE').en).toMatch(/integrity_check failed|damaged|does not open/);
    expect(refused(() => restoreFromFile(file, path.join(dir, 'missing.sqlite'), new Date()), 'BAD_FILE').en).toContain('no such file');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(listBackups(file)).toEqual([]);
  });
});

describe('a damaged data file at start', () => {
  it('is refused (never replaced by an empty file) and the newest good backup is offered', () => {
    const dataDir = tempDataDir();
    const core = open(dataDir);
    addFacility(core, 'Bệnh viện Đa khoa Bắc Yên');
    const good = core.call('backup.now', {});
    if (!good.ok) throw new Error(good.error.en);
    const insert = core.db.transaction(() => {
      for (let i = 0; i < 400; i++) addFacility(core, `Cơ sở số ${i} — Trạm Y tế xã Chiềng Sinh`);
    });
    insert();
    const file = core.dataFile;
    core.close();
    damagePages(file);
    const damagedBytes = fs.readFileSync(file);

    const err = refused(() => open(dataDir), 'DB_CORRUPT');
    expect(err.en).toContain(good.value.name);
    expect(err.en).toContain('kiemtra restore --latest');
    expect(err.context?.backup).toBe(good.value.name);
    expect(fs.readFileSync(file).equals(damagedBytes)).toBe(true);

    // Restoring the offered backup brings the app back with what that backup held.
    restoreFromFile(file, String(err.context!.backupFile), new Date());
    const again = open(dataDir);
    expect(facilityNames(again)).toEqual(['Bệnh viện Đa khoa Bắc Yên']);
    again.close();
  });

  it('says plainly when there is no good backup', () => {
    const { dataDir, file } = withFacilities(400);
    damagePages(file);
    const err = refused(() => open(dataDir), 'DB_CORRUPT');
    expect(err.en).toContain('no good backup');
  });
});

describe('a full disk', () => {
  it('gives DISK_FULL with a clear message and loses nothing already saved', () => {
    const dataDir = tempDataDir();
    const core = open(dataDir);
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    // The disk "fills" a few pages above what the file holds now.
    core.db.pragma(`max_page_count = ${pages + 6}`);
    const saved: string[] = [];
    let refusedWith: { code: string; vi: string; en: string } | null = null;
    for (let i = 0; i < 2000 && !refusedWith; i++) {
      const name = `Bệnh viện số ${i} ${'— khoa chẩn đoán hình ảnh '.repeat(8)}`;
      const r = core.call('facilities.create', { name: name.slice(0, 200), kind: 'hospital', provinceCode: 'son-la' });
      if (r.ok) saved.push(r.value.id);
      else refusedWith = r.error;
    }
    expect(refusedWith?.code).toBe('DISK_FULL');
    expect(refusedWith?.vi).toContain('Ổ đĩa đã đầy');
    expect(refusedWith?.en).toContain('everything saved before it is intact');
    expect(saved.length).toBeGreaterThan(0);
    core.close();

    const again = open(dataDir);
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = (again.db.prepare('SELECT id FROM facilities').all() as { id: string }[]).map((r) => r.id).sort();
    expect(ids).toEqual([...saved].sort());
    again.close();
  });
});
