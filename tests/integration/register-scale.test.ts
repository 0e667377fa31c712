import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generatedSerial, generateRegister } from '../../bench/generate';
import { openCore, type Core } from '../../src-main/core/core';
import type { Result } from '../../src-shared/api/errors';

const cores: Core[] = [];
function tempCore(): Core {
  const core = openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-scale-')), resourcesDir: path.resolve('resources') });
  cores.push(core);
  return core;
}
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.en}`);
  return r.value;
}

describe('the register stays usable with 100,000 X-ray units', () => {
  it('lists page 1 filtered and sorted, and finds one unit by its serial', { timeout: 300_000 }, () => {
    const core = tempCore();
    const made = generateRegister(core.env, { facilities: 1000, unitsPerFacility: 100 });
    expect(made.xrayUnits).toBe(100_000);
    expect((core.db.prepare('SELECT count(*) AS n FROM xray_units').get() as { n: number }).n).toBe(100_000);

    const page = ok(core.call('xrayUnits.list', { type: 'ct', status: 'in_use', sort: 'serial', desc: true, limit: 50 }));
    expect(page.rows).toHaveLength(50);
    expect(page.rows.every((r) => r.type === 'ct' && r.status === 'in_use')).toBe(true);
    const serials = page.rows.map((r) => r.serial!);
    expect(serials).toEqual([...serials].sort().reverse());
    // Every 10th unit is a CT (10 types in turn), less those stored (every 17th).
    const ct = (core.db.prepare("SELECT count(*) AS n FROM xray_units WHERE unit_type = 'ct' AND status = 'in_use'").get() as { n: number }).n;
    expect(page.total).toBe(ct);
    expect(serials[0]).toBe(generatedSerial(99_991));

    const target = generatedSerial(42_042);
    const found = ok(core.call('xrayUnits.list', { query: target }));
    expect(found.rows.map((r) => r.serial)).toEqual([target]);
    const hits = ok(core.call('search.all', { query: target }));
    expect(hits.rows.map((h) => h.id)).toEqual([found.rows[0]!.id]);
    expect(hits.rows[0]?.facilityName).toBe(found.rows[0]!.facilityName);

    const facilityPage = ok(core.call('xrayUnits.list', { facilityId: found.rows[0]!.facilityId, sort: 'serial' }));
    expect(facilityPage.total).toBe(100);
  });
});

describe('the generator writes what the API writes', () => {
  it('produces the same row, change-log columns, audit entry and search text as xrayUnits.create', () => {
    const core = tempCore();
    generateRegister(core.env, { facilities: 1, unitsPerFacility: 1 });
    const gen = core.db.prepare('SELECT * FROM xray_units').get() as Record<string, unknown>;
    const viaApi = ok(
      core.call('xrayUnits.create', {
        facilityId: gen.facility_id as string,
        type: gen.unit_type as 'general',
        manufacturer: gen.manufacturer as string,
        model: gen.model as string,
        serial: gen.serial as string,
        maxKv: gen.max_kv as number,
        maxMa: gen.max_ma as number,
        room: gen.room as string,
        installedOn: gen.installed_on as string,
        status: gen.status as 'in_use',
        lastQcOn: gen.last_qc_on as string,
      }),
    );
    const api = core.db.prepare('SELECT * FROM xray_units WHERE id = ?').get(viaApi.id) as Record<string, unknown>;
    const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !['id', 'created_at', 'updated_at', 'hlc'].includes(k)));
    expect(strip(api)).toEqual(strip(gen));
    const stamps = (id: unknown) => core.db.prepare('SELECT field, kind, prev, seen FROM sync_state WHERE row_id = ? ORDER BY field').all(id);
    expect(stamps(viaApi.id)).toEqual(stamps(gen.id));
    const text = (id: unknown) => (core.db.prepare('SELECT f.text FROM search_docs d JOIN search_fts f ON f.rowid = d.rowid WHERE d.entity_id = ?').get(id) as { text: string }).text;
    expect(text(viaApi.id)).toBe(text(gen.id));
    const audit = (id: unknown) => core.db.prepare('SELECT entity, action, new_values FROM audit_log WHERE entity_id = ?').get(id);
    expect(audit(viaApi.id)).toEqual(audit(gen.id));
  });
});
