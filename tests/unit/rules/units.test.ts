import { describe, expect, it } from 'vitest';
import { evaluateDoseRate } from '../../../src-shared/rules/radiation';
import { canonicalUnit, unitChoices, unitConversion } from '../../../src-shared/rules/units';
import { evaluateWastewaterParameter, type WastewaterSite } from '../../../src-shared/rules/wastewater';
import { qcvn28, radiation } from './shipped';

/** A 550-bed hospital discharging into water not used for supply: column B, K = 1 (BOD5 Cmax 50 mg/L). */
const site: WastewaterSite = { facilityKind: 'hospital', beds: 550, receivingWater: 'other_water' };

describe('values are converted to the rule’s unit before they are judged', () => {
  it('60,1 µg/L of BOD5 is 0,0601 mg/L: a pass, with the conversion in the explanation', () => {
    const v = evaluateWastewaterParameter(qcvn28, site, 'bod5', '60,1', 'µg/L');
    expect(v).toMatchObject({ status: 'pass', value: 0.0601, unit: 'mg/L', limit: { max: 50 } });
    expect(v.explanation.vi).toContain('60,1 µg/L = 0,0601 mg/L ≤ Cmax = 50 mg/L — đạt');
    expect(v.explanation.en).toContain('60.1 µg/L = 0.0601 mg/L ≤ Cmax = 50 mg/L — pass');
    expect(v.basis?.conversion?.vi).toBe('60,1 µg/L = 0,0601 mg/L');
  });

  it('0,06 g/L of BOD5 is 60 mg/L: a fail', () => {
    const v = evaluateWastewaterParameter(qcvn28, site, 'bod5', '0,06', 'g/L');
    expect(v).toMatchObject({ status: 'fail', value: 60 });
    expect(v.explanation.vi).toContain('0,06 g/L = 60 mg/L > Cmax = 50 mg/L — không đạt');
  });

  it('a detection limit in µg/L is converted too', () => {
    const v = evaluateWastewaterParameter(qcvn28, site, 'bod5', '<500', 'ug/l');
    expect(v.status).toBe('pass');
    expect(v.explanation.vi).toContain('< 500 µg/L = 0,5 mg/L');
  });

  it('a unit the app does not know gives "thiếu dữ liệu" with the reason, never a verdict', () => {
    const v = evaluateWastewaterParameter(qcvn28, site, 'bod5', '40', 'ppm');
    expect(v.status).toBe('missing_data');
    expect(v.severity).toBeNull();
    expect(v.explanation.vi).toContain('Thiếu dữ liệu: đơn vị "ppm" không có trong danh sách đơn vị của ứng dụng');
    expect(v.explanation.en).toContain('the unit "ppm" is not one the app knows');
  });

  it('a unit of another quantity, or CFU for a limit in MPN, is not converted', () => {
    expect(evaluateWastewaterParameter(qcvn28, site, 'bod5', '40', 'Bq/L')).toMatchObject({ status: 'missing_data' });
    const cfu = evaluateWastewaterParameter(qcvn28, site, 'total_coliforms', '9000', 'CFU/100 mL');
    expect(cfu.status).toBe('missing_data');
    expect(cfu.explanation.vi).toContain('hai phương pháp khác nhau, không quy đổi được');
    expect(evaluateWastewaterParameter(qcvn28, site, 'ph', '7', 'mg/L').status).toBe('missing_data');
  });

  it('gross alpha in mBq/L, and a dose rate in nSv/h or mSv/h', () => {
    expect(evaluateWastewaterParameter(qcvn28, site, 'gross_alpha', '150', 'mBq/L')).toMatchObject({ status: 'fail', value: 0.15 });
    const nano = evaluateDoseRate(radiation, 'console', { measured: 12000, unit: 'nSv/h' });
    expect(nano).toMatchObject({ status: 'fail', value: 12, unit: 'µSv/h' });
    expect(nano.explanation.vi).toContain('12000 nSv/h = 12 µSv/h');
    expect(evaluateDoseRate(radiation, 'console', { measured: 0.005, unit: 'mSv/h' })).toMatchObject({ status: 'pass', value: 5 });
    expect(evaluateDoseRate(radiation, 'tube_leakage', { measured: 800, unit: 'µGy/h' })).toMatchObject({ status: 'pass', value: 0.8 });
    expect(evaluateDoseRate(radiation, 'console', { measured: 3, unit: 'mGy/h' }).status).toBe('missing_data');
  });

  it('knows each unit under its usual spellings and offers the rule’s unit first', () => {
    expect(canonicalUnit('μg/l')).toBe('µg/L');
    expect(canonicalUnit('MPN/100ml')).toBe('MPN/100 mL');
    expect(canonicalUnit('furlong')).toBeNull();
    expect(unitChoices('mg/L')).toEqual(['mg/L', 'µg/L', 'g/L', 'ng/L']);
    expect(unitChoices('Bq/L')).toEqual(['Bq/L', 'mBq/L', 'kBq/L']);
    expect(unitChoices('µSv/h')).toEqual(['µSv/h', 'nSv/h', 'mSv/h']);
    expect(unitChoices('MPN/100 mL')).not.toContain('CFU/100 mL');
    expect(unitConversion('g/L', 'mg/L')).toMatchObject({ ok: true, factor: 1000 });
  });
});
