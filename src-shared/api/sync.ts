import { z } from 'zod';
import { mutation, query } from './define';

/** Sync by signed bundles (DESIGN.md §5, docs/bundle-format.md). */
export interface SyncSender {
  deviceId: string;
  inspectorName: string | null;
  fingerprint: string;
}

export interface SyncKindCounts {
  added: number;
  changed: number;
  unchanged: number;
  conflicts: number;
}

export interface SyncImportReport {
  file: string;
  sender: SyncSender;
  newlyTrusted: boolean;
  alreadyImported: boolean;
  kinds: Record<string, SyncKindCounts>;
  conflicts: number;
  blobsAdded: number;
  devices: { deviceId: string; inspectorName: string | null }[];
  rejudged: number;
  backup: string | null;
}

export interface SyncPreview {
  file: string;
  sender: SyncSender;
  trusted: boolean;
  alreadyImported: boolean;
  counts: Record<string, number>;
  createdAt: string;
}

export interface SyncExportResult {
  file: string;
  fileName: string;
  bytes: number;
  counts: Record<string, number>;
  blobs: number;
  /** The bundle itself, for the browser to save. */
  dataBase64: string;
}

export interface SyncConflict {
  id: string;
  recordKind: string;
  recordId: string;
  /** What the record is, in words ("Bệnh viện Đa khoa tỉnh Sơn La"). */
  recordLabel: string;
  field: string;
  keptValue: unknown;
  keptHlc: string;
  lostValue: unknown;
  lostHlc: string;
  status: 'open' | 'kept' | 'restored';
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface SyncPeer {
  deviceId: string;
  fingerprint: string;
  inspectorName: string | null;
  trustedAt: string;
  revokedAt: string | null;
  lastImportAt: string | null;
}

export interface SyncStatus {
  deviceId: string;
  fingerprint: string | null;
  canExport: boolean;
  exports: { destination: string; exportedAt: string; file: string | null }[];
  imports: number;
  openConflicts: number;
}

const MAX_BUNDLE_BASE64 = 70 * 1024 * 1024;
const BundleFile = z.strictObject({ fileName: z.string().min(1).max(200), dataBase64: z.string().max(MAX_BUNDLE_BASE64) });
const Destination = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N} ._-]+$/u);
const DeviceIdInput = z.strictObject({ deviceId: z.string().min(1).max(64) });

export const syncOperations = {
  'sync.status': query<SyncStatus>()(z.strictObject({})),
  /** Writes a bundle of what changed since the last export to `destination` (or everything). */
  'sync.export': mutation<SyncExportResult>()(z.strictObject({ destination: Destination.default('default'), all: z.boolean().default(false) })),
  /** Verifies a bundle and says who sent it; writes nothing. */
  'sync.preview': query<SyncPreview>()(BundleFile),
  'sync.import': mutation<SyncImportReport>()(BundleFile.extend({ trust: z.boolean().default(false) })),
  'sync.conflicts.list': query<SyncConflict[]>()(z.strictObject({ status: z.enum(['open', 'all']).default('open') })),
  /** Keep the value that won, or put back the one that lost (itself a change that syncs). */
  'sync.conflicts.resolve': mutation<SyncConflict>()(z.strictObject({ id: z.string().min(1).max(64), keep: z.enum(['kept', 'lost']) })),
  'sync.devices.list': query<SyncPeer[]>()(z.strictObject({})),
  'sync.devices.revoke': mutation<SyncPeer>()(DeviceIdInput),
  'sync.devices.reinstate': mutation<SyncPeer>()(DeviceIdInput),
} as const;
