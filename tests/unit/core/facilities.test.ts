import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';

const resourcesDir = path.resolve('resources');
const cores: Core[] = [];
function tempCore(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-fac-'))) {
  const core = openCore({ dataDir: dir, resourcesDir });
  cores.push(core);
  return { core, dir };
}
afterEach(() => cores.splice(0).forEach((c) => c.close()));

const sonLaHospital = { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital' as const, provinceCode: 'son-la', beds: '550', commune: 'Phường Tô Hiệu' };

describe('an inspector keeps the facility register', () => {
  it('creates a facility, finds it without accents, and sees it again after reopening the file', () => {
    const { core, dir } = tempCore();
    const created = core.call('facilities.create', sonLaHospital);
    expect(created.ok).toBe(true);
    core.call('facilities.create', { name: 'Trung tâm Y tế Điện Biên Đông', kind: 'health_center', provinceCode: 'dien-bien' });
    const bySonLa = core.call('facilities.list', { query: 'son la' });
    expect(bySonLa.ok && bySonLa.value.rows.map((r) => r.name)).toEqual(['Bệnh viện Đa khoa tỉnh Sơn La']);
    const byDien = core.call('facilities.list', { query: 'dien bien' });
    expect(byDien.ok && byDien.value.rows.map((r) => r.name)).toEqual(['Trung tâm Y tế Điện Biên Đông']);
    core.close();

    const again = tempCore(dir).core;
    const all = again.call('facilities.list', {});
    expect(all.ok && all.value.total).toBe(2);
    expect(all.ok && all.value.rows[0]?.beds).toBe(550);
  });

  it('accepts beds typed as text and keeps only what changed in the audit and change logs', () => {
    const { core } = tempCore();
    const created = core.call('facilities.create', sonLaHospital);
    if (!created.ok) throw new Error(created.error.en);
    const id = created.value.id;
    const updated = core.call('facilities.update', { id, patch: { beds: 600, ownership: 'public' } });
    expect(updated.ok && updated.value.beds).toBe(600);
    const audit = core.db.prepare("SELECT action, old_values, new_values FROM audit_log WHERE entity_id = ? ORDER BY id").all(id) as {
      action: string; old_values: string | null; new_values: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.old_values!)).toEqual({ beds: 550 });
    expect(JSON.parse(audit[1]!.new_values)).toEqual({ beds: 600 });
    const stamped = core.db.prepare("SELECT field FROM sync_state WHERE row_id = ? AND hlc = ? ORDER BY field").all(id, updated.ok ? updated.value.hlc.slice(0, 20) : '') as { field: string }[];
    expect(stamped.map((c) => c.field)).toEqual(['beds']);
  });

  it('a patch changes only the fields it names (no defaults sneak in)', () => {
    const { core } = tempCore();
    const created = core.call('facilities.create', { ...sonLaHospital, ownership: 'private', contactName: 'Lò Văn Minh' });
    if (!created.ok) throw new Error(created.error.en);
    const renamed = core.call('facilities.update', { id: created.value.id, patch: { name: 'Bệnh viện Đa khoa Sơn La (cơ sở 2)' } });
    expect(renamed.ok && renamed.value).toMatchObject({ name: 'Bệnh viện Đa khoa Sơn La (cơ sở 2)', ownership: 'private', contactName: 'Lò Văn Minh', beds: 550 });
  });

  it('deletes as a tombstone that can be undone', () => {
    const { core } = tempCore();
    const created = core.call('facilities.create', sonLaHospital);
    if (!created.ok) throw new Error(created.error.en);
    const del = core.call('facilities.delete', { id: created.value.id, reason: 'Nhập trùng' });
    expect(del.ok && del.value.deletedAt).toBeTruthy();
    expect(core.call('facilities.list', {}).ok && (core.call('facilities.list', {}) as { value: { total: number } }).value.total).toBe(0);
    expect((core.call('facilities.list', { query: 'son la' }) as { value: { total: number } }).value.total).toBe(0);
    const restored = core.call('facilities.restore', { id: created.value.id });
    expect(restored.ok && restored.value.deletedAt).toBeNull();
    expect((core.call('facilities.list', { query: 'son la' }) as { value: { total: number } }).value.total).toBe(1);
  });

  it('refuses an empty or blank name with a field-level bilingual error and writes nothing', () => {
    const { core } = tempCore();
    for (const name of ['', ' '.repeat(300)]) {
      const r = core.call('facilities.create', { ...sonLaHospital, name });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues?.[0]).toMatchObject({ path: 'name', vi: 'Tên cơ sở không được để trống' });
    }
    const long = core.call('facilities.create', { ...sonLaHospital, name: 'x'.repeat(201) });
    expect(long.ok).toBe(false);
    expect((core.db.prepare('SELECT count(*) AS n FROM facilities').get() as { n: number }).n).toBe(0);
    expect((core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(0);
  });

  it('names a wrong field type and an unknown operation clearly', () => {
    const { core } = tempCore();
    const r = core.dispatch('facilities.create', { ...sonLaHospital, beds: 'nhiều' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.path).toBe('beds');
    const u = core.dispatch('facilities.drop', {});
    expect(!u.ok && u.error.code).toBe('UNKNOWN_OPERATION');
  });

  it('writes a real SQLite file another reader can open', () => {
    const { core, dir } = tempCore();
    core.call('facilities.create', sonLaHospital);
    core.close();
    const raw = new Database(path.join(dir, 'kiemtra.sqlite'), { readonly: true });
    expect((raw.prepare('SELECT name FROM facilities').get() as { name: string }).name).toBe('Bệnh viện Đa khoa tỉnh Sơn La');
    raw.close();
  });
});
