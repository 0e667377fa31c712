/**
 * PDF minutes (DESIGN.md §8: ≤ 500 ms): the Biên bản kiểm tra of a 60-item X-ray inspection with
 * 4 photos and 2 drawn signatures. Run: `node --import tsx bench/minutes-pdf.ts` (not in npm test).
 * Printed next to raw better-sqlite3 reading the same rows in the same run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { answerKey, expandTemplate } from '../src-shared/checklists/expand';
import type { Item } from '../src-shared/checklists/schema';
import { openCore, type Core } from '../src-main/core/core';
import { checklistStore, requireTemplate } from '../src-main/core/checklists/store';
import { demoPhotoPng, demoSignaturePng } from '../src-main/core/demo/images';
import { inspectionFacts } from '../src-main/core/inspections/facts';
import { collectMinutesView } from '../src-main/core/reports/minutes/collect';
import { blobReader } from '../src-main/core/reports/minutes/pdf-file';
import { renderMinutesPdf } from '../src-main/core/reports/minutes/render';
import { printPdf } from '../src-main/core/reports/pdf/printer';
import { fmt, sample, time } from './stats';

const resourcesDir = path.resolve('resources');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-minutes-'));
const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { en: string } }): T => {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
};

/** Real JPEG photos (what the app stores after downscaling), made by poppler from a rendered page. */
function jpegPhotos(n: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const pdf = printPdf({ content: [{ image: 'p', width: 500 }, { text: `Ảnh hiện trường ${i + 1}`, fontSize: 40 }] }, { resourcesDir, images: { p: demoPhotoPng() } });
    const file = path.join(dir, `photo-${i}.pdf`);
    fs.writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-jpeg', '-jpegopt', 'quality=85', '-scale-to', '1600', '-singlefile', file, path.join(dir, `photo-${i}`)]);
    out.push(fs.readFileSync(path.join(dir, `photo-${i}.jpg`)));
  }
  return out;
}

function value(item: Item, i: number): unknown {
  switch (item.type) {
    case 'yes_no_na':
      return i % 9 === 0 ? 'no' : 'yes';
    case 'number':
      return item.min ?? 0.5;
    case 'text':
      return `Ghi nhận tại hiện trường số ${i}`;
    case 'date':
      return '2025-06-15';
    case 'choice':
      return item.choices?.[0]?.key ?? null;
    case 'multi_choice':
      return item.choices?.[0] ? [item.choices[0].key] : null;
    case 'measurement_table': {
      const cols = item.table!.columns;
      const row = (point: string, measured: number) => ({ cells: Object.fromEntries(cols.map((c) => [c.key, c.key === 'point' ? point : c.type === 'choice' ? c.choices![0]!.key : c.type === 'number' ? measured : 'x'])) });
      return item.table!.rows === 'free' ? [row('Bàn điều khiển', 0.8), row('Cửa phòng chụp', 0.3), row('Hành lang chờ', 0.7)] : item.table!.rows.map((r) => ({ row: r.key, cells: { value: '12' } }));
    }
    default:
      return null;
  }
}

