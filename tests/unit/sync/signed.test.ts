import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KiemTraError } from '../../../src-shared/api/errors';
import { auditRowHash, verifyAuditChains } from '../../../src-main/core/audit/chain';
import { importRowHash } from '../../../src-main/core/sync/audit-rows';
import { signBytes } from '../../../src-main/core/identity/keys';
import { fillRequired } from '../findings/helpers';
import { device, dump, exportFrom, importInto, ok, Wall, type Device } from './helpers';
import { entriesOf, resign, writeZip } from './zip-tools';

const CLOSING = { endedAt: '2026-11-20T11:30', conclusion: 'Đạt yêu cầu.', facilityOpinion: 'Cơ sở thống nhất với kết quả kiểm tra.' };

function fileBytes(d: Device): string {
  const f = d.core.dataFile;
  return crypto
    .createHash('sha256')
    .update(fs.readFileSync(f))
    .update(fs.existsSync(`${f}-wal`) ? fs.readFileSync(`${f}-wal`) : Buffer.alloc(0))
    .digest('hex');
}

async function refusal(d: Device, file: string): Promise<KiemTraError> {
  const before = fileBytes(d);
  let error: unknown = null;
  try {
    await importInto(d, file);
  } catch (err) {
    error = err;
  }
  expect(fileBytes(d)).toBe(before);
  expect(error).toBeInstanceOf(KiemTraError);
  const e = error as KiemTraError;
  expect(e.code).toBe('BAD_FILE');
  expect(e.vi.length).toBeGreaterThan(10);
  return e;
}

/** An inspector who signs on the laptop (a profile with its own stored key), a relay laptop and a supervisor. */
async function setup() {
  const wall = new Wall();
  const laptop = device('laptop', wall);
  // device() made the laptop's profile under its device name; the inspector renames it, as in Settings.
  ok(laptop.core.call('profile.update', { fullName: 'Lò Văn Minh', position: 'Thanh tra viên' }));
  const relay = device('relay', wall);
  const supervisor = device('supervisor', wall);
  const fac = ok(laptop.core.call('facilities.create', { name: 'Trung tâm Y tế Mộc Châu', kind: 'hospital', provinceCode: 'son-la' }));
  const unit = ok(laptop.core.call('xrayUnits.create', { facilityId: fac.id, type: 'general', serial: 'GX-9' }));
  const insp = ok(laptop.core.call('inspections.create', { facilityId: fac.id, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '7/QĐ', startedAt: '2026-11-20T08:30' }));
  // The relay laptop has the open inspection before it is signed.
  await importInto(relay, await exportFrom(laptop, { destination: 'relay' }));
  wall.advance();
  fillRequired(laptop.core, insp.id);
  ok(laptop.core.call('inspections.complete', { id: insp.id, ...CLOSING }));
  return { wall, laptop, relay, supervisor, fac, unit, insp };
}

