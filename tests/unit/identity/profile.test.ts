import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';
import { verifyBytes } from '../../../src-main/core/identity/keys';
import type { KeyProtector } from '../../../src-main/core/identity/protector';

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function open(dir: string, keyProtector: KeyProtector | null = null): Core {
  const core = openCore({ dataDir: dir, resourcesDir: path.resolve('resources'), keyProtector });
  cores.push(core);
  return core;
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kt-prof-'));

/** A stand-in for Electron safeStorage that really transforms the bytes (AES with a fixed key). */
const KEY = crypto.randomBytes(32);
const protector: KeyProtector = {
  kind: 'safe_storage',
  encrypt: (plain) => {
    const iv = crypto.randomBytes(12);
    const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]);
  },
  decrypt: (data) => {
    const d = crypto.createDecipheriv('aes-256-gcm', KEY, data.subarray(0, 12));
    d.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
  },
};

describe('the inspector profile and the device identity', () => {
  it('a profile without a name is refused with a clear message and nothing is written', () => {
    const dir = tmp();
    const core = open(dir);
    const r = core.call('profile.create', { fullName: '   ', position: 'Chuyên viên' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.issues?.[0]).toMatchObject({ path: 'fullName', vi: expect.stringContaining('Họ và tên cán bộ'), en: expect.stringContaining('Full name') });
    expect(core.call('profile.get', {})).toEqual({ ok: true, value: null });
    expect(fs.existsSync(path.join(dir, 'device-key.json'))).toBe(false);
  });

  it('first run makes the profile (unit prefilled) and an Ed25519 key in a 0600 file; audit rows name the inspector and the device from then on, also after reopening', () => {
    const dir = tmp();
    const core = open(dir);
    const p = core.call('profile.create', { fullName: 'Lò Thị Hoa', position: 'Chuyên viên phòng Quản lý chuyên ngành' });
    if (!p.ok) throw new Error(p.error.en);
    expect(p.value).toMatchObject({ fullName: 'Lò Thị Hoa', unit: 'Sở Khoa học và Công nghệ tỉnh Sơn La', keyProtection: 'none', keyProblem: null, deviceId: core.env.deviceId });
    const keyFile = path.join(dir, 'device-key.json');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(crypto.createPublicKey(p.value.publicKeyPem).asymmetricKeyType).toBe('ed25519');
    expect(core.call('profile.create', { fullName: 'Người khác' }).ok).toBe(false);
    core.call('facilities.create', { name: 'Trạm Y tế xã Chiềng Mung', kind: 'health_center', provinceCode: 'son-la' });
    core.close();

    const again = open(dir);
    expect(again.env.actor).toBe('Lò Thị Hoa');
    expect(again.env.identity?.fingerprint).toBe(p.value.fingerprint);
    again.call('facilities.create', { name: 'Bệnh viện Đa khoa Mộc Châu', kind: 'hospital', provinceCode: 'son-la' });
    const rows = again.db.prepare("SELECT actor, device FROM audit_log WHERE entity = 'facility'").all();
    expect(rows).toEqual([
      { actor: 'Lò Thị Hoa', device: p.value.deviceId },
      { actor: 'Lò Thị Hoa', device: p.value.deviceId },
    ]);
  });

  it('with the shell’s safeStorage the key file holds no plain key; the exported backup signs as the device and appears in no log', () => {
    const dir = tmp();
    const core = open(dir, protector);
    const p = core.call('profile.create', { fullName: 'Nguyễn Văn An' });
    if (!p.ok) throw new Error(p.error.en);
    expect(p.value.keyProtection).toBe('safe_storage');
    const stored = fs.readFileSync(path.join(dir, 'device-key.json'), 'utf8');
    expect(stored).not.toContain('PRIVATE KEY');
    const exported = core.call('profile.exportKey', {});
    if (!exported.ok) throw new Error(exported.error.en);
    const backup = JSON.parse(exported.value.contents) as { privateKeyPem: string; publicKeyPem: string };
    const sig = crypto.sign(null, Buffer.from('thử'), crypto.createPrivateKey(backup.privateKeyPem));
    expect(verifyBytes(p.value.publicKeyPem, Buffer.from('thử'), sig)).toBe(true);
    const pem = backup.privateKeyPem.split('\n')[1]!;
    const audit = JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all());
    expect(audit).not.toContain(pem);
    // An encrypted export needs the passphrase to open.
    const locked = core.call('profile.exportKey', { passphrase: 'mật khẩu dài đủ' });
    if (!locked.ok) throw new Error(locked.error.en);
    const enc = JSON.parse(locked.value.contents) as { privateKeyPem: string };
    expect(enc.privateKeyPem).toContain('ENCRYPTED PRIVATE KEY');
    expect(() => crypto.createPrivateKey({ key: enc.privateKeyPem, passphrase: 'sai' })).toThrow();
    expect(crypto.createPrivateKey({ key: enc.privateKeyPem, passphrase: 'mật khẩu dài đủ' }).asymmetricKeyType).toBe('ed25519');
    core.close();

    // Without the shell (web mode, CLI) the encrypted key cannot be used, and the profile says why.
    const web = open(dir, null);
    expect(web.env.identity).toBeNull();
    const seen = web.call('profile.get', {});
    expect(seen.ok && seen.value?.keyProblem?.en).toContain('only the desktop app can open it');
  });

  it('a missing or foreign key file leaves the device unable to sign, saying so', () => {
    const dir = tmp();
    const core = open(dir);
    core.call('profile.create', { fullName: 'Nguyễn Văn An' });
    core.close();
    fs.rmSync(path.join(dir, 'device-key.json'));
    const after = open(dir);
    expect(after.env.identity).toBeNull();
    const p = after.call('profile.get', {});
    expect(p.ok && p.value?.keyProblem?.vi).toContain('không tìm thấy');
    expect(after.env.actor).toBe('Nguyễn Văn An');
  });
});
