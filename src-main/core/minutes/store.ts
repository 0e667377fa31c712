import crypto from 'node:crypto';
import { canonicalJson } from '../../../src-shared/crypto/canonical-json';
import type { AmendmentSnapshot, MinutesSnapshot, SignedMinutes, SignedRecord } from '../../../src-shared/minutes/snapshot';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/write';
import { newId } from '../db/ids';
import { publicKeyFingerprint, verifyBytes, type DeviceSigner } from '../identity/keys';

export interface MinutesRow {
  id: string;
  inspection_id: string;
  seq: number;
  kind: 'original' | 'amendment';
  reason: string | null;
  snapshot: string;
  sha256: string;
  signature: string;
  device_id: string;
  public_key_pem: string;
  signer_name: string;
  signed_at: string;
}

/** SHA-256 of the canonical JSON's UTF-8 bytes: what is signed is these 32 bytes. */
export function digestOf(canonical: string): Buffer {
  return crypto.createHash('sha256').update(canonical, 'utf8').digest();
}

/**
 * Writes one signed record: canonical JSON → SHA-256 → Ed25519 signature of the digest by the
 * device key → an append-only row, audited. Returns the hash (hex).
 */
export function writeSigned(
  ctx: CoreContext,
  signer: DeviceSigner,
  inspectionId: string,
  seq: number,
  snapshot: MinutesSnapshot | AmendmentSnapshot,
  reason: string | null,
  at: string,
): string {
  const canonical = canonicalJson(snapshot);
  const digest = digestOf(canonical);
  const sha256 = digest.toString('hex');
  const signature = signer.sign(digest).toString('base64');
  const id = newId();
  ctx.db
    .prepare(
      `INSERT INTO minutes (id, inspection_id, seq, kind, reason, snapshot, sha256, signature, device_id, public_key_pem, signer_name, signed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, inspectionId, seq, seq === 0 ? 'original' : 'amendment', reason, canonical, sha256, signature, signer.deviceId, signer.publicKeyPem, ctx.actor, at);
  appendAudit(ctx, {
    entity: 'minutes',
    entityId: inspectionId,
    action: 'create',
    oldValues: null,
    newValues: { seq, kind: seq === 0 ? 'original' : 'amendment', sha256, fingerprint: signer.fingerprint },
    at,
    reason,
  });
  return sha256;
}

export function minutesRows(ctx: CoreContext, inspectionId: string): MinutesRow[] {
  return ctx.db.prepare('SELECT * FROM minutes WHERE inspection_id = ? ORDER BY seq').all(inspectionId) as MinutesRow[];
}

/** The public key a device's signatures must verify with: the profile's for this device, else the one stored with the row. */
export function trustedKeyOf(ctx: CoreContext, deviceId: string, stored: string): string {
  const own = ctx.db.prepare('SELECT public_key_pem FROM inspector_profile WHERE device_id = ?').get(deviceId) as { public_key_pem: string } | undefined;
  return own?.public_key_pem ?? stored;
}

export function checkRow(ctx: CoreContext, r: MinutesRow): { hash: boolean; signature: boolean } {
  const digest = digestOf(r.snapshot);
  const hash = digest.toString('hex') === r.sha256;
  const key = trustedKeyOf(ctx, r.device_id, r.public_key_pem);
  const signature = verifyBytes(key, Buffer.from(r.sha256, 'hex'), Buffer.from(r.signature, 'base64'));
  return { hash, signature };
}

function toRecord<S>(ctx: CoreContext, r: MinutesRow): SignedRecord<S> {
  return {
    seq: r.seq,
    kind: r.kind,
    reason: r.reason,
    sha256: r.sha256,
    signature: r.signature,
    deviceId: r.device_id,
    fingerprint: safeFingerprint(r.public_key_pem),
    signerName: r.signer_name,
    signedAt: r.signed_at,
    canonical: r.snapshot,
    snapshot: JSON.parse(r.snapshot) as S,
    check: checkRow(ctx, r),
  };
}

function safeFingerprint(pem: string): string {
  try {
    return publicKeyFingerprint(pem);
  } catch {
    return '?';
  }
}

/** The signed minutes and their amendments, from the stored snapshots only; null when not signed. */
export function readSignedMinutes(ctx: CoreContext, inspectionId: string): SignedMinutes | null {
  const rows = minutesRows(ctx, inspectionId);
  const original = rows.find((r) => r.seq === 0);
  if (!original) return null;
  const reviews = ctx.db
    .prepare('SELECT state, at, actor, note FROM inspection_reviews WHERE inspection_id = ? ORDER BY at, id')
    .all(inspectionId) as SignedMinutes['reviews'];
  return {
    inspectionId,
    original: toRecord<MinutesSnapshot>(ctx, original),
    amendments: rows.filter((r) => r.seq > 0).map((r) => toRecord<AmendmentSnapshot>(ctx, r)),
    reviews,
  };
}
