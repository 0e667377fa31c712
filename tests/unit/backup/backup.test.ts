import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupBeforeImport, dailyBackupIfDue } from '../../../src-main/core/backup/backup';
import { backupDirOf, listBackups } from '../../../src-main/core/backup/files';
import { verifyDataFile } from '../../../src-main/core/backup/verify';
import { migrations } from '../../../src-main/core/db/migrations';
import { openDatabase } from '../../../src-main/core/db/open';
import { addFacility, facilityNames, modeOf, open, tempDataDir } from './support';

const DAY = 24 * 3600 * 1000;

function namesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM facilities ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('backups of the data file', () => {
  it('"Sao lưu ngay" writes a whole, private copy into the backups folder that restore accepts', () => {
    const dataDir = tempDataDir();
    const core = open(dataDir);
    addFacility(core, 'Bệnh viện Đa khoa tỉnh Sơn La');
    const r = core.call('backup.now', {});
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.kind).toBe('manual');
    const file = path.join(backupDirOf(core.dataFile), r.value.name);
    expect(namesIn(file)).toEqual(['Bệnh viện Đa khoa tỉnh Sơn La']);
    expect(verifyDataFile(file).schemaVersion).toBeGreaterThan(0);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(backupDirOf(core.dataFile))).toBe(0o700);
    const list = core.call('backup.list', {});
    expect(list.ok && list.value.backups.map((b) => b.name)).toEqual([r.value.name]);
    // No half-written leftovers beside it.
    expect(fs.readdirSync(backupDirOf(core.dataFile))).toEqual([r.value.name]);
    core.close();
  });

  it('takes the daily backup with the online backup API once a day, and keeps automatic ones 14 days', async () => {
    const dataDir = tempDataDir();
    let now = new Date('2026-03-01T08:00:00.000Z');
    const core = open(dataDir, { now: () => now });
    addFacility(core, 'Trung tâm Y tế huyện Mộc Châu');
    const manual = core.call('backup.now', {});
    expect(manual.ok).toBe(true);

    const first = await dailyBackupIfDue(core.env);
    expect(first?.kind).toBe('daily');
    expect(namesIn(first!.file)).toEqual(['Trung tâm Y tế huyện Mộc Châu']);
    expect(modeOf(first!.file)).toBe(0o600);
    now = new Date(now.getTime() + 3 * 3600 * 1000);
    expect(await dailyBackupIfDue(core.env)).toBeNull();

    for (let day = 1; day <= 20; day++) {
      now = new Date(Date.parse('2026-03-01T08:00:00.000Z') + day * DAY);
      expect((await dailyBackupIfDue(core.env))?.kind).toBe('daily');
    }
    const daily = listBackups(core.dataFile).filter((b) => b.kind === 'daily');
    const oldest = Math.min(...daily.map((b) => Date.parse(b.takenAt)));
    expect(now.getTime() - oldest).toBeLessThanOrEqual(14 * DAY);
    expect(daily.length).toBe(15);
    // The manual backup from 20 days ago is the user's: it stays.
    expect(listBackups(core.dataFile).some((b) => b.kind === 'manual')).toBe(true);
    core.close();
  });

  it('backupBeforeImport leaves the file as it was just before the import, named "import"', () => {
    const core = open(tempDataDir());
    addFacility(core, 'Bệnh viện Đa khoa Thuận Châu');
    const b = backupBeforeImport(core.env, 'bundle doi-2.kiemtra');
    expect(b.kind).toBe('import');
    expect(b.reason).toBe('bundle doi-2.kiemtra');
    addFacility(core, 'Bệnh viện Đa khoa Mai Sơn');
    expect(namesIn(b.file)).toEqual(['Bệnh viện Đa khoa Thuận Châu']);
    expect(facilityNames(core)).toHaveLength(2);
    core.close();
  });

  it('the migration backup goes to the backups folder as a consistent copy', () => {
    const dataDir = tempDataDir();
    const v4 = openDatabase(path.join(dataDir, 'kiemtra.sqlite'), { migrations: migrations.slice(0, 4) });
    v4.prepare(
      "INSERT INTO facilities (id, name, name_key, kind, ownership, province_code, created_at, updated_at, hlc, updated_by) VALUES ('f1', 'Bệnh viện Đa khoa Sông Mã', 'benh vien', 'hospital', 'public', 'son-la', 'x', 'x', 'x', 'x')",
    ).run();
    v4.close();
    const again = open(dataDir);
    const migration = listBackups(again.dataFile).filter((b) => b.kind === 'migration');
    expect(migration).toHaveLength(1);
    const copy = new Database(migration[0]!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(4);
    copy.close();
    expect(namesIn(migration[0]!.file)).toEqual(['Bệnh viện Đa khoa Sông Mã']);
    again.close();
  });
});

describe('leftovers of a killed backup', () => {
  it('are removed at the next start; finished backups stay', () => {
    const dataDir = tempDataDir();
    const core = open(dataDir);
    const b = core.call('backup.now', {});
    if (!b.ok) throw new Error(b.error.en);
    core.close();
    const partial = path.join(dataDir, 'backups', 'kiemtra-daily-20260301T080000000Z.sqlite.partial');
    fs.writeFileSync(partial, 'half a copy');
    open(dataDir).close();
    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([b.value.name]);
  });
});

describe('the data folder is private', () => {
  it('creates the folder 0700 and the file, its WAL and shared-memory file 0600', () => {
    const dataDir = tempDataDir();
    const core = open(dataDir);
    addFacility(core, 'Bệnh viện Đa khoa Yên Châu');
    expect(modeOf(dataDir)).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm']) expect(modeOf(core.dataFile + suffix), `kiemtra.sqlite${suffix}`).toBe(0o600);
    core.close();
  });

  it('tightens a file an older version left 0644', () => {
    const dataDir = tempDataDir();
    open(dataDir).close();
    const file = path.join(dataDir, 'kiemtra.sqlite');
    fs.chmodSync(file, 0o644);
    const core = open(dataDir);
    expect(modeOf(file)).toBe(0o600);
    core.close();
  });
});
