import { z } from 'zod';
import { isHlc } from '../db/hlc';

/** docs/bundle-format.md describes every name here; change both together. */
export const BUNDLE_FORMAT = 'kiemtra-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';
export const BLOB_INDEX = 'blobs.jsonl';

export const Hlc = z.string().max(120).refine(isHlc, 'not an HLC "000000000000000:0000:device"');
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Id = z.string().regex(/^[0-9A-Za-z-]{1,64}$/);
const DeviceId = z.string().regex(/^[0-9A-Za-z._-]{1,64}$/);

export const Part = z.strictObject({ name: z.string().max(200), sha256: Sha256, size: z.number().int().min(0) });

export const Manifest = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  device: z.strictObject({
    id: DeviceId,
    publicKeyPem: z.string().max(1000),
    fingerprint: z.string().max(100),
    inspectorName: z.string().max(200).nullable(),
  }),
  /** Lowest and highest stamp of the changes inside (null when empty). */
  hlc: z.strictObject({ from: Hlc.nullable(), to: Hlc.nullable() }),
  /** true: every record of the device's file; false: what changed since the last export to `destination`. */
  all: z.boolean(),
  destination: z.string().max(200).nullable(),
  counts: z.record(z.string().max(64), z.number().int().min(0)),
  parts: z.array(Part).max(100),
});
export type Manifest = z.infer<typeof Manifest>;

/** One field's stamp when it is not the record's own: [hlc, prev]. */
const FieldStamp = z.tuple([Hlc, Hlc.nullable()]);

/** One line of changes/<kind>.jsonl: the whole record with the stamp of every field. */
export const RecordLine = z.strictObject({
  id: Id,
  /** The record's own stamp: its creation, and that of every field not in `stamps`. */
  hlc: Hlc,
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  fields: z.record(z.string().max(64), z.unknown()),
  stamps: z.record(z.string().max(64), FieldStamp),
});
export type RecordLine = z.infer<typeof RecordLine>;

export const BlobLine = z.strictObject({
  sha256: Sha256,
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp', 'image/heif', 'image/tiff']),
  size: z.number().int().min(1),
  width: z.number().int().min(0).nullable(),
  height: z.number().int().min(0).nullable(),
});
export type BlobLine = z.infer<typeof BlobLine>;

export const changesPart = (kind: string) => `changes/${kind}.jsonl`;
export const blobPart = (sha256: string) => `blobs/${sha256}`;
