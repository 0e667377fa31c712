import yauzl from 'yauzl';
import { KiemTraError } from '../../../src-shared/api/errors';

/** Limits applied while reading a bundle: declared sizes are checked before inflating, real sizes while inflating. */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Inflated size / compressed size above which an entry is taken for a zip bomb. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  maxRatio: 200,
};

const ENTRY_NAME = /^(manifest\.json|manifest\.sig|blobs\.jsonl|changes\/[a-z][a-z0-9_]{0,39}\.jsonl|minutes\.jsonl|blobs\/[0-9a-f]{64})$/;

export function badBundle(file: string, vi: string, en: string, context: Record<string, string | number> = {}): KiemTraError {
  return new KiemTraError('BAD_FILE', `Gói dữ liệu ${file} bị từ chối: ${vi}. Không có gì được ghi.`, `Bundle ${file} refused: ${en}. Nothing was written.`, {
    context: { file, ...context },
  });
}

const shown = (name: string) => JSON.stringify(name.slice(0, 80));

/** Every entry of a zip, inflated under the limits; names are checked against the bundle's own list. */
export function readZipEntries(data: Buffer, file: string, limits: ZipLimits): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => reject(err instanceof KiemTraError ? err : zipError(file, err));
    yauzl.fromBuffer(data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      const out = new Map<string, Buffer>();
      let total = 0;
      let count = 0;
      zip.on('error', fail);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        count++;
        if (count > limits.maxEntries) return fail(badBundle(file, `quá ${limits.maxEntries} mục`, `more than ${limits.maxEntries} entries`));
        if (!ENTRY_NAME.test(name)) return fail(badBundle(file, `mục có tên không được phép ${shown(name)}`, `entry name not allowed ${shown(name)}`, { entry: name.slice(0, 80) }));
        if (out.has(name)) return fail(badBundle(file, `mục ${shown(name)} xuất hiện hai lần`, `entry ${shown(name)} appears twice`, { entry: name }));
        if (entry.uncompressedSize > limits.maxEntryBytes || total + entry.uncompressedSize > limits.maxTotalBytes) {
          return fail(badBundle(file, `mục ${shown(name)} giải nén ra ${entry.uncompressedSize} byte, vượt giới hạn`, `entry ${shown(name)} inflates to ${entry.uncompressedSize} bytes, over the limit`, { entry: name }));
        }
        if (entry.compressedSize > 0 && entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / entry.compressedSize > limits.maxRatio) {
          return fail(badBundle(file, `mục ${shown(name)} nén bất thường (tỉ lệ quá ${limits.maxRatio}×)`, `entry ${shown(name)} is compressed suspiciously (ratio over ${limits.maxRatio}×)`, { entry: name }));
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e);
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (c: Buffer) => {
            size += c.length;
            if (size > limits.maxEntryBytes || total + size > limits.maxTotalBytes) {
              stream.destroy();
              fail(badBundle(file, `mục ${shown(name)} giải nén vượt giới hạn`, `entry ${shown(name)} inflates past the limit`, { entry: name }));
              return;
            }
            chunks.push(c);
          });
          stream.on('error', fail);
          stream.on('end', () => {
            total += size;
            out.set(name, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

function zipError(file: string, err: unknown): KiemTraError {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 160);
  if (/path|file ?name/i.test(message)) return badBundle(file, `tên mục không hợp lệ (${message})`, `invalid entry name (${message})`);
  if (/too many bytes|too few bytes|size/i.test(message)) return badBundle(file, `kích thước mục không khớp (${message})`, `entry size mismatch (${message})`);
  return badBundle(file, `tệp không phải là gói .kiemtra đọc được — bị cắt cụt hoặc hỏng (${message})`, `not a readable .kiemtra bundle — truncated or damaged (${message})`);
}
