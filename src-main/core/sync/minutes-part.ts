import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/types';
import { stmt } from '../db/statements';
import { publicKeyFingerprint, verifyBytes } from '../identity/keys';
import { badBundle } from './zip-read';
import type { MinutesRow } from '../minutes/store';

/**
 * Signed minutes on the wire (docs/bundle-format.md, `minutes.jsonl`): the frozen snapshot of a
 * signed inspection and of each amendment, exactly as stored — canonical JSON, its SHA-256 and the
 * Ed25519 signature of that hash by the signing device. Append-only: a receiver adds the rows it
 * lacks and never changes one it has.
 */
export const MINUTES_PART = 'minutes.jsonl';

export const MinutesLine = z.strictObject({
  id: z.string().regex(/^[0-9A-Za-z-]{1,64}$/),
  inspectionId: z.string().regex(/^[0-9A-Za-z-]{1,64}$/),
  seq: z.number().int().min(0).max(10_000),
  kind: z.enum(['original', 'amendment']),
  reason: z.string().max(10_000).nullable(),
  snapshot: z.string().max(20_000_000),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().max(200),
  deviceId: z.string().regex(/^[0-9A-Za-z._-]{1,64}$/),
  publicKeyPem: z.string().max(1000),
  signerName: z.string().max(200),
  signedAt: z.string().max(40),
});
export type MinutesLine = z.infer<typeof MinutesLine>;

const toLine = (r: MinutesRow): MinutesLine => ({
  id: r.id,
  inspectionId: r.inspection_id,
  seq: r.seq,
  kind: r.kind,
  reason: r.reason,
  snapshot: r.snapshot,
  sha256: r.sha256,
  signature: r.signature,
  deviceId: r.device_id,
  publicKeyPem: r.public_key_pem,
  signerName: r.signer_name,
  signedAt: r.signed_at,
});

const watermarkKey = (destination: string) => `sync_minutes_up_to:${destination}`;

/**
 * The minutes a bundle carries: every one (`all`), else those added here (signed or imported)
 * since the last export to this destination, plus all minutes of the signed inspections the
 * bundle holds — a signed inspection always travels whole.
 */
export function minutesToExport(db: Db, destination: string, all: boolean, signedInBundle: Set<string>): { lines: MinutesLine[]; upTo: number } {
  const top = (stmt(db, 'SELECT coalesce(max(rowid), 0) AS n FROM minutes').get() as { n: number }).n;
  const from = all ? 0 : Number((stmt(db, 'SELECT value FROM meta WHERE key = ?').get(watermarkKey(destination)) as { value: string } | undefined)?.value ?? 0);
  const rows = new Map<string, MinutesRow>();
  for (const r of stmt(db, 'SELECT * FROM minutes WHERE rowid > ? AND rowid <= ? ORDER BY rowid').all(from, top) as MinutesRow[]) rows.set(r.id, r);
  for (const id of signedInBundle) for (const r of stmt(db, 'SELECT * FROM minutes WHERE inspection_id = ? ORDER BY seq').all(id) as MinutesRow[]) rows.set(r.id, r);
  const lines = [...rows.values()].sort((a, b) => (a.inspection_id === b.inspection_id ? a.seq - b.seq : a.inspection_id < b.inspection_id ? -1 : 1)).map(toLine);
  return { lines, upTo: top };
}

