import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { KiemTraError } from '../../../src-shared/api/errors';
import { MAX_BLOB_BYTES, type BlobData, type BlobInfo } from '../../../src-shared/schemas/attachment';
import type { CoreContext } from '../context';

/** Image kinds image-size recognises that a photo or signature may be, and their MIME types. */
const IMAGE_MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  heif: 'image/heif',
  tiff: 'image/tiff',
};

/**
 * Stores an image once by its SHA-256 (DESIGN.md §3). The bytes decide what it is (magic bytes,
 * read by image-size), not the name or MIME type the caller claims.
 */
export function putBlob(ctx: CoreContext, input: { dataBase64: string; fileName: string; mime: string }): BlobInfo {
  const data = Buffer.from(input.dataBase64, 'base64');
  const name = input.fileName || '(không tên)';
  if (data.length === 0) {
    throw new KiemTraError('BAD_FILE', `Tệp ${name} rỗng`, `${input.fileName || 'The file'} is empty`, { context: { fileName: input.fileName } });
  }
  if (data.length > MAX_BLOB_BYTES) {
    const mb = (data.length / 1024 / 1024).toFixed(1);
    throw new KiemTraError('BAD_FILE', `Tệp ${name} nặng ${mb} MB, vượt quá 50 MB`, `${input.fileName || 'The file'} is ${mb} MB, over the 50 MB limit`, {
      context: { fileName: input.fileName, size: data.length },
    });
  }
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(data);
  } catch {
    size = {};
  }
  const mime = size.type ? IMAGE_MIME[size.type] : undefined;
  if (!mime) {
    throw new KiemTraError(
      'BAD_FILE',
      `Tệp ${name} không phải là ảnh (JPEG, PNG, WebP, GIF, BMP, HEIF, TIFF)`,
      `${input.fileName || 'The file'} is not an image (JPEG, PNG, WebP, GIF, BMP, HEIF, TIFF)`,
      { context: { fileName: input.fileName, declaredMime: input.mime } },
    );
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const info = ctx.db
    .prepare('INSERT INTO blobs (sha256, mime, size, width, height, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING')
    .run(sha256, mime, data.length, size.width ?? null, size.height ?? null, data, ctx.now().toISOString());
  return { sha256, mime, size: data.length, width: size.width ?? null, height: size.height ?? null, existed: info.changes === 0 };
}

export function getBlob(ctx: CoreContext, sha256: string): BlobData {
  const row = ctx.db.prepare('SELECT mime, size, data FROM blobs WHERE sha256 = ?').get(sha256) as { mime: string; size: number; data: Buffer } | undefined;
  if (!row) throw new KiemTraError('NOT_FOUND', `Không tìm thấy tệp ảnh ${sha256}`, `No stored image ${sha256}`, { context: { sha256 } });
  return { sha256, mime: row.mime, size: row.size, dataBase64: row.data.toString('base64') };
}
