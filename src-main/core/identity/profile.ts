import crypto from 'node:crypto';
import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { KeyExport, KeyExportInput, Profile, ProfileInput } from '../../../src-shared/api/identity';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/write';
import { keyFileFor, readKeyFile, writeKeyFile } from './key-file';
import { generateDeviceKeyPair, publicKeyFingerprint, signerFrom, type DeviceSigner } from './keys';
import type { KeyProtector } from './protector';

interface ProfileRow {
  device_id: string;
  full_name: string;
  position: string | null;
  unit: string;
  public_key_pem: string;
  fingerprint: string;
  key_protection: 'safe_storage' | 'none';
  created_at: string;
}

export interface IdentityEnv extends CoreContext {
  keyProtector?: KeyProtector | null;
}

function row(ctx: CoreContext): ProfileRow | null {
  return (ctx.db.prepare('SELECT * FROM inspector_profile WHERE id = 1').get() as ProfileRow | undefined) ?? null;
}

/** The signer of this device from the profile and the key file; null (with the reason) when either is missing. */
export function loadIdentity(ctx: CoreContext, protector: KeyProtector | null): { profile: ProfileRow | null; signer: DeviceSigner | null; problem: KiemTraError | null } {
  const profile = row(ctx);
  if (!profile) return { profile: null, signer: null, problem: null };
  try {
    const keys = readKeyFile(keyFileFor(ctx.dataFile), profile.device_id, protector);
    if (keys.publicKeyPem.trim() !== profile.public_key_pem.trim()) {
      throw new KiemTraError('BAD_FILE', 'Tệp khoá thiết bị không khớp với khoá công khai trong hồ sơ', 'The device key file does not match the public key of the profile', {
        context: { file: keyFileFor(ctx.dataFile) },
      });
    }
    return { profile, signer: signerFrom(profile.device_id, keys), problem: null };
  } catch (err) {
    if (err instanceof KiemTraError) return { profile, signer: null, problem: err };
    throw err;
  }
}

export function getProfile(env: IdentityEnv): Profile | null {
  const { profile, problem } = loadIdentity(env, env.keyProtector ?? null);
  if (!profile) return null;
  return {
    fullName: profile.full_name,
    position: profile.position,
    unit: profile.unit,
    deviceId: profile.device_id,
    publicKeyPem: profile.public_key_pem,
    fingerprint: profile.fingerprint,
    keyProtection: profile.key_protection,
    keyFile: keyFileFor(env.dataFile),
    keyProblem: problem ? { vi: problem.vi, en: problem.en } : null,
    createdAt: profile.created_at,
  };
}

/**
 * First run: the key pair is made and written (0600, encrypted where the shell can) before the
 * profile row, so a crash between the two leaves no profile without a key. From then on the
 * context acts as this inspector on this device.
 */
export function createProfile(env: IdentityEnv, input: z.output<typeof ProfileInput>): Profile {
  if (row(env)) {
    throw new KiemTraError('CONFLICT', 'Thiết bị này đã có hồ sơ cán bộ; hãy sửa hồ sơ thay vì tạo mới', 'This device already has an inspector profile; edit it instead', {
      context: { deviceId: env.deviceId },
    });
  }
  const keys = generateDeviceKeyPair();
  const protection = writeKeyFile(keyFileFor(env.dataFile), env.deviceId, keys, env.keyProtector ?? null);
  const at = env.now().toISOString();
  const fingerprint = publicKeyFingerprint(keys.publicKeyPem);
  env.db.transaction(() => {
    env.db
      .prepare(
        'INSERT INTO inspector_profile (id, device_id, full_name, position, unit, public_key_pem, fingerprint, key_protection, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(env.deviceId, input.fullName, input.position, input.unit, keys.publicKeyPem, fingerprint, protection, at, at);
    env.actor = input.fullName;
    appendAudit(env, { entity: 'inspector_profile', entityId: env.deviceId, action: 'create', oldValues: null, newValues: { ...input, fingerprint, keyProtection: protection }, at });
  })();
  env.identity = signerFrom(env.deviceId, keys);
  env.identityProblem = null;
  return getProfile(env)!;
}

export function updateProfile(env: IdentityEnv, input: z.output<typeof ProfileInput>): Profile {
  const current = row(env);
  if (!current) throw new KiemTraError('NOT_FOUND', 'Chưa có hồ sơ cán bộ trên thiết bị này', 'There is no inspector profile on this device yet');
  const before = { fullName: current.full_name, position: current.position, unit: current.unit };
  const oldV: Record<string, unknown> = {};
  const newV: Record<string, unknown> = {};
  for (const k of ['fullName', 'position', 'unit'] as const) {
    if (before[k] !== input[k]) {
      oldV[k] = before[k];
      newV[k] = input[k];
    }
  }
  if (Object.keys(newV).length === 0) return getProfile(env)!;
  const at = env.now().toISOString();
  env.db.transaction(() => {
    env.db.prepare('UPDATE inspector_profile SET full_name = ?, position = ?, unit = ?, updated_at = ? WHERE id = 1').run(input.fullName, input.position, input.unit, at);
    env.actor = input.fullName;
    appendAudit(env, { entity: 'inspector_profile', entityId: env.deviceId, action: 'update', oldValues: oldV, newValues: newV, at });
  })();
  return getProfile(env)!;
}

/** The key backup file. Nothing is logged; the audit row records only that an export happened. */
export function exportKey(env: IdentityEnv, input: z.output<typeof KeyExportInput>): KeyExport {
  const { profile, problem } = loadIdentity(env, env.keyProtector ?? null);
  if (!profile) throw new KiemTraError('NOT_FOUND', 'Chưa có hồ sơ cán bộ, chưa có khoá để xuất', 'There is no profile yet, so no key to export');
  if (problem) throw problem;
  const keys = readKeyFile(keyFileFor(env.dataFile), profile.device_id, env.keyProtector ?? null);
  const key = crypto.createPrivateKey(keys.privateKeyPem);
  const privateKeyPem = input.passphrase
    ? key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: input.passphrase }).toString()
    : keys.privateKeyPem;
  const at = env.now().toISOString();
  appendAudit(env, { entity: 'inspector_profile', entityId: env.deviceId, action: 'update', oldValues: null, newValues: { keyExported: true, encrypted: Boolean(input.passphrase) }, at });
  const contents = JSON.stringify(
    {
      format: 'kiemtra.device-key-backup/1',
      deviceId: profile.device_id,
      inspector: profile.full_name,
      fingerprint: profile.fingerprint,
      exportedAt: at,
      publicKeyPem: keys.publicKeyPem,
      privateKeyPem,
      encrypted: Boolean(input.passphrase),
    },
    null,
    2,
  );
  return { fileName: `kiemtra-khoa-thiet-bi-${profile.device_id.slice(0, 8)}.json`, contents: `${contents}\n`, encrypted: Boolean(input.passphrase) };
}
