import { describe, expect, it } from 'vitest';
import { count, facility, ok, tempCore, writeCounts } from './helpers';

describe('an inspector registers the X-ray units of a facility', () => {
  it('creates a unit with kV typed "0,5"-style, lists it, finds it by serial, and logs every field', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const unit = ok(
      core.call('xrayUnits.create', {
        facilityId: fac,
        type: 'ct',
        manufacturer: 'Siemens',
        model: 'Somatom go.Up',
        serial: 'SN-0042',
        maxKv: '130',
        maxMa: '345,5',
        installedOn: '2021-03-15',
        lastQcOn: '2024-10-01',
        qcCertificateNo: 'KĐ-24/118',
      }),
    );
    expect(unit).toMatchObject({ maxKv: 130, maxMa: 345.5, status: 'in_use', facilityName: 'Bệnh viện Đa khoa tỉnh Sơn La', deletedAt: null });
    const page = ok(core.call('xrayUnits.list', { facilityId: fac }));
    expect(page.total).toBe(1);
    expect(ok(core.call('xrayUnits.list', { query: 'SN-0042' })).rows.map((r) => r.id)).toEqual([unit.id]);
    expect(ok(core.call('xrayUnits.list', { query: 'sn0042' })).rows.map((r) => r.id)).toEqual([unit.id]);
    expect(ok(core.call('xrayUnits.list', { query: 'cat lop' })).total).toBe(1);
    // A new record has one sync-state entry (its own) until a field is edited.
    const fields = () => (core.db.prepare('SELECT field FROM sync_state WHERE row_id = ? ORDER BY field').all(unit.id) as { field: string }[]).map((c) => c.field);
    expect(fields()).toEqual(['']);
    ok(core.call('xrayUnits.update', { id: unit.id, patch: { serial: 'SN-0043' } }));
    expect(fields()).toEqual(['', 'serial']);
  });

  it('filters by type, status and QC date, sorts by serial both ways, and pages', () => {
    const { core } = tempCore();
    const a = facility(core);
    const b = facility(core, 'Bệnh viện Đa khoa Mộc Châu');
    const make = (facilityId: string, serial: string, type: 'general' | 'ct' | 'dental_panoramic', lastQcOn: string | null, status?: 'stored') =>
      ok(core.call('xrayUnits.create', { facilityId, type, serial, lastQcOn, status }));
    make(a, 'C-3', 'general', '2022-01-10');
    make(a, 'A-1', 'ct', '2025-02-01');
    make(b, 'B-2', 'general', null, 'stored');
    make(b, 'D-4', 'dental_panoramic', '2023-06-30');
    const serials = (input: Parameters<typeof core.call<'xrayUnits.list'>>[1]) => ok(core.call('xrayUnits.list', input)).rows.map((r) => r.serial);
    expect(serials({})).toEqual(['A-1', 'B-2', 'C-3', 'D-4']);
    expect(serials({ desc: true })).toEqual(['D-4', 'C-3', 'B-2', 'A-1']);
    expect(serials({ type: 'general' })).toEqual(['B-2', 'C-3']);
    expect(serials({ status: 'stored' })).toEqual(['B-2']);
    expect(serials({ facilityId: b })).toEqual(['B-2', 'D-4']);
    expect(serials({ lastQcTo: '2023-12-31' })).toEqual(['C-3', 'D-4']);
    expect(serials({ lastQcFrom: '2023-01-01', lastQcTo: '2025-12-31', sort: 'lastQcOn' })).toEqual(['D-4', 'A-1']);
    expect(serials({ neverVerified: true })).toEqual(['B-2']);
    // "Mộc Châu" sorts before "tỉnh Sơn La" once folded.
    expect(serials({ sort: 'facility' }).slice(0, 2).sort()).toEqual(['B-2', 'D-4']);
    const page2 = ok(core.call('xrayUnits.list', { limit: 3, offset: 3 }));
    expect(page2).toMatchObject({ total: 4 });
    expect(page2.rows.map((r) => r.serial)).toEqual(['D-4']);
  });

  it('updates only what changed, deletes as a tombstone and restores', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const unit = ok(core.call('xrayUnits.create', { facilityId: fac, type: 'mobile', serial: 'MB-7' }));
    const updated = ok(core.call('xrayUnits.update', { id: unit.id, patch: { lastQcOn: '2025-05-05', serial: 'MB-7' } }));
    expect(updated.lastQcOn).toBe('2025-05-05');
    const audit = core.db.prepare("SELECT old_values, new_values FROM audit_log WHERE entity_id = ? AND action = 'update'").get(unit.id) as {
      old_values: string;
      new_values: string;
    };
    expect(JSON.parse(audit.new_values)).toEqual({ lastQcOn: '2025-05-05' });
    ok(core.call('xrayUnits.delete', { id: unit.id, reason: 'Nhập trùng' }));
    expect(ok(core.call('xrayUnits.list', {})).total).toBe(0);
    expect(ok(core.call('xrayUnits.list', { includeDeleted: true })).total).toBe(1);
    expect(ok(core.call('xrayUnits.list', { query: 'MB-7' })).total).toBe(0);
    const upd = core.call('xrayUnits.update', { id: unit.id, patch: { room: 'P.101' } });
    expect(!upd.ok && upd.error.code).toBe('NOT_FOUND');
    expect(ok(core.call('xrayUnits.restore', { id: unit.id })).deletedAt).toBeNull();
    expect(ok(core.call('xrayUnits.list', { query: 'MB-7' })).total).toBe(1);
  });

  it('refuses kV outside 1–200, an unknown type and a missing facility, naming the field, and writes nothing', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const before = writeCounts(core, 'xray_units');
    const kv = core.call('xrayUnits.create', { facilityId: fac, type: 'general', maxKv: '250' });
    expect(!kv.ok && kv.error.issues?.[0]).toMatchObject({ path: 'maxKv', vi: 'Điện áp cực đại (kV) phải ≤ 200' });
    const zero = core.call('xrayUnits.create', { facilityId: fac, type: 'general', maxKv: 0 });
    expect(!zero.ok && zero.error.issues?.[0]?.path).toBe('maxKv');
    const type = core.dispatch('xrayUnits.create', { facilityId: fac, type: 'laser' });
    expect(!type.ok && type.error.issues?.[0]).toMatchObject({ path: 'type', vi: 'Chọn loại thiết bị X-quang' });
    const noFac = core.call('xrayUnits.create', { facilityId: '01900000-0000-7000-8000-000000000000', type: 'general' });
    expect(!noFac.ok && noFac.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'facilityId' }] });
    const unit = ok(core.call('xrayUnits.create', { facilityId: fac, type: 'general' }));
    const mid = writeCounts(core, 'xray_units');
    const badPatch = core.call('xrayUnits.update', { id: unit.id, patch: { maxKv: '-5', room: 'P.2' } });
    expect(!badPatch.ok && badPatch.error.issues?.[0]?.path).toBe('patch.maxKv');
    expect(writeCounts(core, 'xray_units')).toEqual(mid);
    expect(mid.rows).toBe(before.rows + 1);
    expect(count(core, 'xray_units')).toBe(1);
  });
});

describe('register lists across facilities', () => {
  it('filter by the commune of the facility', () => {
    const { core } = tempCore();
    const a = core.call('facilities.create', { name: 'Bệnh viện Đa khoa Mộc Châu', kind: 'hospital', provinceCode: 'son-la', commune: 'Phường Mộc Châu' });
    const b = core.call('facilities.create', { name: 'Trung tâm Y tế Mai Sơn', kind: 'health_center', provinceCode: 'son-la', commune: 'Xã Mai Sơn' });
    if (!a.ok || !b.ok) throw new Error('facilities not created');
    for (const [facilityId, serial] of [[a.value.id, 'MC-1'], [b.value.id, 'MS-1'], [b.value.id, 'MS-2']] as const) {
      const r = core.call('xrayUnits.create', { facilityId, type: 'general', serial, status: 'in_use' });
      if (!r.ok) throw new Error(r.error.en);
    }
    const inMaiSon = core.call('xrayUnits.list', { commune: 'Xã Mai Sơn', sort: 'serial' });
    expect(inMaiSon.ok && inMaiSon.value.rows.map((u) => u.serial)).toEqual(['MS-1', 'MS-2']);
    expect(inMaiSon.ok && inMaiSon.value.total).toBe(2);
  });
});
