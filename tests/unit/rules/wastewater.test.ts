import { describe, expect, it } from 'vitest';
import { evaluateWastewater, evaluateWastewaterParameter, resolveK, wastewaterParameters, type WastewaterSite } from '../../../src-shared/rules/wastewater';
import { qcvn28, qcvn40 } from './shipped';

const bigHospital: WastewaterSite = { facilityKind: 'hospital', beds: 550, receivingWater: 'other_water' };
const smallHospital: WastewaterSite = { facilityKind: 'hospital', beds: 120, receivingWater: 'other_water' };
const clinic: WastewaterSite = { facilityKind: 'clinic', beds: null, receivingWater: 'other_water' };

describe('QCVN 28:2010 — Cmax = C × K from DOMAIN.md §3', () => {
  // [parameter, site, value, expected status, expected Cmax]
  const table: [string, WastewaterSite, number, 'pass' | 'fail', number][] = [
    // Column B, K = 1.2 (hospital < 300 beds): C × 1.2
    ['bod5', smallHospital, 60, 'pass', 60], // 50 × 1.2 = 60, exactly at the limit
    ['bod5', smallHospital, 61, 'fail', 60],
    ['cod', smallHospital, 120, 'pass', 120], // 100 × 1.2
    ['cod', smallHospital, 121, 'fail', 120],
    ['tss', smallHospital, 120, 'pass', 120],
    ['sulfide', smallHospital, 4.8, 'pass', 4.8], // 4.0 × 1.2
    ['sulfide', smallHospital, 4.9, 'fail', 4.8],
    ['ammonium', smallHospital, 12, 'pass', 12], // 10 × 1.2
    ['ammonium', smallHospital, 13, 'fail', 12],
    ['nitrate', smallHospital, 60, 'pass', 60],
    ['phosphate', smallHospital, 12, 'pass', 12],
    ['oils', smallHospital, 24, 'pass', 24],
    ['oils', smallHospital, 25, 'fail', 24],
    // Column B, K = 1.0 (hospital ≥ 300 beds)
    ['bod5', bigHospital, 50, 'pass', 50],
    ['bod5', bigHospital, 51, 'fail', 50],
    ['cod', bigHospital, 101, 'fail', 100],
    // Column A (domestic supply), K = 1.2
    ['bod5', { ...smallHospital, receivingWater: 'domestic_supply' }, 36, 'pass', 36], // 30 × 1.2
    ['bod5', { ...smallHospital, receivingWater: 'domestic_supply' }, 37, 'fail', 36],
    ['ammonium', { ...bigHospital, receivingWater: 'domestic_supply' }, 5, 'pass', 5],
    ['ammonium', { ...bigHospital, receivingWater: 'domestic_supply' }, 6, 'fail', 5],
    // Residential sewer uses column B
    ['cod', { ...bigHospital, receivingWater: 'residential_sewer' }, 100, 'pass', 100],
    // Other facilities: K = 1.2
    ['cod', clinic, 120, 'pass', 120],
    ['cod', clinic, 121, 'fail', 120],
    // Coliforms: no K
    ['total_coliforms', smallHospital, 5000, 'pass', 5000],
    ['total_coliforms', smallHospital, 5001, 'fail', 5000],
    ['total_coliforms', { ...smallHospital, receivingWater: 'domestic_supply' }, 3000, 'pass', 3000],
    ['total_coliforms', { ...smallHospital, receivingWater: 'domestic_supply' }, 3001, 'fail', 3000],
    // Gross alpha/beta: C × K (K application unverified)
    ['gross_alpha', bigHospital, 0.1, 'pass', 0.1],
    ['gross_alpha', bigHospital, 0.11, 'fail', 0.1],
    ['gross_beta', smallHospital, 1.2, 'pass', 1.2],
    ['gross_beta', smallHospital, 1.3, 'fail', 1.2],
  ];
  it.each(table)('%s at %#: value judged against Cmax', (parameter, site, value, status, cmax) => {
    const v = evaluateWastewaterParameter(qcvn28, site, parameter, value);
    expect(v.status).toBe(status);
    expect(v.limit?.max).toBe(cmax);
    expect(v.ruleId).toBe(`wastewater.${parameter}`);
    expect(v.packId).toBe('qcvn-28-2010-btnmt');
    expect(v.severity).toBe(status === 'fail' ? 'major' : null);
  });

  it('writes the formula with a decimal comma in Vietnamese and explains K', () => {
    const v = evaluateWastewaterParameter(qcvn28, smallHospital, 'cod', 80);
    expect(v.basis?.formula?.vi).toBe('Cmax = C × K = 100 × 1,2 = 120 mg/L');
    expect(v.basis?.formula?.en).toBe('Cmax = C × K = 100 × 1.2 = 120 mg/L');
    expect(v.basis).toMatchObject({ column: 'B', k: 1.2, kSource: 'table' });
    expect(v.basis?.kReason?.vi).toBe('Bệnh viện 120 giường (< 300 giường) → K = 1,2');
    expect(v.citation.vi).toContain('QCVN 28:2010/BTNMT');
    const s = evaluateWastewaterParameter(qcvn28, smallHospital, 'sulfide', 4.8);
    expect(s.basis?.formula?.vi).toBe('Cmax = C × K = 4 × 1,2 = 4,8 mg/L');
    expect(s.explanation.vi).toContain('4,8');
  });

  it('uses K = 1.0 from the 300-bed boundary upwards and 1.2 below it', () => {
    expect(resolveK(qcvn28, { ...bigHospital, beds: 300 })).toMatchObject({ k: 1, source: 'table' });
    expect(resolveK(qcvn28, { ...bigHospital, beds: 299 })).toMatchObject({ k: 1.2, source: 'table' });
  });

  it("lets a K written in the environmental permit override the table, and says so", () => {
    // A 60-bed centre whose permit fixes K = 1: Cmax for COD (B) = 100, not 120.
    const centre: WastewaterSite = { facilityKind: 'hospital', beds: 60, receivingWater: 'other_water', permitK: 1, permitRef: 'số 12/GP-UBND' };
    const v = evaluateWastewaterParameter(qcvn28, centre, 'cod', 110);
    expect(v.status).toBe('fail');
    expect(v.limit?.max).toBe(100);
    expect(v.basis).toMatchObject({ k: 1, kSource: 'permit' });
    expect(v.explanation.vi).toContain('theo giấy phép môi trường số 12/GP-UBND');
    expect(v.verified).toBe(true);
  });

  it('does not apply K to pH, coliforms or pathogens', () => {
    for (const parameter of ['ph', 'total_coliforms', 'salmonella']) {
      const v = evaluateWastewaterParameter(qcvn28, smallHospital, parameter, parameter === 'ph' ? 7 : 0);
      expect(v.basis?.k).toBeUndefined();
    }
  });

  it.each([
    [6.5, 'pass'],
    [8.5, 'pass'],
    [7.2, 'pass'],
    [6.4, 'fail'],
    [8.6, 'fail'],
    ['6,5', 'pass'],
  ] as const)('pH %s is %s (6.5–8.5 inclusive)', (value, status) => {
    expect(evaluateWastewaterParameter(qcvn28, smallHospital, 'ph', value).status).toBe(status);
  });

  it.each([
    ['KPH', 'pass'],
    ['không phát hiện', 'pass'],
    ['Không phát hiện', 'pass'],
    [0, 'pass'],
    ['0', 'pass'],
    [1, 'fail'],
    [35, 'fail'],
    ['3', 'fail'],
  ] as const)('Salmonella, Shigella and Vibrio cholerae: %s → %s', (value, status) => {
    for (const parameter of ['salmonella', 'shigella', 'vibrio_cholerae']) {
      expect(evaluateWastewaterParameter(qcvn28, bigHospital, parameter, value).status).toBe(status);
    }
  });

  it('flags gross alpha/beta verdicts as resting on an unverified K, but not BOD5 of a big hospital', () => {
    expect(evaluateWastewaterParameter(qcvn28, bigHospital, 'gross_alpha', 0.05).verified).toBe(false);
    expect(evaluateWastewaterParameter(qcvn28, bigHospital, 'gross_beta', 0.5).verified).toBe(false);
    // The K table itself is (check) in DOMAIN.md, so any table K is unverified; no K → verified.
    expect(evaluateWastewaterParameter(qcvn28, bigHospital, 'total_coliforms', 10).verified).toBe(true);
  });

  it('reads lab texts: "KPH" and "<2" under an upper limit pass, a detection limit above Cmax is not conclusive', () => {
    expect(evaluateWastewaterParameter(qcvn28, bigHospital, 'sulfide', 'KPH').status).toBe('pass');
    expect(evaluateWastewaterParameter(qcvn28, bigHospital, 'sulfide', '<0,5').status).toBe('pass');
    expect(evaluateWastewaterParameter(qcvn28, bigHospital, 'gross_alpha', '<0,2').status).toBe('missing_data');
    expect(evaluateWastewaterParameter(qcvn28, bigHospital, 'cod', 'nhiều').status).toBe('missing_data');
    expect(evaluateWastewaterParameter(qcvn28, bigHospital, 'cod', '').status).toBe('missing_data');
  });

  it('asks for the beds of a hospital before choosing K, and for the receiving water before choosing a column', () => {
    const noBeds = evaluateWastewaterParameter(qcvn28, { ...bigHospital, beds: null }, 'bod5', 20);
    expect(noBeds.status).toBe('missing_data');
    expect(noBeds.explanation.vi).toContain('số giường bệnh');
    const noWater = evaluateWastewaterParameter(qcvn28, { ...bigHospital, receivingWater: null }, 'bod5', 20);
    expect(noWater.status).toBe('missing_data');
    expect(noWater.explanation.vi).toContain('nguồn tiếp nhận');
  });

  it('marks limits not applicable when the water goes to a central treatment plant', () => {
    const v = evaluateWastewaterParameter(qcvn28, { ...bigHospital, receivingWater: 'central_plant' }, 'cod', 500);
    expect(v.status).toBe('na');
    expect(v.explanation.vi).toContain('nhà máy xử lý tập trung');
  });

  it('judges a whole sample sheet, one verdict per measured parameter', () => {
    const verdicts = evaluateWastewater(qcvn28, smallHospital, [
      { parameter: 'ph', value: 7.1 },
      { parameter: 'bod5', value: '45,5' },
      { parameter: 'total_coliforms', value: 6000 },
      { parameter: 'lead', value: 1 },
    ]);
    expect(verdicts.map((v) => v.status)).toEqual(['pass', 'pass', 'fail', 'missing_data']);
    expect(verdicts[1]!.value).toBe(45.5);
  });

  it('lists the fifteen parameters of Table 1 for the form', () => {
    expect(wastewaterParameters(qcvn28).map((p) => p.parameter)).toEqual([
      'ph', 'bod5', 'cod', 'tss', 'sulfide', 'ammonium', 'nitrate', 'phosphate', 'oils',
      'gross_alpha', 'gross_beta', 'total_coliforms', 'salmonella', 'shigella', 'vibrio_cholerae',
    ]);
  });
});

describe('QCVN 40:2025 as shipped: empty and unverified', () => {
  it('never guesses: every parameter, any value, any facility → missing_data "thiếu dữ liệu quy chuẩn"', () => {
    const sites: WastewaterSite[] = [bigHospital, smallHospital, clinic, { ...bigHospital, permitK: 1 }, { ...bigHospital, receivingWater: 'central_plant' }];
    const values = [0, 7, 50, 1e6, 'KPH'];
    for (const site of sites) {
      for (const { parameter } of wastewaterParameters(qcvn40)) {
        for (const value of values) {
          const v = evaluateWastewaterParameter(qcvn40, site, parameter, value);
          expect(v.status).toBe('missing_data');
          expect(v.explanation.vi.toLowerCase()).toContain('thiếu dữ liệu quy chuẩn');
          expect(v.packId).toBe('qcvn-40-2025-btnmt');
          expect(v.verified).toBe(false);
        }
      }
    }
  });
});
