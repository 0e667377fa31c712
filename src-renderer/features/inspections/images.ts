import Pica from 'pica';
import { MAX_BLOB_BYTES } from '../../../src-shared/schemas/attachment';

/** Photos are stored at most this large on the long side: sharp enough to read a label, small enough to sync. */
export const MAX_PHOTO_SIDE = 2560;
export const PHOTO_JPEG_QUALITY = 0.85;

// WebAssembly needs 'wasm-unsafe-eval', which our CSP does not grant: plain JS in web workers.
let pica: ReturnType<typeof Pica> | null = null;
const resizer = () => (pica ??= Pica({ features: ['js', 'ww'] }));

export type PhotoRefusal = 'not_image' | 'too_large';

/** Checked before anything is read: the core refuses the same files, but a 300 MB video should not even be sent. */
export function refusePhoto(file: { type: string; size: number }): PhotoRefusal | null {
  if (!file.type.startsWith('image/')) return 'not_image';
  if (file.size > MAX_BLOB_BYTES) return 'too_large';
  return null;
}

export function fitWithin(width: number, height: number, maxSide = MAX_PHOTO_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Re-encodes a photo as JPEG with its long side ≤ 2560 px (pica's Lanczos filter, not the
 * browser's blurry canvas scaling). EXIF orientation is applied by createImageBitmap, and the
 * re-encoding drops the EXIF block (GPS included).
 */
export async function downscalePhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const size = fitWithin(bitmap.width, bitmap.height);
    const target = document.createElement('canvas');
    target.width = size.width;
    target.height = size.height;
    await resizer().resize(bitmap, target);
    // JPEG has no transparency: paint what was transparent white, not black.
    const ctx = target.getContext('2d');
    if (ctx) {
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, size.width, size.height);
    }
    return await resizer().toBlob(target, 'image/jpeg', PHOTO_JPEG_QUALITY);
  } finally {
    bitmap.close();
  }
}

/** Base64 of a blob, the form the API carries bytes in. */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
}
