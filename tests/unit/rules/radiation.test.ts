import { describe, expect, it } from 'vitest';
import {
  evaluateDoseRate,
  evaluateInterval,
  evaluateLicence,
  evaluateQc,
  evaluateRso,
  intervalDue,
  licenceDue,
  qcDue,
  XRAY_UNIT_TYPES,
  type XrayUnitType,
} from '../../../src-shared/rules/radiation';
import { clonePack, radiation } from './shipped';

describe('dose rates, background excluded (TTLT 13/2014 as amended)', () => {
  it.each([
    ['console', 10, 'pass'],
    ['console', 11, 'fail'],
    ['console', 10.01, 'fail'],
    ['public_area', 0.5, 'pass'],
    ['public_area', 0.51, 'fail'],
    ['public_area', 1.5, 'fail'],
    ['tube_leakage', 1, 'pass'],
    ['tube_leakage', 2, 'fail'],
    ['tube_leakage', 1.01, 'fail'],
  ] as const)('%s at %s → %s', (point, measured, status) => {
    const v = evaluateDoseRate(radiation, point, { measured });
    expect(v.status).toBe(status);
    expect(v.severity).toBe(status === 'fail' ? 'critical' : null);
  });

  it('subtracts the background it is given: 0.62 measured with 0.15 background is 0.47 net and passes outside the room', () => {
    const v = evaluateDoseRate(radiation, 'public_area', { measured: 0.62, background: 0.15 });
    expect(v.status).toBe('pass');
    expect(v.value).toBe(0.47);
    expect(v.explanation.vi).toBe('Suất liều tại vị trí bên ngoài phòng có người qua lại: 0,62 − 0,15 = 0,47 µSv/h ≤ 0,5 µSv/h — đạt.');
  });

  it('requires the background next to housing and passes only at background, within the documented tolerance', () => {
    expect(evaluateDoseRate(radiation, 'adjoining_housing', { measured: 0.2 }).status).toBe('missing_data');
    // Tolerance 0.05 µSv/h (data, unverified): net 0 and net 0.05 pass, net 0.06 fails.
    expect(evaluateDoseRate(radiation, 'adjoining_housing', { measured: 0.15, background: 0.15 }).status).toBe('pass');
    expect(evaluateDoseRate(radiation, 'adjoining_housing', { measured: 0.1, background: 0.15 }).status).toBe('pass');
    expect(evaluateDoseRate(radiation, 'adjoining_housing', { measured: 0.2, background: 0.15 }).status).toBe('pass');
    const over = evaluateDoseRate(radiation, 'adjoining_housing', { measured: 0.21, background: 0.15 });
    expect(over.status).toBe('fail');
    expect(over.verified).toBe(false);
  });

  it('reads its limit from the pack, not from code', () => {
    const edited = clonePack(radiation);
    edited.rules.find((r) => r.id === 'radiation.dose_rate.console')!.parameters.max!.value = 5;
    expect(evaluateDoseRate(edited, 'console', { measured: 6 }).status).toBe('fail');
    edited.rules.find((r) => r.id === 'radiation.dose_rate.console')!.parameters.max!.value = null;
    expect(evaluateDoseRate(edited, 'console', { measured: 6 }).status).toBe('missing_data');
  });
});

describe('intervals: dosimeters ≤ 3 months, health ≤ 12 months, refresher training ≤ 3 years', () => {
  it.each([
    ['dosimeter_read', '2025-01-15', '2025-04-15', 'pass'],
    ['dosimeter_read', '2025-01-15', '2025-04-16', 'fail'],
    ['health_check', '2024-03-10', '2025-03-10', 'pass'],
    ['health_check', '2024-03-10', '2025-03-11', 'fail'],
    ['training_refresher', '2022-06-01', '2025-06-01', 'pass'],
    ['training_refresher', '2022-06-01', '2025-06-02', 'fail'],
  ] as const)('%s last %s, checked %s → %s', (kind, last, asOf, status) => {
    expect(evaluateInterval(radiation, kind, last, asOf).status).toBe(status);
  });

  it('asks for the date when none was recorded', () => {
    expect(evaluateInterval(radiation, 'health_check', null, '2025-03-11').status).toBe('missing_data');
  });

  it('warns the register before a health check falls due', () => {
    expect(intervalDue(radiation, 'health_check', '2024-03-10', '2025-02-20')).toMatchObject({ dueDate: '2025-03-10', daysLeft: 18, state: 'due_soon' });
    expect(intervalDue(radiation, 'health_check', '2024-03-10', '2025-04-01')).toMatchObject({ state: 'overdue' });
  });
});

