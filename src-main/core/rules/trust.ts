import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { KiemTraError } from '../../../src-shared/api/errors';
import { canonicalJson } from '../../../src-shared/crypto/canonical-json';
import type { CoreContext } from '../context';
import { publicKeyFingerprint, signBytes, verifyBytes } from '../identity/keys';

/** The release key's public half, shipped in resources/: it signs the packs that ship with the app. */
export const RELEASE_KEY_FILE = path.join('keys', 'rule-packs-release.pem');
/** Separates pack signatures from any other signature made with the same key. */
const SIGNING_CONTEXT = 'kiemtra-rule-pack-v1\n';

export interface TrustedKey {
  fingerprint: string;
  publicKeyPem: string;
  label: string;
  /** 'release' = shipped with the app; 'device' = trusted on this device by an audited action. */
  source: 'release' | 'device';
  addedAt: string | null;
  addedBy: string | null;
}

/** The bytes a pack signature covers: the canonical JSON of the pack without its `signature`. */
export function packSigningBytes(pack: Record<string, unknown>): Buffer {
  const { signature: _signature, ...rest } = pack;
  void _signature;
  return Buffer.from(SIGNING_CONTEXT + canonicalJson(rest), 'utf8');
}

/** The pack with its signature by `privateKeyPem` (scripts/sign-pack.ts and tests). */
export function signPackObject(pack: Record<string, unknown>, keys: { publicKeyPem: string; privateKeyPem: string }): Record<string, unknown> {
  const value = signBytes(keys.privateKeyPem, packSigningBytes(pack)).toString('base64');
  const { signature: _old, ...rest } = pack;
  void _old;
  return { ...rest, signature: { algorithm: 'ed25519', keyFingerprint: publicKeyFingerprint(keys.publicKeyPem), value } };
}

export function releaseKey(resourcesDir: string): TrustedKey | null {
  const file = path.join(resourcesDir, RELEASE_KEY_FILE);
  if (!fs.existsSync(file)) return null;
  const publicKeyPem = fs.readFileSync(file, 'utf8');
  return { fingerprint: publicKeyFingerprint(publicKeyPem), publicKeyPem, label: 'KiemTra release key', source: 'release', addedAt: null, addedBy: null };
}

/** Keys trusted on this device (not revoked). */
export function deviceKeys(db: CoreContext['db']): TrustedKey[] {
  const rows = db
    .prepare("SELECT fingerprint, public_key_pem, label, added_at, added_by FROM trusted_keys WHERE purpose = 'rule_packs' AND revoked_at IS NULL ORDER BY added_at")
    .all() as { fingerprint: string; public_key_pem: string; label: string; added_at: string; added_by: string }[];
  return rows.map((r) => ({ fingerprint: r.fingerprint, publicKeyPem: r.public_key_pem, label: r.label, source: 'device', addedAt: r.added_at, addedBy: r.added_by }));
}

function untrusted(file: string, vi: string, en: string, extra: Record<string, string> = {}): KiemTraError {
  return new KiemTraError('UNTRUSTED', `Gói quy chuẩn ${file} bị từ chối: ${vi}. Không có gì được ghi.`, `Rule pack ${file} is refused: ${en}. Nothing was written.`, {
    context: { file, ...extra },
  });
}

/**
 * The key that signed `pack`, among `keys`. Refuses (UNTRUSTED) an unsigned pack, one signed by a
 * key not in the list, and one whose signature does not match its content.
 */
export function verifyPackSignature(pack: Record<string, unknown>, keys: readonly TrustedKey[], file: string): TrustedKey {
  const sig = pack.signature as { keyFingerprint?: unknown; value?: unknown } | undefined;
  if (!sig || typeof sig.keyFingerprint !== 'string' || typeof sig.value !== 'string') {
    throw untrusted(file, 'gói chưa được ký. Chỉ nhận gói do Sở ký bằng khoá mà thiết bị này tin cậy', 'it is not signed. Only packs signed by a key this device trusts (the Sở\'s) are accepted');
  }
  const key = keys.find((k) => k.fingerprint === sig.keyFingerprint);
  if (!key) {
    throw untrusted(
      file,
      `gói được ký bằng khoá ${sig.keyFingerprint.slice(0, 79)} mà thiết bị này không tin cậy`,
      `it is signed by key ${sig.keyFingerprint.slice(0, 79)}, which this device does not trust`,
      { keyFingerprint: sig.keyFingerprint.slice(0, 79) },
    );
  }
  if (!verifyBytes(key.publicKeyPem, packSigningBytes(pack), Buffer.from(sig.value, 'base64'))) {
    throw untrusted(file, `chữ ký không khớp nội dung (gói đã bị sửa sau khi ký bằng khoá "${key.label}")`, `the signature does not match the content (the pack was changed after "${key.label}" signed it)`, {
      keyFingerprint: key.fingerprint,
    });
  }
  return key;
}

