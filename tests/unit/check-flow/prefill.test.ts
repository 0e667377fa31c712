import { describe, expect, it } from 'vitest';
import { answerKey } from '../../../src-shared/checklists/expand';
import { count, hospital, ok, png, refused, tempCore, xrayUnit } from '../inspections/helpers';

type TestCore = ReturnType<typeof tempCore>['core'];

/** Answers every required item the progress report still lists (the register answers the rest); signatures are drawn by their signers. */
function answerWhatIsMissing(core: TestCore, id: string): void {
  const template = ok(core.call('templates.get', { id: 'xray-diagnostic' }));
  const items = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
  for (let pass = 0; pass < 3; pass++) {
    const progress = ok(core.call('inspections.progress', { id }));
    if (progress.missing.length === 0) return;
    for (const m of progress.missing) {
      const item = items.get(m.itemKey)!;
      if (item.type === 'signature') continue; // signed by the people themselves, below
      const doseRow = [{ cells: { point: 'Bàn điều khiển', position: 'console', measured: '0,8' } }];
      const value = { yes_no_na: 'yes', date: '2025-06-01', text: 'Lò Văn Minh', choice: item.choices?.[0]?.key, number: 1, measurement_table: doseRow }[item.type as string] ?? null;
      ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: m.itemKey, instanceKey: m.instanceKey, value }));
    }
  }
}

const started = { decisionNumber: '201/QĐ-SKHCN', decisionDate: '2025-11-10', startedAt: '2025-11-20T08:30' };

function xrayClinic() {
  const { core } = tempCore();
  const facilityId = hospital(core, 'Phòng khám Đa khoa Hà Nội - Sơn La');
  const unitId = xrayUnit(core, facilityId, 'general', 'SN-0042');
  ok(core.call('xrayUnits.update', { id: unitId, patch: { lastQcOn: '2025-03-14' } }));
  const licence = ok(
    core.call('licences.create', { facilityId, kind: 'giay_phep', number: '45/GP-SKHCN', issuedBy: 'Sở KH&CN Sơn La', issuedOn: '2023-05-02', expiresOn: '2026-05-02', units: [{ entity: 'xray_unit', id: unitId }] }),
  );
  const rso = ok(core.call('workers.create', { facilityId, name: 'Lò Văn Tuấn', role: 'radiographer', isRso: true, lastHealthCheckOn: '2025-06-01' }));
  const inspection = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', ...started }));
  return { core, facilityId, unitId, licenceId: licence.id, rsoId: rso.id, inspectionId: inspection.id };
}

