import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { Attachment, AttachmentAddInput } from '../../../src-shared/schemas/attachment';
import type { CoreContext } from '../context';
import { insertRecord, notFound, readRow, tombstoneRecord, type TableSpec } from '../db/records';
import type { ChecklistStore } from '../checklists/store';
import { resolveItem } from './answers';
import { attachmentSpec, toAttachment } from './specs';

const rawSpec = attachmentSpec as unknown as TableSpec<Record<string, unknown>>;

/** Adds a photo or signature (already stored with blobs.put) to an item of an open inspection. */
export function addAttachment(ctx: CoreContext, store: ChecklistStore, input: z.output<typeof AttachmentAddInput>): Attachment {
  const { item } = resolveItem(ctx, store, input.inspectionId, input.itemKey, input.instanceKey);
  // Signatures go only to signature items; a photo can back up any answer (a sign, a log page, a meter).
  if (input.kind === 'signature' ? item.type !== 'signature' : item.type === 'signature') {
    const vi = `Mục "${item.label.vi}" không nhận ${input.kind === 'photo' ? 'ảnh' : 'chữ ký'}`;
    const en = `Item "${item.label.en}" does not take a ${input.kind}`;
    throw new KiemTraError('VALIDATION', vi, en, { issues: [{ path: 'kind', vi, en }], context: { itemKey: input.itemKey } });
  }
  const blob = ctx.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(input.sha256);
  if (!blob) {
    const vi = 'Chưa có tệp ảnh này trong dữ liệu; hãy tải ảnh lên trước';
    const en = 'No stored image with that SHA-256; upload it first';
    throw new KiemTraError('VALIDATION', vi, en, { issues: [{ path: 'sha256', vi, en }], context: { sha256: input.sha256 } });
  }
  const id = insertRecord(ctx, attachmentSpec, {
    inspectionId: input.inspectionId,
    itemKey: input.itemKey,
    instanceKey: input.instanceKey,
    kind: input.kind,
    blobSha256: input.sha256,
    caption: input.caption,
    signerName: input.signerName,
    signerRole: input.signerRole,
  });
  return getAttachment(ctx, id);
}

export function removeAttachment(ctx: CoreContext, store: ChecklistStore, id: string): Attachment {
  const current = getAttachment(ctx, id);
  resolveItem(ctx, store, current.inspectionId, current.itemKey, current.instanceKey);
  tombstoneRecord(ctx, attachmentSpec, id);
  return getAttachment(ctx, id);
}

export function getAttachment(ctx: CoreContext, id: string): Attachment {
  const row = readRow(ctx, rawSpec, id);
  if (!row) throw notFound(attachmentSpec, id);
  return toAttachment(row);
}

export function listAttachments(ctx: CoreContext, inspectionId: string): Attachment[] {
  const rows = ctx.db
    .prepare('SELECT * FROM attachments WHERE inspection_id = ? AND deleted_at IS NULL ORDER BY created_at, id')
    .all(inspectionId) as Record<string, unknown>[];
  return rows.map(toAttachment);
}
