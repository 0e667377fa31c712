import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { count, hospital, ok, refused, tempCore, xrayUnit } from './helpers';

function radiationCheck(core: Core) {
  const facilityId = hospital(core);
  const unitId = xrayUnit(core, facilityId, 'general', 'GX-77');
  const inspection = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '125/QĐ-SKHCN' }));
  return { facilityId, unitId, id: inspection.id };
}

function wastewaterCheck(core: Core) {
  const facilityId = hospital(core, 'Trung tâm Y tế huyện Mộc Châu');
  const systemId = ok(core.call('wastewaterSystems.create', { facilityId, technology: 'AAO' })).id;
  const id = ok(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital' })).id;
  return { systemId, id };
}

// A new row is one entry for the row itself (field ''); a later change of a field adds that field's entry.
const SYNC_FIELDS_LICENCE = [''];
const SYNC_FIELDS_QC = ['', 'value'];

describe('an inspector fills the check form and every answer is kept', () => {
  it('saves an answer, changes it, and finds both in the file after reopening, with audit and change log', () => {
    const { core, dir } = tempCore();
    const { id, unitId } = radiationCheck(core);
    const licence = ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', instanceKey: '', value: 'yes' }));
    const first = ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_qc_certificate', instanceKey: unitId, value: 'no', note: 'Hết hạn từ tháng 3' }));
    const changed = ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_qc_certificate', instanceKey: unitId, value: 'yes' }));
    expect(changed.id).toBe(first.id);
    expect(changed.note).toBe('Hết hạn từ tháng 3');
    const audit = core.db.prepare("SELECT action, old_values, new_values FROM audit_log WHERE entity = 'inspection_answer' AND entity_id = ? ORDER BY id").all(first.id) as {
      action: string;
      old_values: string | null;
      new_values: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.new_values)).toEqual({ value: '"yes"' });
    // Sync state: one entry per field each answer set, stamped by this device (the second save of
    // unit_qc_certificate moved its value's entry on, it did not add one).
    const state = (rowId: string) =>
      (core.db.prepare('SELECT s.field, s.kind, d.device_id AS device FROM sync_state s JOIN sync_devices d ON d.n = s.device WHERE s.row_id = ? ORDER BY s.field').all(rowId) as { field: string; kind: string; device: string }[]);
    expect(state(licence.id).map((r) => r.field)).toEqual(SYNC_FIELDS_LICENCE);
    expect(state(first.id).map((r) => r.field)).toEqual(SYNC_FIELDS_QC);
    expect(new Set([...state(licence.id), ...state(first.id)].map((r) => r.device))).toEqual(new Set([core.env.deviceId]));
    core.close();

    const again = tempCore(dir).core;
    const detail = ok(again.call('inspections.get', { id }));
    expect(detail.inspection.status).toBe('in_progress');
    expect(detail.answers.map((a) => [a.itemKey, a.instanceKey, a.value])).toEqual([
      ['licence_present', '', 'yes'],
      ['unit_qc_certificate', unitId, 'yes'],
    ]);
    expect(detail.progress.answered).toBe(2);
  });

  it('reads "0,5" as 0.5 in a number item and in a dose-rate table', () => {
    const { core } = tempCore();
    const { id, unitId } = radiationCheck(core);
    const leak = ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_tube_leakage', instanceKey: unitId, value: '0,5' }));
    // Tube leakage has a unit list (mGy/h, µGy/h): the number is kept with the item's own unit.
    expect(leak.value).toEqual({ value: 0.5, unit: 'mGy/h' });
    const table = ok(
      core.call('inspections.saveAnswer', {
        inspectionId: id,
        itemKey: 'unit_dose_rates',
        instanceKey: unitId,
        value: [{ cells: { point: 'Bàn điều khiển', position: 'console', measured: '1,25', background: '0,12' } }],
      }),
    );
    expect(table.value).toEqual([{ cells: { point: 'Bàn điều khiển', position: 'console', measured: 1.25, background: 0.12, unit: 'µSv/h' } }]);
  });

  it('refuses pH 15 naming the item, and writes nothing', () => {
    const { core } = tempCore();
    const { id, systemId } = wastewaterCheck(core);
    const before = count(core, 'audit_log');
    const error = refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'ph_onsite', instanceKey: systemId, value: '15' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.vi).toContain('pH đo nhanh tại hiện trường (cửa xả)');
    expect(error.vi).toContain('≤ 14');
    expect(error.en).toContain('pH measured on site');
    expect(count(core, 'inspection_answers')).toBe(0);
    expect(count(core, 'audit_log')).toBe(before);
    expect(ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'ph_onsite', instanceKey: systemId, value: '7,4' })).value).toBe(7.4);
  });

  it('keeps lab results per QCVN 28 parameter as text, so "KPH" is a result', () => {
    const { core } = tempCore();
    const { id, systemId } = wastewaterCheck(core);
    const rows = [
      { row: 'cod', cells: { value: '36', unit: 'mg/L', lab: 'Trung tâm Quan trắc Sơn La', sample_date: '05/11/2025' } },
      { row: 'salmonella', cells: { value: 'KPH', unit: '/100 mL' } },
    ];
    const saved = ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'lab_results', instanceKey: systemId, value: rows }));
    expect(saved.value).toEqual([
      { row: 'cod', cells: { value: '36', unit: 'mg/L', lab: 'Trung tâm Quan trắc Sơn La', sample_date: '05/11/2025' } },
      { row: 'salmonella', cells: { value: 'KPH', unit: 'vi khuẩn/100 mL', lab: null, sample_date: null } },
    ]);
    const unknownRow = refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'lab_results', instanceKey: systemId, value: [{ row: 'lead', cells: { value: '1' } }] }));
    expect(unknownRow.en).toContain('row "lead" is not in the template');
    const twice = refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'lab_results', instanceKey: systemId, value: [rows[0], rows[0]] }));
    expect(twice.vi).toContain('bị lặp');
  });

  it('refuses a negative dose rate, in a table cell and in a number item', () => {
    const { core } = tempCore();
    const { id, unitId } = radiationCheck(core);
    const cell = refused(
      core.call('inspections.saveAnswer', {
        inspectionId: id,
        itemKey: 'unit_dose_rates',
        instanceKey: unitId,
        value: [{ cells: { point: 'Hành lang', position: 'public_area', measured: '-0,2' } }],
      }),
    );
    expect(cell.vi).toContain('Suất liều đo được');
    expect(cell.vi).toContain('dòng 1');
    const noValue = refused(
      core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_dose_rates', instanceKey: unitId, value: [{ cells: { point: 'Hành lang', position: 'public_area' } }] }),
    );
    expect(noValue.vi).toContain('thiếu "Suất liều đo được"');
    const leak = refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_tube_leakage', instanceKey: unitId, value: -1 }));
    expect(leak.en).toContain('must be ≥ 0');
    expect(count(core, 'inspection_answers')).toBe(0);
  });

  it('refuses an unknown item, a choice not offered, and a unit item without its unit', () => {
    const { core } = tempCore();
    const { id } = radiationCheck(core);
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'no_such', value: 'yes' })).en).toContain('no item "no_such"');
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'maybe' })).code).toBe('VALIDATION');
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_qc_certificate', value: 'yes' })).issues?.[0]?.path).toBe('instanceKey');
  });

  it('completes only when required items are answered, naming the missing ones, and then refuses further answers', () => {
    const { core } = tempCore();
    const { id } = radiationCheck(core);
    const missing = refused(core.call('inspections.complete', { id }));
    expect(missing.code).toBe('CONFLICT');
    expect(missing.vi).toContain('Có giấy phép tiến hành công việc bức xạ');
    expect(missing.issues?.map((i) => i.path)).toContain('licence_present');

    // Answer everything the form still asks for, as the progress report lists it.
    for (let pass = 0; pass < 3; pass++) {
      const progress = ok(core.call('inspections.progress', { id }));
      if (progress.missing.length === 0) break;
      const template = ok(core.call('templates.get', { id: 'xray-diagnostic' }));
      const items = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
      for (const m of progress.missing) {
        const item = items.get(m.itemKey)!;
        if (item.type === 'signature') {
          const blob = ok(core.call('blobs.put', { dataBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', fileName: 'ky.png', mime: 'image/png' }));
          ok(core.call('attachments.add', { inspectionId: id, itemKey: m.itemKey, instanceKey: m.instanceKey, kind: 'signature', sha256: blob.sha256, signerName: 'Nguyễn Văn Hùng', signerRole: 'truong_doan' }));
          continue;
        }
        const doseRow = [{ cells: { point: 'Bàn điều khiển', position: 'console', measured: '0,8' } }];
        const value = { yes_no_na: 'yes', date: '2025-06-01', text: 'Lò Văn Minh', choice: item.choices?.[0]?.key, number: 1, measurement_table: doseRow }[item.type as string] ?? null;
        ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: m.itemKey, instanceKey: m.instanceKey, value }));
      }
    }
    const done = ok(core.call('inspections.complete', { id, conclusion: 'Cơ sở chấp hành tốt quy định.', endedAt: '2025-11-20T11:30', facilityOpinion: 'Cơ sở thống nhất.' }));
    expect(done.status).toBe('signed');
    expect(done.completedAt).toBe('2025-11-20T08:00:00.000Z');
    expect(done.conclusion).toBe('Cơ sở chấp hành tốt quy định.');

    const late = refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'no' }));
    expect(late.code).toBe('CONFLICT');
    expect(late.vi).toContain('đã ký');
    expect(refused(core.call('inspections.update', { id, patch: { place: 'Khác' } })).code).toBe('CONFLICT');
    expect(refused(core.call('inspections.delete', { id })).code).toBe('CONFLICT');
  });

  it('a cancelled inspection refuses answers until it is reopened', () => {
    const { core } = tempCore();
    const { id } = radiationCheck(core);
    ok(core.call('inspections.cancel', { id, reason: 'Mở nhầm' }));
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'yes' })).vi).toContain('đã bị huỷ');
    ok(core.call('inspections.update', { id, patch: { status: 'draft' } }));
    expect(ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'yes' })).value).toBe('yes');
  });
});
