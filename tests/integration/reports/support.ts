import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRegister } from '../../../bench/generate';
import { generateInspections, type GeneratedInspection } from '../../../bench/generate-inspections';
import { openCore, type Core } from '../../../src-main/core/core';
import { insertRecord } from '../../../src-main/core/db/records';
import { doseRecordSpec } from '../../../src-main/core/records/dose-records';
import type { Result } from '../../../src-shared/api/errors';

/** The supervisor's clock in these stories: 2 December 2026, 10:00 in Sơn La. */
export const NOW = new Date('2026-12-02T03:00:00Z');

export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.en} ${JSON.stringify(r.error.issues ?? [])}`);
  return r.value;
}

export interface ReportWorld {
  core: Core;
  dir: string;
  inspections: GeneratedInspection[];
  facilities: { id: string; commune: string | null }[];
  highDoseWorkers: string[];
}

/**
 * A supervisor's file: 24 facilities over 8 communes with X-ray units, workers and two years of
 * quarterly doses, three workers with doses above the limits (2022–2024), and ~120 checks over 2025–2026
 * with findings, requirements and wastewater lab results.
 */
export function reportWorld(): ReportWorld {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-report-'));
  const core = openCore({ dataDir: dir, resourcesDir: path.resolve('resources'), actor: 'Giám sát viên Sở', now: () => NOW });
  generateRegister(core.env, { facilities: 24, unitsPerFacility: 2, workersPerFacility: 3, quartersPerWorker: 8, lastYear: 2026 });
  const facilities = core.db.prepare('SELECT id, commune FROM facilities ORDER BY id').all() as { id: string; commune: string | null }[];
  const inspections = generateInspections(core.env, { facilities, perFacility: 5, from: '2025-01-01', to: '2026-11-30', labRows: 6, seed: 7 });
  const workers = core.db.prepare('SELECT id, facility_id FROM workers ORDER BY id LIMIT 3').all() as { id: string; facility_id: string }[];
  core.db.transaction(() => {
    // 2022–2024 (the generator wrote 2025–2026): one worker with 60 mSv in 2024 (over 50 in a year),
    // one with 36 mSv a year (a five-year average over 20), one with a lens dose of 55 mSv in 2023.
    workers.forEach((w, i) => {
      for (const year of [2022, 2023, 2024]) {
        for (const quarter of [1, 2, 3, 4] as const) {
          const hp10 = i === 0 ? (year === 2024 ? 15 : 0.1) : i === 1 ? 9 : 0.2;
          const lens = i === 2 && year === 2023 && quarter === 1 ? 55 : null;
          insertRecord(core.env, doseRecordSpec, { facilityId: w.facility_id, workerId: w.id, year, quarter, hp10, hp007: null, lens, hw: null, hn: null, readOn: null, notes: null });
        }
      }
    });
  })();
  return { core, dir, inspections, facilities, highDoseWorkers: workers.map((w) => w.id) };
}
