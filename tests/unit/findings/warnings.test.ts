import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { hospital, ok, tempCore } from './helpers';

/** Today is 20/11/2025 in every test here. */
function warnings(core: Core, facilityId: string, kind: string) {
  return ok(core.call('warnings.list', { facilityId })).filter((w) => w.kind === kind);
}

describe('the register warns before obligations lapse', () => {
  it('warns about a licence expiring within the window and one expired, not about one valid for long', () => {
    const { core } = tempCore();
    const soon = hospital(core);
    const lapsed = hospital(core, 'Phòng khám Đa khoa Hoàng Long');
    ok(core.call('licences.create', { facilityId: soon, kind: 'giay_phep', number: '15/GP-SKHCN', issuedOn: '2023-01-16', expiresOn: '2026-01-15' }));
    ok(core.call('licences.create', { facilityId: lapsed, kind: 'giay_phep', number: '02/GP-SKHCN', issuedOn: '2022-10-02', expiresOn: '2025-10-01' }));
    ok(core.call('licences.create', { facilityId: lapsed, kind: 'khai_bao', number: 'KB-7', expiresOn: '2026-09-01' }));

    const [expiring, ...more] = warnings(core, soon, 'licence_expiry');
    expect(more).toHaveLength(0);
    expect(expiring).toMatchObject({ state: 'due_soon', severity: 'low', dueDate: '2026-01-15', daysLeft: 56, ruleId: 'radiation.licence', packId: 'radiation-xray-142-2020' });
    expect(expiring!.explanation.vi).toContain('15/GP-SKHCN');
    expect(expiring!.explanation.vi).toContain('Hồ sơ gia hạn phải nộp trước 01/12/2025');
    expect(expiring!.citation?.vi).toBeTruthy();

    const expired = warnings(core, lapsed, 'licence_expiry');
    expect(expired).toEqual([expect.objectContaining({ state: 'overdue', severity: 'critical', dueDate: '2025-10-01', daysLeft: -50, record: expect.objectContaining({ label: '02/GP-SKHCN' }) })]);
  });

  it('a CT verified 14 months ago is overdue while a general X-ray verified the same day is still within its 24 months', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const ct = ok(core.call('xrayUnits.create', { facilityId, type: 'ct', manufacturer: 'GE', serial: 'CT-1', lastQcOn: '2024-09-01' })).id;
    ok(core.call('xrayUnits.create', { facilityId, type: 'general', manufacturer: 'Shimadzu', serial: 'GX-2', lastQcOn: '2024-09-01' }));
    const qc = warnings(core, facilityId, 'xray_qc');
    expect(qc).toEqual([expect.objectContaining({ state: 'overdue', dueDate: '2025-09-01', severity: 'high', record: expect.objectContaining({ entity: 'xray_unit', id: ct }) })]);
    expect(qc[0]!.explanation.vi).toContain('chu kỳ 12 tháng');
  });

  it('warns when a dosimeter has not been read for more than a quarter after the last dose quarter', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const recent = { trainingOn: '2025-01-10', lastHealthCheckOn: '2025-06-01' };
    const late = ok(core.call('workers.create', { facilityId, name: 'Lò Văn Sơn', role: 'radiographer', dosimeterId: 'D-01', ...recent })).id;
    const current = ok(core.call('workers.create', { facilityId, name: 'Cầm Thị Hoa', role: 'radiographer', dosimeterId: 'D-02', ...recent })).id;
    ok(core.call('doseRecords.create', { workerId: late, year: 2025, quarter: 1, hp10: '0,3' }));
    ok(core.call('doseRecords.create', { workerId: current, year: 2025, quarter: 3, hp10: 0.2 }));
    const dosimetry = warnings(core, facilityId, 'dosimetry_late');
    expect(dosimetry).toEqual([expect.objectContaining({ state: 'overdue', dueDate: '2025-06-30', record: expect.objectContaining({ id: late, label: 'Lò Văn Sơn' }) })]);
    expect(dosimetry[0]!.ruleId).toBe('radiation.dosimeter_read_interval');
    expect(warnings(core, facilityId, 'health_check')).toEqual([]);
    expect(warnings(core, facilityId, 'training_refresher')).toEqual([]);
  });

  it('warns about X-ray units with no radiation safety officer', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    ok(core.call('xrayUnits.create', { facilityId, type: 'general', serial: 'GX-3', lastQcOn: '2025-05-01' }));
    expect(warnings(core, facilityId, 'rso_missing')).toEqual([expect.objectContaining({ state: 'missing', severity: 'medium', ruleId: 'radiation.rso' })]);
    ok(core.call('workers.create', { facilityId, name: 'Quàng Văn Nam', role: 'physicist', isRso: true, rsoDecisionNo: '12/QĐ-BV', rsoCertificateNo: 'CC-0042' }));
    expect(warnings(core, facilityId, 'rso_missing')).toEqual([]);
  });

  it('gives a sealed source its decayed activity today and the category it has fallen to', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const id = ok(core.call('sealedSources.create', { facilityId, nuclide: 'Co-60', activity: 100, activityUnit: 'GBq', referenceDate: '2015-11-20', serial: 'CO-9' })).id;
    const s = ok(core.call('sources.status', { id }));
    const expected = 1e11 * Math.pow(2, -s.elapsedDays! / 1925.28);
    expect(s.elapsedDays).toBe(3653);
    expect(s.activityBq).toBeCloseTo(expected, -3);
    expect(s.ratio).toBeCloseTo(expected / 0.03e12, 6);
    expect(s.category).toBe(4);
    expect(s.packId).toBe('sources-iaea-2006');
    expect(s.explanation.vi).toContain('A = A0 · 2^(−t/T½)');
    expect(warnings(core, facilityId, 'source_status')).toEqual([expect.objectContaining({ state: 'info', record: expect.objectContaining({ id, label: 'Co-60 (SN CO-9)' }) })]);
  });
});