function buildInspection(core: Core, photos: Buffer[]): { id: string; items: number } {
  const facility = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la', commune: 'Phường Tô Hiệu', street: 'Đường Chu Văn Thịnh' }));
  ok(core.call('xrayUnits.create', { facilityId: facility.id, type: 'general', manufacturer: 'Shimadzu', model: 'RADspeed', serial: 'GX-01' }));
  ok(core.call('xrayUnits.create', { facilityId: facility.id, type: 'ct', manufacturer: 'Siemens', model: 'Somatom', serial: 'CT-02' }));
  ok(core.call('workers.create', { facilityId: facility.id, name: 'Quàng Thị Hoa', role: 'radiographer' }));
  ok(core.call('licences.create', { facilityId: facility.id, kind: 'giay_phep', number: '27/GP-SKHCN', issuedOn: '2024-05-20', expiresOn: '2027-05-20' }));
  const inspection = ok(
    core.call('inspections.create', {
      facilityId: facility.id,
      kind: 'radiation',
      templateId: 'xray-diagnostic',
      decisionNumber: '125/QĐ-SKHCN',
      decisionDate: '2025-11-10',
      decisionIssuer: 'Giám đốc Sở Khoa học và Công nghệ tỉnh Sơn La',
      team: [
        { name: 'Nguyễn Văn Hùng', position: 'Phó Giám đốc Sở', role: 'truong_doan' },
        { name: 'Lò Thị Mai', position: 'Chuyên viên', role: 'thanh_vien' },
      ],
      facilityRepresentatives: [{ name: 'Hoàng Văn Sơn', position: 'Phó Giám đốc' }],
      startedAt: '2025-11-20T08:30',
      endedAt: '2025-11-20T11:45',
      place: 'Bệnh viện Đa khoa tỉnh Sơn La',
      conclusion: 'Cơ sở cơ bản chấp hành quy định.',
      facilityOpinion: 'Thống nhất.',
    }),
  );
  const { template } = requireTemplate(checklistStore(resourcesDir), 'xray-diagnostic');
  const answers = new Map<string, unknown>();
  let items = 0;
  let photo = 0;
  for (let pass = 0; pass < 3; pass++) {
    for (const v of expandTemplate(template, inspectionFacts(core.env, inspection), answers).flatMap((s) => s.items)) {
      const key = answerKey(v.item.key, v.instanceKey);
      if (answers.has(key)) continue;
      answers.set(key, true);
      items++;
      if (v.item.type === 'photo') {
        // One photo per photo item, the rest (to 4) on the site photos.
        const count = v.item.key === 'site_photos' ? photos.length - photo : 1;
        for (let k = 0; k < count && photo < photos.length; k++) {
          const blob = ok(core.call('blobs.put', { dataBase64: photos[photo++]!.toString('base64'), fileName: 'anh.jpg', mime: 'image/jpeg' }));
          ok(core.call('attachments.add', { inspectionId: inspection.id, itemKey: v.item.key, instanceKey: v.instanceKey, kind: 'photo', sha256: blob.sha256, caption: 'Ảnh hiện trường' }));
        }
      } else if (v.item.type === 'signature') {
        if (v.item.key === 'sig_thanh_vien') continue;
        const name = v.item.key === 'sig_truong_doan' ? 'Nguyễn Văn Hùng' : 'Hoàng Văn Sơn';
        const blob = ok(core.call('blobs.put', { dataBase64: demoSignaturePng(name).toString('base64'), fileName: 'ky.png', mime: 'image/png' }));
        ok(core.call('attachments.add', { inspectionId: inspection.id, itemKey: v.item.key, kind: 'signature', sha256: blob.sha256, signerName: name, signerRole: v.item.key === 'sig_truong_doan' ? 'truong_doan' : 'dai_dien_co_so' }));
      } else {
        const val = value(v.item, items);
        answers.set(key, val);
        ok(core.call('inspections.saveAnswer', { inspectionId: inspection.id, itemKey: v.item.key, instanceKey: v.instanceKey, value: val }));
      }
    }
  }
  ok(core.call('inspections.judge', { inspectionId: inspection.id }));
  for (const f of ok(core.call('findings.list', { inspectionId: inspection.id }))) {
    ok(core.call('requirements.create', { inspectionId: inspection.id, findingId: f.id, text: `Khắc phục: ${f.title}`, responsible: 'Người phụ trách an toàn', deadline: '2025-12-20' }));
  }
  return { id: inspection.id, items };
}

const core = openCore({ dataDir: dir, resourcesDir, now: () => new Date('2025-11-20T08:00:00Z') });
const photos = jpegPhotos(4);
const { id, items } = buildInspection(core, photos);
const blobs = blobReader(core.env);

