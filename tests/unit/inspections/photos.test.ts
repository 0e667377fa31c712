import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import yazl from 'yazl';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';
import { count, hospital, ok, png, refused, resourcesDir } from './helpers';

/** Real image files made here: a camera-like JPEG with EXIF and GPS, PNGs with text chunks, polyglots. */
function photoPixels(width: number, height: number): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([(i * 13) & 255, (i >> 6) & 255, 128, 255], i * 4);
  return rgba;
}

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A JPEG as a phone writes it: EXIF (camera, GPS position of the facility) and a comment after SOI. */
function cameraJpeg(width = 320, height = 240): Buffer {
  const plain = jpeg.encode({ width, height, data: photoPixels(width, height) }, 85).data;
  const exif = Buffer.concat([Buffer.from('Exif\0\0MM\0*\0\0\0\x08', 'latin1'), Buffer.from('Make=KiemTraPhone GPSLatitude=21.3256N GPSLongitude=103.9188E', 'latin1')]);
  const xmp = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>21,19.53N</exif:GPSLatitude></x:xmpmeta>', 'latin1');
  const comment = Buffer.from('<script>alert(1)</script>', 'latin1');
  return Buffer.concat([plain.subarray(0, 2), segment(0xe1, exif), segment(0xe1, xmp), segment(0xfe, comment), plain.subarray(2)]);
}

function pngChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A PNG with its location in a text chunk and an eXIf chunk, inserted after IHDR. */
function pngWithText(): Buffer {
  const plain = png(64, 48, 7);
  const afterIhdr = 8 + 25;
  return Buffer.concat([plain.subarray(0, afterIhdr), pngChunk('tEXt', Buffer.from('Location\0Bản Hẹo, 21.3256N 103.9188E', 'latin1')), pngChunk('eXIf', Buffer.from('MM\0*GPS', 'latin1')), plain.subarray(afterIhdr)]);
}

function zipOf(name: string, text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(text), name);
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Noise does not compress: each of these is about as large as its pixels. */
function noisyPng(width: number, height: number, seed: number): Buffer {
  const image = new PNG({ width, height });
  let x = seed * 2654435761;
  for (let i = 0; i < image.data.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    image.data[i] = i % 4 === 3 ? 255 : x >>> 24;
  }
  return PNG.sync.write(image);
}

let core: Core;
let clock = new Date('2025-11-20T08:00:00Z');
const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kt-photo-'));
function open(dir = dataDir()): Core {
  core = openCore({ dataDir: dir, resourcesDir, now: () => clock });
  return core;
}
afterEach(() => core?.close());

const put = (data: Buffer, fileName: string) => core.call('blobs.put', { dataBase64: data.toString('base64'), fileName, mime: 'image/jpeg' });
const stored = (sha256: string) => Buffer.from(ok(core.call('blobs.get', { sha256 })).dataBase64, 'base64');

