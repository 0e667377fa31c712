import { describe, expect, it } from 'vitest';
import { facility, ok, tempCore, writeCounts } from './helpers';

describe('an inspector records the hospital wastewater treatment system', () => {
  it('keeps capacity, flow and permit K typed with decimal commas, and filters by column and permit expiry', () => {
    const { core } = tempCore();
    const a = facility(core);
    const b = facility(core, 'Trung tâm Y tế Mai Sơn');
    const sys = ok(
      core.call('wastewaterSystems.create', {
        facilityId: a,
        technology: 'AAO kết hợp màng lọc sinh học MBBR',
        designCapacityM3PerDay: '350',
        actualFlowM3PerDay: '212,5',
        commissionedOn: '2018-09-01',
        disinfection: 'Chlorine',
        receivingWater: 'Suối Nậm La',
        dischargeColumn: 'B',
        permitNo: '1234/GP-UBND',
        permitExpiresOn: '2026-01-15',
        permitK: '1,0',
      }),
    );
    expect(sys).toMatchObject({ designCapacityM3PerDay: 350, actualFlowM3PerDay: 212.5, permitK: 1, dischargeColumn: 'B' });
    ok(core.call('wastewaterSystems.create', { facilityId: b, technology: 'Bể lọc sinh học nhỏ giọt', dischargeColumn: 'A', permitExpiresOn: '2029-12-31' }));
    expect(ok(core.call('wastewaterSystems.list', { dischargeColumn: 'A' })).rows.map((r) => r.facilityName)).toEqual(['Trung tâm Y tế Mai Sơn']);
    expect(ok(core.call('wastewaterSystems.list', { permitExpiresTo: '2026-02-19' })).rows.map((r) => r.id)).toEqual([sys.id]);
    expect(ok(core.call('wastewaterSystems.list', { sort: 'permitExpiresOn', desc: true })).rows[0]?.facilityId).toBe(b);
    expect(ok(core.call('wastewaterSystems.list', { query: 'nam la' })).rows.map((r) => r.id)).toEqual([sys.id]);
    expect(ok(core.call('wastewaterSystems.list', { query: '1234/GP' })).total).toBe(1);
    ok(core.call('wastewaterSystems.update', { id: sys.id, patch: { permitK: null } }));
    expect(ok(core.call('wastewaterSystems.get', { id: sys.id })).permitK).toBeNull();
    ok(core.call('wastewaterSystems.delete', { id: sys.id, reason: 'Nhập trùng' }));
    expect(ok(core.call('wastewaterSystems.list', { facilityId: a })).total).toBe(0);
    ok(core.call('wastewaterSystems.restore', { id: sys.id }));
    expect(ok(core.call('wastewaterSystems.list', { facilityId: a })).total).toBe(1);
  });

  it('refuses a negative flow, a column other than A/B and an empty technology, naming each field', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const before = writeCounts(core, 'wastewater_systems');
    const r = core.dispatch('wastewaterSystems.create', { facilityId: fac, technology: '  ', actualFlowM3PerDay: '-1', dischargeColumn: 'C', permitK: '0' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['actualFlowM3PerDay', 'dischargeColumn', 'permitK', 'technology']);
    expect(writeCounts(core, 'wastewater_systems')).toEqual(before);
  });
});
