import { KiemTraError } from '../../../src-shared/api/errors';
import type { Db } from '../db/types';
import { stmt } from '../db/statements';
import type { Manifest } from './wire';

export interface Peer {
  deviceId: string;
  fingerprint: string;
  inspectorName: string | null;
  trustedAt: string;
  revokedAt: string | null;
  lastImportAt: string | null;
}

interface PeerRow {
  device_id: string;
  public_key_pem: string;
  fingerprint: string;
  inspector_name: string | null;
  trusted_at: string;
  revoked_at: string | null;
  last_import_at: string | null;
}

const toPeer = (r: PeerRow): Peer => ({
  deviceId: r.device_id,
  fingerprint: r.fingerprint,
  inspectorName: r.inspector_name,
  trustedAt: r.trusted_at,
  revokedAt: r.revoked_at,
  lastImportAt: r.last_import_at,
});

export function listPeers(db: Db): Peer[] {
  return (stmt(db, 'SELECT * FROM sync_peers ORDER BY revoked_at IS NOT NULL, inspector_name, device_id').all() as PeerRow[]).map(toPeer);
}

/** Who sent a bundle, as the person deciding to trust it sees them. */
export interface Sender {
  deviceId: string;
  inspectorName: string | null;
  fingerprint: string;
}

export type TrustState = { state: 'trusted' } | { state: 'unknown'; sender: Sender };

/**
 * Whether this file accepts the bundle's device: a trusted device with the same key; an unknown
 * one needs a person's yes; another key for a known device id, or a revoked device, is refused.
 */
export function trustOf(db: Db, manifest: Manifest, localDevice: string, file: string): TrustState {
  const d = manifest.device;
  if (d.id === localDevice) {
    throw new KiemTraError('BAD_FILE', `Gói ${file} do chính máy này xuất; không cần nhập.`, `Bundle ${file} was exported by this computer; there is nothing to import.`, { context: { file, device: d.id } });
  }
  const row = stmt(db, 'SELECT * FROM sync_peers WHERE device_id = ?').get(d.id) as PeerRow | undefined;
  if (!row) return { state: 'unknown', sender: { deviceId: d.id, inspectorName: d.inspectorName, fingerprint: d.fingerprint } };
  if (row.public_key_pem.trim() !== d.publicKeyPem.trim()) {
    throw new KiemTraError(
      'BAD_FILE',
      `Gói ${file} bị từ chối: thiết bị ${d.id} đã được tin cậy với khóa ${row.fingerprint}, nhưng gói này ký bằng khóa khác (${d.fingerprint}). Có thể là gói giả mạo. Không có gì được ghi.`,
      `Bundle ${file} refused: device ${d.id} is trusted with key ${row.fingerprint}, but this bundle is signed with another key (${d.fingerprint}). It may be forged. Nothing was written.`,
      { context: { file, device: d.id } },
    );
  }
  if (row.revoked_at) {
    throw new KiemTraError('BAD_FILE', `Gói ${file} bị từ chối: thiết bị ${d.id} đã bị thu hồi tin cậy ngày ${row.revoked_at.slice(0, 10)}. Không có gì được ghi.`, `Bundle ${file} refused: trust in device ${d.id} was revoked on ${row.revoked_at.slice(0, 10)}. Nothing was written.`, {
      context: { file, device: d.id },
    });
  }
  return { state: 'trusted' };
}

export function trustPeer(db: Db, manifest: Manifest, at: string): void {
  const d = manifest.device;
  stmt(db, 'INSERT INTO sync_peers (device_id, public_key_pem, fingerprint, inspector_name, trusted_at) VALUES (?, ?, ?, ?, ?)').run(d.id, d.publicKeyPem, d.fingerprint, d.inspectorName, at);
}

export function notePeerImport(db: Db, manifest: Manifest, at: string): void {
  stmt(db, 'UPDATE sync_peers SET last_import_at = ?, inspector_name = coalesce(?, inspector_name) WHERE device_id = ?').run(at, manifest.device.inspectorName, manifest.device.id);
}

/** Stops accepting a device's bundles (its key stays pinned: trusting it again is a deliberate act). */
export function revokePeer(db: Db, deviceId: string, at: string): Peer {
  const row = stmt(db, 'SELECT * FROM sync_peers WHERE device_id = ?').get(deviceId) as PeerRow | undefined;
  if (!row) throw new KiemTraError('NOT_FOUND', `Không có thiết bị tin cậy ${deviceId}`, `No trusted device ${deviceId}`, { context: { deviceId } });
  stmt(db, 'UPDATE sync_peers SET revoked_at = coalesce(revoked_at, ?) WHERE device_id = ?').run(at, deviceId);
  return toPeer(stmt(db, 'SELECT * FROM sync_peers WHERE device_id = ?').get(deviceId) as PeerRow);
}

/** Trusts a revoked device again (same pinned key). */
export function reinstatePeer(db: Db, deviceId: string): Peer {
  const info = stmt(db, 'UPDATE sync_peers SET revoked_at = NULL WHERE device_id = ?').run(deviceId);
  if (info.changes === 0) throw new KiemTraError('NOT_FOUND', `Không có thiết bị tin cậy ${deviceId}`, `No trusted device ${deviceId}`, { context: { deviceId } });
  return toPeer(stmt(db, 'SELECT * FROM sync_peers WHERE device_id = ?').get(deviceId) as PeerRow);
}
