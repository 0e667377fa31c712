import { describe, expect, it } from 'vitest';
import { evaluateWorkerDoses, interventionalEffectiveDose, lastCompletedQuarter, type DoseRecord } from '../../../src-shared/rules/radiation';
import { radiation } from './shipped';

/** Quarterly records ending with Q4 2024, oldest first. */
function quarters(values: number[], field: keyof DoseRecord = 'effective'): DoseRecord[] {
  const out: DoseRecord[] = [];
  const end = 2024 * 4 + 3;
  values.forEach((v, i) => {
    const idx = end - (values.length - 1) + i;
    out.push({ year: Math.floor(idx / 4), quarter: ((idx % 4) + 1) as 1 | 2 | 3 | 4, [field]: v });
  });
  return out;
}
const through = { year: 2024, quarter: 4 } as const;

function verdict(records: DoseRecord[], quantity: 'effective' | 'lens' | 'skin', aspect: 'annual' | 'average', interventional = false) {
  const all = evaluateWorkerDoses(radiation, { records, interventional }, through, [quantity]);
  return all.find((v) => v.aspect === aspect)!;
}

describe('worker effective dose: last four quarters ≤ 50 mSv, five-year average ≤ 20 mSv', () => {
  it.each([
    [[12.5, 12.5, 12.5, 12.5], 'pass'], // 50.0, exactly at the limit
    [[12.5, 12.5, 12.5, 12.6], 'fail'], // 50.1
    [[0, 0, 0, 51], 'fail'],
    [[1, 2, 3, 4], 'pass'],
  ] as const)('four quarters %j → %s', (values, status) => {
    const v = verdict(quarters([...values]), 'effective', 'annual');
    expect(v.status).toBe(status);
    expect(v.ruleId).toBe('radiation.dose.worker_effective');
  });

  it('fails a five-year average of 20.1 mSv while no single year passes 50', () => {
    // 20 quarters of 5.025 mSv: every year 20.1 mSv (≤ 50), total 100.5 / 5 = 20.1 > 20.
    const records = quarters(Array(20).fill(5.025));
    expect(verdict(records, 'effective', 'annual').status).toBe('pass');
    const avg = verdict(records, 'effective', 'average');
    expect(avg.status).toBe('fail');
    expect(avg.value).toBe(20.1);
    expect(avg.explanation.vi).toContain('= 100,5 / 5 = 20,1');
  });

  it('passes a five-year average of exactly 20', () => {
    expect(verdict(quarters(Array(20).fill(5)), 'effective', 'average').status).toBe('pass');
  });

  it('counts quarters before the worker started as no dose, but a gap after as missing data', () => {
    // Eight quarters on the job, 2 mSv each: the five-year sum is 16 → average 3.2.
    expect(verdict(quarters(Array(8).fill(2)), 'effective', 'average')).toMatchObject({ status: 'pass', value: 3.2 });
    const gap = quarters([2, 2, 2, 2]).filter((r) => r.quarter !== 3);
    const v = verdict(gap, 'effective', 'annual');
    expect(v.status).toBe('missing_data');
    expect(v.explanation.vi).toContain('quý 3/2024');
    // …unless what is known already exceeds the limit.
    expect(verdict(quarters([30, 0, 0, 25]).filter((r) => r.quarter !== 2), 'effective', 'annual').status).toBe('fail');
  });

  it('says missing data when there is no dosimetry at all', () => {
    expect(verdict([], 'effective', 'annual').status).toBe('missing_data');
  });
});

describe('lens of the eye (20 average / 50 any year) and skin (500 a year)', () => {
  it.each([
    ['lens', 'annual', [12.5, 12.5, 12.5, 12.5], 'pass'],
    ['lens', 'annual', [12.5, 12.5, 12.5, 12.6], 'fail'],
    ['skin', 'annual', [125, 125, 125, 125], 'pass'],
    ['skin', 'annual', [125, 125, 125, 125.1], 'fail'],
  ] as const)('%s %s %j → %s', (quantity, aspect, values, status) => {
    expect(verdict(quarters([...values], quantity), quantity, aspect).status).toBe(status);
  });

  it('averages the lens dose over five years too; skin has no averaged limit', () => {
    expect(verdict(quarters(Array(20).fill(5.025), 'lens'), 'lens', 'average').status).toBe('fail');
    const skin = evaluateWorkerDoses(radiation, { records: quarters([1, 1, 1, 1], 'skin') }, through, ['skin']);
    expect(skin.map((v) => v.aspect)).toEqual(['annual']);
  });
});

describe('interventional staff with two dosimeters: E = 0.5·H_W + 0.025·H_N', () => {
  it('computes E and writes the formula', () => {
    // 0.5 × 2 + 0.025 × 40 = 1 + 1 = 2 mSv
    const e = interventionalEffectiveDose(radiation, 2, 40);
    expect(e?.value).toBe(2);
    expect(e?.formula.vi).toBe('E = 0,5·H_W + 0,025·H_N = 0,5 × 2 + 0,025 × 40 = 2 mSv');
  });

  it('judges the annual limit on E, not on the neck reading', () => {
    // Neck 400 mSv a quarter would fail on its own; E = 0.5 × 10 + 0.025 × 400 = 15 per quarter → 60 > 50 fails,
    // while E = 0.5 × 8 + 0.025 × 200 = 9 per quarter → 36 passes.
    const rec = (waist: number, neck: number): DoseRecord[] => quarters([0, 0, 0, 0]).map((r) => ({ ...r, effective: null, waist, neck }));
    expect(verdict(rec(10, 400), 'effective', 'annual', true)).toMatchObject({ status: 'fail', value: 60 });
    const ok = verdict(rec(8, 200), 'effective', 'annual', true);
    expect(ok).toMatchObject({ status: 'pass', value: 36 });
    expect(ok.basis?.formula?.vi).toContain('quý 1/2024: E = 0,5·H_W + 0,025·H_N = 0,5 × 8 + 0,025 × 200 = 9 mSv');
  });
});

describe('the quarter a check looks back from', () => {
  it.each([
    ['2025-02-10', { year: 2024, quarter: 4 }],
    ['2025-04-01', { year: 2025, quarter: 1 }],
    ['2025-12-31', { year: 2025, quarter: 3 }],
  ] as const)('%s → %j', (date, q) => {
    expect(lastCompletedQuarter(date)).toEqual(q);
  });
});

describe('"any single year" looks at every year of the five-year window', () => {
  it('fails an earlier year over 50 mSv even when the last four quarters are low', () => {
    // 2022: four quarters of 13 mSv = 52 > 50; 2023 and 2024 at 1 mSv a quarter.
    const records = quarters([13, 13, 13, 13, 1, 1, 1, 1, 1, 1, 1, 1]);
    const v = verdict(records, 'effective', 'annual');
    expect(v).toMatchObject({ status: 'fail', value: 52 });
    expect(v.explanation.vi).toContain('quý 1/2022 – quý 4/2022');
    // A year over the limit six years back is outside the window.
    const old = quarters([13, 13, 13, 13, ...Array(20).fill(1)]);
    expect(verdict(old, 'effective', 'annual').status).toBe('pass');
  });
});
