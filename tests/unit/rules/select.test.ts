import { describe, expect, it } from 'vitest';
import { facilityStart, newestVersions, selectPack } from '../../../src-shared/rules/select';
import { clonePack, qcvn28, qcvn40, radiation, sources } from './shipped';

const all = [qcvn28, qcvn40, radiation, sources];

describe('the wastewater regulation in force is picked by facility and date', () => {
  it.each([
    // [facility operating since, inspection date, expected pack]
    ['2015-06-01', '2024-10-01', 'qcvn-28-2010-btnmt'], // before QCVN 40 existed
    ['2015-06-01', '2026-03-01', 'qcvn-28-2010-btnmt'], // older facility keeps QCVN 28 until 2031-12-31
    ['2015-06-01', '2031-12-31', 'qcvn-28-2010-btnmt'], // last day of the transition
    ['2015-06-01', '2032-01-01', 'qcvn-40-2025-btnmt'], // transition over
    ['2015-06-01', '2032-06-15', 'qcvn-40-2025-btnmt'],
    ['2025-08-31', '2026-03-01', 'qcvn-28-2010-btnmt'], // one day before the cut-off
    ['2025-09-01', '2026-03-01', 'qcvn-40-2025-btnmt'], // operating from the cut-off day
    ['2026-01-10', '2026-03-01', 'qcvn-40-2025-btnmt'],
    [null, '2025-08-31', 'qcvn-28-2010-btnmt'], // date unknown but QCVN 40 not yet in force
  ] as const)('operating since %s, checked %s → %s', (since, date, expected) => {
    const s = selectPack(all, 'wastewater', { operatingSince: since }, date);
    expect(s.pack?.id).toBe(expected);
    expect(s.reason.vi).toContain('Áp dụng');
  });

  it('explains the choice and what it passed over', () => {
    const s = selectPack(all, 'wastewater', { operatingSince: '2015-06-01' }, '2026-03-01');
    expect(s.reason.vi).toContain('cơ sở hoạt động/được cấp phép trước 01/09/2025');
    const passed = s.considered.find((c) => c.packId === 'qcvn-40-2025-btnmt')!;
    expect(passed.chosen).toBe(false);
    expect(passed.reason.vi).toContain('QCVN 28:2010/BTNMT được ưu tiên');
  });

  it('uses the earlier of operating and permit dates', () => {
    expect(facilityStart({ operatingSince: '2026-01-01', permitDate: '2024-05-01' })).toBe('2024-05-01');
    expect(selectPack(all, 'wastewater', { operatingSince: '2026-01-01', permitDate: '2024-05-01' }, '2026-03-01').pack?.id).toBe('qcvn-28-2010-btnmt');
  });

  it('falls back to QCVN 40 when the facility has no date, and says the date is missing', () => {
    const s = selectPack(all, 'wastewater', {}, '2026-03-01');
    expect(s.pack?.id).toBe('qcvn-40-2025-btnmt');
    expect(s.considered.find((c) => c.packId === 'qcvn-28-2010-btnmt')!.reason.vi).toContain('chưa có ngày hoạt động/cấp phép');
  });

  it('finds nothing before any wastewater pack was in force, and says so', () => {
    const s = selectPack(all, 'wastewater', { operatingSince: '2000-01-01' }, '2009-01-01');
    expect(s.pack).toBeNull();
    expect(s.reason.vi).toContain('Không có gói');
  });

  it('picks the newest version of a pack a supervisor imported', () => {
    const filled = clonePack(qcvn40);
    filled.version = '1.0.0';
    expect(newestVersions([qcvn40, filled]).map((p) => p.version)).toEqual(['1.0.0']);
    expect(selectPack([qcvn28, qcvn40, filled], 'wastewater', { operatingSince: '2026-01-01' }, '2026-03-01').pack?.version).toBe('1.0.0');
  });

  it('picks the radiation and sources packs for any facility', () => {
    expect(selectPack(all, 'radiation', {}, '2025-05-01').pack?.id).toBe('radiation-xray-142-2020');
    expect(selectPack(all, 'sources', {}, '2025-05-01').pack?.id).toBe('sources-iaea-2006');
  });
});
