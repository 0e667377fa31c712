import { describe, expect, it } from 'vitest';
import { png } from '../inspections/helpers';
import { device, dump, exportFrom, importInto, ok, Wall, type Device } from './helpers';

async function exchange(order: [Device, Device[]][]): Promise<void> {
  const bundles = new Map<Device, string>();
  for (const [d] of order) bundles.set(d, await exportFrom(d));
  for (const [d, from] of order) for (const src of from) await importInto(d, bundles.get(src)!);
}

const photo = (d: Device, seed: number) => ok(d.core.call('blobs.put', { dataBase64: png(64, 48, seed).toString('base64'), fileName: `anh-${seed}.png`, mime: 'image/png' })).sha256;

describe('three laptops editing offline converge when they exchange bundles in any order', () => {
  it('ends with identical data, the expected conflicts, and no duplicate answers or dose records', async () => {
    const wall = new Wall();
    const a = device('a', wall);
    const b = device('b', wall, { offsetMinutes: 2 });
    const c = device('c', wall, { offsetMinutes: -3 });

    // A sets up the register and a shared inspection; everyone gets it.
    const fac = ok(a.core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la', beds: 500 }));
    const unit = ok(a.core.call('xrayUnits.create', { facilityId: fac.id, type: 'general', serial: 'GX-1' }));
    const worker = ok(a.core.call('workers.create', { facilityId: fac.id, name: 'Lò Thị Hoa', role: 'nurse' }));
    const insp = ok(a.core.call('inspections.create', { facilityId: fac.id, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '125/QĐ-SKHCN' }));
    const first = await exportFrom(a);
    await importInto(b, first);
    await importInto(c, first);
    wall.advance();

    // Offline, each on their own laptop.
    ok(a.core.call('facilities.update', { id: fac.id, patch: { beds: 520 } }));
    ok(b.core.call('facilities.update', { id: fac.id, patch: { beds: 540 } }));
    ok(a.core.call('xrayUnits.update', { id: unit.id, patch: { serial: 'GX-1A' } }));
    ok(c.core.call('xrayUnits.delete', { id: unit.id, reason: 'Thiết bị đã chuyển đi' }));
    ok(a.core.call('inspections.saveAnswer', { inspectionId: insp.id, itemKey: 'licence_present', instanceKey: '', value: 'yes' }));
    ok(b.core.call('inspections.saveAnswer', { inspectionId: insp.id, itemKey: 'licence_present', instanceKey: '', value: 'no' }));
    ok(a.core.call('attachments.add', { inspectionId: insp.id, itemKey: 'licence_present', kind: 'photo', sha256: photo(a, 1), caption: 'Phòng chụp' }));
    ok(b.core.call('attachments.add', { inspectionId: insp.id, itemKey: 'licence_present', kind: 'photo', sha256: photo(b, 2), caption: 'Biển cảnh báo' }));
    ok(a.core.call('doseRecords.create', { workerId: worker.id, year: 2026, quarter: 1, hp10: 0.3 }));
    ok(c.core.call('doseRecords.create', { workerId: worker.id, year: 2026, quarter: 1, hp10: 0.35 }));
    wall.advance();

    // Two rounds of exchange, in different orders on each laptop.
    await exchange([[a, [c, b]], [b, [a, c]], [c, [b, a]]]);
    wall.advance();
    await exchange([[c, [a, b]], [a, [b, c]], [b, [c, a]]]);

    const dumps = [dump(a), dump(b), dump(c)];
    expect(dumps[1]).toBe(dumps[0]);
    expect(dumps[2]).toBe(dumps[0]);

    const db = a.core.db;
    expect(db.prepare('SELECT count(*) AS n FROM inspection_answers WHERE item_key = ?').get('licence_present')).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM dose_records WHERE worker_id = ?').get(worker.id)).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM attachments WHERE item_key = 'licence_present' AND deleted_at IS NULL").get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 2 });
    // B's clock runs 2 minutes ahead, so its edits are the later ones; A's and C's values are kept as conflicts.
    expect(ok(a.core.call('facilities.get', { id: fac.id })).beds).toBe(540);
    const conflicts = db.prepare('SELECT record_kind, field, kept_value, lost_value FROM sync_conflicts ORDER BY record_kind, field').all();
    expect(conflicts).toEqual([
      { record_kind: 'dose_record', field: 'hp10', kept_value: '0.3', lost_value: '0.35' },
      { record_kind: 'facility', field: 'beds', kept_value: '540', lost_value: '520' },
      { record_kind: 'inspection_answer', field: 'value', kept_value: JSON.stringify('"no"'), lost_value: JSON.stringify('"yes"') },
      { record_kind: 'xray_unit', field: 'deletedAt', kept_value: expect.stringMatching(/^"2026-/), lost_value: 'null' },
    ]);
    const u = db.prepare('SELECT serial, deleted_at FROM xray_units WHERE id = ?').get(unit.id) as { serial: string; deleted_at: string | null };
    expect(u.serial).toBe('GX-1A');
    expect(u.deleted_at).not.toBeNull();
  });
});
