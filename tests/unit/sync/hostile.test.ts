import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KiemTraError } from '../../../src-shared/api/errors';
import { generateDeviceKeyPair, publicKeyFingerprint } from '../../../src-main/core/identity/keys';
import { fillRequired } from '../findings/helpers';
import { device, exportFrom, importInto, ok, Wall, type Device } from './helpers';
import { entriesOf, reseal, resign, writeZip } from './zip-tools';

/** The supervisor's data file, byte for byte (main file and WAL). */
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
    await importInto(d, file, { backup: false });
  } catch (err) {
    error = err;
  }
  expect(fileBytes(d)).toBe(before);
  expect(error).toBeInstanceOf(KiemTraError);
  const e = error as KiemTraError;
  expect(e.vi.length).toBeGreaterThan(10);
  expect(e.en).not.toMatch(/undefined|\[object/);
  return e;
}

async function setup() {
  const wall = new Wall();
  const laptop = device('laptop', wall);
  const supervisor = device('supervisor', wall);
  const fac = ok(laptop.core.call('facilities.create', { name: 'Trung tâm Y tế Mộc Châu', kind: 'hospital', provinceCode: 'son-la' }));
  ok(laptop.core.call('xrayUnits.create', { facilityId: fac.id, type: 'general', serial: 'GX-9' }));
  const good = await exportFrom(laptop);
  await importInto(supervisor, good);
  wall.advance();
  ok(laptop.core.call('facilities.update', { id: fac.id, patch: { beds: 120 } }));
  const next = await exportFrom(laptop);
  return { wall, laptop, supervisor, fac, good, next, dir: laptop.dir };
}

const variant = (dir: string, name: string) => path.join(dir, `${name}.kiemtra`);

