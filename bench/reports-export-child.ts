/**
 * One XLSX summary export in a process of its own, so its peak memory (maxRSS) is the export's,
 * not the generator's. Prints JSON: { ms, bytes, maxRssMb, rows }. Used by bench/reports.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src-main/core/core';
import { writeReport } from '../src-main/core/reports/export';

const [dir, from, to, out] = process.argv.slice(2) as [string, string, string, string];
const core = openCore({ dataDir: dir, resourcesDir: path.resolve('resources'), actor: 'bench' });
let rows = 0;
const t0 = performance.now();
await writeReport(core.env, { filter: { from, to, commune: null, kind: null, team: null }, format: 'xlsx', lang: 'vi' }, out, {
  onProgress: (p) => {
    rows = Math.max(rows, p.done);
  },
});
const ms = performance.now() - t0;
core.close();
console.log(JSON.stringify({ ms, bytes: fs.statSync(out).size, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
