import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { hospital, ok, refused, tempCore } from '../findings/helpers';

/**
 * The workers' dose records in the register are judged in the check form's dosimetry section and
 * in the register warnings, with the figures. Today is 20/11/2025: the last quarter fully over is
 * Q3 2025, so the five years are Q4 2020 – Q3 2025.
 */
const QUARTERS = Array.from({ length: 20 }, (_, i) => ({ year: 2020 + Math.floor((i + 3) / 4), quarter: ((i + 3) % 4) + 1 }));

function quarterEnd(year: number, quarter: number): string {
  const month = quarter * 3;
  return `${year}-${String(month).padStart(2, '0')}-${month === 6 || month === 9 ? '30' : '31'}`;
}

function clinic(core: Core) {
  const facilityId = hospital(core);
  const radiographer = ok(core.call('workers.create', { facilityId, name: 'Lò Văn Tuấn', role: 'radiographer', dosimeterId: 'LK-01' })).id;
  const cardiologist = ok(core.call('workers.create', { facilityId, name: 'Cầm Thị Hoa', role: 'interventionalist', dosimeterId: 'LK-02', interventional: true })).id;
  const inspectionId = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '31/QĐ-SKHCN', startedAt: '2025-11-20T08:30' })).id;
  return { facilityId, radiographer, cardiologist, inspectionId };
}

function itemVerdicts(core: Core, inspectionId: string, itemKey: string) {
  const v = ok(core.call('inspections.verdicts', { inspectionId }));
  return v.items.find((i) => i.itemKey === itemKey && i.instanceKey === '')?.verdicts ?? [];
}

