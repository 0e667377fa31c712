import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { hospital, ok, tempCore } from '../findings/helpers';

/**
 * Every fact a judge reads from the register when the form leaves the item empty: each test
 * answers nothing for the item and expects the verdict to come from the register record.
 * Today is 20/11/2025; the checks start that day.
 */
function verdictsOf(core: Core, inspectionId: string, itemKey: string, instanceKey: string) {
  const v = ok(core.call('inspections.verdicts', { inspectionId }));
  const item = v.items.find((i) => i.itemKey === itemKey && i.instanceKey === instanceKey);
  if (!item) throw new Error(`no verdicts for ${itemKey}`);
  return item.verdicts.map((x) => x.verdict);
}

function wastewaterCheck(core: Core, system: Record<string, unknown>) {
  const facilityId = hospital(core);
  const systemId = ok(core.call('wastewaterSystems.create', { facilityId, technology: 'AAO', commissionedOn: '2015-06-01', ...system })).id;
  const id = ok(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital', decisionNumber: '88/QĐ-SKHCN', startedAt: '2025-11-20T08:30' })).id;
  return { facilityId, systemId, id };
}

function bod5(core: Core, inspectionId: string, systemId: string, value: string) {
  ok(core.call('inspections.saveAnswer', { inspectionId, itemKey: 'lab_results', instanceKey: systemId, value: [{ row: 'bod5', cells: { value } }] }));
}

describe('judges read the register when the form leaves an item empty', () => {
  it('the capacity check reads design capacity and actual flow (m³/day) from the wastewater system', () => {
    const { core } = tempCore();
    const { systemId, id } = wastewaterCheck(core, { designCapacityM3PerDay: 50, actualFlowM3PerDay: 65 });
    const [v] = verdictsOf(core, id, 'actual_flow', systemId);
    expect(v).toMatchObject({ status: 'fail', value: 65, limit: { min: null, max: 50 } });
    expect(v!.explanation.vi).toContain('65');
    expect(v!.explanation.vi).toContain('50');
  });

  it('the receiving water comes from the system’s discharge column (A: Cmax 30 mg/L for BOD5)', () => {
    const { core } = tempCore();
    const { systemId, id } = wastewaterCheck(core, { dischargeColumn: 'A' });
    bod5(core, id, systemId, '40');
    const [v] = verdictsOf(core, id, 'lab_results', systemId);
    expect(v).toMatchObject({ status: 'fail', packId: 'qcvn-28-2010-btnmt', limit: { max: 30 }, basis: expect.objectContaining({ column: 'A' }) });
  });

  it('the K of the system’s discharge permit overrides the K table, quoting the permit number', () => {
    const { core } = tempCore();
    const { systemId, id } = wastewaterCheck(core, { dischargeColumn: 'B', permitK: 1.5, permitNo: 'GP-12/STNMT' });
    bod5(core, id, systemId, '70');
    const [v] = verdictsOf(core, id, 'lab_results', systemId);
    expect(v).toMatchObject({ status: 'pass', limit: { max: 75 }, basis: expect.objectContaining({ k: 1.5, kSource: 'permit' }) });
    expect(v!.basis!.kReason!.vi).toContain('GP-12/STNMT');
  });

  it('the permit expiry comes from the wastewater systems’ permits, the one running out first', () => {
    const { core } = tempCore();
    const { facilityId, id } = wastewaterCheck(core, { permitNo: 'GP-9', permitExpiresOn: '2027-10-31' });
    ok(core.call('wastewaterSystems.create', { facilityId, technology: 'Bể lọc sinh học', permitNo: 'GP-10', permitExpiresOn: '2025-10-31' }));
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'env_permit', value: 'yes' }));
    const [v] = verdictsOf(core, id, 'env_permit_expiry', '');
    expect(v).toMatchObject({ status: 'fail', value: '2025-10-31' });
    expect(v!.explanation.vi).toContain('theo sổ đăng ký: Bể lọc sinh học');
  });

  it('the system’s commissioning date makes a system running since 2015 keep QCVN 28', () => {
    const { core } = tempCore();
    const { systemId, id } = wastewaterCheck(core, { dischargeColumn: 'B' });
    bod5(core, id, systemId, '45');
    const [v] = verdictsOf(core, id, 'lab_results', systemId);
    expect(v).toMatchObject({ status: 'pass', packId: 'qcvn-28-2010-btnmt' });
  });

  it('a unit’s last verification date and type come from the X-ray unit record (a CT is due after 12 months)', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const ct = ok(core.call('xrayUnits.create', { facilityId, type: 'ct', serial: 'CT-1', lastQcOn: '2024-09-01' })).id;
    const general = ok(core.call('xrayUnits.create', { facilityId, type: 'general', serial: 'GX-2', lastQcOn: '2024-09-01' })).id;
    const id = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '12/QĐ', startedAt: '2025-11-20T08:30' })).id;
    expect(verdictsOf(core, id, 'unit_qc_date', ct)[0]).toMatchObject({ status: 'fail', value: '2024-09-01', aspect: 'ct' });
    expect(verdictsOf(core, id, 'unit_qc_date', general)[0]).toMatchObject({ status: 'pass', value: '2024-09-01', aspect: 'general' });
  });

  it('a worker’s last health check and last refresher (else first training) come from the worker record', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const late = ok(core.call('workers.create', { facilityId, name: 'Lò Văn Sơn', role: 'radiographer', lastHealthCheckOn: '2024-06-01', trainingOn: '2021-05-10' })).id;
    const fresh = ok(core.call('workers.create', { facilityId, name: 'Cầm Thị Hoa', role: 'radiographer', lastHealthCheckOn: '2025-06-01', trainingOn: '2019-01-01', lastRefresherOn: '2024-03-01' })).id;
    const id = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '13/QĐ', startedAt: '2025-11-20T08:30' })).id;
    expect(verdictsOf(core, id, 'worker_health_date', late)[0]).toMatchObject({ status: 'fail', value: '2024-06-01' });
    expect(verdictsOf(core, id, 'worker_health_date', fresh)[0]).toMatchObject({ status: 'pass', value: '2025-06-01' });
    expect(verdictsOf(core, id, 'worker_training_date', late)[0]).toMatchObject({ status: 'fail', value: '2021-05-10' });
    expect(verdictsOf(core, id, 'worker_training_date', fresh)[0]).toMatchObject({ status: 'pass', value: '2024-03-01' });
  });

  it('a source’s nuclide, activity and reference date come from the sealed-source record', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const source = ok(core.call('sealedSources.create', { facilityId, nuclide: 'Co-60', activity: 100, activityUnit: 'GBq', referenceDate: '2015-11-20', serial: 'CO-9' })).id;
    const id = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'sealed-sources', decisionNumber: '14/QĐ', startedAt: '2025-11-20T08:30' })).id;
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'source_group', instanceKey: source, value: 'group_3' }));
    const [v] = verdictsOf(core, id, 'source_group', source);
    expect(v!.status).not.toBe('missing_data');
    expect(v!.basis!.formula!.vi).toContain('A = A0');
  });
});