describe('a hostile or damaged bundle is refused with a clear message and the data file stays byte for byte the same', () => {
  it('refuses a flipped byte anywhere, a truncated file and a manifest edited without signing again', async () => {
    const { supervisor, laptop, next, dir } = await setup();
    const bytes = fs.readFileSync(next);
    // A date in a zip header, a byte of compressed data, one in the central directory, one in the seal.
    for (const at of [12, Math.floor(bytes.length / 2), bytes.length - 130, bytes.length - 30, bytes.length - 1]) {
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ 0xff;
      fs.writeFileSync(variant(dir, `flip-${at}`), flipped);
      expect((await refusal(supervisor, variant(dir, `flip-${at}`))).code).toBe('BAD_FILE');
    }
    fs.writeFileSync(variant(dir, 'cut'), bytes.subarray(0, bytes.length - 200));
    expect((await refusal(supervisor, variant(dir, 'cut'))).en).toMatch(/truncated or damaged|refused/);

    const entries = await entriesOf(next);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    manifest.counts.facility = 7;
    entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    // Sealed as a whole by the real key, yet the manifest no longer matches its own signature.
    await writeZip(variant(dir, 'edited'), [...entries], laptop.keys);
    expect((await refusal(supervisor, variant(dir, 'edited'))).en).toContain('signature does not match');
    await writeZip(variant(dir, 'unsealed'), [...(await entriesOf(next))], null);
    expect((await refusal(supervisor, variant(dir, 'unsealed'))).en).toContain('differs from the one device');
  });

  it('refuses another key for a device it already trusts', async () => {
    const { supervisor, laptop, next, dir } = await setup();
    const forger = generateDeviceKeyPair();
    const forged = resign(await entriesOf(next), forger, (m) => {
      (m.device as Record<string, unknown>).publicKeyPem = forger.publicKeyPem;
      (m.device as Record<string, unknown>).fingerprint = publicKeyFingerprint(forger.publicKeyPem);
    });
    await writeZip(variant(dir, 'forged'), [...forged], forger);
    const e = await refusal(supervisor, variant(dir, 'forged'));
    expect(e.en).toContain(`device ${laptop.core.env.deviceId} is trusted with key`);
    expect(e.en).toContain('another key');
  });

  it('refuses entries named ../../x or absolute, duplicated names, and an entry that inflates past the limit', async () => {
    const { supervisor, laptop, next, dir } = await setup();
    const entries = await entriesOf(next);
    // yazl will not write such names, so the names are patched into the bytes (same length).
    for (const evil of ['../../x', '/etc/xx']) {
      await writeZip(variant(dir, 'named'), [...entries, ['aa/aa/x', Buffer.from('x')]], null);
      const raw = fs.readFileSync(variant(dir, 'named'));
      const patched = Buffer.from(raw.toString('latin1').split('aa/aa/x').join(evil), 'latin1');
      fs.writeFileSync(variant(dir, 'evil'), patched);
      reseal(variant(dir, 'evil'), laptop.keys);
      const e = await refusal(supervisor, variant(dir, 'evil'));
      expect(e.en).toMatch(/name|path/);
    }
    await writeZip(variant(dir, 'dup'), [...entries, ['changes/facility.jsonl', entries.get('changes/facility.jsonl')!]], laptop.keys);
    expect((await refusal(supervisor, variant(dir, 'dup'))).en).toContain('appears twice');

    const bomb = Buffer.alloc(20 * 1024 * 1024, 0x20);
    expect(zlib.deflateRawSync(bomb).length).toBeLessThan(30 * 1024);
    await writeZip(variant(dir, 'bomb'), [...entries, ['changes/worker.jsonl', bomb]], laptop.keys);
    expect((await refusal(supervisor, variant(dir, 'bomb'))).en).toMatch(/compressed suspiciously|over the limit/);
  });

  it('refuses a change to an unknown record kind or field, and a future format version, even when signed', async () => {
    const { supervisor, laptop, next, dir } = await setup();
    const entries = await entriesOf(next);
    const kind = new Map(entries).set('changes/spaceship.jsonl', Buffer.from('{}\n'));
    await writeZip(variant(dir, 'kind'), [...resign(kind, laptop.keys)], laptop.keys);
    expect((await refusal(supervisor, variant(dir, 'kind'))).en).toContain('unknown record kind "spaceship"');

    const line = JSON.parse(entries.get('changes/facility.jsonl')!.toString('utf8').split('\n')[0]!);
    line.fields.colour = 'red';
    const field = new Map(entries).set('changes/facility.jsonl', Buffer.from(JSON.stringify(line) + '\n'));
    await writeZip(variant(dir, 'field'), [...resign(field, laptop.keys)], laptop.keys);
    expect((await refusal(supervisor, variant(dir, 'field'))).en).toContain('unknown field "colour" of facility');

    const wrongType = JSON.parse(entries.get('changes/facility.jsonl')!.toString('utf8').split('\n')[0]!);
    wrongType.fields.beds = 'nhiều';
    const typed = new Map(entries).set('changes/facility.jsonl', Buffer.from(JSON.stringify(wrongType) + '\n'));
    await writeZip(variant(dir, 'typed'), [...resign(typed, laptop.keys)], laptop.keys);
    expect((await refusal(supervisor, variant(dir, 'typed'))).en).toContain('field "beds" is invalid');

    await writeZip(variant(dir, 'future'), [...resign(entries, laptop.keys, (m) => (m.formatVersion = 2))], laptop.keys);
    expect((await refusal(supervisor, variant(dir, 'future'))).en).toContain('format version 2 is newer');
  });

  it('refuses a bundle from a clock far in the future, naming the device and the skew', async () => {
    const wall = new Wall();
    const fast = device('fast', wall, { offsetMinutes: 3 * 24 * 60 });
    const supervisor = device('supervisor', wall);
    ok(fast.core.call('facilities.create', { name: 'Nha khoa Thuận Châu', kind: 'dental', provinceCode: 'son-la' }));
    const e = await refusal(supervisor, await exportFrom(fast));
    expect(e.en).toContain(`device ${fast.core.env.deviceId} is 4320 minutes ahead`);
  });

  // Signing here works now (one identity: the laptop's stored profile and key). Skipped only on
  // branch h-sign: a signed inspection travels with its minutes from branch h-sync (5f0175b) on;
  // verified green on a trial merge of the two. Un-skip when both are merged.
  it('refuses a change made elsewhere to an inspection already completed and signed here', async () => {
    const { wall, laptop, supervisor, fac } = await setup();
    const unit = ok(laptop.core.call('xrayUnits.list', { facilityId: fac.id })).rows[0]!;
    const other = device('other', wall);
    const insp = ok(laptop.core.call('inspections.create', { facilityId: fac.id, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '7/QĐ', startedAt: '2026-11-20T08:30' }));
    const shared = await exportFrom(laptop, { destination: 'other' });
    await importInto(other, shared);
    fillRequired(laptop.core, insp.id);
    ok(laptop.core.call('inspections.complete', { id: insp.id, conclusion: 'Đạt yêu cầu.', endedAt: '2026-11-20T11:30', facilityOpinion: 'Cơ sở thống nhất với kết quả kiểm tra.' }));
    await importInto(supervisor, await exportFrom(laptop));
    wall.advance();
    ok(other.core.call('inspections.saveAnswer', { inspectionId: insp.id, itemKey: 'unit_qc_certificate', instanceKey: unit.id, value: 'no' }));
    const e = await refusal(supervisor, await exportFrom(other));
    expect(e.en).toContain('changes the completed, signed inspection 7/QĐ');
  });

  it('asks before trusting a new device, showing its id, inspector and key fingerprint', async () => {
    const wall = new Wall();
    const laptop = device('laptop', wall);
    const supervisor = device('supervisor', wall);
    ok(laptop.core.call('facilities.create', { name: 'Nha khoa Thuận Châu', kind: 'dental', provinceCode: 'son-la' }));
    const file = await exportFrom(laptop);
    const before = fileBytes(supervisor);
    let error: unknown = null;
    try {
      await importInto(supervisor, file, { trust: false });
    } catch (err) {
      error = err;
    }
    expect(fileBytes(supervisor)).toBe(before);
    expect(error).toMatchObject({ code: 'CONFLICT', context: { device: laptop.core.env.deviceId, inspectorName: 'laptop', needsTrust: 1 } });
    expect((error as KiemTraError).en).toContain(publicKeyFingerprint(laptop.keys.publicKeyPem));
  });
});
