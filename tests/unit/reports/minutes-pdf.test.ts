import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';
import { collectMinutesView } from '../../../src-main/core/reports/minutes/collect';
import { blobReader, minutesPdfOf } from '../../../src-main/core/reports/minutes/pdf-file';
import { renderMinutesPdf } from '../../../src-main/core/reports/minutes/render';
import { canonicalJson } from '../../../src-shared/crypto/canonical-json';
import type { MinutesView } from '../../../src-shared/minutes/view';
import { VERDICT_LABELS } from '../../../src-shared/rules/verdict';

/**
 * The Biên bản kiểm tra of the demo's completed X-ray inspection (answers, dose-rate tables,
 * verdicts, findings, requirements, three drawn signatures, photos), printed and read back with
 * poppler's pdftotext / pdffonts / pdftoppm as a reader of the file would.
 */

const resourcesDir = path.resolve('resources');
const artifacts = path.resolve('test-artifacts', 'minutes');
let core: Core;
let view: MinutesView;
let signedPdf: string;
let signedText: string;

function write(name: string, pdf: Buffer): string {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, name);
  fs.writeFileSync(file, pdf);
  return file;
}
const text = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const blobs = () => blobReader(core.env);

/** The big diagonal letters of a page (pdftotext splits rotated text into pieces), bottom-left first. */
function watermark(file: string, page: number): string {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ bottom: Number(m[2]), height: Number(m[2]) - Number(m[1]), text: m[3]! }))
    .filter((w) => w.height > 40)
    .sort((a, b) => b.bottom - a.bottom)
    .map((w) => w.text)
    .join('');
}

beforeAll(() => {
  core = openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-minutes-')), resourcesDir, now: () => new Date('2025-11-20T08:00:00Z') });
  const seeded = core.call('demo.seed', {});
  if (!seeded.ok) throw new Error(seeded.error.en);
  const rows = core.call('inspections.list', { status: ['completed'], kind: 'radiation' });
  if (!rows.ok) throw new Error(rows.error.en);
  const id = rows.value.rows.find((r) => r.decisionNumber === '125/QĐ-SKHCN')!.id;
  view = collectMinutesView(core.env, id, 'vi');
  // As the signed case will: the hash of the frozen content, printed on every page.
  view = { ...view, contentHash: createHash('sha256').update(canonicalJson({ ...view, contentHash: null })).digest('hex') };
  signedPdf = write('signed-vi.pdf', renderMinutesPdf(view, { draft: false, blobs: blobs(), resourcesDir }));
  signedText = text(signedPdf, '-layout');
}, 120_000);
afterAll(() => core?.close());

