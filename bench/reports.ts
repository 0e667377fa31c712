/**
 * Supervisor summaries (issue: dashboard ≤ 100 ms per query on the country set, province XLSX ≤ 5 s,
 * memory of the XLSX export flat as rows grow). `npm run bench:reports [-- --scale province|country]`.
 * Every figure is printed next to raw better-sqlite3 doing comparable work in the same run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../src-main/core/core';
import { checkFigures } from '../src-main/core/reports/summary/checks';
import { findingFigures } from '../src-main/core/reports/summary/findings';
import { registerFigures } from '../src-main/core/reports/summary/register';
import { wastewaterFigures } from '../src-main/core/reports/summary/wastewater';
import { generateRegister } from './generate';
import { generateInspections } from './generate-inspections';
import { fmt, sample, time } from './stats';

const scaleArg = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1] : 'province';
const SCALES = {
  province: { facilities: 2_000, unitsPerFacility: 3, workersPerFacility: 10, quartersPerWorker: 4, inspectionsPerFacility: 5 },
  country: { facilities: 20_000, unitsPerFacility: 3, workersPerFacility: 10, quartersPerWorker: 4, inspectionsPerFacility: 5 },
} as const;
const scale = SCALES[scaleArg as keyof typeof SCALES];
if (!scale) throw new Error(`bench: unknown --scale ${scaleArg} (province | country)`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kt-bench-reports-${scaleArg}-`));
const lines: string[] = [];
const out = (s: string) => {
  lines.push(s);
  console.log(s);
};
const NOW = new Date('2026-12-02T03:00:00Z');
const core = openCore({ dataDir: dir, resourcesDir: path.resolve('resources'), now: () => NOW });
const gen = generateRegister(core.env, { ...scale, lastYear: 2026 });
const facilities = core.db.prepare('SELECT id, commune FROM facilities').all() as { id: string; commune: string | null }[];
const inspections = time(() => generateInspections(core.env, { facilities, perFacility: scale.inspectionsPerFacility, from: '2025-01-01', to: '2026-11-30', labRows: 15, seed: 3 }));
out(`# KiemTra reports bench — ${scaleArg} (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores)`);
out('');
out(`Data: ${gen.facilities} facilities, ${gen.xrayUnits} X-ray units, ${gen.workers} workers, ${gen.doseRecords} dose records, ${inspections.value.length} inspections (generated in ${fmt(inspections.ms)} ms).`);
out('');
out('| measure | KiemTra | raw better-sqlite3 | budget |');
out('|---|---|---|---|');

const year = { from: '2026-01-01', to: '2026-12-31', commune: null, kind: null, team: null };
const commune = { ...year, commune: 'Xã Mai Sơn' };
const parts: [string, () => unknown][] = [
  ['checks by kind, commune, month, result + compliant facilities', () => checkFigures(core.db, year)],
  ['findings by severity and rule + requirements', () => findingFigures(core.db, year, '2026-12-02')],
  ['register today (licences, QC, sources, doses)', () => registerFigures(core.env, year)],
  ['wastewater parameters over the limit', () => wastewaterFigures(core.env, year)],
  ['whole dashboard, one commune', () => core.call('reports.dashboard', commune)],
  ['whole dashboard, whole province', () => core.call('reports.dashboard', year)],
];
const rawDb = new Database(path.join(dir, 'kiemtra.sqlite'), { readonly: true });
const rawStmt = rawDb.prepare("SELECT kind, COUNT(*) FROM inspections WHERE deleted_at IS NULL AND status <> 'cancelled' AND sort_date BETWEEN ? AND ? GROUP BY kind");
const raw = sample(40, () => rawStmt.all(year.from, year.to));
for (const [name, run] of parts) {
  const s = sample(20, () => run());
  out(`| dashboard: ${name} p95 | ${fmt(s.p95)} ms (p50 ${fmt(s.p50)}) | ${fmt(raw.p95)} ms (bare GROUP BY kind) | ≤ 100 ms |`);
}
rawDb.close();
core.close();

const xlsx = path.join(dir, 'summary.xlsx');
const child = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'bench/reports-export-child.ts', dir, '2025-01-01', '2026-12-31', xlsx], { encoding: 'utf8' }).trim().split('\n').pop()!) as {
  ms: number;
  bytes: number;
  maxRssMb: number;
  rows: number;
};
const rawXlsx = new Database(path.join(dir, 'kiemtra.sqlite'), { readonly: true });
const rawRead = time(() => rawXlsx.prepare('SELECT * FROM inspections').all().length + rawXlsx.prepare('SELECT * FROM findings').all().length + rawXlsx.prepare('SELECT * FROM xray_units').all().length);
rawXlsx.close();
out(`| XLSX summary, 2025–2026 (${child.rows.toLocaleString('en')} rows, ${(child.bytes / 1024 / 1024).toFixed(1)} MB) | ${fmt(child.ms)} ms | ${fmt(rawRead.ms)} ms (bare SELECT * of the main tables) | ≤ 5 s (province) |`);
out(`| peak RSS of the XLSX export process | ${child.maxRssMb.toFixed(0)} MB | — | flat as rows grow |`);
fs.mkdirSync('bench/.data', { recursive: true });
fs.writeFileSync(`bench/.data/reports-${scaleArg}.md`, lines.join('\n') + '\n');
fs.rmSync(dir, { recursive: true, force: true });
