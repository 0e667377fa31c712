import { describe, expect, it } from 'vitest';
import { facility, ok, tempCore, writeCounts } from './helpers';

describe('an inspector records licences and declarations and what they cover', () => {
  it('links X-ray units and sources, lists licences covering a unit, and finds expiring ones', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const ct = ok(core.call('xrayUnits.create', { facilityId: fac, type: 'ct', serial: 'CT-1' }));
    const src = ok(core.call('sealedSources.create', { facilityId: fac, nuclide: 'Cs-137', activity: 1, activityUnit: 'mCi', referenceDate: '2015-01-01' }));
    const lic = ok(
      core.call('licences.create', {
        facilityId: fac,
        kind: 'giay_phep',
        number: '15/GP-SKHCN',
        issuedBy: 'Sở Khoa học và Công nghệ Sơn La',
        issuedOn: '2023-01-10',
        expiresOn: '2026-01-10',
        units: [
          { entity: 'xray_unit', id: ct.id },
          { entity: 'sealed_source', id: src.id },
        ],
      }),
    );
    expect(lic.units).toEqual([
      { entity: 'xray_unit', id: ct.id },
      { entity: 'sealed_source', id: src.id },
    ]);
    ok(core.call('licences.create', { facilityId: fac, kind: 'khai_bao', number: 'KB-02', issuedOn: '2024-05-01' }));
    expect(ok(core.call('licences.list', { unitId: ct.id })).rows.map((r) => r.number)).toEqual(['15/GP-SKHCN']);
    expect(ok(core.call('licences.list', { expiresFrom: '2025-11-20', expiresTo: '2026-02-18' })).rows.map((r) => r.number)).toEqual(['15/GP-SKHCN']);
    expect(ok(core.call('licences.list', { kind: 'khai_bao' })).rows.map((r) => r.number)).toEqual(['KB-02']);
    expect(ok(core.call('licences.list', { query: 'giay phep 15' })).total).toBe(1);
    const updated = ok(core.call('licences.update', { id: lic.id, patch: { units: [{ entity: 'xray_unit', id: ct.id }] } }));
    expect(updated.units).toHaveLength(1);
    expect(ok(core.call('licences.list', { unitId: src.id })).total).toBe(0);
    ok(core.call('licences.delete', { id: lic.id, reason: 'Nhập trùng' }));
    expect(ok(core.call('licences.list', {})).total).toBe(1);
    ok(core.call('licences.restore', { id: lic.id }));
    expect(ok(core.call('licences.list', {})).total).toBe(2);
  });

  it('refuses an expiry before the issue date, on create and on a patch, and writes nothing', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const before = writeCounts(core, 'licences');
    const r = core.call('licences.create', { facilityId: fac, kind: 'giay_phep', number: '1/GP', issuedOn: '2024-03-01', expiresOn: '2024-02-29' });
    expect(!r.ok && r.error.issues?.[0]).toMatchObject({ path: 'expiresOn', en: 'Expiry date (2024-02-29) must not be before the issue date (2024-03-01)' });
    expect(writeCounts(core, 'licences')).toEqual(before);
    const lic = ok(core.call('licences.create', { facilityId: fac, kind: 'giay_phep', number: '1/GP', issuedOn: '2024-03-01', expiresOn: '2027-03-01' }));
    const mid = writeCounts(core, 'licences');
    // (An issue date in the future is refused on its own: see the date-range tests.)
    const p = core.call('licences.update', { id: lic.id, patch: { expiresOn: '2024-01-01' } });
    expect(!p.ok && p.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'patch.expiresOn' }] });
    expect(writeCounts(core, 'licences')).toEqual(mid);
  });

  it('refuses a covered unit of another facility or one that does not exist', () => {
    const { core } = tempCore();
    const a = facility(core);
    const b = facility(core, 'Phòng khám nha khoa Tâm An');
    const other = ok(core.call('xrayUnits.create', { facilityId: b, type: 'dental_intraoral' }));
    const ghost = '01900000-0000-7000-8000-000000000000';
    const before = writeCounts(core, 'licences');
    const r = core.call('licences.create', {
      facilityId: a,
      kind: 'khai_bao',
      number: 'KB-1',
      units: [
        { entity: 'xray_unit', id: other.id },
        { entity: 'sealed_source', id: ghost },
      ],
    });
    expect(!r.ok && r.error.issues?.map((i) => [i.path, i.en])).toEqual([
      ['units.0', 'That unit belongs to another facility'],
      ['units.1', `No sealed_source with id ${ghost}`],
    ]);
    expect(writeCounts(core, 'licences')).toEqual(before);
    const twice = core.call('licences.create', { facilityId: b, kind: 'khai_bao', number: 'KB-2', units: [{ entity: 'xray_unit', id: other.id }, { entity: 'xray_unit', id: other.id }] });
    expect(!twice.ok && twice.error.issues?.map((i) => i.path)).toEqual(['units.1']);
  });
});
