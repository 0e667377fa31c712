import { describe, expect, it } from 'vitest';
import { ok, tempCore } from '../findings/helpers';
import type { Core } from '../../../src-main/core/core';
import { evaluateWastewaterParameter } from '../../../src-shared/rules/wastewater';
import { clonePack, qcvn40 } from '../rules/shipped';

/** Today is 20/11/2025. A system commissioned in October 2025 is judged by QCVN 40:2025. */
function labCheck(core: Core, commissionedOn: string) {
  const facilityId = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa Mường La', kind: 'hospital', provinceCode: 'son-la', beds: 120 })).id;
  const systemId = ok(core.call('wastewaterSystems.create', { facilityId, technology: 'AAO', commissionedOn })).id;
  const id = ok(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital', startedAt: '2025-11-20T08:30' })).id;
  ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'receiving_water', value: 'column_b' }));
  ok(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'lab_results', instanceKey: systemId, value: [{ row: 'bod5', cells: { value: '40' } }] }));
  const item = ok(core.call('inspections.verdicts', { inspectionId: id })).items.find((i) => i.itemKey === 'lab_results')!;
  return { id, item };
}

describe('the lab results name the regulation that applies', () => {
  it('a QCVN 40:2025 facility: the title says QCVN 40, the message says in words which values are missing, no raw key', () => {
    const { core } = tempCore();
    const { id, item } = labCheck(core, '2025-10-01');
    expect(item.label.vi).toBe('Kết quả phân tích mẫu nước thải sau xử lý theo QCVN 40:2025/BTNMT');
    expect(item.label.en).toBe('Lab results of treated wastewater per QCVN 40:2025/BTNMT');
    const v = item.verdicts[0]!.verdict;
    expect(v).toMatchObject({ status: 'missing_data', missing: 'regulation', packId: 'qcvn-40-2025-btnmt', verified: false });
    expect(v.explanation.vi).toContain('gói QCVN 40:2025/BTNMT chưa có cột áp dụng (A hay B) khi nước thải xả vào nguồn nước không dùng cho mục đích cấp nước sinh hoạt');
    expect(v.explanation.vi).toContain('màn hình Quy chuẩn');
    expect(v.explanation.en).toContain('Rule packs screen');
    expect(`${v.explanation.vi} ${v.explanation.en}`).not.toMatch(/wastewater\.|other_water|QCVN 28/);
    // No finding is made from missing figures.
    expect(ok(core.call('findings.list', { inspectionId: id }))).toEqual([]);
  });

  it('a facility running since 2015 keeps QCVN 28:2010 in the title', () => {
    const { core } = tempCore();
    const { item } = labCheck(core, '2015-06-01');
    expect(item.label.vi).toBe('Kết quả phân tích mẫu nước thải sau xử lý theo QCVN 28:2010/BTNMT');
    expect(item.verdicts[0]!.verdict).toMatchObject({ status: 'pass', packId: 'qcvn-28-2010-btnmt' });
  });

  it('a K-table figure or a column limit the pack lacks is named in words', () => {
    const pack = clonePack(qcvn40);
    const table = pack.rules.find((r) => r.id === 'wastewater.receiving_water')!;
    table.parameters['other_water']!.value = 'B';
    const site = { facilityKind: 'hospital', beds: 120, receivingWater: 'other_water' as const };
    const bod5 = pack.rules.find((r) => r.id === 'wastewater.bod5')!;
    expect(evaluateWastewaterParameter(pack, site, 'bod5', 40).explanation.vi).toContain('chưa có quy định có nhân hệ số K cho thông số này hay không');
    bod5.parameters['kApplies']!.value = true;
    expect(evaluateWastewaterParameter(pack, site, 'bod5', 40).explanation.vi).toContain('chưa có giá trị giới hạn C ở cột B');
    bod5.parameters['B']!.value = 50;
    const v = evaluateWastewaterParameter(pack, site, 'bod5', 40);
    expect(v.explanation.vi).toContain('chưa có ngưỡng số giường bệnh của bảng hệ số K');
    expect(v.explanation.vi).not.toContain('hospitalBedsThreshold');
  });
});
