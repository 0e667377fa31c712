import { describe, expect, it } from 'vitest';
import { consoleReading, ok, refused, tempCore, xrayCheck } from './helpers';

describe('failed measurements become findings that explain themselves', () => {
  it('a console dose rate of 12 µSv/h becomes a critical finding as it is saved, with the verdict, limit and citation', () => {
    const { core } = tempCore();
    const { id, unitId, facilityId } = xrayCheck(core);
    consoleReading(core, id, unitId, 12);
    // Saving the answer judged it already: judging again finds nothing to do.
    const judged = ok(core.call('inspections.judge', { inspectionId: id, itemKey: 'unit_dose_rates' }));
    expect(judged.findings).toEqual({ created: 0, updated: 0, dismissed: 0, reopened: 0 });

    const [finding, ...rest] = ok(core.call('findings.list', { inspectionId: id }));
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      origin: 'rule',
      status: 'open',
      severity: 'critical',
      facilityId,
      itemKey: 'unit_dose_rates',
      instanceKey: unitId,
      ruleId: 'radiation.dose_rate.console',
      packId: 'radiation-xray-142-2020',
      packVersion: '1.0.0',
    });
    expect(finding!.verdict).toMatchObject({ status: 'fail', value: 12, unit: 'µSv/h', limit: { min: null, max: 10 } });
    expect(finding!.verdict!.citation.vi).toMatch(/13\/2014\/TTLT-BKHCN-BYT/);
    expect(finding!.description).toContain('12 µSv/h > 10 µSv/h');
    expect(finding!.description).toContain('không đạt');
    expect(finding!.title).toContain('GX-77');
  });

  it('judging again changes nothing, and a new reading updates the same finding', () => {
    const { core } = tempCore();
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 12);
    ok(core.call('inspections.judge', { inspectionId: id }));
    const before = ok(core.call('findings.list', { inspectionId: id }));
    const audits = () => (core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'finding'").get() as { n: number }).n;
    const auditBefore = audits();

    const again = ok(core.call('inspections.judge', { inspectionId: id }));
    expect(again.findings).toEqual({ created: 0, updated: 0, dismissed: 0, reopened: 0 });
    expect(audits()).toBe(auditBefore);
    expect(ok(core.call('findings.list', { inspectionId: id }))).toEqual(before);

    consoleReading(core, id, unitId, 15);
    const after = ok(core.call('findings.list', { inspectionId: id }));
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after[0]!.verdict!.value).toBe(15);
  });

  it('a reading that passes later dismisses the auto finding, and a new failure reopens the same one', () => {
    const { core } = tempCore();
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 12);
    ok(core.call('inspections.judge', { inspectionId: id, itemKey: 'unit_dose_rates' }));
    const original = ok(core.call('findings.list', { inspectionId: id }))[0]!;

    consoleReading(core, id, unitId, 8);
    const dismissed = ok(core.call('findings.list', { inspectionId: id }))[0]!;
    expect(dismissed).toMatchObject({ id: original.id, status: 'dismissed' });
    expect(dismissed.verdict).toMatchObject({ status: 'pass', value: 8 });

    consoleReading(core, id, unitId, 14);
    expect(ok(core.call('findings.list', { inspectionId: id }))[0]).toMatchObject({ id: original.id, status: 'open' });
  });

  it('keeps manual findings, and an auto finding the inspector dismissed stays dismissed', () => {
    const { core } = tempCore();
    const { id, unitId } = xrayCheck(core);
    const manual = ok(core.call('findings.create', { inspectionId: id, severity: 'medium', title: 'Phòng chụp không có nội quy', description: 'Chưa niêm yết nội quy an toàn bức xạ tại cửa phòng' }));
    consoleReading(core, id, unitId, 12);
    ok(core.call('inspections.judge', { inspectionId: id }));
    const auto = ok(core.call('findings.list', { inspectionId: id })).find((f) => f.origin === 'rule')!;
    ok(core.call('findings.update', { id: auto.id, patch: { status: 'dismissed', severity: 'high' } }));

    consoleReading(core, id, unitId, 8);
    ok(core.call('inspections.judge', { inspectionId: id }));
    consoleReading(core, id, unitId, 13);
    ok(core.call('inspections.judge', { inspectionId: id }));

    const all = ok(core.call('findings.list', { inspectionId: id }));
    expect(all.find((f) => f.id === manual.id)).toMatchObject({ origin: 'manual', status: 'open', title: 'Phòng chụp không có nội quy', verdict: null });
    expect(all.find((f) => f.id === auto.id)).toMatchObject({ status: 'dismissed', severity: 'high' });
    expect(all).toHaveLength(2);
  });

  it('a "no" that hides an item removes the finding of the hidden item', () => {
    const { core } = tempCore();
    const { id } = xrayCheck(core);
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'yes' }));
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_expiry', value: '2025-10-01' }));
    ok(core.call('inspections.judge', { inspectionId: id, itemKey: 'licence_expiry' }));
    const expired = ok(core.call('findings.list', { inspectionId: id })).find((f) => f.itemKey === 'licence_expiry')!;
    expect(expired.verdict).toMatchObject({ ruleId: 'radiation.licence', status: 'fail' });
    expect(expired.severity).toBe('critical');

    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'no' }));
    ok(core.call('inspections.judge', { inspectionId: id, itemKey: 'licence_present' }));
    const after = ok(core.call('findings.list', { inspectionId: id }));
    expect(after.find((f) => f.id === expired.id)).toMatchObject({ status: 'dismissed' });
    expect(after.find((f) => f.itemKey === 'licence_present')).toMatchObject({ status: 'open', ruleId: 'radiation.licence' });
  });

  it('shows verdicts per item with the packs used, without writing anything', () => {
    const { core } = tempCore();
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 12);
    const findingsBefore = ok(core.call('findings.list', { inspectionId: id }));
    const v = ok(core.call('inspections.verdicts', { inspectionId: id }));
    expect(v.date).toBe('2025-11-20');
    expect(v.packs).toEqual([expect.objectContaining({ domain: 'radiation', packId: 'radiation-xray-142-2020', version: '1.0.0' })]);
    const table = v.items.find((i) => i.itemKey === 'unit_dose_rates' && i.instanceKey === unitId)!;
    expect(table.verdicts).toEqual([expect.objectContaining({ key: 'radiation.dose_rate.console', where: 'Bàn điều khiển — Bàn điều khiển' })]);
    // The register's QC date (10/01/2025) judges the unit even before the inspector types one.
    const qc = v.items.find((i) => i.itemKey === 'unit_qc_date')!;
    expect(qc.verdicts[0]!.verdict).toMatchObject({ ruleId: 'radiation.qc_interval', status: 'pass', value: '2025-01-10' });
    expect(v.counts.fail).toBe(1);
    expect(ok(core.call('findings.list', { inspectionId: id }))).toEqual(findingsBefore);
  });

  it('a wastewater BOD5 above C × K becomes a finding judged by QCVN 28 for a system running since 2015', () => {
    const { core } = tempCore();
    const facilityId = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la', beds: 550 })).id;
    const systemId = ok(core.call('wastewaterSystems.create', { facilityId, technology: 'AAO', commissionedOn: '2015-05-01' })).id;
    const id = ok(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital', startedAt: '2025-11-20T08:30' })).id;
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'receiving_water', value: 'column_b' }));
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'lab_results', instanceKey: systemId, value: [{ row: 'bod5', cells: { value: '70' } }, { row: 'salmonella', cells: { value: 'KPH' } }] }));
    ok(core.call('inspections.judge', { inspectionId: id, itemKey: 'lab_results' }));
    const [bod] = ok(core.call('findings.list', { inspectionId: id }));
    expect(bod).toMatchObject({ ruleId: 'wastewater.bod5', packId: 'qcvn-28-2010-btnmt', severity: 'high', instanceKey: systemId });
    expect(bod!.verdict).toMatchObject({ value: 70, limit: { min: null, max: 50 }, basis: expect.objectContaining({ column: 'B', k: 1 }) });
    expect(bod!.description).toContain('Cmax = C × K = 50 × 1 = 50 mg/L');

    // Changing where the water goes re-judges the lab results through the receiving-water item.
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'receiving_water', value: 'central_plant' }));
    ok(core.call('inspections.judge', { inspectionId: id, itemKey: 'receiving_water' }));
    expect(ok(core.call('findings.list', { inspectionId: id }))[0]).toMatchObject({ id: bod!.id, status: 'dismissed', verdict: expect.objectContaining({ status: 'na' }) });
  });

  it('refuses a manual finding on a missing inspection and changes nothing', () => {
    const { core } = tempCore();
    const err = refused(core.call('findings.create', { inspectionId: '01890a5d-ac96-774b-bcce-b302099a8057', severity: 'low', title: 'x' }));
    expect(err.code).toBe('NOT_FOUND');
    expect((core.db.prepare('SELECT count(*) AS n FROM findings').get() as { n: number }).n).toBe(0);
  });
});
