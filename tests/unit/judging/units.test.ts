import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { hospital, ok, refused, tempCore, xrayCheck } from '../findings/helpers';

/** A system running since 2015 discharging into column B water (BOD5 Cmax = 50 mg/L, K = 1 at 550 beds). */
function labCheck(core: Core) {
  const facilityId = hospital(core);
  const systemId = ok(core.call('wastewaterSystems.create', { facilityId, technology: 'AAO', commissionedOn: '2015-06-01', dischargeColumn: 'B' })).id;
  const id = ok(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital', decisionNumber: '7/QĐ', startedAt: '2025-11-20T08:30' })).id;
  return { systemId, id };
}

function saveBod5(core: Core, inspectionId: string, instanceKey: string, value: string, unit?: string) {
  return core.call('inspections.saveAnswer', { inspectionId, itemKey: 'lab_results', instanceKey, value: [{ row: 'bod5', cells: unit === undefined ? { value } : { value, unit } }] });
}

function labVerdict(core: Core, inspectionId: string) {
  return ok(core.call('inspections.verdicts', { inspectionId })).items.find((i) => i.itemKey === 'lab_results')!.verdicts[0]!.verdict;
}

describe('a lab result carries its unit and is judged in the rule’s unit', () => {
  it('60,1 µg/L of BOD5 is stored with its unit and passes (0,0601 mg/L), making no finding', () => {
    const { core } = tempCore();
    const { systemId, id } = labCheck(core);
    const saved = ok(saveBod5(core, id, systemId, '60,1', 'ug/L'));
    expect(saved.value).toEqual([{ row: 'bod5', cells: { value: '60,1', unit: 'µg/L', lab: null, sample_date: null } }]);
    const v = labVerdict(core, id);
    expect(v).toMatchObject({ status: 'pass', value: 0.0601, unit: 'mg/L' });
    expect(v.explanation.vi).toContain('60,1 µg/L = 0,0601 mg/L ≤ Cmax = 50 mg/L');
    expect(ok(core.call('findings.list', { inspectionId: id }))).toEqual([]);
  });

  it('0,06 g/L of BOD5 fails as 60 mg/L, and the finding shows the conversion', () => {
    const { core } = tempCore();
    const { systemId, id } = labCheck(core);
    ok(saveBod5(core, id, systemId, '0,06', 'g/L'));
    expect(labVerdict(core, id)).toMatchObject({ status: 'fail', value: 60 });
    const [finding] = ok(core.call('findings.list', { inspectionId: id }));
    expect(finding!.description).toContain('0,06 g/L = 60 mg/L > Cmax = 50 mg/L');
  });

  it('a result with no unit is stored in the row’s unit (mg/L)', () => {
    const { core } = tempCore();
    const { systemId, id } = labCheck(core);
    const saved = ok(saveBod5(core, id, systemId, '40'));
    expect((saved.value as { cells: Record<string, unknown> }[])[0]!.cells.unit).toBe('mg/L');
  });

  it('refuses a unit outside the closed list, naming the units allowed, and writes nothing', () => {
    const { core } = tempCore();
    const { systemId, id } = labCheck(core);
    const err = refused(saveBod5(core, id, systemId, '40', 'ppm'));
    expect(err.code).toBe('VALIDATION');
    expect(err.vi).toContain('đơn vị "ppm" không dùng được; chọn mg/L, µg/L, g/L, ng/L');
    expect(err.en).toContain('choose mg/L, µg/L, g/L, ng/L');
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'lab_results', instanceKey: systemId, value: [{ row: 'coliforms', cells: { value: '900', unit: 'CFU/100 mL' } }] })).vi).toContain('chọn MPN/100 mL, MPN/L');
    expect((core.db.prepare('SELECT count(*) AS n FROM inspection_answers').get() as { n: number }).n).toBe(0);
  });

  it('an answer arriving with a unit the app cannot convert (an older file, another device) is "thiếu dữ liệu" with the reason', () => {
    const { core } = tempCore();
    const { systemId, id } = labCheck(core);
    ok(saveBod5(core, id, systemId, '40'));
    core.db.prepare("UPDATE inspection_answers SET value = ? WHERE item_key = 'lab_results'").run(JSON.stringify([{ row: 'bod5', cells: { value: '40', unit: 'ppm' } }]));
    const v = labVerdict(core, id);
    expect(v.status).toBe('missing_data');
    expect(v.explanation.vi).toContain('đơn vị "ppm" không có trong danh sách');
    ok(core.call('inspections.judge', { inspectionId: id }));
    expect(ok(core.call('findings.list', { inspectionId: id }))).toEqual([]);
  });

  it('a console dose rate read in nSv/h, and tube leakage in µGy/h, are judged in µSv/h and mGy/h', () => {
    const { core } = tempCore();
    const { id, unitId } = xrayCheck(core);
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_dose_rates', instanceKey: unitId, value: [{ cells: { point: 'Bàn điều khiển', position: 'console', measured: '12000', unit: 'nSv/h' } }] }));
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_tube_leakage', instanceKey: unitId, value: { value: '800', unit: 'µGy/h' } }));
    const items = ok(core.call('inspections.verdicts', { inspectionId: id })).items;
    const rate = items.find((i) => i.itemKey === 'unit_dose_rates')!.verdicts[0]!.verdict;
    expect(rate).toMatchObject({ status: 'fail', value: 12, unit: 'µSv/h' });
    expect(rate.explanation.vi).toContain('12000 nSv/h = 12 µSv/h');
    const leak = items.find((i) => i.itemKey === 'unit_tube_leakage')!.verdicts[0]!.verdict;
    expect(leak).toMatchObject({ status: 'pass', value: 0.8, unit: 'mGy/h' });
    const stored = ok(core.call('inspections.get', { id })).answers.find((a) => a.itemKey === 'unit_tube_leakage')!;
    expect(stored.value).toEqual({ value: 800, unit: 'µGy/h' });
    // A bare number is in the item's unit; plausibility bounds hold after conversion.
    ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'unit_tube_leakage', instanceKey: unitId, value: '1,2' }));
    expect(ok(core.call('inspections.verdicts', { inspectionId: id })).items.find((i) => i.itemKey === 'unit_tube_leakage')!.verdicts[0]!.verdict.status).toBe('fail');
  });
});
