import { describe, expect, it } from 'vitest';
import { ok, tempCore } from '../register/helpers';

function seed() {
  const { core } = tempCore();
  const sonLa = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la', commune: 'Phường Tô Hiệu' })).id;
  const dienBien = ok(core.call('facilities.create', { name: 'Trung tâm Y tế Điện Biên Đông', kind: 'health_center', provinceCode: 'dien-bien' })).id;
  const unit = ok(core.call('xrayUnits.create', { facilityId: sonLa, type: 'ct', manufacturer: 'Siemens', model: 'Somatom', serial: 'SN-0042', room: 'Phòng CT tầng 1' }));
  ok(core.call('xrayUnits.create', { facilityId: dienBien, type: 'general', serial: 'SN-0043' }));
  const worker = ok(core.call('workers.create', { facilityId: dienBien, name: 'Lò Thị Điện', role: 'radiographer', dosimeterId: 'TLD-77' }));
  const src = ok(core.call('sealedSources.create', { facilityId: sonLa, nuclide: 'Cs-137', activity: 10, activityUnit: 'uCi', referenceDate: '2012-01-01', serial: 'CS-9' }));
  const lic = ok(core.call('licences.create', { facilityId: sonLa, kind: 'giay_phep', number: '27/GP-SKHCN', expiresOn: '2026-01-10' }));
  const ww = ok(core.call('wastewaterSystems.create', { facilityId: sonLa, technology: 'AAO – Johkasou', permitNo: 'GP-88' }));
  return { core, sonLa, dienBien, unit, worker, src, lic, ww };
}

describe('the one search box finds facilities and everything registered under them', () => {
  it('finds "son la" and "dien bien" typed without accents, with the facility name on every hit', () => {
    const { core, sonLa, dienBien, worker } = seed();
    const son = ok(core.call('search.all', { query: 'son la' }));
    expect(son.rows.map((h) => [h.entity, h.id])).toEqual([['facility', sonLa]]);
    expect(son.rows[0]).toMatchObject({ title: 'Bệnh viện Đa khoa tỉnh Sơn La', subtitle: 'Phường Tô Hiệu', facilityName: 'Bệnh viện Đa khoa tỉnh Sơn La' });
    const dien = ok(core.call('search.all', { query: 'dien bien' }));
    expect(dien.rows.map((h) => h.id)).toEqual([dienBien]);
    const dienAlone = ok(core.call('search.all', { query: 'ĐIỆN' }));
    expect(dienAlone.rows.map((h) => h.id).sort()).toEqual([dienBien, worker.id].sort());
    const hit = dienAlone.rows.find((h) => h.entity === 'worker');
    expect(hit).toMatchObject({ title: 'Lò Thị Điện', subtitle: 'Kỹ thuật viên X-quang · Liều kế TLD-77', facilityId: dienBien, facilityName: 'Trung tâm Y tế Điện Biên Đông' });
  });

  it('finds an X-ray unit by serial "SN-0042" (with or without the dash) and not its neighbour', () => {
    const { core, unit, sonLa } = seed();
    for (const query of ['SN-0042', 'sn 0042', 'SN0042']) {
      const r = ok(core.call('search.all', { query }));
      expect(r.rows.map((h) => h.id)).toEqual([unit.id]);
    }
    const hit = ok(core.call('search.all', { query: 'SN-0042' })).rows[0];
    expect(hit).toEqual({
      entity: 'xray_unit',
      id: unit.id,
      facilityId: sonLa,
      facilityName: 'Bệnh viện Đa khoa tỉnh Sơn La',
      title: 'CT (cắt lớp vi tính) Siemens Somatom',
      subtitle: 'Số máy SN-0042 · Phòng CT tầng 1',
    });
  });

  it('finds sources, licences and wastewater systems, filters by entity and facility, and pages', () => {
    const { core, sonLa, src, lic, ww } = seed();
    expect(ok(core.call('search.all', { query: 'cs-137' })).rows.map((h) => [h.id, h.title])).toEqual([[src.id, 'Nguồn Cs-137 CS-9']]);
    expect(ok(core.call('search.all', { query: '27/GP' })).rows.map((h) => [h.id, h.title])).toEqual([[lic.id, 'Giấy phép tiến hành công việc bức xạ số 27/GP-SKHCN']]);
    expect(ok(core.call('search.all', { query: 'johkasou' })).rows.map((h) => h.id)).toEqual([ww.id]);
    const sn = ok(core.call('search.all', { query: 'sn', entities: ['xray_unit'] }));
    expect(sn.total).toBe(2);
    expect(ok(core.call('search.all', { query: 'sn', facilityId: sonLa })).total).toBe(1);
    const page = ok(core.call('search.all', { query: 'sn', limit: 1, offset: 1 }));
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
    expect(ok(core.call('search.all', { query: '  -- ' }))).toEqual({ rows: [], total: 0, more: false });
  });

  it('forgets a deleted record and finds it again once restored, and follows an edit', () => {
    const { core, unit } = seed();
    ok(core.call('xrayUnits.delete', { id: unit.id, reason: 'Nhập trùng' }));
    expect(ok(core.call('search.all', { query: 'SN-0042' })).total).toBe(0);
    ok(core.call('xrayUnits.restore', { id: unit.id }));
    expect(ok(core.call('search.all', { query: 'SN-0042' })).total).toBe(1);
    ok(core.call('xrayUnits.update', { id: unit.id, patch: { serial: 'SN-9000' } }));
    expect(ok(core.call('search.all', { query: 'SN-0042' })).total).toBe(0);
    expect(ok(core.call('search.all', { query: 'SN-9000' })).rows.map((h) => h.id)).toEqual([unit.id]);
  });
});

describe('a very broad query', () => {
  it('counts up to 1000, says there are more, and lists the newest records first', () => {
    const { core } = tempCore();
    const facilityId = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' })).id;
    core.db.transaction(() => {
      for (let i = 0; i < 1005; i++) ok(core.call('xrayUnits.create', { facilityId, type: 'general', serial: `QX-${i}`, status: 'in_use' }));
    })();
    const page = ok(core.call('search.all', { query: 'qx', limit: 20 }));
    expect(page.total).toBe(1000);
    expect(page.more).toBe(true);
    expect(page.rows).toHaveLength(20);
    expect(page.rows[0]!.subtitle).toContain('QX-1004');
    const deep = ok(core.call('search.all', { query: 'qx', limit: 20, offset: 990 }));
    expect(deep.rows).toHaveLength(15);
    expect(deep.rows.at(-1)!.subtitle).toContain('QX-0');
  });
});
