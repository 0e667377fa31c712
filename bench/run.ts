/**
 * KiemTra benchmarks (DESIGN.md §8). Not part of `npm test`: run `npm run bench [-- --scale province|country]`.
 * Every figure is printed next to raw better-sqlite3 doing the same work in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../src-main/core/core';
import { generateRegister, generatedSerial } from './generate';
import { fmt, sample, time } from './stats';

const scaleArg = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1] : 'province';
const SCALES = {
  // DESIGN.md: province = 2,000 facilities, 20,000 workers with quarterly doses.
  province: { facilities: 2_000, unitsPerFacility: 3, workersPerFacility: 10, quartersPerWorker: 4 },
  country: { facilities: 20_000, unitsPerFacility: 3, workersPerFacility: 10, quartersPerWorker: 4 },
} as const;
const scale = SCALES[scaleArg as keyof typeof SCALES];
if (!scale) throw new Error(`bench: unknown --scale ${scaleArg} (province | country)`);

const resourcesDir = path.resolve('resources');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kt-bench-${scaleArg}-`));
const lines: string[] = [];
const out = (s: string) => {
  lines.push(s);
  console.log(s);
};

out(`# KiemTra bench — ${scaleArg} (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores)`);

// 1. Writing the register through the core vs raw better-sqlite3 inserting the same rows.
const core = openCore({ dataDir: dir, resourcesDir });
const gen = generateRegister(core.env, scale);
const rows = gen.facilities + gen.xrayUnits + gen.workers + gen.doseRecords;
const raw = new Database(path.join(dir, 'raw.sqlite'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
raw.exec('CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c INTEGER, d TEXT)');
const ins = raw.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)');
const rawTime = time(() =>
  raw.transaction(() => {
    for (let i = 0; i < rows; i++) ins.run(`id-${i}`, `Tên bản ghi ${i}`, 'son-la', i, '2025-01-01');
  })(),
);
raw.close();
out('');
out('| measure | KiemTra | raw better-sqlite3 | budget |');
out('|---|---|---|---|');
out(`| write ${rows.toLocaleString('en')} register rows (with audit, change log, search) | ${fmt(gen.ms)} ms | ${fmt(rawTime.ms)} ms (bare inserts) | ≤ 2× raw for a bundle import (sync not built yet) |`);

// 2. Search p95 (one search box, accent-free) and a serial number.
const queries = ['son la', 'benh vien', 'phong kham so 1', 'moc chau', 'thang', generatedSerial(42), 'tô hiệu', 'mai son'];
const search = sample(400, (i) => {
  const r = core.call('search.all', { query: queries[i % queries.length]!, limit: 20 });
  if (!r.ok) throw new Error(r.error.en);
});
const rawDb = new Database(path.join(dir, 'kiemtra.sqlite'), { readonly: true });
const rawSearchStmt = rawDb.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 20');
const rawSearch = sample(400, (i) => rawSearchStmt.all(`"${queries[i % queries.length]!.split(' ')[0]}"*`));
out(`| search p95 (search.all, 20 hits) | ${fmt(search.p95)} ms (p50 ${fmt(search.p50)}) | ${fmt(rawSearch.p95)} ms (bare FTS5 MATCH) | ≤ 10 ms |`);

// 3. Facility list page 1 with a filter, sorted.
const list = sample(200, (i) => {
  const r = core.call('facilities.list', { sort: i % 2 ? 'name' : 'updatedAt', kind: i % 3 ? 'clinic' : undefined, limit: 100 });
  if (!r.ok) throw new Error(r.error.en);
});
const rawListStmt = rawDb.prepare('SELECT * FROM facilities WHERE deleted_at IS NULL ORDER BY name_key LIMIT 100');
const rawList = sample(200, () => rawListStmt.all());
rawDb.close();
out(`| facility list page (100 rows, filter + sort + count) p95 | ${fmt(list.p95)} ms | ${fmt(rawList.p95)} ms (bare SELECT) | — |`);

// 4. One autosaved answer: validate + write + audit + change log.
const fac = core.call('facilities.list', { limit: 1 });
if (!fac.ok) throw new Error(fac.error.en);
const insp = core.call('inspections.create', { facilityId: fac.value.rows[0]!.id, kind: 'radiation', templateId: 'xray-diagnostic' });
if (!insp.ok) throw new Error(insp.error.en);
const keys = ['licence_number', 'rso_name', 'dosimetry_provider', 'findings'];
core.db.pragma('wal_checkpoint(TRUNCATE)'); // start from a quiet WAL, as a field laptop would
const save = sample(2000, (i) => {
  const r = core.call('inspections.saveAnswer', { inspectionId: insp.value.id, itemKey: keys[i % keys.length]!, value: `Ghi chép số ${i}` });
  if (!r.ok) throw new Error(r.error.en);
});
const rawSaveDb = new Database(path.join(dir, 'raw-save.sqlite'));
rawSaveDb.pragma('journal_mode = WAL');
rawSaveDb.pragma('synchronous = FULL');
rawSaveDb.exec('CREATE TABLE a (k TEXT PRIMARY KEY, v TEXT)');
const up = rawSaveDb.prepare('INSERT INTO a VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v');
const rawSave = sample(2000, (i) => up.run(keys[i % keys.length]!, `Ghi chép số ${i}`));
// The same with fsync off: what KiemTra's own work (zod, judging, audit, change log) costs.
rawSaveDb.pragma('synchronous = OFF');
const rawSaveCpu = sample(2000, (i) => up.run(keys[i % keys.length]!, `Ghi chép số ${i}`));
rawSaveDb.close();
core.db.pragma('synchronous = OFF');
const saveCpu = sample(2000, (i) => {
  const r = core.call('inspections.saveAnswer', { inspectionId: insp.value.id, itemKey: keys[i % keys.length]!, value: `Ghi chép số ${i}` });
  if (!r.ok) throw new Error(r.error.en);
});
core.db.pragma('synchronous = FULL');
out(`| one autosaved answer p95 (synchronous=FULL, fsync per save) | ${fmt(save.p95)} ms (p50 ${fmt(save.p50)}) | ${fmt(rawSave.p95)} ms (bare upsert, p50 ${fmt(rawSave.p50)}) | ≤ 2 ms |`);
out(`| one autosaved answer p95, fsync off (KiemTra's own work) | ${fmt(saveCpu.p95)} ms (p50 ${fmt(saveCpu.p50)}) | ${fmt(rawSaveCpu.p95)} ms | ≤ 2 ms |`);
core.close();

// 5. Open + migrate check + first list on the generated file.
const open = time(() => {
  const c = openCore({ dataDir: dir, resourcesDir });
  const r = c.call('facilities.list', { limit: 100 });
  if (!r.ok) throw new Error(r.error.en);
  return c;
});
const rssMb = process.memoryUsage().rss / 1024 / 1024;
open.value.close();
const rawOpen = time(() => {
  const d = new Database(path.join(dir, 'kiemtra.sqlite'), { readonly: true });
  d.prepare('SELECT * FROM facilities ORDER BY name_key LIMIT 100').all();
  d.close();
});
out(`| core open + migrate check + first list | ${fmt(open.ms)} ms | ${fmt(rawOpen.ms)} ms (open + SELECT) | ≤ 300 ms |`);
out(`| process RSS after the run | ${rssMb.toFixed(0)} MB | — | ≤ 300 MB |`);
out(`| data file size | ${(fs.statSync(path.join(dir, 'kiemtra.sqlite')).size / 1024 / 1024).toFixed(0)} MB | — | — |`);
out('');
out(`Rows: ${gen.facilities} facilities, ${gen.xrayUnits} X-ray units, ${gen.workers} workers, ${gen.doseRecords} dose records.`);

fs.mkdirSync('bench/.data', { recursive: true });
fs.writeFileSync(`bench/.data/last-${scaleArg}.md`, lines.join('\n') + '\n');
fs.rmSync(dir, { recursive: true, force: true });
