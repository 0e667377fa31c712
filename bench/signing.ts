/**
 * Signed minutes (issue 9, docs/benchmarks.md "Signed minutes"): signing a 60-item inspection
 * (snapshot + canonical JSON + SHA-256 + Ed25519 + lock) ≤ 50 ms; the PDF of signed minutes with
 * 4 photos from the snapshot ≤ 500 ms; autosave p95 with the hash-chained audit log on; verifying
 * every audit chain of the province data set. Each figure beside raw better-sqlite3 doing the
 * plain SQL part of the same work in the same run.
 * Run: `node --import tsx bench/signing.ts [facilities=2000] [inspections-to-sign=20]` (not in npm test).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { canonicalJson } from '../src-shared/crypto/canonical-json';
import { verifyAuditChains } from '../src-main/core/audit/chain';
import { openCore } from '../src-main/core/core';
import { buildSnapshot } from '../src-main/core/minutes/build';
import { signerInfo } from '../src-main/core/minutes/sign';
import { getInspection } from '../src-main/core/inspections/crud';
import { evaluateInspection } from '../src-main/core/judging/evaluate';
import { generateRegister } from './generate';
import { generateInspections } from './generate-inspections';
import { demoSignaturePng } from '../src-main/core/demo/images';
import { buildInspection, jpegPhotos, ok } from './minutes-fixture';
import { fmt, percentile, sample, time } from './stats';

const facilities = Number(process.argv[2] ?? 2000);
const toSign = Number(process.argv[3] ?? 20);
const resourcesDir = path.resolve('resources');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-signing-'));
const core = openCore({ dataDir: dir, resourcesDir, now: () => new Date('2025-11-20T08:00:00Z') });
// The first-run profile: its device key signs, its name is on every audit row.
ok(core.call('profile.create', { fullName: 'Nguyễn Văn Hùng', position: 'Chuyên viên' }));

// 1. Signing: "Hoàn thành và ký" on identical 60-item inspections with 4 photos, one call each.
const photos = jpegPhotos(resourcesDir, dir, 4);
const memberSignature = ok(core.call('blobs.put', { dataBase64: demoSignaturePng('Lò Thị Mai').toString('base64'), fileName: 'ky.png', mime: 'image/png' }));
/** The fixture, with the team member's signature too: signing needs every signature the form asks for. */
function ready() {
  const b = buildInspection(core, resourcesDir, photos);
  ok(core.call('attachments.add', { inspectionId: b.id, itemKey: 'sig_thanh_vien', kind: 'signature', sha256: memberSignature.sha256, signerName: 'Lò Thị Mai', signerRole: 'thanh_vien' }));
  return b;
}
const built = Array.from({ length: toSign + 1 }, ready);
const items = built[0]!.items;
const signTimes: number[] = [];
for (const b of built) {
  const t0 = performance.now();
  ok(core.call('inspections.complete', { id: b.id }));
  signTimes.push(performance.now() - t0);
}
signTimes.shift(); // the first call warms the JIT and the statement cache
signTimes.sort((a, b) => a - b);
const signed = built[1]!.id;
const minutes = ok(core.call('minutes.get', { inspectionId: signed }))!;
const canonical = minutes.original.canonical;

// Its parts, on an unsigned twin: judging, the snapshot (with the printed view), canonical JSON + hash + signature.
const twin = ready();
const signer = core.env.identity!;
const info = signerInfo(core.env, signer);
const judge = sample(20, () => evaluateInspection(core.env, twin.id));
const verdicts = evaluateInspection(core.env, twin.id).verdicts;
const snap = sample(20, () => buildSnapshot(core.env, getInspection(core.env, twin.id), verdicts, info, '2025-11-20T08:00:00.000Z', null));
const seal = sample(50, () => signer.sign(crypto.createHash('sha256').update(canonicalJson(JSON.parse(canonical)), 'utf8').digest()));