function writeAudit(ctx: Pick<CoreContext, 'db' | 'actor' | 'deviceId'>, at: string, entityId: string, action: string, oldV: object | null, newV: object | null): void {
  ctx.db
    .prepare("INSERT INTO audit_log (at, actor, device, entity, entity_id, action, old_values, new_values) VALUES (?, ?, ?, 'trusted_key', ?, ?, ?, ?)")
    .run(at, ctx.actor, ctx.deviceId, entityId, action, oldV ? JSON.stringify(oldV) : null, newV ? JSON.stringify(newV) : null);
}

export type KeyCtx = Pick<CoreContext, 'db' | 'actor' | 'deviceId' | 'now'>;

/** Trusts a supervisor's public key for rule packs: an explicit action, with its reason in the audit log. */
export function trustKey(ctx: KeyCtx, input: { publicKeyPem: string; label: string; reason: string }): TrustedKey {
  const fingerprint = ed25519Fingerprint(input.publicKeyPem);
  if (!fingerprint) {
    throw new KiemTraError('VALIDATION', 'Khoá công khai không hợp lệ (cần khoá công khai Ed25519 dạng PEM).', 'Not a valid public key (an Ed25519 public key in PEM form is needed).', {
      issues: [{ path: 'publicKeyPem', vi: 'Cần khoá công khai Ed25519 dạng PEM (không bao giờ dán khoá bí mật)', en: 'An Ed25519 public key in PEM form is needed (never paste a private key)' }],
    });
  }
  const at = ctx.now().toISOString();
  return ctx.db.transaction((): TrustedKey => {
    const existing = ctx.db.prepare('SELECT revoked_at FROM trusted_keys WHERE fingerprint = ?').get(fingerprint) as { revoked_at: string | null } | undefined;
    if (existing && existing.revoked_at === null) {
      throw new KiemTraError('CONFLICT', `Khoá ${fingerprint} đã được tin cậy.`, `Key ${fingerprint} is already trusted.`, { context: { fingerprint } });
    }
    if (existing) {
      ctx.db
        .prepare('UPDATE trusted_keys SET public_key_pem = ?, label = ?, added_at = ?, added_by = ?, reason = ?, revoked_at = NULL, revoked_by = NULL, revoke_reason = NULL WHERE fingerprint = ?')
        .run(input.publicKeyPem, input.label, at, ctx.actor, input.reason, fingerprint);
    } else {
      ctx.db
        .prepare("INSERT INTO trusted_keys (fingerprint, public_key_pem, label, purpose, added_at, added_by, reason) VALUES (?, ?, ?, 'rule_packs', ?, ?, ?)")
        .run(fingerprint, input.publicKeyPem, input.label, at, ctx.actor, input.reason);
    }
    writeAudit(ctx, at, fingerprint, 'create', null, { trusted: true, label: input.label, reason: input.reason, purpose: 'rule_packs' });
    return { fingerprint, publicKeyPem: input.publicKeyPem, label: input.label, source: 'device', addedAt: at, addedBy: ctx.actor };
  })();
}

/** Stops trusting a key for new imports; packs it signed before stay (their import is in the audit log). */
export function revokeKey(ctx: KeyCtx, input: { fingerprint: string; reason: string }): null {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const r = ctx.db
      .prepare('UPDATE trusted_keys SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE fingerprint = ? AND revoked_at IS NULL')
      .run(at, ctx.actor, input.reason, input.fingerprint);
    if (r.changes === 0) {
      throw new KiemTraError('NOT_FOUND', `Không có khoá đang được tin cậy ${input.fingerprint}.`, `No trusted key ${input.fingerprint}.`, { context: { fingerprint: input.fingerprint } });
    }
    writeAudit(ctx, at, input.fingerprint, 'update', { trusted: true }, { trusted: false, revoked: true, reason: input.reason });
  })();
  return null;
}

/** The fingerprint of an Ed25519 public key in PEM form; null for anything else (a private key included). */
function ed25519Fingerprint(pem: string): string | null {
  if (!/^-----BEGIN PUBLIC KEY-----\s[\s\S]+-----END PUBLIC KEY-----\s*$/.test(pem.trim() + '\n')) return null;
  try {
    if (crypto.createPublicKey(pem).asymmetricKeyType !== 'ed25519') return null;
    return publicKeyFingerprint(pem);
  } catch {
    return null;
  }
}
