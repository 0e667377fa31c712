import { describe, expect, it } from 'vitest';
import { facility, ok, tempCore, writeCounts } from './helpers';

describe('an inspector records the sealed sources a facility holds', () => {
  it('stores activity typed "0,5" Ci as 1.85e10 Bq and finds the source by nuclide and serial', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const src = ok(
      core.call('sealedSources.create', {
        facilityId: fac,
        nuclide: 'Cs-137',
        activity: '0,5',
        activityUnit: 'Ci',
        referenceDate: '2010-06-01',
        serial: 'CS-0815',
        purpose: 'Nguồn chuẩn máy đo liều',
        storagePlace: 'Tủ chì phòng vật lý',
      }),
    );
    expect(src.activityBq).toBe(1.85e10);
    expect(src).not.toHaveProperty('activity');
    const stored = core.db.prepare('SELECT activity_bq FROM sealed_sources WHERE id = ?').get(src.id) as { activity_bq: number };
    expect(stored.activity_bq).toBe(1.85e10);
    expect(ok(core.call('sealedSources.create', { facilityId: fac, nuclide: 'Co-60', activity: 370, activityUnit: 'MBq', referenceDate: '2020-01-01' })).activityBq).toBe(3.7e8);
    expect(ok(core.call('sealedSources.create', { facilityId: fac, nuclide: 'Am-241', activity: '1000', referenceDate: '2020-01-01' })).activityBq).toBe(1000);
    expect(ok(core.call('sealedSources.list', { query: 'cs137' })).rows.map((r) => r.id)).toEqual([src.id]);
    expect(ok(core.call('sealedSources.list', { query: 'CS-0815' })).rows.map((r) => r.id)).toEqual([src.id]);
    expect(ok(core.call('sealedSources.list', { query: 'nguon chuan' })).total).toBe(1);
  });

  it('filters by nuclide and status, sorts by activity, updates in Ci, deletes and restores', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const base = { facilityId: fac, referenceDate: '2022-01-01' };
    const a = ok(core.call('sealedSources.create', { ...base, nuclide: 'Cs-137', activity: 2, activityUnit: 'GBq' }));
    ok(core.call('sealedSources.create', { ...base, nuclide: 'Co-60', activity: 5, activityUnit: 'GBq', status: 'stored' }));
    ok(core.call('sealedSources.create', { ...base, nuclide: 'Cs-137', activity: 1, activityUnit: 'GBq' }));
    expect(ok(core.call('sealedSources.list', { nuclide: 'Cs-137', sort: 'activity' })).rows.map((r) => r.activityBq)).toEqual([1e9, 2e9]);
    expect(ok(core.call('sealedSources.list', { status: 'stored' })).rows.map((r) => r.nuclide)).toEqual(['Co-60']);
    expect(ok(core.call('sealedSources.list', { sort: 'activity', desc: true })).rows[0]?.activityBq).toBe(5e9);
    expect(ok(core.call('sealedSources.update', { id: a.id, patch: { activity: '0,1', activityUnit: 'Ci' } })).activityBq).toBeCloseTo(3.7e9);
    ok(core.call('sealedSources.delete', { id: a.id, reason: 'Nhập trùng' }));
    expect(ok(core.call('sealedSources.list', { nuclide: 'Cs-137' })).total).toBe(1);
    ok(core.call('sealedSources.restore', { id: a.id }));
    expect(ok(core.call('sealedSources.list', { nuclide: 'Cs-137' })).total).toBe(2);
  });

  it('refuses negative activity, an unnamed "other" nuclide and a missing reference date, and writes nothing', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const before = writeCounts(core, 'sealed_sources');
    const neg = core.call('sealedSources.create', { facilityId: fac, nuclide: 'Ir-192', activity: '-3', activityUnit: 'Ci', referenceDate: '2024-01-01' });
    expect(!neg.ok && neg.error.issues?.[0]).toMatchObject({ path: 'activity', vi: 'Hoạt độ phải ≥ 0', en: 'Activity must be ≥ 0' });
    const other = core.call('sealedSources.create', { facilityId: fac, nuclide: 'other', activity: 1, referenceDate: '2024-01-01' });
    expect(!other.ok && other.error.issues?.map((i) => i.path)).toEqual(['nuclideOther']);
    const noDate = core.call('sealedSources.create', { facilityId: fac, nuclide: 'Co-60', activity: 1 } as never);
    expect(!noDate.ok && noDate.error.issues?.map((i) => i.path)).toEqual(['referenceDate']);
    const noActivity = core.call('sealedSources.create', { facilityId: fac, nuclide: 'Co-60', activity: '', referenceDate: '2024-01-01' });
    expect(!noActivity.ok && noActivity.error.issues?.map((i) => i.path)).toEqual(['activity']);
    const unit = core.dispatch('sealedSources.create', { facilityId: fac, nuclide: 'Co-60', activity: 1, activityUnit: 'rad', referenceDate: '2024-01-01' });
    expect(!unit.ok && unit.error.issues?.map((i) => i.path)).toEqual(['activityUnit']);
    expect(writeCounts(core, 'sealed_sources')).toEqual(before);

    const src = ok(core.call('sealedSources.create', { facilityId: fac, nuclide: 'Co-60', activity: 1, referenceDate: '2024-01-01' }));
    const mid = writeCounts(core, 'sealed_sources');
    const toOther = core.call('sealedSources.update', { id: src.id, patch: { nuclide: 'other' } });
    expect(!toOther.ok && toOther.error.issues?.map((i) => i.path)).toEqual(['patch.nuclideOther']);
    expect(writeCounts(core, 'sealed_sources')).toEqual(mid);
  });
});
