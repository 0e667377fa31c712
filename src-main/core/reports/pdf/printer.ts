import fs from 'node:fs';
import path from 'node:path';
import * as LayoutBuilderModule from 'pdfmake/js/LayoutBuilder';
import * as PageSizeModule from 'pdfmake/js/PageSize';
import * as PDFDocumentModule from 'pdfmake/js/PDFDocument';
import * as RendererModule from 'pdfmake/js/Renderer';
import * as SVGMeasureModule from 'pdfmake/js/SVGMeasure';
import * as TableLayoutsModule from 'pdfmake/js/tableLayouts';
import type { Content, DynamicContent, TDocumentDefinitions, Watermark } from 'pdfmake/interfaces';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { KiemTraError } from '../../../../src-shared/api/errors';

/**
 * The one PDF printer of KiemTra (minutes, and later the supervisor's report): the embedded
 * Roboto TTFs from resources/fonts, A4, and a synchronous render to a Buffer.
 *
 * Why not pdfmake's createPdf(): in 0.3 it is async only because it may fetch fonts and images
 * by URL; the API dispatch is synchronous and we never load anything by URL or from a path, so
 * this module runs pdfmake's own layout and renderer (the same steps as Printer.js, pdfmake
 * 0.3.11 pinned) over fonts and images held in memory. No file or network access happens
 * while rendering.
 */

type Ctor = new (...args: unknown[]) => Record<string, (...args: unknown[]) => unknown>;

/** Node's ESM import of a CJS module gives module.exports; esbuild gives exports.default. */
function unwrap<T>(mod: unknown, name: string): T {
  const m = mod as Record<string, unknown>;
  const inner = (m.default as Record<string, unknown> | undefined) ?? m;
  const picked = name === 'default' ? ((inner.default as unknown) ?? inner) : (inner[name] ?? m[name]);
  return picked as T;
}

const PDFDocument = unwrap<Ctor>(PDFDocumentModule, 'default');
const LayoutBuilder = unwrap<Ctor>(LayoutBuilderModule, 'default');
const SVGMeasure = unwrap<Ctor>(SVGMeasureModule, 'default');
const Renderer = unwrap<Ctor>(RendererModule, 'default');
const normalizePageSize = unwrap<(size: unknown, orientation?: unknown) => { width: number; height: number }>(PageSizeModule, 'normalizePageSize');
const normalizePageMargin = unwrap<(m: unknown) => unknown>(PageSizeModule, 'normalizePageMargin');
const tableLayouts = unwrap<Record<string, unknown>>(TableLayoutsModule, 'tableLayouts');

export const FONT_FAMILY = 'Roboto';

/** Buffers embeddableImage already checked or made (so printPdf does not convert them twice). */
const ready = new WeakSet<Buffer>();

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

type FontSet = Record<keyof typeof FONT_FILES, Buffer>;
const fontCache = new Map<string, FontSet>();

/** The font files under <resources>/fonts/Roboto, read once per folder. */
export function loadFonts(resourcesDir: string): FontSet {
  const dir = path.join(resourcesDir, 'fonts', FONT_FAMILY);
  const cached = fontCache.get(dir);
  if (cached) return cached;
  const out = {} as FontSet;
  for (const [style, file] of Object.entries(FONT_FILES) as [keyof FontSet, string][]) {
    const full = path.join(dir, file);
    try {
      out[style] = fs.readFileSync(full);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new KiemTraError('BAD_FILE', `Thiếu phông chữ ${full} để in PDF: ${detail}`, `The PDF font ${full} is missing: ${detail}`, { context: { file: full } });
    }
  }
  fontCache.set(dir, out);
  return out;
}

export interface PrintOptions {
  resourcesDir: string;
  /** Written as the PDF's creation date: the document's own date, never "now", so output is repeatable. */
  date?: Date | null;
  title?: string;
  images?: Record<string, Buffer>;
}

/** Margins of a Vietnamese administrative document (Nghị định 30/2020: left 30 mm, right 15–20 mm). */
export const A4_MARGINS: [number, number, number, number] = [79, 50, 50, 72];

