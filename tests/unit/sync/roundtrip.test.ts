import { describe, expect, it } from 'vitest';
import { device, dump, exportFrom, importInto, ok, Wall } from './helpers';

describe('an inspector exports a bundle and the supervisor imports it', () => {
  it('brings facilities, units and doses across, and importing it twice or an older one after a newer changes nothing', async () => {
    const wall = new Wall();
    const laptop = device('laptop', wall);
    const supervisor = device('supervisor', wall);
    const fac = ok(laptop.core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' }));
    ok(laptop.core.call('xrayUnits.create', { facilityId: fac.id, type: 'general', serial: 'GX-1' }));
    const w = ok(laptop.core.call('workers.create', { facilityId: fac.id, name: 'Lò Thị Hoa', role: 'nurse' }));
    ok(laptop.core.call('doseRecords.create', { workerId: w.id, year: 2026, quarter: 1, hp10: 0.3 }));
    const older = await exportFrom(laptop);
    wall.advance();
    ok(laptop.core.call('facilities.update', { id: fac.id, patch: { beds: 400 } }));
    const newer = await exportFrom(laptop);

    const first = await importInto(supervisor, older);
    expect(first.kinds.facility).toEqual({ added: 1, changed: 0, unchanged: 0, conflicts: 0 });
    expect(first.newlyTrusted).toBe(true);
    const second = await importInto(supervisor, newer);
    expect(second.kinds.facility).toEqual({ added: 0, changed: 1, unchanged: 0, conflicts: 0 });
    expect(second.kinds.dose_record).toBeUndefined();
    expect(dump(supervisor)).toBe(dump(laptop));
    expect(ok(supervisor.core.call('facilities.get', { id: fac.id })).beds).toBe(400);

    const settled = dump(supervisor);
    const again = await importInto(supervisor, newer);
    expect(again.alreadyImported).toBe(true);
    expect(dump(supervisor)).toBe(settled);
    // A full export of the same state is a new bundle: merged record by record, it changes nothing.
    const full = await exportFrom(laptop, { all: true });
    const merged = await importInto(supervisor, full);
    expect(merged.alreadyImported).toBe(false);
    expect(Object.values(merged.kinds).every((k) => k.added === 0 && k.changed === 0 && k.conflicts === 0)).toBe(true);
    expect(dump(supervisor)).toBe(settled);

    // Another supervisor gets the newer bundle first, then the older: the older one changes nothing.
    const other = device('other', wall);
    await importInto(other, full);
    const before = dump(other);
    const late = await importInto(other, older);
    expect(late.kinds.facility).toEqual({ added: 0, changed: 0, unchanged: 1, conflicts: 0 });
    expect(dump(other)).toBe(before);
    expect(ok(other.core.call('facilities.get', { id: fac.id })).beds).toBe(400);
  });
});