describe('photos are decoded in full and stored without their metadata', () => {
  it('a camera JPEG is kept with its pixels but without EXIF, GPS, XMP or comments', () => {
    open();
    const original = cameraJpeg();
    expect(original.includes('GPSLatitude')).toBe(true);
    const info = ok(put(original, 'phong-chup.jpg'));
    expect(info).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
    const bytes = stored(info.sha256);
    for (const secret of ['Exif', 'GPSLatitude', 'KiemTraPhone', 'xmpmeta', '<script>']) expect(bytes.includes(secret), secret).toBe(false);
    expect(bytes.length).toBeLessThan(original.length);
    expect(info.size).toBe(bytes.length);
    const decoded = jpeg.decode(bytes, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([320, 240]);
    // Same pixels as the plain encoding: only metadata went.
    const plain = jpeg.decode(jpeg.encode({ width: 320, height: 240, data: photoPixels(320, 240) }, 85).data, { useTArray: true });
    expect(Buffer.from(decoded.data).equals(Buffer.from(plain.data))).toBe(true);
  });

  it('a PNG loses its text and eXIf chunks and keeps every pixel', () => {
    open();
    const info = ok(put(pngWithText(), 'so-theo-doi.png'));
    expect(info).toMatchObject({ mime: 'image/png', width: 64, height: 48 });
    const bytes = stored(info.sha256);
    for (const secret of ['tEXt', 'eXIf', 'Location', '21.3256N']) expect(bytes.includes(secret), secret).toBe(false);
    expect(PNG.sync.read(bytes).data.equals(PNG.sync.read(png(64, 48, 7)).data)).toBe(true);
  });

  it('refuses polyglots: a JPEG with a zip appended, a PNG with a web page appended', async () => {
    open();
    const zip = await zipOf('bao-cao.html', '<html><script>fetch("/api/facilities.list")</script></html>');
    const withZip = refused(put(Buffer.concat([cameraJpeg(), zip]), 'anh.jpg'));
    expect(withZip.code).toBe('BAD_FILE');
    expect(withZip.vi).toContain(`có ${zip.length} byte dữ liệu lạ sau phần ảnh`);
    expect(withZip.en).toContain(`${zip.length} bytes of other data after the image`);
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    expect(refused(put(Buffer.concat([png(32, 32), html]), 'anh.png')).en).toContain('bytes of other data after the image');
    expect(count(core, 'blobs')).toBe(0);
  });

  it('refuses a header with nothing behind it, a truncated photo, and formats it cannot check', () => {
    open();
    const header = png(640, 480).subarray(0, 33); // signature + IHDR only: what image-size alone accepted
    expect(refused(put(header, 'dau.png')).en).toContain('damaged');
    const photo = cameraJpeg();
    expect(refused(put(photo.subarray(0, Math.floor(photo.length * 0.6)), 'cut.jpg')).en).toContain('damaged');
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(refused(put(gif, 'a.gif')).en).toContain('is not a JPEG or PNG image');
    expect(count(core, 'blobs')).toBe(0);
  });

  it('refuses a decompression bomb by its pixel count before decoding it', () => {
    open();
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(10_000, 0);
    ihdr.writeUInt32BE(8_000, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    const bomb = Buffer.concat([png(1, 1).subarray(0, 8), pngChunk('IHDR', ihdr), pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), pngChunk('IEND', Buffer.alloc(0))]);
    const error = refused(put(bomb, 'bom.png'));
    expect(error.en).toContain('10000×8000 pixels (80.0 MP), over the 40 MP limit');
    expect(error.vi).toContain('vượt quá 40 MP');
  });
});

describe('photos no record uses are removed', () => {
  it('five unattached photos are gone after the grace hour, attached ones stay, and the file stops growing', () => {
    const dir = dataDir();
    open(dir);
    const facilityId = hospital(core);
    const inspectionId = ok(core.call('inspections.create', { facilityId, kind: 'follow_up', templateId: 'follow-up' })).id;
    const kept = ok(put(png(200, 200, 99), 'giu-lai.png'));
    ok(core.call('attachments.add', { inspectionId, itemKey: 'site_photos', kind: 'photo', sha256: kept.sha256 }));
    const big = (seed: number) => noisyPng(700, 700, seed); // ~2 MB each
    for (let i = 1; i <= 5; i++) ok(put(big(i), `bo-quen-${i}.png`));
    expect(count(core, 'blobs')).toBe(6);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const sizeAfterFirstFive = fs.statSync(core.dataFile).size;
    expect(sizeAfterFirstFive).toBeGreaterThan(5 * 1024 * 1024);

    // Within the hour they stay (the form attaches right after uploading)…
    clock = new Date(clock.getTime() + 30 * 60 * 1000);
    ok(put(png(8, 8, 1), 'moi.png'));
    expect(count(core, 'blobs')).toBe(7);
    // …after it, the next upload removes them; the attached photo and the fresh one stay.
    clock = new Date(clock.getTime() + 61 * 60 * 1000);
    ok(put(png(8, 8, 2), 'moi-nua.png'));
    const left = (core.db.prepare('SELECT sha256 FROM blobs ORDER BY created_at').all() as { sha256: string }[]).map((r) => r.sha256);
    expect(left).toHaveLength(2);
    expect(left).toContain(kept.sha256);

    // Five more forgotten photos reuse the freed pages instead of growing the file by their size again.
    for (let i = 6; i <= 10; i++) ok(put(big(i), `bo-quen-${i}.png`));
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.statSync(core.dataFile).size).toBeLessThan(sizeAfterFirstFive * 1.3);
  });
});
