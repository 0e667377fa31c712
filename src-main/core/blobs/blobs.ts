import { createHash } from 'node:crypto';
import { KiemTraError } from '../../../src-shared/api/errors';
import { MAX_BLOB_BYTES, type BlobData, type BlobInfo } from '../../../src-shared/schemas/attachment';
import { echo } from '../../../src-shared/text/echo';
import type { CoreContext } from '../context';
import { MAX_IMAGE_PIXELS, checkImage, type ImageRefusal } from './images';

/** A photo uploaded but never attached is kept this long (the form attaches it right after), then removed. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

/**
 * Stores an image once by its SHA-256 (DESIGN.md §3). The bytes decide what it is: one whole
 * JPEG or PNG, decoded in full within MAX_IMAGE_PIXELS, stored without EXIF, GPS, XMP or text
 * (images.ts); a file with anything after the image (a zip, a page) is refused. The SHA-256 is
 * of the stored, cleaned bytes.
 */
export function putBlob(ctx: CoreContext, input: { dataBase64: string; fileName: string; mime: string }): BlobInfo {
  const data = Buffer.from(input.dataBase64, 'base64');
  const shown = echo(input.fileName);
  const name = shown || '(không tên)';
  const nameEn = shown || 'The file';
  const context = { fileName: shown };
  if (data.length === 0) {
    throw new KiemTraError('BAD_FILE', `Tệp ${name} rỗng`, `${nameEn} is empty`, { context });
  }
  if (data.length > MAX_BLOB_BYTES) {
    const mb = (data.length / 1024 / 1024).toFixed(1);
    throw new KiemTraError('BAD_FILE', `Tệp ${name} nặng ${mb} MB, vượt quá 50 MB`, `${nameEn} is ${mb} MB, over the 50 MB limit`, {
      context: { ...context, size: data.length },
    });
  }
  const checked = checkImage(data);
  if (!checked.ok) throw refusal(checked, name, nameEn, context);
  const stored = checked.data;
  const sha256 = createHash('sha256').update(stored).digest('hex');
  const now = ctx.now();
  const info = ctx.db.transaction(() => {
    pruneOrphanBlobs(ctx, new Date(now.getTime() - ORPHAN_GRACE_MS));
    return ctx.db
      .prepare('INSERT INTO blobs (sha256, mime, size, width, height, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING')
      .run(sha256, checked.mime, stored.length, checked.width, checked.height, stored, now.toISOString());
  })();
  return { sha256, mime: checked.mime, size: stored.length, width: checked.width, height: checked.height, existed: info.changes === 0 };
}

function refusal(r: ImageRefusal, name: string, nameEn: string, context: Record<string, string>): KiemTraError {
  switch (r.reason) {
    case 'not_image':
      return new KiemTraError('BAD_FILE', `Tệp ${name} không phải là ảnh JPEG hoặc PNG`, `${nameEn} is not a JPEG or PNG image`, { context });
    case 'trailing_data':
      return new KiemTraError(
        'BAD_FILE',
        `Tệp ${name} có ${r.extra} byte dữ liệu lạ sau phần ảnh; hãy lưu lại ảnh hoặc chụp trong ứng dụng`,
        `${nameEn} has ${r.extra} bytes of other data after the image; save the image again or take it in the app`,
        { context: { ...context, extraBytes: r.extra } },
      );
    case 'too_many_pixels': {
      const mp = (r.width * r.height) / 1e6;
      const max = MAX_IMAGE_PIXELS / 1e6;
      return new KiemTraError(
        'BAD_FILE',
        `Ảnh ${name} có ${r.width}×${r.height} điểm ảnh (${mp.toFixed(1)} MP), vượt quá ${max} MP`,
        `${nameEn} is ${r.width}×${r.height} pixels (${mp.toFixed(1)} MP), over the ${max} MP limit`,
        { context: { ...context, width: r.width, height: r.height } },
      );
    }
    case 'corrupt':
      return new KiemTraError('BAD_FILE', `Tệp ${name} bị hỏng, không đọc được hết ảnh`, `${nameEn} is damaged: the image does not decode in full`, {
        context: { ...context, detail: r.detail },
      });
  }
}

/** Removes stored images that no attachment (live or deleted) points at, uploaded before `before`. */
export function pruneOrphanBlobs(ctx: CoreContext, before: Date): number {
  return ctx.db
    .prepare('DELETE FROM blobs WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.blob_sha256 = blobs.sha256)')
    .run(before.toISOString()).changes;
}

export function getBlob(ctx: CoreContext, sha256: string): BlobData {
  const row = ctx.db.prepare('SELECT mime, size, data FROM blobs WHERE sha256 = ?').get(sha256) as { mime: string; size: number; data: Buffer } | undefined;
  if (!row) throw new KiemTraError('NOT_FOUND', `Không tìm thấy tệp ảnh ${sha256}`, `No stored image ${sha256}`, { context: { sha256 } });
  return { sha256, mime: row.mime, size: row.size, dataBase64: row.data.toString('base64') };
}