describe('the Biên bản kiểm tra PDF of a signed inspection', () => {
  it('has the official header, every numbered part and the signature blocks, in NFC Vietnamese', () => {
    expect(signedText).toBe(signedText.normalize('NFC'));
    for (const heading of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND TỈNH SƠN LA',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'BIÊN BẢN KIỂM TRA',
      'Căn cứ Quyết định kiểm tra số 125/QĐ-SKHCN',
      'I. THÀNH PHẦN ĐOÀN KIỂM TRA',
      'II. CƠ SỞ ĐƯỢC KIỂM TRA',
      'III. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA',
      'IV. CÁC TỒN TẠI, VI PHẠM PHÁT HIỆN',
      'V. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC',
      'VI. KẾT LUẬN CỦA ĐOÀN KIỂM TRA',
      'VII. Ý KIẾN CỦA CƠ SỞ ĐƯỢC KIỂM TRA',
      'ĐẠI DIỆN CƠ SỞ',
      'TRƯỞNG ĐOÀN KIỂM TRA',
      'PHỤ LỤC: HÌNH ẢNH KÈM THEO BIÊN BẢN',
      'Biên bản kết thúc hồi 11 giờ 45 phút',
    ]) {
      expect(signedText, heading).toContain(heading);
    }
    for (const m of view.team) expect(signedText).toContain(m.name);
    expect(signedText).toContain(view.facility.name);
    expect(signedText).toContain('Hoàng Văn Sơn');
    expect(signedText).toContain('Cơ sở thống nhất với kết quả kiểm tra và cam kết khắc phục đúng hạn.');
    for (const l of view.facility.licences) expect(signedText).toContain(l.number);
    const flat = signedText.replace(/\s+/g, ' ');
    for (const s of view.sections) expect(flat, s.title.vi).toContain(`${s.title.vi}`);
  });

  it('prints every measured value, the limit it was judged against and its verdict on one row', () => {
    const lines = signedText.split('\n');
    let judged = 0;
    for (const s of view.sections) {
      for (const item of s.items) {
        for (const v of item.verdicts) {
          const label = VERDICT_LABELS[v.status].vi;
          const wanted = [v.value?.vi, v.limit?.vi, label].filter((x): x is string => Boolean(x));
          expect(
            lines.some((l) => wanted.every((w) => l.includes(w))),
            `${item.label.vi} ${v.where ?? ''}: ${wanted.join(' | ')}`,
          ).toBe(true);
          judged++;
        }
      }
    }
    expect(judged).toBeGreaterThan(20);
    // A number typed with its unit ({ value, unit }) prints as the number and the unit.
    expect(signedText).not.toContain('[object Object]');
    // The demo's public-area dose rate fails: 0,74 − 0,12 = 0,62 µSv/h against ≤ 0,5 µSv/h.
    expect(lines.some((l) => l.includes('0,62 µSv/h') && l.includes('≤ 0,5 µSv/h') && l.includes('Không đạt'))).toBe(true);
    // The measurement table itself, with the background column.
    expect(signedText).toContain('Hành lang chờ trước cửa');
    expect(signedText).toMatch(/0,74\s+0,12/);
  });

  it('lists the findings with their severity and the requirements with who acts and by when', () => {
    expect(view.findings.length).toBeGreaterThan(0);
    expect(view.requirements.length).toBe(view.findings.length);
    expect(signedText).toContain('Rất nghiêm trọng');
    expect(signedText).toContain('Người phụ trách an toàn bức xạ');
    expect(signedText).toContain('10/11/2025');
  });

  it('prints the content hash on every page, and "Trang x/y"', () => {
    const n = pages(signedPdf);
    expect(n).toBeGreaterThan(2);
    for (let p = 1; p <= n; p++) {
      const page = text(signedPdf, '-layout', '-f', String(p), '-l', String(p));
      expect(page, `page ${p}`).toContain(view.contentHash!);
      expect(page, `page ${p}`).toContain(`Trang ${p}/${n}`);
      expect(page, `page ${p}`).not.toContain('BẢN NHÁP');
      expect(watermark(signedPdf, p), `page ${p}`).toBe('');
    }
  });

  it('embeds every font it uses (Roboto), so it prints the same on any machine', () => {
    const rows = execFileSync('pdffonts', [signedPdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      const cols = r.trim().split(/\s+/);
      expect(r).toContain('Roboto');
      // name, type (two words), encoding, emb, sub, uni …
      expect(cols.at(-5), r).toBe('yes');
    }
  });

  it('draws the signatures and photos, and keeps a PNG of page 1 for people to look at', () => {
    const png = path.join(artifacts, 'signed-vi-page');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', signedPdf, png]);
    const page1 = fs.readdirSync(artifacts).find((f) => f.startsWith('signed-vi-page') && f.endsWith('.png'));
    expect(page1).toBeDefined();
    expect(fs.statSync(path.join(artifacts, page1!)).size).toBeGreaterThan(10_000);
    const images = execFileSync('pdfimages', ['-list', signedPdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const drawn = view.signatures.filter((s) => s.sha256).length;
    expect(drawn).toBe(3);
    // One image object per distinct blob (the demo's photos share one), each signature drawn once.
    expect(images.length).toBeGreaterThanOrEqual(drawn + view.photos.length);
  });

  it('is the same bytes for the same view: nothing of "now" goes in', () => {
    const again = renderMinutesPdf(view, { draft: false, blobs: blobs(), resourcesDir });
    expect(again.equals(fs.readFileSync(signedPdf))).toBe(true);
    const collected = collectMinutesView(core.env, view.inspectionId, 'vi');
    expect(JSON.parse(JSON.stringify(collected))).toEqual({ ...view, contentHash: null });
  });
});

describe('printing a frozen view', () => {
  it('gives the same bytes after the register changes: the PDF reads only the view and the stored images', () => {
    const units = core.db.prepare("SELECT id FROM xray_units WHERE facility_id = (SELECT facility_id FROM inspections WHERE id = ?) AND deleted_at IS NULL").pluck().all(view.inspectionId) as string[];
    expect(units.length).toBeGreaterThan(1);
    const removed = core.call('xrayUnits.delete', { id: units[0]!, reason: 'Thiết bị đã thanh lý' });
    expect(removed.ok).toBe(true);
    const file = minutesPdfOf(core.env, view, 'vi');
    expect(file.draft).toBe(false);
    expect(file.pdf.equals(fs.readFileSync(signedPdf))).toBe(true);
    // The live minutes do change: one unit's section fewer.
    const live = collectMinutesView(core.env, view.inspectionId, 'vi');
    expect(live.sections.length).toBeLessThan(view.sections.length);
    expect(core.call('xrayUnits.restore', { id: units[0]! }).ok).toBe(true);
  });
});

describe('a draft and the English version', () => {
  it('a draft prints "BẢN NHÁP" on every page and no hash, even when the view carries one', () => {
    const file = write('draft-vi.pdf', renderMinutesPdf(view, { draft: true, blobs: blobs(), resourcesDir }));
    const n = pages(file);
    for (let p = 1; p <= n; p++) {
      const page = text(file, '-raw', '-f', String(p), '-l', String(p));
      // Across the page, above it and in its footer.
      expect(watermark(file, p), `page ${p}`).toBe('BẢNNHÁP');
      expect(page.match(/BẢN NHÁP — chưa ký, không có giá trị pháp lý/g)?.length, `page ${p}`).toBe(2);
      expect(page, `page ${p}`).not.toContain(view.contentHash!);
    }
    expect(text(file)).not.toContain('SHA-256):');
  });

  it('the English version has the app’s words in English and what people typed as typed', () => {
    const file = write('signed-en.pdf', renderMinutesPdf(view, { draft: false, blobs: blobs(), resourcesDir, lang: 'en' }));
    const t = text(file, '-layout');
    for (const w of ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness', 'INSPECTION MINUTES', 'I. INSPECTION TEAM', 'III. WHAT WAS CHECKED AND THE RESULTS', 'Page 1/'])
      expect(t).toContain(w);
    expect(t).toContain('0.62 µSv/h');
    expect(t).toContain('Fail');
    expect(t).toContain(view.facility.name);
    expect(t).toContain('Nguyễn Văn Hùng');
    expect(t).not.toContain('BIÊN BẢN KIỂM TRA');
    expect(t).toContain('Licence for radiation work 27/GP-SKHCN');
    expect(t).not.toMatch(/Yes \(Có\)/);
  });
});

describe('the minutes from the live data through the API', () => {
  it('inspections.minutesPdf returns a draft PDF with an accent-free file name', () => {
    const r = core.call('inspections.minutesPdf', { inspectionId: view.inspectionId });
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.draft).toBe(true);
    expect(r.value.fileName).toBe('bien-ban-kiem-tra_125-qd-skhcn_2025-10-11.pdf');
    const file = write('api-draft.pdf', Buffer.from(r.value.dataBase64, 'base64'));
    expect(r.value.bytes).toBe(fs.statSync(file).size);
    const t = text(file, '-layout');
    expect(t).toContain('BẢN NHÁP');
    expect(t).toContain(view.facility.name);
  });

  it('refuses an unknown inspection and an unknown language with a clear error', () => {
    const missing = core.call('inspections.minutesPdf', { inspectionId: '0190a6f0-0000-7000-8000-000000000000' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('NOT_FOUND');
    const lang = core.call('inspections.minutesPdf', { inspectionId: view.inspectionId, lang: 'fr' as never });
    expect(lang.ok).toBe(false);
    if (!lang.ok) {
      expect(lang.error.code).toBe('VALIDATION');
      expect(lang.error.issues?.[0]?.path).toBe('lang');
    }
  });

  it('prints text typed in decomposed Unicode (NFD) as composed NFC', () => {
    const facilityId = core.db.prepare('SELECT facility_id FROM inspections WHERE id = ?').pluck().get(view.inspectionId) as string;
    const created = core.call('inspections.create', {
      facilityId,
      kind: 'radiation',
      templateId: 'xray-diagnostic',
      decisionNumber: '201/QĐ-SKHCN',
      place: 'Phòng họp tầng 2, Bệnh viện Đa khoa Mộc Châu'.normalize('NFD'),
      startedAt: '2025-11-21T09:05',
    });
    if (!created.ok) throw new Error(created.error.en);
    const r = core.call('inspections.minutesPdf', { inspectionId: created.value.id });
    if (!r.ok) throw new Error(r.error.en);
    const t = text(write('nfd.pdf', Buffer.from(r.value.dataBase64, 'base64')), '-layout');
    expect(t).toContain('Phòng họp tầng 2, Bệnh viện Đa khoa Mộc Châu'.normalize('NFC'));
    expect(t).toContain('hồi 09 giờ 05 phút, ngày 21/11/2025');
    // Nobody has signed: the blocks are there, empty, with the names to sign.
    expect(t).toContain('TRƯỞNG ĐOÀN KIỂM TRA');
  });
});
