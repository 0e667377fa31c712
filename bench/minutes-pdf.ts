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
import { openCore } from '../src-main/core/core';
import { collectMinutesView } from '../src-main/core/reports/minutes/collect';
import { blobReader } from '../src-main/core/reports/minutes/pdf-file';
import { renderMinutesPdf } from '../src-main/core/reports/minutes/render';
import { buildInspection, jpegPhotos, ok } from './minutes-fixture';
import { fmt, sample, time } from './stats';

const resourcesDir = path.resolve('resources');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-minutes-'));

const core = openCore({ dataDir: dir, resourcesDir, now: () => new Date('2025-11-20T08:00:00Z') });
const photos = jpegPhotos(resourcesDir, dir, 4);
const { id, items } = buildInspection(core, resourcesDir, photos);
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
