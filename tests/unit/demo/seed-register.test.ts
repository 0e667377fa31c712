import { describe, expect, it } from 'vitest';
import { seedDemoRegister } from '../../../src-main/core/demo/seed-register';
import { count, ok, tempCore } from '../register/helpers';

const today = '2025-11-20';

/** The register's content without ids and timestamps, to compare two seeded files. */
function content(core: ReturnType<typeof tempCore>['core']) {
  const strip = <T extends object>(rows: T[]) =>
    rows
      .map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !/^(id|facilityId|workerId|units|createdAt|updatedAt|hlc|updatedBy)$/.test(k))))
      .sort();
  return {
    units: strip(ok(core.call('xrayUnits.list', { limit: 500 })).rows),
    licences: strip(ok(core.call('licences.list', { limit: 500 })).rows),
    doses: strip(ok(core.call('doseRecords.list', { limit: 500, sort: 'worker' })).rows),
  };
}

describe('a trainer fills an empty file with the Sơn La demo register', () => {
  it('creates facilities, units with overdue QC, a Cs-137 source, permits, an expiring licence and five years of doses', () => {
    const { core } = tempCore();
    const summary = seedDemoRegister(core.env, { today });
    expect(summary).toMatchObject({ facilities: 5, xrayUnits: 13, sealedSources: 1, wastewaterSystems: 3, licences: 7, workers: 7, doseRecords: 60 });
    expect(count(core, 'xray_units')).toBe(13);
    expect(count(core, 'dose_records')).toBe(60);
    const types = new Set(ok(core.call('xrayUnits.list', { limit: 100 })).rows.map((u) => u.type));
    expect(types.size).toBeGreaterThanOrEqual(6);
    // CT units verified more than 12 months ago are overdue.
    const overdueCt = ok(core.call('xrayUnits.list', { type: 'ct', lastQcTo: '2024-11-20' })).rows;
    expect(overdueCt.map((u) => u.serial)).toEqual(['SN-SL-CT-0001']);
    const expiring = ok(core.call('licences.list', { expiresFrom: today, expiresTo: '2026-02-18' })).rows;
    expect(expiring.map((l) => [l.number, l.facilityName])).toEqual([['12/GP-SKHCN', 'Bệnh viện Đa khoa tỉnh Sơn La']]);
    const [source] = ok(core.call('sealedSources.list', {})).rows;
    expect(source).toMatchObject({ nuclide: 'Cs-137', activityBq: 7.4e6 });
    expect(ok(core.call('wastewaterSystems.list', { query: 'johkasou' })).rows[0]).toMatchObject({ permitK: 1, facilityName: 'Trung tâm Y tế Mai Sơn' });
    const interventional = ok(core.call('workers.list', { interventional: true })).rows;
    expect(interventional.map((w) => w.name)).toEqual(['Cầm Văn Hùng']);
    const doses = ok(core.call('doseRecords.list', { workerId: interventional[0]!.id, limit: 100 })).rows;
    expect(doses).toHaveLength(20);
    expect(doses.at(-1)).toMatchObject({ year: 2025, quarter: 3 });
    expect(doses[0]).toMatchObject({ year: 2020, quarter: 4 });
    expect(doses.every((d) => d.hw !== null && d.hn !== null && d.hp10 === null)).toBe(true);
    expect(ok(core.call('workers.list', { isRso: true })).total).toBe(4);
    expect(ok(core.call('search.all', { query: 'moc chau' })).rows.map((h) => h.title)).toContain('Bệnh viện Đa khoa Mộc Châu');
  });

  it('produces the same register on every run for the same day', () => {
    const a = tempCore().core;
    const b = tempCore().core;
    seedDemoRegister(a.env, { today });
    seedDemoRegister(b.env, { today });
    expect(content(a)).toEqual(content(b));
  });

  it('refuses a file that already holds records, saying why, and adds nothing', () => {
    const { core } = tempCore();
    ok(core.call('facilities.create', { name: 'Cơ sở thật', kind: 'clinic', provinceCode: 'son-la' }));
    expect(() => seedDemoRegister(core.env, { today })).toThrow(/already holds 1 row\(s\) in facilities/);
    expect(count(core, 'facilities')).toBe(1);
    expect(count(core, 'xray_units')).toBe(0);
  });
});
