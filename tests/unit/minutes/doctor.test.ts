import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDeviceKeyPair, signerFrom } from '../../../src-main/core/identity/keys';
import { doctor } from '../../../src-main/core/maintenance/doctor';
import { CLOSING, ok, rawDb, readyCheck, signedCheck, tempCore } from './helpers';

/** Flips one byte of the data file inside the first occurrence of `marker` (the file closed, WAL checkpointed). */
function flipByteIn(file: string, marker: string, offsetInMarker: number): void {
  const bytes = fs.readFileSync(file);
  const at = bytes.indexOf(Buffer.from(marker, 'utf8'));
  expect(at).toBeGreaterThan(0);
  expect(bytes.indexOf(Buffer.from(marker, 'utf8'), at + 1)).toBe(-1);
  bytes.writeUInt8(bytes.readUInt8(at + offsetInMarker) ^ 0x01, at + offsetInMarker);
  fs.writeFileSync(file, bytes);
}

describe('kiemtra doctor checks the audit chains and every signed minutes', () => {
  it('an untouched file with signed minutes and an amendment is ok', () => {
    const { core, dir } = tempCore();
    const { id } = signedCheck(core);
    ok(core.call('minutes.amend', { inspectionId: id, reason: 'Ghi nhầm số giấy phép', text: 'Số giấy phép đúng là 125/GP-SKHCN.' }));
    core.close();
    const report = doctor(path.join(dir, 'kiemtra.sqlite'));
    expect(report.audit.breaks).toEqual([]);
    expect(report.audit.rows).toBeGreaterThan(20);
    expect(report.signed).toEqual({ checked: 2, problems: [], missingTriggers: [] });
    expect(report.ok).toBe(true);
  });

  it('one flipped byte of a stored snapshot is reported as exactly that inspection’s minutes', () => {
    const { core, dir } = tempCore();
    const { id } = signedCheck(core);
    const second = signedCheck(core);
    core.close();
    const file = path.join(dir, 'kiemtra.sqlite');
    // Inside the canonical snapshot the inspection's id is followed by its judging day: a place no other row has.
    const db = rawDb(dir);
    const canonical = (db.prepare('SELECT snapshot FROM minutes WHERE inspection_id = ?').get(id) as { snapshot: string }).snapshot;
    db.close();
    const marker = `"id":"${id}","judgedOn"`;
    expect(canonical).toContain(marker);
    flipByteIn(file, marker, 8);
    const report = doctor(file);
    expect(report.ok).toBe(false);
    expect(report.signed.problems).toEqual([expect.objectContaining({ inspectionId: id, seq: 0, problem: 'hash' })]);
    expect(report.signed.problems.some((p) => p.inspectionId === second.id)).toBe(false);
    expect(report.audit.breaks).toEqual([]);
  });

  it('one flipped byte of an audit row is reported as exactly that row', () => {
    const { core, dir } = tempCore();
    const facilityId = ok(core.call('facilities.create', { name: 'Phòng khám Đa khoa Mộc Châu', kind: 'clinic', provinceCode: 'son-la' })).id;
    ok(core.call('facilities.update', { id: facilityId, patch: { name: 'Phòng khám Tâm Đức Mộc Châu' } }));
    ok(core.call('facilities.update', { id: facilityId, patch: { beds: 30 } }));
    const target = core.db.prepare("SELECT id FROM audit_log WHERE entity = 'facility' AND new_values LIKE '%Tâm Đức%'").get() as { id: number };
    core.close();
    const file = path.join(dir, 'kiemtra.sqlite');
    flipByteIn(file, '"name":"Phòng khám Tâm Đức Mộc Châu"', 10);
    const report = doctor(file);
    expect(report.ok).toBe(false);
    expect(report.audit.breaks).toEqual([{ auditId: target.id, device: expect.any(String), entity: 'facility', entityId: facilityId, problem: 'hash' }]);
    expect(report.signed.problems).toEqual([]);
  });

  it('minutes signed with another key than the device’s are reported as forged', () => {
    const { core, dir } = tempCore();
    const honest = signedCheck(core);
    const check = readyCheck(core);
    // Someone signs with a key of their own under this device's id.
    core.env.identity = signerFrom(core.env.deviceId, generateDeviceKeyPair());
    ok(core.call('inspections.complete', { id: check.id, ...CLOSING }));
    expect(ok(core.call('minutes.get', { inspectionId: check.id }))!.original.check).toEqual({ hash: true, signature: false });
    core.close();
    const report = doctor(path.join(dir, 'kiemtra.sqlite'));
    expect(report.signed.problems).toEqual([expect.objectContaining({ inspectionId: check.id, seq: 0, problem: 'forged' })]);
    expect(report.signed.problems.some((p) => p.inspectionId === honest.id)).toBe(false);
    expect(report.ok).toBe(false);
  });

  it('a dropped lock trigger and an unlocked signed inspection are named', () => {
    const { core, dir } = tempCore();
    const { id } = signedCheck(core);
    core.close();
    const db = rawDb(dir);
    db.exec('DROP TRIGGER inspections_signed_update');
    db.prepare("UPDATE inspections SET status = 'in_progress' WHERE id = ?").run(id);
    db.close();
    const report = doctor(path.join(dir, 'kiemtra.sqlite'));
    expect(report.signed.missingTriggers).toEqual(['inspections_signed_update']);
    expect(report.signed.problems).toEqual([expect.objectContaining({ inspectionId: id, problem: 'unlocked' })]);
  });
});