/** Lays out and renders a document definition to PDF bytes, synchronously. */
export function printPdf(def: TDocumentDefinitions, options: PrintOptions): Buffer {
  const fonts = loadFonts(options.resourcesDir);
  const images: Record<string, Buffer> = {};
  for (const [key, data] of Object.entries(options.images ?? {})) {
    const ready = embeddableImage(data);
    if (!ready) throw new KiemTraError('BAD_FILE', `Ảnh "${key.slice(0, 80)}" không in được (chỉ JPEG, PNG)`, `Image "${key.slice(0, 80)}" cannot be printed (JPEG, PNG only)`, { context: { image: key.slice(0, 80) } });
    images[key] = ready;
  }
  const pageSize = normalizePageSize(def.pageSize ?? 'A4', def.pageOrientation);
  const date = options.date ?? new Date(0);
  const doc = new PDFDocument(
    { [FONT_FAMILY]: { ...fonts } },
    images,
    {},
    {},
    {
      size: [pageSize.width, pageSize.height],
      pdfVersion: '1.7',
      compress: true,
      autoFirstPage: false,
      bufferPages: false,
      fontLayoutCache: true,
      lang: def.language,
      info: { Title: options.title ?? def.info?.title ?? '', Producer: 'KiemTra', Creator: 'KiemTra', CreationDate: date, ModDate: date },
      font: null,
    },
    null,
    () => false,
  );
  const builder = new LayoutBuilder(pageSize, normalizePageMargin(def.pageMargins ?? A4_MARGINS), new SVGMeasure());
  builder.registerTableLayouts!(tableLayouts);
  const pages = builder.layoutDocument!(
    def.content,
    doc,
    def.styles ?? {},
    def.defaultStyle ?? { font: FONT_FAMILY, fontSize: 11 },
    def.background,
    def.header,
    def.footer,
    def.watermark as Watermark | undefined,
    def.pageBreakBefore,
  );
  new Renderer(doc, undefined).renderPages!(pages);
  const stream = doc as unknown as { end(): void; read(): Buffer | null };
  stream.end();
  // pdfkit pushes every chunk synchronously during end() (embeddableImage keeps it so): the
  // whole file is buffered now. A file without its trailer would be a silent half PDF.
  const chunks: Buffer[] = [];
  for (let c = stream.read(); c !== null; c = stream.read()) chunks.push(c);
  const pdf = Buffer.concat(chunks);
  if (!pdf.subarray(-8).toString('latin1').includes('%%EOF')) {
    throw new KiemTraError('INTERNAL', 'Không tạo xong được tệp PDF (có ảnh chưa xử lý được)', 'The PDF could not be finished (an image was not processed)', {
      context: { bytes: pdf.length },
    });
  }
  return pdf;
}

/**
 * A QR code (npm qrcode) as an opaque black-and-white PNG, 8 pixels per module with the quiet
 * zone: embedded once and drawn on every page, far cheaper than hundreds of vector squares.
 */
export function qrPng(text: string): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const scale = 8;
  const quiet = 2;
  const side = (n + quiet * 2) * scale;
  const png = new PNG({ width: side, height: side, colorType: 0, inputColorType: 0, bitDepth: 8 });
  const data = Buffer.alloc(side * side, 255);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (qr.modules.get(y, x) !== 1) continue;
      for (let dy = 0; dy < scale; dy++) data.fill(0, ((y + quiet) * scale + dy) * side + (x + quiet) * scale, ((y + quiet) * scale + dy) * side + (x + quiet + 1) * scale);
    }
  }
  // Grey-scale input: one byte per pixel.
  png.data = data;
  const out = PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
  ready.add(out);
  return out;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Image bytes ready for pdfkit, or null when they are no JPEG or PNG it can read. A PNG is
 * re-encoded as opaque RGB (transparency flattened on white, no interlace): pdfkit decodes
 * alpha and interlaced PNGs asynchronously, which a synchronous render cannot wait for.
 */
export function embeddableImage(data: Buffer | null): Buffer | null {
  if (!data || data.length < 8) return null;
  if (ready.has(data)) return data;
  try {
    if (data[0] === 0xff && data[1] === 0xd8) {
      new PDFDocument({}, {}, {}, {}, { autoFirstPage: false }, null, () => false).openImage!(data);
      ready.add(data);
      return data;
    }
    if (!data.subarray(0, 8).equals(PNG_MAGIC)) return null;
    const png = PNG.sync.read(data);
    const rgb = Buffer.alloc(png.width * png.height * 4);
    for (let i = 0; i < png.data.length; i += 4) {
      const a = png.data[i + 3]! / 255;
      rgb[i] = Math.round(png.data[i]! * a + 255 * (1 - a));
      rgb[i + 1] = Math.round(png.data[i + 1]! * a + 255 * (1 - a));
      rgb[i + 2] = Math.round(png.data[i + 2]! * a + 255 * (1 - a));
      rgb[i + 3] = 255;
    }
    const out = PNG.sync.write({ width: png.width, height: png.height, data: rgb } as PNG, { colorType: 2, inputHasAlpha: true });
    ready.add(out);
    return out;
  } catch {
    return null;
  }
}

export type { Content, DynamicContent, TDocumentDefinitions };
