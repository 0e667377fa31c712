import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../../src-main/core/core';
import { withProfile } from '../identity/helpers';
import { IMPORT_REASON, signedBySupervisor, trustSupervisor } from '../rules/signing';
import { describe, expect, it } from 'vitest';
import { CLOSING, ok, rawDb, readyCheck, refused, resourcesDir, signedCheck, tempCore } from './helpers';

describe('Hoàn thành và ký: complete, freeze, sign, lock', () => {
  it('refuses while something is missing, naming each thing (items, both signatures, the opinion, the closing time), and changes nothing', () => {
    const { core } = tempCore();
    const check = readyCheck(core);
    // Take the facility representative's signature away: it must be named.
    const sig = ok(core.call('inspections.get', { id: check.id })).attachments.find((a) => a.itemKey === 'sig_dai_dien_co_so')!;
    ok(core.call('attachments.remove', { id: sig.id }));
    ok(core.call('inspections.saveAnswer', { inspectionId: check.id, itemKey: 'licence_present', value: null }));

    const { gaps } = ok(core.call('inspections.signCheck', { id: check.id }));
    expect(gaps.map((g) => [g.kind, g.path])).toEqual([
      ['item', 'licence_present'],
      ['item', 'sig_dai_dien_co_so'],
      ['facilityOpinion', 'facilityOpinion'],
      ['endedAt', 'endedAt'],
    ]);
    const err = refused(core.call('inspections.complete', { id: check.id }));
    expect(err.code).toBe('CONFLICT');
    expect(err.vi).toContain('Ý kiến của cơ sở được kiểm tra');
    expect(err.vi).toContain('Thời gian kết thúc');
    expect(err.issues?.map((i) => i.path)).toEqual(['licence_present', 'sig_dai_dien_co_so', 'facilityOpinion', 'endedAt']);
    const after = ok(core.call('inspections.get', { id: check.id })).inspection;
    expect(after.status).toBe('in_progress');
    expect(ok(core.call('minutes.get', { inspectionId: check.id }))).toBeNull();
    // With the closing fields given, only the form's gaps remain.
    expect(ok(core.call('inspections.signCheck', { id: check.id, ...CLOSING })).gaps.map((g) => g.path)).toEqual(['licence_present', 'sig_dai_dien_co_so']);
  });

  it('signs: the snapshot holds the header, facility, records, answers, photo hashes, verdicts with limits and citations, packs, findings; hash and signature verify', () => {
    const { core } = tempCore();
    const { id, minutes } = signedCheck(core);
    const inspection = ok(core.call('inspections.get', { id })).inspection;
    expect(inspection.status).toBe('signed');
    const profile = ok(core.call('profile.get', {}))!;
    const o = minutes.original;
    expect(o.check).toEqual({ hash: true, signature: true });
    expect(o.fingerprint).toBe(profile.fingerprint);
    expect(o.signerName).toBe('Nguyễn Văn Hùng');
    const s = o.snapshot;
    expect(s.format).toBe('kiemtra.minutes/1');
    expect(s.inspection).toMatchObject({ decisionNumber: '125/QĐ-SKHCN', endedAt: '2025-11-20T11:45', facilityOpinion: CLOSING.facilityOpinion, templateId: 'xray-diagnostic' });
    expect(s.facility).toMatchObject({ name: 'Bệnh viện Đa khoa tỉnh Sơn La', provinceName: 'Sơn La' });
    expect(s.records.xray_unit!.map((r) => r.fields.serial)).toEqual(['GX-77']);
    expect(s.packs.map((p) => [p.packId, p.version])).toEqual([['radiation-xray-142-2020', '1.0.0']]);
    const dose = s.sections.flatMap((x) => x.items).find((i) => i.key === 'unit_dose_rates')!;
    expect(dose.verdicts[0]!.verdict).toMatchObject({ status: 'fail', value: 12, limit: { max: 10 }, packVersion: '1.0.0' });
    expect(dose.verdicts[0]!.verdict.citation).toBeTruthy();
    const leader = s.sections.flatMap((x) => x.items).find((i) => i.key === 'sig_truong_doan')!;
    expect(leader.signatures[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.findings.some((f) => f.origin === 'rule' && f.severity)).toBe(true);
    expect(s.requirements).toEqual([expect.objectContaining({ text: 'Che chắn bổ sung phòng điều khiển', deadline: '2025-12-20' })]);
    expect(s.signedBy).toMatchObject({ fullName: 'Nguyễn Văn Hùng', deviceId: profile.deviceId, fingerprint: profile.fingerprint });
    // The canonical form: sorted keys, no whitespace — parsing and re-serialising gives the same bytes.
    expect(o.canonical.startsWith('{"facility":')).toBe(true);
    // Audit rows of the signing name the inspector and the device.
    const rows = core.db.prepare("SELECT actor, device FROM audit_log WHERE entity IN ('minutes', 'inspection') AND entity_id = ?").all(id) as { actor: string; device: string }[];
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r).toEqual({ actor: 'Nguyễn Văn Hùng', device: profile.deviceId });
  });

  it('after signing, deleting or editing the unit, the facility, the answers or the rule pack changes nothing in the minutes (same bytes, same hash)', () => {
    const { core } = tempCore();
    const { id, unitId, facilityId, minutes } = signedCheck(core);
    const bytes = minutes.original.canonical;

    ok(core.call('xrayUnits.update', { id: unitId, patch: { serial: 'ĐÃ-ĐỔI' } }));
    ok(core.call('xrayUnits.delete', { id: unitId, reason: 'Nhập trùng' }));
    ok(core.call('facilities.update', { id: facilityId, patch: { name: 'Tên mới của bệnh viện' } }));
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'no' })).code).toBe('CONFLICT');
    const pack = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'rules', 'radiation-xray-142-2020.json'), 'utf8'));
    pack.version = '1.1.0';
    pack.rules.find((r: { id: string }) => r.id === 'radiation.dose_rate.console').parameters.max.value = 20;
    trustSupervisor(core);
    ok(core.call('rules.packs.import', { fileName: 'radiation-1.1.0.json', json: signedBySupervisor(pack), reason: IMPORT_REASON }));
    ok(core.call('facilities.delete', { id: facilityId, reason: 'Nhập trùng' }));

    const again = ok(core.call('minutes.get', { inspectionId: id }))!;
    expect(again.original.canonical).toBe(bytes);
    expect(again.original.sha256).toBe(minutes.original.sha256);
    expect(again.original.check).toEqual({ hash: true, signature: true });
    // "Đánh giá lại" compares the frozen verdicts with the new pack, beside them.
    const r = ok(core.call('inspections.rejudge', { inspectionId: id }));
    const consoleOf = (v: NonNullable<typeof r.original>) => v.items.find((i) => i.itemKey === 'unit_dose_rates')?.verdicts[0]?.verdict.status;
    expect(consoleOf(r.original!)).toBe('fail');
    expect(r.original!.packs[0]!.version).toBe('1.0.0');
  });

  it('plain SQL UPDATE or DELETE on a signed inspection, its answers, findings, attachments, requirements or snapshot fails; follow-up columns still change', () => {
    const { core, dir } = tempCore();
    const { id, requirementId } = signedCheck(core);
    const finding = ok(core.call('findings.list', { inspectionId: id }))[0]!;
    expect(refused(core.call('requirements.create', { inspectionId: id, findingId: finding.id, text: 'Muộn' })).code).toBe('CONFLICT');
    core.close();
    const db = rawDb(dir);
    try {
      const locked = /KIEMTRA_SIGNED/;
      expect(() => db.prepare("UPDATE inspections SET place = 'x' WHERE id = ?").run(id)).toThrow(locked);
      expect(() => db.prepare("UPDATE inspections SET status = 'in_progress' WHERE id = ?").run(id)).toThrow(locked);
      expect(() => db.prepare('DELETE FROM inspections WHERE id = ?').run(id)).toThrow(locked);
      expect(() => db.prepare("UPDATE inspection_answers SET value = '\"no\"' WHERE inspection_id = ?").run(id)).toThrow(locked);
      expect(() => db.prepare('DELETE FROM inspection_answers WHERE inspection_id = ?').run(id)).toThrow(locked);
      expect(() => db.prepare("UPDATE findings SET title = 'x' WHERE inspection_id = ?").run(id)).toThrow(locked);
      expect(() => db.prepare('DELETE FROM attachments WHERE inspection_id = ?').run(id)).toThrow(locked);
      expect(() => db.prepare("UPDATE minutes SET snapshot = '{}' WHERE inspection_id = ?").run(id)).toThrow(/KIEMTRA_APPEND_ONLY/);
      expect(() => db.prepare('DELETE FROM minutes WHERE inspection_id = ?').run(id)).toThrow(/KIEMTRA_APPEND_ONLY/);
      expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE id = 1").run()).toThrow(/KIEMTRA_APPEND_ONLY/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/KIEMTRA_APPEND_ONLY/);
      expect(() => db.prepare("UPDATE requirements SET text = 'x' WHERE id = ?").run(requirementId)).toThrow(locked);
      expect(() => db.prepare('DELETE FROM requirements WHERE id = ?').run(requirementId)).toThrow(locked);
      // A follow-up check closes a requirement of signed minutes: those columns stay writable.
      db.prepare("UPDATE requirements SET status = 'done', closed_at = '2026-01-10' WHERE id = ?").run(requirementId);
      expect((db.prepare('SELECT status FROM requirements WHERE id = ?').get(requirementId) as { status: string }).status).toBe('done');
      expect((db.prepare('SELECT count(*) AS n FROM inspection_answers WHERE inspection_id = ?').get(id) as { n: number }).n).toBeGreaterThan(10);
    } finally {
      db.close();
    }
  });

  it('a signed inspection cannot be signed again or deleted, and signing without a profile is refused with a clear message', () => {
    const { core } = tempCore();
    const { id } = signedCheck(core);
    expect(refused(core.call('inspections.complete', { id, ...CLOSING })).en).toContain('already signed');
    expect(refused(core.call('inspections.delete', { id })).code).toBe('CONFLICT');
    const other = readyCheck(core);
    core.env.identity = null;
    const err = refused(core.call('inspections.complete', { id: other.id, ...CLOSING }));
    expect(err.vi).toContain('chưa có hồ sơ cán bộ');
    expect(ok(core.call('inspections.get', { id: other.id })).inspection.status).toBe('in_progress');
  });

  it('signing on a device without a stored profile, or whose key file is gone, is refused with a clear message (never an internal error) and changes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-noprofile-'));
    const now = () => new Date('2025-11-20T08:00:00Z');
    const bare = openCore({ dataDir: dir, resourcesDir, now });
    let id: string;
    try {
      id = readyCheck(bare).id;
      const e = refused(bare.call('inspections.complete', { id, ...CLOSING }));
      expect(e.code).toBe('CONFLICT');
      expect(e.context).toMatchObject({ reason: 'no_profile' });
      expect(e.vi).toContain('chưa có hồ sơ cán bộ');
      expect(e.en).toContain('no inspector profile');
      expect(ok(bare.call('inspections.get', { id })).inspection.status).toBe('in_progress');
      expect(ok(bare.call('minutes.get', { inspectionId: id }))).toBeNull();
      withProfile(bare);
    } finally {
      bare.close();
    }
    fs.rmSync(path.join(dir, 'device-key.json'));
    const again = openCore({ dataDir: dir, resourcesDir, now });
    try {
      const e = refused(again.call('inspections.complete', { id, ...CLOSING }));
      expect(e.code).toBe('BAD_FILE');
      expect(e.en).toContain(path.join(dir, 'device-key.json'));
      expect(e.en).toContain('missing');
      expect(ok(again.call('inspections.get', { id })).inspection.status).toBe('in_progress');
    } finally {
      again.close();
    }
  });
});