export function noteMinutesExported(db: Db, destination: string, upTo: number): void {
  stmt(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(watermarkKey(destination), String(upTo));
}

/** The key a device's signatures must verify with here, when this file knows it (own profile or a trusted peer). */
function pinnedKey(db: Db, deviceId: string, sender: { id: string; publicKeyPem: string }): string | null {
  if (deviceId === sender.id) return sender.publicKeyPem;
  const own = stmt(db, 'SELECT public_key_pem FROM inspector_profile WHERE device_id = ?').get(deviceId) as { public_key_pem: string } | undefined;
  if (own) return own.public_key_pem;
  const peer = stmt(db, 'SELECT public_key_pem FROM sync_peers WHERE device_id = ?').get(deviceId) as { public_key_pem: string } | undefined;
  return peer?.public_key_pem ?? null;
}

function label(m: MinutesLine): { vi: string; en: string } {
  return m.seq === 0
    ? { vi: `biên bản đã ký của cuộc kiểm tra ${m.inspectionId}`, en: `the signed minutes of inspection ${m.inspectionId}` }
    : { vi: `biên bản bổ sung số ${m.seq} của cuộc kiểm tra ${m.inspectionId}`, en: `amendment ${m.seq} of inspection ${m.inspectionId}` };
}

/**
 * Checks one incoming signed record before anything is written: the snapshot hashes to its
 * SHA-256, names its inspection, and the signature verifies with the signing device's key —
 * the key this file has pinned for that device when it knows it (so a record re-signed by
 * another key is refused), else the key that travels with it, vouched for by the trusted sender.
 */
export function checkMinutesLine(db: Db, file: string, m: MinutesLine, sender: { id: string; publicKeyPem: string }, where: string): void {
  const l = label(m);
  const fail = (vi: string, en: string) => badBundle(file, `${where}: ${l.vi} ${vi}`, `${where}: ${l.en} ${en}`, { entry: MINUTES_PART, inspectionId: m.inspectionId, seq: m.seq });
  if ((m.seq === 0) !== (m.kind === 'original')) throw fail('có số thứ tự không khớp loại', 'has a sequence number that does not match its kind');
  const digest = crypto.createHash('sha256').update(m.snapshot, 'utf8').digest();
  if (digest.toString('hex') !== m.sha256) throw fail('đã bị sửa sau khi ký (mã băm SHA-256 không khớp)', 'was altered after signing (its SHA-256 does not match)');
  let snapshot: { inspection?: { id?: unknown }; inspectionId?: unknown; seq?: unknown } | null;
  try {
    snapshot = JSON.parse(m.snapshot) as typeof snapshot;
  } catch {
    throw fail('không phải JSON hợp lệ', 'is not valid JSON');
  }
  const named = m.seq === 0 ? snapshot?.inspection?.id : snapshot?.inspectionId;
  if (named !== m.inspectionId || (m.seq > 0 && snapshot?.seq !== m.seq)) throw fail('là bản chụp của một cuộc kiểm tra khác', 'is the snapshot of another inspection');
  const pinned = pinnedKey(db, m.deviceId, sender);
  if (pinned !== null && pinned.trim() !== m.publicKeyPem.trim()) {
    throw fail(`mang khóa khác khóa đã biết của thiết bị ${m.deviceId} (giả mạo)`, `carries another key than the known key of device ${m.deviceId} (forged)`);
  }
  let good = false;
  try {
    publicKeyFingerprint(m.publicKeyPem);
    good = verifyBytes(pinned ?? m.publicKeyPem, digest, Buffer.from(m.signature, 'base64'));
  } catch {
    good = false;
  }
  if (!good) throw fail(`có chữ ký không phải của khóa thiết bị ${m.deviceId} (giả mạo)`, `has a signature not made by the key of device ${m.deviceId} (forged)`);
}

export type MinutesOutcome = 'added' | 'known';

/** Adds one verified signed record; one already here (same id, same hash) is left. Two different signings of one record are refused. */
export function applyMinutesLine(db: Db, file: string, m: MinutesLine): MinutesOutcome {
  const l = label(m);
  const same = stmt(db, 'SELECT id, sha256 FROM minutes WHERE id = ? OR (inspection_id = ? AND seq = ?)').all(m.id, m.inspectionId, m.seq) as { id: string; sha256: string }[];
  if (same.length) {
    if (same.every((r) => r.id === m.id && r.sha256 === m.sha256)) return 'known';
    throw badBundle(
      file,
      `${l.vi} khác với bản đã ký có ở máy này (hai lần ký khác nhau cho một biên bản)`,
      `${l.en} differs from the signed one this computer holds (two different signings of one record)`,
      { entry: MINUTES_PART, inspectionId: m.inspectionId, seq: m.seq },
    );
  }
  stmt(
    db,
    `INSERT INTO minutes (id, inspection_id, seq, kind, reason, snapshot, sha256, signature, device_id, public_key_pem, signer_name, signed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(m.id, m.inspectionId, m.seq, m.kind, m.reason, m.snapshot, m.sha256, m.signature, m.deviceId, m.publicKeyPem, m.signerName, m.signedAt);
  return 'added';
}
