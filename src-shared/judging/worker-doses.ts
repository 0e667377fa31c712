import type { RegisterRecord } from '../checklists/expand';
import { evaluateReadingDates } from '../rules/dosimeter-readings';
import type { RulePack } from '../rules/pack-schema';
import { evaluateWorkerDoses, lastCompletedQuarter, type DoseRecord } from '../rules/radiation-doses';
import type { Verdict } from '../rules/verdict';

/** One dose record as the register stores it (mSv), the shape a worker's `doses` fact carries. */
export interface DoseFact {
  year: number;
  quarter: number;
  hp10: number | null;
  hp007: number | null;
  lens: number | null;
  hw: number | null;
  hn: number | null;
  readOn: string | null;
}

export interface WorkerDoses {
  interventional: boolean;
  doses: readonly DoseFact[];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The worker's dose records from its register facts (`doses`, filled by the core), checked for shape. */
export function workerDosesOf(record: RegisterRecord): WorkerDoses {
  const raw = Array.isArray(record.facts.doses) ? (record.facts.doses as Record<string, unknown>[]) : [];
  const doses = raw
    .filter((d) => Number.isInteger(d.year) && Number.isInteger(d.quarter) && (d.quarter as number) >= 1 && (d.quarter as number) <= 4)
    .map((d) => ({
      year: d.year as number,
      quarter: d.quarter as number,
      hp10: num(d.hp10),
      hp007: num(d.hp007),
      lens: num(d.lens),
      hw: num(d.hw),
      hn: num(d.hn),
      readOn: typeof d.readOn === 'string' ? d.readOn : null,
    }));
  return { interventional: record.facts.interventional === true, doses };
}

/**
 * Every dose limit of the pack judged on the worker's records (Decree 142/2020 Art. 5): effective
 * dose (E = a·H_W + b·H_N for two-dosimeter staff), lens and skin; any single year and the
 * N-year average. Judged up to the last quarter fully over on `asOf`; none when there are no records.
 */
export function recordedDoseVerdicts(pack: RulePack, worker: WorkerDoses, asOf: string): Verdict[] {
  if (worker.doses.length === 0) return [];
  const records: DoseRecord[] = worker.doses.map((d) => ({
    year: d.year,
    quarter: d.quarter as DoseRecord['quarter'],
    effective: d.hp10,
    waist: d.hw,
    neck: d.hn,
    lens: d.lens,
    skin: d.hp007,
  }));
  const has = (q: 'lens' | 'skin') => records.some((r) => r[q] !== null && r[q] !== undefined);
  const quantities = (['effective', ...(has('lens') ? ['lens'] : []), ...(has('skin') ? ['skin'] : [])] as const).slice() as ('effective' | 'lens' | 'skin')[];
  return evaluateWorkerDoses(pack, { interventional: worker.interventional, records }, lastCompletedQuarter(asOf), quantities);
}

/** The "read at least every N months" rule on the days the worker's dosimeter was read; null without records. */
export function readingDatesVerdict(pack: RulePack, worker: WorkerDoses, asOf: string): Verdict | null {
  if (worker.doses.length === 0) return null;
  return evaluateReadingDates(
    pack,
    worker.doses.map((d) => d.readOn),
    asOf,
  );
}
