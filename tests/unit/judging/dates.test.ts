import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { evaluateQc } from '../../../src-shared/rules/radiation';
import { dateRange, registerDateRange } from '../../../src-shared/schemas/date-ranges';
import { hospital, ok, refused, tempCore, xrayCheck } from '../findings/helpers';
import { radiation } from '../rules/shipped';

/** Today (the core's clock) is 20/11/2025; the checks start that day. */
const count = (core: Core, table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('every date has a range that follows from what it means', () => {
  it('a last QC date of 01/01/2030 is refused in the register, naming the field and the allowed range', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const err = refused(core.call('xrayUnits.create', { facilityId, type: 'ct', serial: 'CT-30', lastQcOn: '2030-01-01' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.issues).toEqual([
      expect.objectContaining({
        path: 'lastQcOn',
        vi: 'Ngày kiểm định gần nhất: 01/01/2030 không hợp lệ — ngày kiểm định gần nhất là việc đã diễn ra nên không được sau hôm nay 20/11/2025; ngày phải từ 01/01/1900 đến 20/11/2025',
      }),
    ]);
    expect(err.issues![0]!.en).toContain('Last verification date: 01/01/2030 is not allowed');
    expect(err.issues![0]!.en).toContain('from 01/01/1900 to 20/11/2025');
    expect(count(core, 'xray_units')).toBe(0);
  });

  it('a last QC date of 01/01/2030 typed in the check form is refused, and never judged "Đạt" if it arrives anyway', () => {
    const { core } = tempCore();
    const { id, unitId } = xrayCheck(core);
    const err = refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_qc_date', instanceKey: unitId, value: '2030-01-01' }));
    expect(err.vi).toContain('Ngày kiểm định gần nhất: 01/01/2030 không hợp lệ');
    expect(err.vi).toContain('không được sau ngày kiểm tra 20/11/2025; ngày phải từ 01/01/1900 đến 20/11/2025');
    expect(count(core, 'inspection_answers')).toBe(0);
    // Data from before this rule (or another device) is still never a pass.
    const v = evaluateQc(radiation, { type: 'general', lastQcDate: '2030-01-01' }, '2025-11-20');
    expect(v.status).toBe('missing_data');
    expect(v.explanation.vi).toContain('sau ngày kiểm tra 20/11/2025');
  });

  it('an operating start in 2031 is refused for the facility, the wastewater system and the check form', () => {
    const { core } = tempCore();
    const bad = refused(core.call('facilities.create', { name: 'Bệnh viện Tương Lai', kind: 'hospital', provinceCode: 'son-la', operatingSince: '2031-03-01' }));
    expect(bad.issues?.[0]).toMatchObject({ path: 'operatingSince' });
    expect(bad.issues?.[0]!.vi).toContain('Ngày bắt đầu hoạt động: 01/03/2031 không hợp lệ');
    const facilityId = hospital(core);
    expect(refused(core.call('facilities.update', { id: facilityId, patch: { operatingSince: '2031-03-01' } })).issues?.[0]).toMatchObject({ path: 'patch.operatingSince' });
    expect(refused(core.call('wastewaterSystems.create', { facilityId, technology: 'AAO', commissionedOn: '2031-01-01' })).issues?.[0]).toMatchObject({ path: 'commissionedOn' });
    const systemId = ok(core.call('wastewaterSystems.create', { facilityId, technology: 'AAO', commissionedOn: '2015-01-01' })).id;
    const id = ok(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital', startedAt: '2025-11-20T08:30' })).id;
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'commissioning_date', instanceKey: systemId, value: '2031-01-01' })).vi).toContain('01/01/2031 không hợp lệ');
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'commissioning_date', instanceKey: systemId, value: '2015-01-01' }));
  });

  it('a requirement deadline before the check is refused (no "quá hạn 2527 ngày"), on create and on update', () => {
    const { core } = tempCore();
    const { id } = xrayCheck(core);
    const err = refused(core.call('requirements.create', { inspectionId: id, text: 'Kiểm định lại thiết bị', deadline: '2018-12-20' }));
    expect(err.vi).toBe('Thời hạn khắc phục: 20/12/2018 không hợp lệ — thời hạn khắc phục là thời hạn nên không được trước ngày kiểm tra 20/11/2025; ngày phải từ 20/11/2025 đến 31/12/2100');
    expect(err.issues?.[0]).toMatchObject({ path: 'deadline' });
    expect(count(core, 'requirements')).toBe(0);
    const r = ok(core.call('requirements.create', { inspectionId: id, text: 'Kiểm định lại thiết bị', deadline: '2025-12-31' }));
    expect(refused(core.call('requirements.update', { id: r.id, patch: { deadline: '2025-11-19' } })).issues?.[0]).toMatchObject({ path: 'patch.deadline' });
    expect(ok(core.call('requirements.update', { id: r.id, patch: { deadline: '2025-11-20' } })).deadline).toBe('2025-11-20');
  });

  it('past events of workers, licences and sources cannot be in the future; expiry dates may be', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    expect(refused(core.call('workers.create', { facilityId, name: 'Lò Văn Sơn', role: 'radiographer', lastHealthCheckOn: '2025-11-21' })).issues?.[0]).toMatchObject({ path: 'lastHealthCheckOn' });
    expect(refused(core.call('workers.create', { facilityId, name: 'Lò Văn Sơn', role: 'radiographer', trainingOn: '2026-01-01' })).issues?.[0]).toMatchObject({ path: 'trainingOn' });
    expect(refused(core.call('licences.create', { facilityId, kind: 'giay_phep', number: '1/GP', issuedOn: '2026-02-01' })).issues?.[0]).toMatchObject({ path: 'issuedOn' });
    expect(refused(core.call('sealedSources.create', { facilityId, nuclide: 'Cs-137', activity: 1, activityUnit: 'GBq', referenceDate: '2027-01-01' })).issues?.[0]).toMatchObject({ path: 'referenceDate' });
    ok(core.call('licences.create', { facilityId, kind: 'giay_phep', number: '2/GP', issuedOn: '2025-02-01', expiresOn: '2028-01-31' }));
  });

  it('impossible dates are refused: before 1900, after 2100, 31/02', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const old = refused(core.call('licences.create', { facilityId, kind: 'giay_phep', number: '3/GP', expiresOn: '1899-12-31' }));
    expect(old.issues?.[0]!.vi).toBe('Ngày hết hạn: 31/12/1899 không hợp lệ, ngày phải từ 01/01/1900 đến 31/12/2100');
    expect(refused(core.call('licences.create', { facilityId, kind: 'giay_phep', number: '3/GP', expiresOn: '2101-01-01' })).issues?.[0]).toMatchObject({ path: 'expiresOn' });
    expect(refused(core.call('licences.create', { facilityId, kind: 'giay_phep', number: '3/GP', expiresOn: '2026-02-31' })).issues?.[0]!.vi).toContain('Ngày không tồn tại');
    const { id } = xrayCheck(core, facilityId);
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'yes' }));
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_expiry', value: '1899-01-01' })).vi).toContain('01/01/1899 không hợp lệ');
    expect(count(core, 'licences')).toBe(0);
  });

  it('an edit that does not touch an out-of-range date is not blocked by it', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const unit = ok(core.call('xrayUnits.create', { facilityId, type: 'general', serial: 'GX-1', lastQcOn: '2025-01-01' }));
    core.db.prepare("UPDATE xray_units SET last_qc_on = '2030-01-01' WHERE id = ?").run(unit.id);
    expect(ok(core.call('xrayUnits.update', { id: unit.id, patch: { room: 'Phòng 2' } })).room).toBe('Phòng 2');
  });

  it('the date pickers get the same ranges (one table for core and renderer)', () => {
    expect(registerDateRange('xray_units', 'lastQcOn', '2025-11-20')).toEqual({ min: '1900-01-01', max: '2025-11-20' });
    expect(registerDateRange('licences', 'expiresOn', '2025-11-20')).toEqual({ min: '1900-01-01', max: '2100-12-31' });
    expect(dateRange('deadline', '2025-11-20')).toEqual({ min: '2025-11-20', max: '2100-12-31' });
  });
});
