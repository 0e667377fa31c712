import { describe, expect, it } from 'vitest';
import { facility, ok, tempCore, writeCounts } from './helpers';

describe('an inspector keeps the list of radiation workers', () => {
  it('creates an RSO and an interventional worker, filters and sorts them, and finds them without accents', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const rso = ok(
      core.call('workers.create', {
        facilityId: fac,
        name: 'Lò Văn Điện',
        role: 'radiographer',
        isRso: true,
        rsoDecisionNo: '112/QĐ-BV',
        rsoDecisionOn: '2022-04-01',
        rsoCertificateNo: 'CC-ATBX-0457',
        trainingOn: '2021-10-12',
        lastHealthCheckOn: '2025-03-02',
        dosimeterId: 'TLD-0091',
      }),
    );
    expect(rso).toMatchObject({ isRso: true, interventional: false });
    const doc = ok(core.call('workers.create', { facilityId: fac, name: 'Cầm Thị Ánh', role: 'interventionalist', interventional: true, lastHealthCheckOn: '2024-01-15' }));
    expect(doc.interventional).toBe(true);
    ok(core.call('workers.create', { facilityId: fac, name: 'Bạc Cầm Hùng', role: 'nurse' }));
    expect(ok(core.call('workers.list', {})).rows.map((w) => w.name)).toEqual(['Bạc Cầm Hùng', 'Cầm Thị Ánh', 'Lò Văn Điện']);
    expect(ok(core.call('workers.list', { isRso: true })).rows.map((w) => w.id)).toEqual([rso.id]);
    expect(ok(core.call('workers.list', { interventional: true })).rows.map((w) => w.id)).toEqual([doc.id]);
    expect(ok(core.call('workers.list', { role: 'nurse' })).total).toBe(1);
    expect(ok(core.call('workers.list', { healthCheckTo: '2024-11-20' })).rows.map((w) => w.id)).toEqual([doc.id]);
    expect(ok(core.call('workers.list', { query: 'lo van dien' })).rows.map((w) => w.id)).toEqual([rso.id]);
    expect(ok(core.call('workers.list', { query: 'TLD0091' })).rows.map((w) => w.id)).toEqual([rso.id]);
    const upd = ok(core.call('workers.update', { id: doc.id, patch: { isRso: true } }));
    expect(upd.isRso).toBe(true);
    ok(core.call('workers.delete', { id: doc.id, reason: 'Nhập trùng' }));
    expect(ok(core.call('workers.list', { isRso: true })).total).toBe(1);
    ok(core.call('workers.restore', { id: doc.id }));
    expect(ok(core.call('workers.list', { isRso: true })).total).toBe(2);
  });

  it('refuses an empty name, a bad date and a non-boolean flag, naming each field, and writes nothing', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const before = writeCounts(core, 'workers');
    const r = core.dispatch('workers.create', { facilityId: fac, name: '', role: 'nurse', lastHealthCheckOn: '2025-02-30', interventional: 'có' });
    expect(!r.ok && r.error.issues?.map((i) => i.path).sort()).toEqual(['interventional', 'lastHealthCheckOn', 'name']);
    expect(writeCounts(core, 'workers')).toEqual(before);
  });

  it('moves the dose history along when a worker moves to another facility', () => {
    const { core } = tempCore();
    const a = facility(core);
    const b = facility(core, 'Bệnh viện Đa khoa Mộc Châu');
    const w = ok(core.call('workers.create', { facilityId: a, name: 'Hà Văn Minh', role: 'radiographer' }));
    ok(core.call('doseRecords.create', { workerId: w.id, year: 2025, quarter: 1, hp10: '0,12' }));
    ok(core.call('workers.update', { id: w.id, patch: { facilityId: b } }));
    expect(ok(core.call('doseRecords.list', { facilityId: b })).total).toBe(1);
    expect(ok(core.call('doseRecords.list', { facilityId: a })).total).toBe(0);
  });
});