const cold = time(() => renderMinutesPdf(collectMinutesView(core.env, id, 'vi'), { draft: true, blobs, resourcesDir }));
for (let i = 0; i < 3; i++) renderMinutesPdf(collectMinutesView(core.env, id, 'vi'), { draft: true, blobs, resourcesDir });
const view = collectMinutesView(core.env, id, 'vi');
const collect = sample(20, () => collectMinutesView(core.env, id, 'vi'));
const render = sample(20, () => renderMinutesPdf(view, { draft: false, blobs, resourcesDir }));
const api = sample(20, () => ok(core.call('inspections.minutesPdf', { inspectionId: id })));
const pdf = renderMinutesPdf({ ...view, contentHash: 'ab'.repeat(32) }, { draft: false, blobs, resourcesDir });
const pdfFile = path.join(dir, 'minutes.pdf');
fs.writeFileSync(pdfFile, pdf);
const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))![1];

// The same minutes with the photos as 1600×1200 PNGs (flattened and re-encoded for pdfkit).
const pngPhotos = photos.map((_, i) => {
  execFileSync('pdftoppm', ['-png', '-scale-to', '1600', '-singlefile', path.join(dir, `photo-${i}.pdf`), path.join(dir, `photo-${i}`)]);
  return fs.readFileSync(path.join(dir, `photo-${i}.png`));
});
const pngBlobs = (sha: string) => {
  const i = view.photos.findIndex((p) => p.sha256 === sha);
  return i >= 0 ? pngPhotos[i % pngPhotos.length]! : blobs(sha);
};
const renderPng = sample(5, () => renderMinutesPdf(view, { draft: false, blobs: pngBlobs, resourcesDir }));
core.close();

// Raw better-sqlite3: reading the rows the minutes are made of, nothing else.
const raw = new Database(path.join(dir, 'kiemtra.sqlite'), { readonly: true });
const q = [
  raw.prepare('SELECT * FROM inspections WHERE id = ?'),
  raw.prepare('SELECT * FROM inspection_answers WHERE inspection_id = ?'),
  raw.prepare('SELECT a.*, b.data FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.inspection_id = ?'),
  raw.prepare('SELECT * FROM findings WHERE inspection_id = ?'),
  raw.prepare('SELECT * FROM requirements WHERE inspection_id = ?'),
];
const rawRead = sample(20, () => q.forEach((s) => s.all(id)));
raw.close();

const lines = [
  `# PDF minutes — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`,
  '',
  `Inspection: ${items} visible items (${view.sections.reduce((n, s) => n + s.items.length, 0)} printed, signatures apart), ${view.photos.length} JPEG photos (1600 px, ${(photos.reduce((n, p) => n + p.length, 0) / 1024).toFixed(0)} KiB), ${view.signatures.filter((s) => s.sha256).length} drawn signatures, ${view.findings.length} findings; PDF ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB.`,
  '',
  '| measure | KiemTra | raw better-sqlite3 | budget |',
  '|---|---|---|---|',
  `| minutes PDF through the API (collect + render + base64) p50 / p95 | ${fmt(api.p50)} / ${fmt(api.p95)} ms | ${fmt(rawRead.p50)} / ${fmt(rawRead.p95)} ms (SELECT the same rows and blobs) | ≤ 500 ms |`,
  `| collect the minutes view (facts, answers, judging, findings) p50 / p95 | ${fmt(collect.p50)} / ${fmt(collect.p95)} ms | — | — |`,
  `| render the PDF (layout, fonts, images, QR) p50 / p95 | ${fmt(render.p50)} / ${fmt(render.p95)} ms | — | — |`,
  `| first minutes after start (cold: JIT, font parsing) | ${fmt(cold.ms)} ms | — | — |`,
  `| render with the 4 photos as 1600×1200 PNG instead, p50 | ${fmt(renderPng.p50)} ms | — | — |`,
];
console.log(lines.join('\n'));
fs.rmSync(dir, { recursive: true, force: true });
