import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/core';

const resourcesDir = path.resolve('resources');

describe('the change clock across restarts', () => {
  it('keeps ordering changes after a restart even when the laptop clock was set back', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-clock-'));
    const first = openCore({ dataDir, resourcesDir, now: () => new Date('2026-11-25T10:00:00Z') });
    const a = first.call('facilities.create', { name: 'Phòng khám Đa khoa Hoàng Sơn', kind: 'clinic', provinceCode: 'son-la' });
    first.close();
    if (!a.ok) throw new Error(a.error.en);

    const second = openCore({ dataDir, resourcesDir, now: () => new Date('2026-01-01T00:00:00Z') });
    const b = second.call('facilities.update', { id: a.value.id, patch: { beds: 20 } });
    second.close();
    if (!b.ok) throw new Error(b.error.en);
    expect(b.value.hlc > a.value.hlc).toBe(true);
  });

  it('starts after a timestamp an import recorded as the highest seen', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-clock-'));
    const first = openCore({ dataDir, resourcesDir, now: () => new Date('2026-11-25T10:00:00Z') });
    const remote = '009999999999999:0000:remote-device';
    first.db.prepare("INSERT INTO meta (key, value) VALUES ('hlc_high', ?)").run(remote);
    first.close();
    const second = openCore({ dataDir, resourcesDir, now: () => new Date('2026-11-25T10:00:00Z') });
    const c = second.call('facilities.create', { name: 'Trạm Y tế xã Chiềng Ngần', kind: 'health_center', provinceCode: 'son-la' });
    second.close();
    expect(c.ok && c.value.hlc > remote).toBe(true);
  });

  it('keeps one sync-state entry per new record and one per field edited since, however often', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-clock-'));
    const core = openCore({ dataDir, resourcesDir });
    const r = core.call('facilities.create', { name: 'Nha khoa Thuận Châu', kind: 'dental', provinceCode: 'son-la' });
    if (!r.ok) throw new Error(r.error.en);
    for (let beds = 1; beds <= 50; beds++) core.call('facilities.update', { id: r.value.id, patch: { beds } });
    const fields = (core.db.prepare('SELECT field FROM sync_state WHERE row_id = ? ORDER BY field').all(r.value.id) as { field: string }[]).map((c) => c.field);
    const high = (core.db.prepare("SELECT value FROM meta WHERE key = 'hlc_high'").get() as { value: string }).value;
    const last = core.call('facilities.get', { id: r.value.id });
    core.close();
    expect(fields).toEqual(['', 'beds']);
    expect(last.ok && last.value.hlc).toBe(high);
  });
});
