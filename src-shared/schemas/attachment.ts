import { z } from 'zod';
import { Id, optionalText, type SyncedRow } from './common';
import { SIGNER_ROLES, type SignerRole } from './inspection';

/** Photos after the renderer's downscaling stay far below this; the core refuses anything above. */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Mã SHA-256 không hợp lệ|Invalid SHA-256');

export const BlobPutInput = z.object({
  // Base64 is 4/3 of the bytes: leave room so the core, not the schema, says "over 50 MB".
  dataBase64: z.string().min(1, 'Tệp rỗng|The file is empty').max(Math.ceil((MAX_BLOB_BYTES * 4) / 3) + 2_000_000, 'Tệp lớn hơn 50 MB|The file is larger than 50 MB'),
  fileName: z.string().max(255).default(''),
  mime: z.string().max(100).default(''),
});
export type BlobPutInput = z.input<typeof BlobPutInput>;

export interface BlobInfo {
  sha256: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  /** True when the same image was already stored (it is kept once). */
  existed: boolean;
}

export const BlobGetInput = z.object({ sha256: Sha256 });

export interface BlobData {
  sha256: string;
  mime: string;
  size: number;
  dataBase64: string;
}

export const ATTACHMENT_KINDS = ['photo', 'signature'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const AttachmentAddInput = z.object({
  inspectionId: Id,
  itemKey: z.string().min(1).max(64),
  instanceKey: z.string().max(64).default(''),
  kind: z.enum(ATTACHMENT_KINDS),
  sha256: Sha256,
  caption: optionalText(500),
  signerName: optionalText(120),
  signerRole: z.enum(SIGNER_ROLES).nullable().optional().transform((v) => v ?? null),
});
export type AttachmentAddInput = z.input<typeof AttachmentAddInput>;
export type AttachmentFields = Omit<z.output<typeof AttachmentAddInput>, 'sha256'> & { blobSha256: string };

export interface Attachment extends SyncedRow {
  inspectionId: string;
  itemKey: string;
  instanceKey: string;
  kind: AttachmentKind;
  blobSha256: string;
  caption: string | null;
  signerName: string | null;
  signerRole: SignerRole | null;
}

export const AttachmentIdInput = z.object({ id: Id });
