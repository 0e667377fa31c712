// Sync bench (docs/benchmarks.md): export, import vs raw better-sqlite3 inserts of the same rows in
// the same run, re-import, bundle size, and sync-state size against the data it tracks.
// Run: node --import tsx bench/sync.ts [facilities] [inspections per facility]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../src-main/core/core';
import { migrate } from '../src-main/core/db/open';
import { migrations } from '../src-main/core/db/migrations';
import { exportBundle } from '../src-main/core/sync/export';
import { importBundle } from '../src-main/core/sync/import';
import { syncedKinds } from '../src-main/core/sync/kinds';
import { entriesOf } from './zip-entries';
import { generateRegister } from './generate';
import { generateInspections } from './generate-inspections';
import { fmt, time } from './stats';

const facilities = Number(process.argv[2] ?? 2000);
const perFacility = Number(process.argv[3] ?? 5);
const resourcesDir = path.resolve('resources');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-sync-'));
const laptop = openCore({ dataDir: path.join(tmp, 'laptop'), resourcesDir });
// The first-run profile makes the device key that signs the bundle (as the app does).
const profile = laptop.call('profile.create', { fullName: 'Cán bộ đo thử', position: null });
if (!profile.ok) throw new Error(profile.error.en);
const gen = generateRegister(laptop.env, { facilities, unitsPerFacility: 2, workersPerFacility: 10, quartersPerWorker: 4 });
const facilityRows = laptop.db.prepare('SELECT id, commune FROM facilities').all() as { id: string; commune: string | null }[];
const checks = generateInspections(laptop.env, { facilities: facilityRows, perFacility, from: '2025-01-01', to: '2026-11-30', labRows: 15, seed: 3 });
const out = path.join(tmp, 'all.kiemtra');
const exp = await (async () => {
  const t0 = performance.now();
  const r = await exportBundle(laptop.env, { out, all: true });
  return { ms: performance.now() - t0, r };
})();
const rows = Object.values(exp.r.counts).reduce((a, b) => a + b, 0);

// Raw baseline: the same rows into the same tables of a fresh file, one prepared statement per table, one transaction.
const raw = new Database(path.join(tmp, 'raw.sqlite'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
migrate(raw, migrations, 0);
// Bare inserts: no foreign-key checks (the inspections' rule packs and templates are not in this file).
raw.pragma('foreign_keys = OFF');
const kinds = syncedKinds(laptop.db, laptop.resources.provinceName);
const entries = await entriesOf(out);
const rawTime = time(() =>
  raw.transaction(() => {
    for (const k of kinds.values()) {
      const text = entries.get(`changes/${k.kind}.jsonl`);
      if (!text) continue;
      const cols = Object.entries(k.spec.fields);
      const lines = text.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      const derived = Object.keys(k.spec.derived?.(lines[0].fields) ?? {});
      const insert = raw.prepare(`INSERT INTO ${k.spec.table} (id, created_at, updated_at, hlc, updated_by, deleted_at, ${[...cols.map(([, c]) => c), ...derived].join(', ')}) VALUES (${Array(6 + cols.length + derived.length).fill('?').join(', ')})`);
      for (const r of lines) {
        const d = k.spec.derived?.(r.fields) ?? {};
        insert.run(r.id, r.createdAt, r.updatedAt, r.hlc, r.hlc.slice(21), r.fields.deletedAt, ...cols.map(([f]) => r.fields[f]), ...derived.map((c) => d[c] ?? null));
      }
    }
  })(),
);

const supervisor = openCore({ dataDir: path.join(tmp, 'supervisor'), resourcesDir });
const t1 = performance.now();
let judgeAt = 0;
let judgedAt = 0;
const first = await importBundle(supervisor.env, { path: out }, {
  trust: true,
  backup: false,
  onProgress: (p) => {
    if (p.phase !== 'judge') return;
    if (!judgeAt) judgeAt = performance.now();
    if (p.done === p.total) judgedAt = performance.now();
  },
});
const importMs = performance.now() - t1;
// The open inspections are judged again after the merge (their auto findings are derived data, not in the bundle): timed apart.
const judgeMs = judgedAt - judgeAt;
const applyMs = importMs - judgeMs;
const auditRows = (supervisor.db.prepare("SELECT count(*) AS n FROM audit_log WHERE reason LIKE 'Nhập từ gói%'").get() as { n: number }).n;
const again = path.join(tmp, 'again.kiemtra');
await exportBundle(laptop.env, { out: again, all: true, destination: 'again' });
const t2 = performance.now();
const re = await importBundle(supervisor.env, { path: again }, { trust: true, backup: false });
const reMs = performance.now() - t2;
const changed = Object.values(re.kinds).reduce((a, k) => a + k.added + k.changed, 0);

const bytes = (db: Database.Database, names: string[]) =>
  (db.prepare(`SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name IN (${names.map(() => '?').join(', ')})`).get(...names) as { b: number }).b;
const dataTables = [...kinds.values()].map((k) => k.spec.table);
const syncBytes = bytes(supervisor.db, ['sync_state', 'sync_devices']);
const dataBytes = bytes(supervisor.db, dataTables);

console.log(`register: ${gen.facilities} facilities, ${gen.xrayUnits} units, ${gen.workers} workers, ${gen.doseRecords} doses (${rows} records)`);
console.log(`inspections: ${checks.length}; per kind in the bundle: ${JSON.stringify(exp.r.counts)}`);
console.log(`audit rows written by the import: ${auditRows}`);
console.log(`export --all: ${fmt(exp.ms)} ms, bundle ${(exp.r.bytes / 1024 / 1024).toFixed(1)} MB`);
console.log(`import: ${fmt(importMs)} ms in all; without judging the ${first.rejudged} open inspections again (${fmt(judgeMs)} ms): ${fmt(applyMs)} ms`);
console.log(`raw inserts of the same rows: ${fmt(rawTime.ms)} ms; ratio ${(applyMs / rawTime.ms).toFixed(2)}× (with the judging ${(importMs / rawTime.ms).toFixed(2)}×)`);
console.log(`re-import (full bundle of the same state): ${fmt(reMs)} ms = ${((reMs / importMs) * 100).toFixed(0)}% of import; records added or changed: ${changed}`);
console.log(`sync state ${(syncBytes / 1024 / 1024).toFixed(1)} MB vs data tables ${(dataBytes / 1024 / 1024).toFixed(1)} MB: ${(syncBytes / dataBytes).toFixed(2)}×`);
laptop.close();
supervisor.close();
raw.close();