describe('worker doses are judged from the register records', () => {
  it('fails a five-year average of 21 mSv/yr though no year reaches 50, naming the worker and the figures', () => {
    const { core } = tempCore();
    const { radiographer, inspectionId } = clinic(core);
    // 5,25 mSv every quarter, read ten days after each quarter ended.
    for (const q of QUARTERS) ok(core.call('doseRecords.create', { workerId: radiographer, ...q, hp10: '5,25', readOn: addDaysIso(quarterEnd(q.year, q.quarter), 10) }));
    const doses = itemVerdicts(core, inspectionId, 'dose_max_annual').filter((v) => v.where === 'Lò Văn Tuấn');
    const annual = doses.find((v) => v.verdict.aspect === 'annual')!.verdict;
    const average = doses.find((v) => v.verdict.aspect === 'average')!.verdict;
    expect(annual).toMatchObject({ status: 'pass', value: 21, limit: { max: 50 } });
    expect(average).toMatchObject({ status: 'fail', value: 21, unit: 'mSv', limit: { max: 20 }, ruleId: 'radiation.dose.worker_effective' });
    expect(average.explanation.vi).toBe('Trung bình liều hiệu dụng 5 năm (quý 4/2020 – quý 3/2025) = 105 / 5 = 21 mSv/năm > giới hạn 20 — không đạt.');
    expect(average.citation.vi).toContain('Nghị định số 142/2020/NĐ-CP');
    // Each worker's verdict is its own finding.
    expect(doses.find((v) => v.verdict.aspect === 'average')!.key).toBe(`radiation.dose.worker_effective#average@${radiographer}`);
  });

  it('computes E = 0.5·H_W + 0.025·H_N for two-dosimeter staff and fails a year over 50 mSv', () => {
    const { core } = tempCore();
    const { cardiologist, inspectionId } = clinic(core);
    // Q4 2024 – Q3 2025: H_W 21, H_N 100 each quarter → E = 10,5 + 2,5 = 13 mSv; four quarters 52 > 50.
    for (const q of QUARTERS.slice(-4)) ok(core.call('doseRecords.create', { workerId: cardiologist, ...q, hw: 21, hn: 100, readOn: addDaysIso(quarterEnd(q.year, q.quarter), 5) }));
    const annual = itemVerdicts(core, inspectionId, 'dose_max_annual').find((v) => v.where === 'Cầm Thị Hoa' && v.verdict.aspect === 'annual')!.verdict;
    expect(annual).toMatchObject({ status: 'fail', value: 52, limit: { max: 50 } });
    expect(annual.basis?.formula?.vi).toContain('quý 3/2025: E = 0,5·H_W + 0,025·H_N = 0,5 × 21 + 0,025 × 100 = 13 mSv');
    expect(annual.explanation.en).toBe('Sum of effective dose over four quarters (Q4 2024 – Q3 2025) = 52 mSv > limit 50 — fail.');
  });

  it('judges "read at least every 3 months" from the reading dates: a five-month gap fails, naming both dates', () => {
    const { core } = tempCore();
    const { radiographer, inspectionId } = clinic(core);
    ok(core.call('doseRecords.create', { workerId: radiographer, year: 2025, quarter: 1, hp10: 0.3, readOn: '2025-04-05' }));
    ok(core.call('doseRecords.create', { workerId: radiographer, year: 2025, quarter: 2, hp10: 0.3, readOn: '2025-09-10' }));
    ok(core.call('doseRecords.create', { workerId: radiographer, year: 2025, quarter: 3, hp10: 0.3, readOn: '2025-10-02' }));
    const [reading] = itemVerdicts(core, inspectionId, 'dosimetry_interval').filter((v) => v.where === 'Lò Văn Tuấn');
    expect(reading!.verdict).toMatchObject({ status: 'fail', ruleId: 'radiation.dosimeter_read_interval', aspect: 'reading_dates', value: '2025-10-02' });
    expect(reading!.verdict.explanation.vi).toContain('giữa hai lần đọc 05/04/2025 và 10/09/2025 quá 3 tháng');
    expect(reading!.verdict.explanation.en).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // Read on time: passes, with every reading listed.
    ok(core.call('doseRecords.update', { id: ok(core.call('doseRecords.list', { workerId: radiographer, quarter: 2 })).rows[0]!.id, patch: { readOn: '2025-07-04' } }));
    const [again] = itemVerdicts(core, inspectionId, 'dosimetry_interval').filter((v) => v.where === 'Lò Văn Tuấn');
    expect(again!.verdict.status).toBe('pass');
    expect(again!.verdict.basis?.formula?.vi).toContain('3 lần đọc: 05/04/2025, 04/07/2025, 02/10/2025');
  });

  it('shows the dose verdicts in the register warnings of the facility', () => {
    const { core } = tempCore();
    const { facilityId, radiographer } = clinic(core);
    for (const q of QUARTERS) ok(core.call('doseRecords.create', { workerId: radiographer, ...q, hp10: 5.25, readOn: addDaysIso(quarterEnd(q.year, q.quarter), 10) }));
    const doses = ok(core.call('warnings.list', { facilityId })).filter((w) => w.kind === 'worker_dose');
    expect(doses).toHaveLength(1);
    expect(doses[0]).toMatchObject({ state: 'overdue', severity: 'critical', record: { entity: 'worker', id: radiographer, label: 'Lò Văn Tuấn' }, ruleId: 'radiation.dose.worker_effective' });
    expect(doses[0]!.explanation.vi).toContain('= 105 / 5 = 21 mSv/năm > giới hạn 20');
    // The reading interval comes from the reading dates: the last one, 10/10/2025, is recent.
    expect(ok(core.call('warnings.list', { facilityId })).filter((w) => w.kind === 'dosimetry_late' && w.record.id === radiographer)).toEqual([]);
  });
});

describe('dose record dates have a meaning-based range', () => {
  it('refuses a period that has not begun, a reading before its period, and a reading after today, naming the field', () => {
    const { core } = tempCore();
    const { radiographer } = clinic(core);
    const future = refused(core.call('doseRecords.create', { workerId: radiographer, year: 2026, quarter: 1, hp10: 0.2 }));
    expect(future.issues?.[0]).toMatchObject({ path: 'quarter' });
    expect(future.issues?.[0]?.vi).toContain('quý 1/2026 (từ 01/01/2026) chưa bắt đầu');
    const early = refused(core.call('doseRecords.create', { workerId: radiographer, year: 2025, quarter: 3, hp10: 0.2, readOn: '2025-06-30' }));
    expect(early.issues?.[0]).toMatchObject({ path: 'readOn' });
    expect(early.issues?.[0]?.en).toContain('must be from 01/07/2025 to today, 20/11/2025');
    const later = refused(core.call('doseRecords.create', { workerId: radiographer, year: 2025, quarter: 3, hp10: 0.2, readOn: '2025-12-01' }));
    expect(later.issues?.[0]).toMatchObject({ path: 'readOn' });
    expect(later.issues?.[0]?.vi).toContain('Ngày đọc liều kế');
    expect(ok(core.call('doseRecords.list', { workerId: radiographer })).rows).toEqual([]);
  });
});

function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