describe('signed inspections and import', () => {
  it('hashes an imported audit row exactly as the audit chain does, decomposed Vietnamese and nulls included', () => {
    const row = { id: 7, at: '2026-11-20T08:00:00.000Z', actor: 'Lò Văn Minh'.normalize('NFD'), device: 'd1', entity: 'facility', entity_id: 'f1', action: 'update', old_values: null, new_values: JSON.stringify({ name: 'Điện Biên'.normalize('NFD'), beds: 3 }), reason: 'x "y"', prev_hash: null };
    expect(importRowHash(row)).toBe(auditRowHash(row));
    expect(importRowHash({ ...row, prev_hash: 'ab', old_values: '{}' })).toBe(auditRowHash({ ...row, prev_hash: 'ab', old_values: '{}' }));
  });

  it('a signed inspection arrives whole: locked, its snapshot, hash and signature verified, every change in the audit chain', async () => {
    const { laptop, supervisor, insp } = await setup();
    const file = await exportFrom(laptop, { destination: 'supervisor' });
    const report = await importInto(supervisor, file);
    expect(report.minutesAdded).toBe(1);
    const here = ok(supervisor.core.call('inspections.get', { id: insp.id }));
    expect(here.inspection.status).toBe('signed');
    const minutes = ok(supervisor.core.call('minutes.get', { inspectionId: insp.id }))!;
    const there = ok(laptop.core.call('minutes.get', { inspectionId: insp.id }))!;
    expect(minutes.original.sha256).toBe(there.original.sha256);
    expect(minutes.original.check).toEqual({ hash: true, signature: true });
    expect(dump(supervisor)).toBe(dump(laptop));
    // The lock triggers hold on the supervisor's copy too.
    expect(() => supervisor.core.db.prepare('UPDATE inspection_answers SET note = ? WHERE inspection_id = ?').run('sửa', insp.id)).toThrow(/KIEMTRA_SIGNED/);

    // Every record the import added is an audit row chained on this device, naming the bundle and the inspector's device.
    const rows = supervisor.core.db.prepare("SELECT entity, entity_id, action, reason, new_values FROM audit_log WHERE action = 'create' AND reason LIKE 'Nhập từ gói%'").all() as { entity: string; entity_id: string; action: string; reason: string; new_values: string }[];
    const added = Object.values(report.kinds).reduce((n, k) => n + k.added, 0);
    expect(rows.filter((r) => r.entity !== 'minutes')).toHaveLength(added);
    expect(rows.find((r) => r.entity === 'inspection' && r.entity_id === insp.id)?.reason).toContain(`bundle ${report.file} of device ${laptop.core.env.deviceId} (inspector laptop)`);
    expect(rows.find((r) => r.entity === 'minutes' && r.entity_id === insp.id)).toBeTruthy();
    expect(JSON.parse(rows.find((r) => r.entity === 'inspection')!.new_values)).toMatchObject({ decisionNumber: '7/QĐ', status: 'signed' });
    expect(verifyAuditChains(supervisor.core.db).breaks).toEqual([]);

    // Importing a later bundle of the same state changes nothing and adds no audit row.
    const auditRows = (supervisor.core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const again = await importInto(supervisor, await exportFrom(laptop, { destination: 'again', all: true }));
    expect(Object.values(again.kinds).every((k) => k.added === 0 && k.changed === 0)).toBe(true);
    expect((supervisor.core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(auditRows);
  });

  it('travels on through a relay whose device the receiver never met, and back to the signer unchanged', async () => {
    const { laptop, relay, supervisor, insp } = await setup();
    await importInto(relay, await exportFrom(laptop, { destination: 'relay' }));
    expect(ok(relay.core.call('inspections.get', { id: insp.id })).inspection.status).toBe('signed');
    await importInto(supervisor, await exportFrom(relay, { destination: 'supervisor' }));
    expect(ok(supervisor.core.call('minutes.get', { inspectionId: insp.id }))!.original.check).toEqual({ hash: true, signature: true });
    const back = await importInto(laptop, await exportFrom(supervisor, { destination: 'laptop', all: true }));
    expect(back.minutesAdded).toBe(0);
    expect(dump(laptop)).toBe(dump(supervisor));
  });

  it('refuses a change made elsewhere to an inspection signed here, naming it, and writes nothing', async () => {
    const { laptop, relay, supervisor, wall, unit, insp } = await setup();
    await importInto(supervisor, await exportFrom(laptop, { destination: 'supervisor' }));
    wall.advance();
    // The relay laptop never saw the signing and edits an answer of the open copy it holds.
    ok(relay.core.call('inspections.saveAnswer', { inspectionId: insp.id, itemKey: 'unit_qc_certificate', instanceKey: unit.id, value: 'no' }));
    const e = await refusal(supervisor, await exportFrom(relay, { destination: 'supervisor' }));
    expect(e.en).toContain('changes the completed, signed inspection 7/QĐ');
    // The signer's own laptop refuses it the same way.
    const e2 = await refusal(laptop, await exportFrom(relay, { destination: 'laptop' }));
    expect(e2.en).toContain('signed inspection 7/QĐ');
  });

  it('refuses a signed inspection whose minutes were altered, forged or left out, naming it', async () => {
    const { laptop, relay, supervisor, insp } = await setup();
    await importInto(relay, await exportFrom(laptop, { destination: 'relay' }));
    const good = await exportFrom(relay, { destination: 'supervisor', all: true });
    const entries = await entriesOf(good);
    const line = JSON.parse(entries.get('minutes.jsonl')!.toString('utf8').trim());
    const variant = async (name: string, change: (m: Record<string, unknown>) => Record<string, unknown> | null) => {
      const out = new Map(entries);
      const m = change({ ...line });
      if (m) out.set('minutes.jsonl', Buffer.from(JSON.stringify(m) + '\n'));
      else out.delete('minutes.jsonl');
      const file = `${relay.dir}/${name}.kiemtra`;
      // The relay signs its bundle again: only the minutes inside are wrong.
      await writeZip(file, [...resign(out, relay.keys)], relay.keys);
      return refusal(supervisor, file);
    };
    const altered = await variant('altered', (m) => ({ ...m, snapshot: (m.snapshot as string).replace('Đạt yêu cầu.', 'Không đạt.') }));
    expect(altered.en).toContain(`the signed minutes of inspection ${insp.id} was altered after signing`);
    const rehashed = await variant('rehashed', (m) => {
      const snapshot = (m.snapshot as string).replace('Đạt yêu cầu.', 'Không đạt.');
      return { ...m, snapshot, sha256: crypto.createHash('sha256').update(snapshot, 'utf8').digest('hex') };
    });
    expect(rehashed.en).toContain('has a signature not made by the key of device');
    const missing = await variant('missing', () => null);
    expect(missing.en).toContain('the signed inspection 7/QĐ');
    expect(missing.en).toContain('arrives without its signed minutes');
    // Signed again by another key under the laptop's device id: refused once this file knows the laptop's key.
    const forged = (m: Record<string, unknown>) => ({ ...m, publicKeyPem: relay.keys.publicKeyPem, signature: signBytes(relay.keys.privateKeyPem, Buffer.from(m.sha256 as string, 'hex')).toString('base64') });
    await importInto(supervisor, await exportFrom(laptop, { destination: 'supervisor' }));
    const otherKey = await variant('other-key', forged);
    expect(otherKey.en).toContain(`carries another key than the known key of device ${laptop.core.env.deviceId}`);
    // The good bundle still imports, and changes nothing more.
    const report = await importInto(supervisor, good);
    expect(report.minutesAdded).toBe(0);
    expect(ok(supervisor.core.call('inspections.get', { id: insp.id })).inspection.status).toBe('signed');
  });
});