describe('QC verification: 12 months for CT and fluoroscopy/C-arm, 24 months for other diagnostic X-ray', () => {
  const twelve: XrayUnitType[] = ['ct', 'fluoroscopy', 'c_arm'];
  it.each(XRAY_UNIT_TYPES.map((t) => [t, twelve.includes(t) ? 12 : 24] as const))('%s is due %i months after the last', (type, months) => {
    const last = '2023-05-20';
    const dueDay = months === 12 ? '2024-05-20' : '2025-05-20';
    const dayAfter = months === 12 ? '2024-05-21' : '2025-05-21';
    expect(evaluateQc(radiation, { type, lastQcDate: last }, dueDay).status).toBe('pass');
    const late = evaluateQc(radiation, { type, lastQcDate: last }, dayAfter);
    expect(late.status).toBe('fail');
    expect(late.basis?.formula?.vi).toBe(`Hạn = 20/05/2023 + ${months} tháng = ${dueDay.slice(8, 10)}/05/${dueDay.slice(0, 4)}`);
  });

  it('warns within the window before the due date', () => {
    expect(qcDue(radiation, { type: 'ct', lastQcDate: '2024-06-01' }, '2025-05-01')).toMatchObject({ dueDate: '2025-06-01', state: 'due_soon' });
    expect(qcDue(radiation, { type: 'general', lastQcDate: '2024-06-01' }, '2025-05-01')).toMatchObject({ dueDate: '2026-06-01', state: 'ok' });
  });
});

describe('radiation safety officer', () => {
  it('requires a written appointment with a certificate', () => {
    const units = [{ type: 'general' as const }];
    expect(evaluateRso(radiation, { units, appointed: true, certificateNumber: 'AT-123/2023' }).status).toBe('pass');
    expect(evaluateRso(radiation, { units, appointed: true, certificateNumber: null }).status).toBe('fail');
    expect(evaluateRso(radiation, { units, appointed: false, certificateNumber: 'AT-1' }).status).toBe('fail');
    expect(evaluateRso(radiation, { units, appointed: null, certificateNumber: null }).status).toBe('missing_data');
  });

  it('is not required for intra-oral film dental only, but is for digital or mixed', () => {
    const film = { type: 'dental_intraoral' as const, imaging: 'film' as const };
    expect(evaluateRso(radiation, { units: [film, film], appointed: false, certificateNumber: null }).status).toBe('na');
    expect(evaluateRso(radiation, { units: [film, { type: 'dental_intraoral', imaging: 'digital' }], appointed: false, certificateNumber: null }).status).toBe('fail');
    expect(evaluateRso(radiation, { units: [film, { type: 'dental_panoramic' }], appointed: false, certificateNumber: null }).status).toBe('fail');
    expect(evaluateRso(radiation, { units: [{ type: 'dental_intraoral' }], appointed: false, certificateNumber: null }).status).toBe('missing_data');
  });
});

describe('licence: 3 years, renewal filed ≥ 45 days before expiry, register warning at 90 days', () => {
  it('computes the expiry from the issue date when none is printed, and passes while valid', () => {
    const v = evaluateLicence(radiation, { issuedOn: '2023-04-10' }, '2025-01-10');
    expect(v.status).toBe('pass');
    expect(v.value).toBe('2026-04-09');
  });

  it('fails an expired licence as critical', () => {
    const v = evaluateLicence(radiation, { issuedOn: '2021-04-10', expiresOn: '2024-04-09' }, '2024-04-10');
    expect(v).toMatchObject({ status: 'fail', severity: 'critical' });
  });

  it('fails once inside the 45-day window with no renewal filed, passes when it was filed in time', () => {
    const lic = { issuedOn: '2022-07-01', expiresOn: '2025-06-30' };
    // 2025-06-30 − 45 days = 2025-05-16
    expect(evaluateLicence(radiation, lic, '2025-05-16').status).toBe('pass');
    expect(evaluateLicence(radiation, lic, '2025-05-17').status).toBe('fail');
    expect(evaluateLicence(radiation, { ...lic, renewalFiledOn: '2025-05-16' }, '2025-06-01').status).toBe('pass');
    expect(evaluateLicence(radiation, { ...lic, renewalFiledOn: '2025-05-20' }, '2025-06-01').status).toBe('fail');
  });

  it('warns the register 90 days ahead and names the renewal deadline', () => {
    const lic = { issuedOn: '2022-07-01', expiresOn: '2025-06-30' };
    expect(licenceDue(radiation, lic, '2025-04-01')).toMatchObject({ state: 'due_soon', daysLeft: 90, renewalDeadline: '2025-05-16' });
    expect(licenceDue(radiation, lic, '2025-03-31')).toMatchObject({ state: 'ok', daysLeft: 91 });
    expect(licenceDue(radiation, lic, '2025-07-01')).toMatchObject({ state: 'overdue' });
    expect(licenceDue(radiation, lic, '2025-04-01')?.label.vi).toBe('Giấy phép tiến hành công việc bức xạ: đến hạn trong 90 ngày (30/06/2025)');
  });
});
