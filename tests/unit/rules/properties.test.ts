import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDoseRate, evaluateInterval, evaluateLicence, evaluateQc, evaluateWorkerDoses, XRAY_UNIT_TYPES } from '../../../src-shared/rules/radiation';
import { classifySource, decayedActivity } from '../../../src-shared/rules/sources';
import { evaluateWastewaterParameter, RECEIVING_WATERS, wastewaterParameters, type WastewaterSite } from '../../../src-shared/rules/wastewater';
import { VERDICT_STATUSES } from '../../../src-shared/rules/verdict';
import { qcvn28, qcvn40, radiation, sources } from './shipped';

const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY));
const site: fc.Arbitrary<WastewaterSite> = fc.record({
  facilityKind: fc.constantFrom('hospital', 'clinic', 'health_center', 'dental', 'other', 'x'),
  beds: fc.option(anyNumber, { nil: null }),
  receivingWater: fc.option(fc.constantFrom(...RECEIVING_WATERS), { nil: null }),
  permitK: fc.option(anyNumber, { nil: null }),
  permitRef: fc.option(fc.string(), { nil: null }),
});
const parameter = fc.constantFrom(...wastewaterParameters(qcvn28).map((p) => p.parameter), 'unknown');
const measured = fc.oneof(anyNumber, fc.string(), fc.constantFrom('KPH', 'không phát hiện', '<0,5', '1,5', ''), fc.constant(null));

describe('the engine never throws on well-typed input', () => {
  it('wastewater verdicts, under QCVN 28 and QCVN 40', () => {
    fc.assert(
      fc.property(site, parameter, measured, fc.boolean(), (s, p, v, old) => {
        const r = evaluateWastewaterParameter(old ? qcvn28 : qcvn40, s, p, v);
        expect(VERDICT_STATUSES).toContain(r.status);
        expect(r.explanation.vi.length).toBeGreaterThan(0);
      }),
    );
  });

  it('radiation verdicts: dose rates, intervals, QC, licence and worker doses', () => {
    const quarter = fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>;
    const dose = fc.option(anyNumber, { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom('console', 'public_area', 'adjoining_housing', 'tube_leakage') as fc.Arbitrary<'console'>,
        fc.option(anyNumber, { nil: null }),
        fc.option(anyNumber, { nil: null }),
        fc.option(isoDate, { nil: null }),
        isoDate,
        fc.constantFrom(...XRAY_UNIT_TYPES),
        fc.array(fc.record({ year: fc.integer({ min: 1990, max: 2060 }), quarter, effective: dose, waist: dose, neck: dose, lens: dose, skin: dose }), { maxLength: 30 }),
        fc.boolean(),
        (point, m, bg, last, asOf, type, records, interventional) => {
          const all = [
            evaluateDoseRate(radiation, point, { measured: m, background: bg }),
            evaluateInterval(radiation, 'dosimeter_read', last, asOf),
            evaluateQc(radiation, { type, lastQcDate: last }, asOf),
            evaluateLicence(radiation, { issuedOn: last, expiresOn: null, renewalFiledOn: last }, asOf),
            ...evaluateWorkerDoses(radiation, { records, interventional }, { year: 2024, quarter: 4 }),
          ];
          for (const v of all) expect(VERDICT_STATUSES).toContain(v.status);
        },
      ),
    );
  });

  it('decay and classification answer or say why not', () => {
    fc.assert(
      fc.property(fc.constantFrom('Co-60', 'Cs-137', 'Ir-192', 'Cf-252', 'Xx-1'), anyNumber, isoDate, isoDate, (nuclide, a, from, to) => {
        const d = decayedActivity(sources, { nuclide, activityBq: a, referenceDate: from, date: to });
        const c = classifySource(sources, { nuclide, activityBq: a });
        expect(typeof d.ok).toBe('boolean');
        expect(typeof c.ok).toBe('boolean');
      }),
    );
  });
});

describe('raising a measured value never turns a fail into a pass (upper limits)', () => {
  const upper = wastewaterParameters(qcvn28).filter((p) => p.kind === 'wastewater.max' || p.kind === 'wastewater.not_detected').map((p) => p.parameter);
  const nonNegative = fc.double({ min: 0, max: 1e7, noNaN: true });

  it('for every wastewater parameter with a maximum', () => {
    fc.assert(
      fc.property(site, fc.constantFrom(...upper), nonNegative, nonNegative, (s, p, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowV = evaluateWastewaterParameter(qcvn28, s, p, low);
        const highV = evaluateWastewaterParameter(qcvn28, s, p, high);
        if (lowV.status === 'fail') expect(highV.status).toBe('fail');
        if (highV.status === 'pass') expect(lowV.status).toBe('pass');
      }),
    );
  });

  it('for dose rates and a worker\'s quarterly dose', () => {
    fc.assert(
      fc.property(fc.constantFrom('console', 'public_area', 'adjoining_housing', 'tube_leakage') as fc.Arbitrary<'console'>, nonNegative, nonNegative, fc.double({ min: 0, max: 1, noNaN: true }), (point, a, b, bg) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowV = evaluateDoseRate(radiation, point, { measured: low, background: bg });
        const highV = evaluateDoseRate(radiation, point, { measured: high, background: bg });
        if (lowV.status === 'fail') expect(highV.status).toBe('fail');
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 20, maxLength: 20 }), fc.integer({ min: 0, max: 19 }), fc.double({ min: 0, max: 40, noNaN: true }), (values, i, extra) => {
        const records = values.map((v, k) => ({ year: 2020 + Math.floor(k / 4), quarter: ((k % 4) + 1) as 1 | 2 | 3 | 4, effective: v }));
        const raised = records.map((r, k) => (k === i ? { ...r, effective: r.effective + extra } : r));
        const before = evaluateWorkerDoses(radiation, { records }, { year: 2024, quarter: 4 }, ['effective']);
        const after = evaluateWorkerDoses(radiation, { records: raised }, { year: 2024, quarter: 4 }, ['effective']);
        before.forEach((v, k) => {
          if (v.status === 'fail') expect(after[k]!.status).toBe('fail');
        });
      }),
    );
  });
});
