import { describe, expect, it } from 'vitest';
import { count, facility, ok, tempCore, writeCounts } from './helpers';

describe('an inspector enters quarterly personal dose readings', () => {
  it('records doses typed with decimal commas, one per worker and quarter, and lists them by period', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const w = ok(core.call('workers.create', { facilityId: fac, name: 'Quàng Văn Sáng', role: 'radiographer' }));
    const q1 = ok(core.call('doseRecords.create', { workerId: w.id, year: '2025', quarter: '1', hp10: '0,15', hp007: '0,2', lens: '0,1' }));
    expect(q1).toMatchObject({ hp10: 0.15, hp007: 0.2, lens: 0.1, hw: null, facilityId: fac, workerName: 'Quàng Văn Sáng' });
    ok(core.call('doseRecords.create', { workerId: w.id, year: 2024, quarter: 4, hp10: 0.3 }));
    ok(core.call('doseRecords.create', { workerId: w.id, year: 2025, quarter: 2, hp10: 0.05 }));
    const periods = (input: Parameters<typeof core.call<'doseRecords.list'>>[1]) =>
      ok(core.call('doseRecords.list', input)).rows.map((r) => `${r.year}Q${r.quarter}`);
    expect(periods({ workerId: w.id })).toEqual(['2024Q4', '2025Q1', '2025Q2']);
    expect(periods({ workerId: w.id, desc: true })).toEqual(['2025Q2', '2025Q1', '2024Q4']);
    expect(periods({ yearFrom: 2025 })).toEqual(['2025Q1', '2025Q2']);
    expect(periods({ quarter: 4 })).toEqual(['2024Q4']);
    expect(periods({ sort: 'hp10', desc: true })).toEqual(['2024Q4', '2025Q1', '2025Q2']);

    const before = writeCounts(core, 'dose_records');
    const dup = core.call('doseRecords.create', { workerId: w.id, year: 2025, quarter: 1, hp10: 0.2 });
    expect(!dup.ok && dup.error.issues?.[0]).toMatchObject({ path: 'quarter', vi: 'Đã có kết quả liều quý 1/2025 của nhân viên này' });
    expect(writeCounts(core, 'dose_records')).toEqual(before);

    // Deleting the reading frees the quarter for a corrected one. A worker's quarter is one record
    // on every device (its id is made from worker and period), so the correction is that record back.
    ok(core.call('doseRecords.delete', { id: q1.id, reason: 'Nhập trùng' }));
    const corrected = ok(core.call('doseRecords.create', { workerId: w.id, year: 2025, quarter: 1, hp10: 0.18 }));
    expect(corrected).toMatchObject({ id: q1.id, hp10: 0.18, deletedAt: null });
    expect(count(core, 'dose_records')).toBe(3);
  });

  it('takes H_W and H_N for interventional staff only, and refuses negative doses and quarter 5', () => {
    const { core } = tempCore();
    const fac = facility(core);
    const nurse = ok(core.call('workers.create', { facilityId: fac, name: 'Lường Thị Hoa', role: 'nurse' }));
    const doc = ok(core.call('workers.create', { facilityId: fac, name: 'Tòng Văn Hải', role: 'interventionalist', interventional: true }));
    const two = ok(core.call('doseRecords.create', { workerId: doc.id, year: 2025, quarter: 3, hw: '0,4', hn: '3,2' }));
    expect(two).toMatchObject({ hw: 0.4, hn: 3.2 });
    const before = writeCounts(core, 'dose_records');
    const r = core.call('doseRecords.create', { workerId: nurse.id, year: 2025, quarter: 3, hw: 0.4 });
    expect(!r.ok && r.error.issues?.map((i) => i.path)).toEqual(['hw']);
    const neg = core.call('doseRecords.create', { workerId: nurse.id, year: 2025, quarter: 5, hp10: '-0,1' });
    expect(!neg.ok && neg.error.issues?.map((i) => i.path).sort()).toEqual(['hp10', 'quarter']);
    const noWorker = core.call('doseRecords.create', { workerId: '01900000-0000-7000-8000-000000000000', year: 2025, quarter: 1 });
    expect(!noWorker.ok && noWorker.error.issues?.map((i) => i.path)).toEqual(['workerId']);
    const patch = core.call('doseRecords.update', { id: two.id, patch: { hn: '-1' } });
    expect(!patch.ok && patch.error.issues?.map((i) => i.path)).toEqual(['patch.hn']);
    expect(writeCounts(core, 'dose_records')).toEqual(before);
    expect(ok(core.call('doseRecords.update', { id: two.id, patch: { quarter: 4 } })).quarter).toBe(4);
  });
});
