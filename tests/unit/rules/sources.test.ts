import { describe, expect, it } from 'vitest';
import { BQ_PER_CI, bqToCi, ciToBq, classifySource, decay, decayedActivity } from '../../../src-shared/rules/sources';
import { sources } from './shipped';

const TBQ = 1e12;

describe('decay A(t) = A0 · 2^(−t/T½), half-lives in days from the pack (1 year = 365.25 days)', () => {
  // Hand computation: t = calendar days between the dates; fraction = 2^(−t/T½).
  it.each([
    // Co-60, T½ = 1925.28 d. 2020-01-01 → 2025-01-01 = 1827 d (2020 and 2024 are leap years);
    // 1827 / 1925.28 = 0.948953; 2^−0.948953 = 0.518008.
    ['Co-60', '2020-01-01', '2025-01-01', 1827, 0.518008],
    // Co-60 over 10.4 years: 2020-01-01 → 2030-06-01 = 3804 d; 3804 / 1925.28 = 1.975817; 2^−1.975817 = 0.254226.
    ['Co-60', '2020-01-01', '2030-06-01', 3804, 0.254226],
    // Cs-137, T½ = 30.08 y × 365.25 = 10986.72 d. 2000-01-01 → 2030-01-01 = 30 × 365 + 8 leap days = 10958 d;
    // 10958 / 10986.72 = 0.997386; 2^−0.997386 = 0.500907.
    ['Cs-137', '2000-01-01', '2030-01-01', 10958, 0.500907],
    // Cs-137 over ten years: 2015-06-15 → 2025-06-15 = 3653 d; 3653 / 10986.72 = 0.332492; 2^−0.332492 = 0.794163.
    ['Cs-137', '2015-06-15', '2025-06-15', 3653, 0.794163],
    // Ir-192, T½ = 73.83 d. 2025-01-01 → 2025-03-16 = 31 + 28 + 15 = 74 d; 74 / 73.83 = 1.002303; 2^−1.002303 = 0.499203.
    ['Ir-192', '2025-01-01', '2025-03-16', 74, 0.499203],
    // Ir-192 after one year: 365 / 73.83 = 4.943790; 2^−4.943790 = 0.0324916.
    ['Ir-192', '2025-01-01', '2026-01-01', 365, 0.0324916],
    // Ir-192 after three years: 1096 / 73.83 = 14.844914; 2^−14.844914 = 3.39810e−5.
    ['Ir-192', '2024-01-01', '2027-01-01', 1096, 3.3981e-5],
  ] as const)('%s from %s to %s (%i days) keeps %f of its activity', (nuclide, from, to, days, fraction) => {
    const r = decayedActivity(sources, { nuclide, activityBq: 1 * TBQ, referenceDate: from, date: to });
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.elapsedDays).toBe(days);
    expect(r.fraction / fraction).toBeCloseTo(1, 5);
    expect(r.activityBq / (fraction * TBQ)).toBeCloseTo(1, 5);
  });

  it('halves after exactly one half-life and finds the nuclide however it is spelled', () => {
    expect(decay(100, 73.83, 73.83)).toBeCloseTo(50, 10);
    const r = decayedActivity(sources, { nuclide: 'co60', activityBq: 1e9, referenceDate: '2025-01-01', date: '2025-01-01' });
    expect(r.ok && r.nuclide).toBe('Co-60');
    expect(r.ok && r.activityBq).toBe(1e9);
  });

  it('says what is missing for a nuclide without a half-life', () => {
    const r = decayedActivity(sources, { nuclide: 'Cf-252', activityBq: 1e9, referenceDate: '2020-01-01', date: '2025-01-01' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.vi).toContain('Cf-252');
  });

  it('writes the decay formula with decimal commas in Vietnamese', () => {
    const r = decayedActivity(sources, { nuclide: 'Ir-192', activityBq: 3.7e12, referenceDate: '2025-01-01', date: '2025-03-16' });
    expect(r.ok && r.formula.vi).toContain('2^(−74/73,83)');
  });
});

describe('Bq ↔ Ci (1 Ci = 3.7 × 10¹⁰ Bq)', () => {
  it('converts both ways', () => {
    expect(BQ_PER_CI).toBe(3.7e10);
    expect(ciToBq(100)).toBe(3.7e12);
    expect(bqToCi(3.7e10)).toBe(1);
    expect(bqToCi(ciToBq(2.5))).toBeCloseTo(2.5, 12);
  });
});

describe('IAEA category by A/D (RS-G-1.9 bands, D-values from EPR-D-Values 2006)', () => {
  // Co-60, D = 0.03 TBq: A/D = A[TBq] / 0.03.
  it.each([
    [30, 1], // 30 / 0.03 = 1000 → category 1 (edge)
    [29.99, 2], // 999.67
    [0.3, 2], // 10 → category 2 (edge)
    [0.2999, 3],
    [0.03, 3], // 1 → category 3 (edge)
    [0.0299, 4],
    [0.0003, 4], // 0.01 → category 4 (edge)
    [0.000299, 5],
    [0, 5],
  ] as const)('Co-60 of %f TBq is category %i', (tbq, category) => {
    const r = classifySource(sources, { nuclide: 'Co-60', activityBq: tbq * TBQ });
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.category).toBe(category);
  });

  it('classifies a 100 Ci Ir-192 radiography source as category 2 and explains it', () => {
    // 100 Ci = 3.7 TBq; 3.7 / 0.08 = 46.25 → ≥ 10 → category 2.
    const r = classifySource(sources, { nuclide: 'Ir-192', activityBq: ciToBq(100) });
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.ratio).toBe(46.25);
    expect(r.category).toBe(2);
    expect(r.explanation.vi).toContain('A/D = 3,7 TBq / 0,08 TBq = 46,25');
    // The national grouping under QCVN 6:2010 is (check) data, so the result is unverified.
    expect(r.nationalGroup).toBe(2);
    expect(r.verified).toBe(false);
  });

  it('marks I-131 and Tc-99m D-values as unverified', () => {
    for (const nuclide of ['I-131', 'Tc-99m']) {
      const d = sources.rules.find((r) => r.id === 'sources.d_value')!.parameters[nuclide]!;
      expect(d.verified).toBe(false);
    }
    expect(sources.rules.find((r) => r.id === 'sources.d_value')!.parameters['Cs-137']!.verified).toBe(true);
  });
});