describe('the check form is prefilled from the register', () => {
  it('offers the licence number and expiry, the RSO, the last QC date and health check, each saying where it came from', () => {
    const { core, unitId, licenceId, rsoId, inspectionId } = xrayClinic();
    const detail = ok(core.call('inspections.get', { id: inspectionId }));
    const by = new Map(detail.prefill.map((p) => [answerKey(p.itemKey, p.instanceKey), p]));
    expect(by.get(answerKey('licence_present', ''))).toMatchObject({ value: 'yes', source: { entity: 'licence', recordId: licenceId, field: null } });
    expect(by.get(answerKey('licence_number', ''))).toMatchObject({ value: '45/GP-SKHCN', source: { entity: 'licence', field: 'number', label: { vi: 'Giấy phép số 45/GP-SKHCN — số giấy phép' } } });
    expect(by.get(answerKey('licence_expiry', ''))?.value).toBe('2026-05-02');
    expect(by.get(answerKey('has_rso', ''))).toMatchObject({ value: 'yes', source: { entity: 'worker', recordId: rsoId } });
    expect(by.get(answerKey('rso_name', ''))?.value).toBe('Lò Văn Tuấn');
    expect(by.get(answerKey('unit_qc_date', unitId))).toMatchObject({ value: '2025-03-14', source: { entity: 'xray_unit', field: 'lastQcOn' } });
    expect(by.get(answerKey('unit_qc_date', unitId))?.source.label.en).toContain('last QC');
    expect(by.get(answerKey('worker_health_date', rsoId))?.value).toBe('2025-06-01');
    // Nothing is written by opening the form: the register stands in until the inspector confirms.
    expect(count(core, 'inspection_answers')).toBe(0);
  });

  it('counts register answers as answered for progress and judges them (an expired licence from the register fails)', () => {
    const { core, licenceId, inspectionId } = xrayClinic();
    const before = ok(core.call('inspections.progress', { id: inspectionId }));
    const answered = ok(core.call('inspections.get', { id: inspectionId })).prefill.length;
    expect(before.answered).toBeGreaterThanOrEqual(answered - 1);
    expect(before.missing.map((m) => m.itemKey)).not.toContain('licence_present');
    expect(before.missing.map((m) => m.itemKey)).not.toContain('unit_qc_date');

    const ok1 = ok(core.call('inspections.verdicts', { inspectionId }));
    const licenceVerdict = ok1.items.find((i) => i.itemKey === 'licence_expiry');
    expect(licenceVerdict?.verdicts[0]?.verdict.status).toBe('pass');

    ok(core.call('licences.update', { id: licenceId, patch: { expiresOn: '2025-10-01' } }));
    const after = ok(core.call('inspections.verdicts', { inspectionId }));
    expect(after.items.find((i) => i.itemKey === 'licence_expiry')?.verdicts[0]?.verdict.status).toBe('fail');
  });

  it('a typed answer wins over the register; a correction is written back only on request, audited, and checked by the register', () => {
    const { core, unitId, inspectionId } = xrayClinic();
    ok(core.call('inspections.saveAnswer', { inspectionId, itemKey: 'unit_qc_date', instanceKey: unitId, value: '2025-09-30' }));
    const progress = ok(core.call('inspections.progress', { id: inspectionId }));
    expect(progress.missing.map((m) => m.itemKey)).not.toContain('unit_qc_date');
    expect(ok(core.call('xrayUnits.get', { id: unitId })).lastQcOn).toBe('2025-03-14');

    const audits = count(core, 'audit_log');
    const entry = ok(core.call('inspections.writeBack', { inspectionId, itemKey: 'unit_qc_date', instanceKey: unitId }));
    expect(entry.value).toBe('2025-09-30');
    expect(ok(core.call('xrayUnits.get', { id: unitId })).lastQcOn).toBe('2025-09-30');
    expect(count(core, 'audit_log')).toBe(audits + 1);
    const audit = core.db.prepare("SELECT entity, entity_id, action, old_values, new_values FROM audit_log WHERE entity = 'xray_unit' ORDER BY rowid DESC LIMIT 1").get() as Record<string, string>;
    expect(audit).toMatchObject({ entity_id: unitId, action: 'update' });
    expect(JSON.parse(audit.old_values!)).toEqual({ lastQcOn: '2025-03-14' });
    expect(JSON.parse(audit.new_values!)).toEqual({ lastQcOn: '2025-09-30' });

    // Same value as the register again: nothing to write. A derived value (has an RSO) cannot be written back.
    expect(refused(core.call('inspections.writeBack', { inspectionId, itemKey: 'unit_qc_date', instanceKey: unitId })).code).toBe('CONFLICT');
    ok(core.call('inspections.saveAnswer', { inspectionId, itemKey: 'has_rso', value: 'no' }));
    expect(refused(core.call('inspections.writeBack', { inspectionId, itemKey: 'has_rso' })).code).toBe('VALIDATION');
    expect(refused(core.call('inspections.writeBack', { inspectionId, itemKey: 'emergency_plan' })).code).toBe('VALIDATION');
  });

  it('completing writes the register values it used into the minutes, so a later register change does not alter them', () => {
    const { core, licenceId, unitId, inspectionId: id } = xrayClinic();
    expect(count(core, 'inspection_answers')).toBe(0);
    answerWhatIsMissing(core, id);
    // The team leader, a member and the facility's representative sign on the tablet, as at the site.
    for (const [itemKey, signerRole, signerName] of [
      ['sig_truong_doan', 'truong_doan', 'Nguyễn Văn Hùng'],
      ['sig_thanh_vien', 'thanh_vien', 'Đinh Thị Mai'],
      ['sig_dai_dien_co_so', 'dai_dien_co_so', 'Lò Văn Tuấn'],
    ] as const) {
      const blob = ok(core.call('blobs.put', { dataBase64: png(40, 20, itemKey.length).toString('base64'), fileName: `${itemKey}.png`, mime: 'image/png' }));
      ok(core.call('attachments.add', { inspectionId: id, itemKey, instanceKey: '', kind: 'signature', sha256: blob.sha256, signerName, signerRole }));
    }
    const answersBefore = count(core, 'inspection_answers');
    const stored = (itemKey: string, instanceKey = '') =>
      (core.db.prepare('SELECT value FROM inspection_answers WHERE inspection_id = ? AND item_key = ? AND instance_key = ?').get(id, itemKey, instanceKey) as { value: string } | undefined)?.value;

    // Signing before the facility has given its opinion is refused and freezes nothing (one transaction).
    const early = refused(core.call('inspections.complete', { id, endedAt: '2025-11-20T11:30' }));
    expect(early.issues?.map((i) => i.path)).toEqual(['facilityOpinion']);
    expect(count(core, 'inspection_answers')).toBe(answersBefore);
    expect(stored('licence_number')).toBeUndefined();

    ok(core.call('inspections.complete', { id, endedAt: '2025-11-20T11:30', facilityOpinion: 'Cơ sở thống nhất với kết quả kiểm tra.' }));
    expect(count(core, 'inspection_answers')).toBeGreaterThan(answersBefore);
    expect(stored('licence_number')).toBe('"45/GP-SKHCN"');
    expect(stored('unit_qc_date', unitId)).toBe('"2025-03-14"');
    ok(core.call('licences.update', { id: licenceId, patch: { number: '99/GP-SKHCN' } }));
    const detail = ok(core.call('inspections.get', { id }));
    expect(detail.inspection.status).toBe('signed');
    expect(detail.prefill).toEqual([]);
    expect(detail.answers.find((a) => a.itemKey === 'licence_number')?.value).toBe('45/GP-SKHCN');
  });

  it('a wastewater system gives design capacity, actual flow, commissioning, disinfection and the permit', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const system = ok(
      core.call('wastewaterSystems.create', {
        facilityId,
        technology: 'AAO kết hợp MBBR hợp khối',
        designCapacityM3PerDay: 250,
        actualFlowM3PerDay: 180,
        commissionedOn: '2019-07-01',
        disinfection: 'Clo (Javen)',
        dischargeColumn: 'B',
        permitNo: '12/GP-UBND',
        permitExpiresOn: '2027-12-31',
      }),
    );
    const inspection = ok(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital', ...started }));
    const detail = ok(core.call('inspections.get', { id: inspection.id }));
    const value = (item: string, instance = '') => detail.prefill.find((p) => p.itemKey === item && p.instanceKey === instance)?.value;
    expect(value('design_capacity', system.id)).toBe(250);
    expect(value('actual_flow', system.id)).toBe(180);
    expect(value('commissioning_date', system.id)).toBe('2019-07-01');
    expect(value('disinfection', system.id)).toBe('chlorine');
    expect(value('technology', system.id)).toBe('mbbr');
    expect(value('env_permit')).toBe('yes');
    expect(value('env_permit_number')).toBe('12/GP-UBND');
    expect(value('env_permit_expiry')).toBe('2027-12-31');
    expect(value('receiving_water')).toBe('column_b');
    // The capacity rule reads the register's flow through the prefill: 180 of 250 m³/day passes.
    const verdicts = ok(core.call('inspections.verdicts', { inspectionId: inspection.id }));
    const capacity = verdicts.items.find((i) => i.itemKey === 'actual_flow' && i.instanceKey === system.id);
    expect(capacity?.verdicts[0]?.verdict.status).toBe('pass');
  });
});
