import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/**
 * Photos and signatures from outside the process are hostile until decoded (issue 12): the
 * bytes must be one whole JPEG or PNG and nothing else, decode in full within a pixel budget,
 * and are stored without their metadata (EXIF, GPS, XMP, comments, text chunks).
 */

/** 40 megapixels: a 7 000 × 5 700 camera photo passes; a decompression bomb does not (RGBA ≤ 160 MB). */
export const MAX_IMAGE_PIXELS = 40_000_000;

export type ImageRefusal =
  | { reason: 'not_image' }
  | { reason: 'trailing_data'; extra: number }
  | { reason: 'too_many_pixels'; width: number; height: number }
  | { reason: 'corrupt'; detail: string };

export type CheckedImage = { ok: true; mime: 'image/jpeg' | 'image/png'; width: number; height: number; data: Buffer; stripped: string[] } | ({ ok: false } & ImageRefusal);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function checkImage(data: Buffer): CheckedImage {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return checkJpeg(data);
  if (data.length >= 8 && data.subarray(0, 8).equals(PNG_SIGNATURE)) return checkPng(data);
  return { ok: false, reason: 'not_image' };
}

class Corrupt extends Error {}

// ── JPEG ─────────────────────────────────────────────────────────────────────────────────────

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
/** Segments a decoder needs; everything else (APP1 EXIF/XMP, APP2…APP13, APP15, COM) is dropped. */
function keepJpegSegment(marker: number, body: Buffer): boolean {
  if (marker === 0xe0) return body.subarray(0, 5).toString('latin1') === 'JFIF\0';
  if (marker === 0xee) return body.subarray(0, 5).toString('latin1') === 'Adobe'; // colour transform flag
  if (marker >= 0xe0 && marker <= 0xef) return false;
  if (marker === 0xfe) return false;
  return true;
}

const JPEG_NAMES: Record<number, string> = { 0xe1: 'EXIF/XMP', 0xfe: 'comment' };

function checkJpeg(data: Buffer): CheckedImage {
  const parts: Buffer[] = [data.subarray(0, 2)];
  const stripped = new Set<string>();
  let width = 0;
  let height = 0;
  let pos = 2;
  let end = -1;
  try {
    while (end < 0) {
      if (pos + 2 > data.length || data[pos] !== 0xff) throw new Corrupt('segment expected');
      let marker = data[pos + 1]!;
      while (marker === 0xff && pos + 2 < data.length) marker = data[++pos + 1]!; // fill bytes
      if (marker === EOI) {
        end = pos + 2;
        parts.push(data.subarray(pos, end));
        break;
      }
      if (marker === SOI || (marker >= 0xd0 && marker <= 0xd7) || pos + 4 > data.length) throw new Corrupt('marker out of place');
      const length = data.readUInt16BE(pos + 2);
      if (length < 2 || pos + 2 + length > data.length) throw new Corrupt('segment length');
      const body = data.subarray(pos + 4, pos + 2 + length);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        if (body.length < 5) throw new Corrupt('frame header');
        height = body.readUInt16BE(1);
        width = body.readUInt16BE(3);
      }
      if (keepJpegSegment(marker, body)) parts.push(data.subarray(pos, pos + 2 + length));
      else stripped.add(JPEG_NAMES[marker] ?? `APP${marker - 0xe0}`);
      pos += 2 + length;
      if (marker === SOS) {
        // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
        let scan = pos;
        while (scan + 1 < data.length && !(data[scan] === 0xff && data[scan + 1] !== 0x00 && !(data[scan + 1]! >= 0xd0 && data[scan + 1]! <= 0xd7))) scan++;
        if (scan + 1 >= data.length) throw new Corrupt('scan without end');
        parts.push(data.subarray(pos, scan));
        pos = scan;
      }
    }
  } catch (err) {
    if (err instanceof Corrupt || err instanceof RangeError) return { ok: false, reason: 'corrupt', detail: err.message };
    throw err;
  }
  if (end < data.length) return { ok: false, reason: 'trailing_data', extra: data.length - end };
  if (!width || !height) return { ok: false, reason: 'corrupt', detail: 'no frame header' };
  if (width * height > MAX_IMAGE_PIXELS) return { ok: false, reason: 'too_many_pixels', width, height };
  const clean = Buffer.concat(parts);
  try {
    // Decoding every pixel proves the file is a whole image, not a header in front of something else.
    jpeg.decode(clean, { useTArray: true, formatAsRGBA: false, tolerantDecoding: false, maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6, maxMemoryUsageInMB: 512 });
  } catch (err) {
    return { ok: false, reason: 'corrupt', detail: err instanceof Error ? err.message.slice(0, 100) : 'decode' };
  }
  return { ok: true, mime: 'image/jpeg', width, height, data: clean, stripped: [...stripped] };
}

// ── PNG ──────────────────────────────────────────────────────────────────────────────────────

/** Chunks that shape the pixels; text, EXIF, time and unknown chunks are dropped. */
const PNG_KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'sBIT', 'pHYs', 'bKGD']);

function checkPng(data: Buffer): CheckedImage {
  const parts: Buffer[] = [PNG_SIGNATURE];
  const stripped = new Set<string>();
  let pos = 8;
  let width = 0;
  let height = 0;
  let end = -1;
  while (pos + 12 <= data.length) {
    const length = data.readUInt32BE(pos);
    const type = data.subarray(pos + 4, pos + 8).toString('latin1');
    if (!/^[A-Za-z]{4}$/.test(type) || pos + 12 + length > data.length) return { ok: false, reason: 'corrupt', detail: 'chunk' };
    if (type === 'IHDR') {
      width = data.readUInt32BE(pos + 8);
      height = data.readUInt32BE(pos + 12);
    }
    if (PNG_KEEP.has(type)) parts.push(data.subarray(pos, pos + 12 + length));
    else stripped.add(type);
    pos += 12 + length;
    if (type === 'IEND') {
      end = pos;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'corrupt', detail: 'no IEND' };
  if (end < data.length) return { ok: false, reason: 'trailing_data', extra: data.length - end };
  if (!width || !height) return { ok: false, reason: 'corrupt', detail: 'no IHDR' };
  if (width * height > MAX_IMAGE_PIXELS) return { ok: false, reason: 'too_many_pixels', width, height };
  const clean = Buffer.concat(parts);
  try {
    // pngjs checks every CRC and inflates every row; the inflated size must be what IHDR says.
    const decoded = PNG.sync.read(clean, { checkCRC: true });
    if (decoded.width !== width || decoded.height !== height) return { ok: false, reason: 'corrupt', detail: 'size' };
  } catch (err) {
    return { ok: false, reason: 'corrupt', detail: err instanceof Error ? err.message.slice(0, 100) : 'decode' };
  }
  return { ok: true, mime: 'image/png', width, height, data: clean, stripped: [...stripped] };
}