// Raw better-sqlite3: the SQL of signing alone — insert the same snapshot bytes, flip the status — in one transaction.
const rawSign = (() => {
  const raw = new Database(path.join(dir, 'raw-sign.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE i (id INTEGER PRIMARY KEY, status TEXT); CREATE TABLE m (id INTEGER PRIMARY KEY, inspection_id INTEGER, snapshot TEXT, sha256 TEXT, signature TEXT)');
  const insI = raw.prepare("INSERT INTO i (id, status) VALUES (?, 'in_progress')");
  const insM = raw.prepare('INSERT INTO m (inspection_id, snapshot, sha256, signature) VALUES (?, ?, ?, ?)');
  const upd = raw.prepare("UPDATE i SET status = 'signed' WHERE id = ?");
  const sig = minutes.original.signature;
  for (let n = 0; n < 50; n++) insI.run(n);
  const s = sample(50, (n) => raw.transaction(() => {
    insM.run(n, canonical, minutes.original.sha256, sig);
    upd.run(n);
  })());
  raw.close();
  return s;
})();

// 2. The PDF of the signed minutes, from the snapshot alone.
const pdfCold = time(() => ok(core.call('inspections.minutesPdf', { inspectionId: signed })));
const pdf = sample(20, () => ok(core.call('inspections.minutesPdf', { inspectionId: signed })));
const pdfBytes = Buffer.from(pdfCold.value.dataBase64, 'base64').length;
const rawMinutes = new Database(path.join(dir, 'kiemtra.sqlite'), { readonly: true });
const readSnap = rawMinutes.prepare('SELECT snapshot FROM minutes WHERE inspection_id = ?').pluck();
const readBlobs = rawMinutes.prepare('SELECT b.data FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.inspection_id = ?');
const rawPdfRead = sample(20, () => {
  JSON.parse(readSnap.get(signed) as string);
  readBlobs.all(signed);
});
rawMinutes.close();

// 3. The province data set (register and inspections, each row audited), then autosave and the chain check.
const gen = time(() => generateRegister(core.env, { facilities, unitsPerFacility: 3, workersPerFacility: 10, quartersPerWorker: 4 }));
const facs = core.db.prepare('SELECT id, commune FROM facilities').all() as { id: string; commune: string | null }[];
const inspections = time(() => generateInspections(core.env, { facilities: facs, perFacility: 5, from: '2025-01-01', to: '2026-11-30', labRows: 15, seed: 3 }));
const open = twin.id;
const autosave = sample(200, (n) => ok(core.call('inspections.saveAnswer', { inspectionId: open, itemKey: 'licence_number', value: `Số ${n}/GP-SKHCN` })));
const auditRows = (core.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number);
const chainRuns = [0, 1, 2].map(() => time(() => verifyAuditChains(core.db)));
const chain = chainRuns[chainRuns.length - 1]!.value;
if (chain.breaks.length) throw new Error(`bench: the audit chain has ${chain.breaks.length} breaks`);
const chainMs = chainRuns.map((r) => r.ms).sort((a, b) => a - b);
core.close();

const raw = new Database(path.join(dir, 'kiemtra.sqlite'));
raw.pragma('synchronous = FULL');
const rawUpsert = raw.prepare(
  "INSERT INTO inspection_answers (id, inspection_id, item_key, instance_key, value, created_at, updated_at, hlc, updated_by) VALUES ('bench-raw', ?, 'bench_raw', '', ?, 'x', 'x', 'x', 'x') ON CONFLICT(id) DO UPDATE SET value = excluded.value",
);
const rawSave = sample(200, (n) => rawUpsert.run(open, JSON.stringify(`Số ${n}`)));
const rawScanStmt = raw.prepare('SELECT id, at, actor, device, entity, entity_id, action, old_values, new_values, reason, prev_hash, hash FROM audit_log ORDER BY device, id');
const rawScan = time(() => {
  let n = 0;
  for (const r of rawScanStmt.iterate() as IterableIterator<{ hash: string }>) if (r.hash) n++;
  return n;
});
raw.close();

const lines = [
  `# Signed minutes — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`,
  '',
  `Signing: ${toSign} inspections of ${items} visible items, 4 JPEG photos, 2 drawn signatures each; snapshot ${(canonical.length / 1024).toFixed(0)} KiB of canonical JSON; signed PDF ${(pdfBytes / 1024).toFixed(0)} KiB.`,
  `Province data set: ${gen.value.facilities} facilities, ${gen.value.xrayUnits} X-ray units, ${gen.value.workers} workers, ${gen.value.doseRecords} dose records, ${inspections.value.length} inspections; ${auditRows} audit rows in ${chain.devices} chain(s).`,
  '',
  '| measure | KiemTra | raw better-sqlite3 | budget |',
  '|---|---|---|---|',
  `| sign a 60-item inspection ("Hoàn thành và ký": gaps, judge, snapshot, hash, Ed25519, lock) p50 / p95 | ${fmt(percentile(signTimes, 50))} / ${fmt(percentile(signTimes, 95))} ms | ${fmt(rawSign.p50)} / ${fmt(rawSign.p95)} ms (INSERT the same snapshot, UPDATE status, one transaction) | ≤ 50 ms |`,
  `| — judging the form p50 | ${fmt(judge.p50)} ms | — | — |`,
  `| — building the snapshot (with the printed view) p50 | ${fmt(snap.p50)} ms | — | — |`,
  `| — canonical JSON + SHA-256 + Ed25519 p50 | ${fmt(seal.p50)} ms | — | — |`,
  `| signed minutes PDF from the snapshot (4 photos) p50 / p95 | ${fmt(pdf.p50)} / ${fmt(pdf.p95)} ms (cold ${fmt(pdfCold.ms)} ms) | ${fmt(rawPdfRead.p50)} / ${fmt(rawPdfRead.p95)} ms (SELECT + JSON.parse the snapshot, SELECT its images) | ≤ 500 ms |`,
  `| autosave of one answer (audit row hash-chained) p50 / p95, province file | ${fmt(autosave.p50)} / ${fmt(autosave.p95)} ms | ${fmt(rawSave.p50)} / ${fmt(rawSave.p95)} ms (UPSERT the answer row) | — |`,
  `| verify every audit chain (${auditRows} rows) | ${fmt(chainMs[1]!)} ms (median of 3) | ${fmt(rawScan.ms)} ms (read the same rows, no hashing) | report |`,
];
console.log(lines.join('\n'));
fs.rmSync(dir, { recursive: true, force: true });
