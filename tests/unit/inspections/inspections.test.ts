import { describe, expect, it } from 'vitest';
import { hospital, ok, refused, tempCore } from './helpers';

const team = [
  { name: 'Nguyễn Văn Hùng', position: 'Phó Giám đốc Sở', role: 'truong_doan' as const },
  { name: 'Lò Thị Mai', role: 'thanh_vien' as const },
];

describe('a supervisor plans and finds inspections', () => {
  it('creates an inspection with its decision and team, and edits the header', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const created = ok(
      core.call('inspections.create', {
        facilityId,
        kind: 'radiation',
        templateId: 'xray-diagnostic',
        decisionNumber: '125/QĐ-SKHCN',
        decisionDate: '2025-11-10',
        team,
        startedAt: '2025-11-20T08:30',
      }),
    );
    expect(created).toMatchObject({ status: 'draft', templateVersion: 1, facilityName: 'Bệnh viện Đa khoa tỉnh Sơn La', team: [team[0], { ...team[1], position: null }] });
    const updated = ok(core.call('inspections.update', { id: created.id, patch: { place: 'Phòng họp khoa Chẩn đoán hình ảnh', facilityRepresentatives: [{ name: 'Hoàng Văn Sơn' }] } }));
    expect(updated.place).toBe('Phòng họp khoa Chẩn đoán hình ảnh');
    expect(updated.facilityRepresentatives).toEqual([{ name: 'Hoàng Văn Sơn', position: null }]);
    expect(updated.team).toHaveLength(2);
  });

  it('refuses a template that does not serve the kind of check, and an unknown template', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    expect(refused(core.call('inspections.create', { facilityId, kind: 'wastewater', templateId: 'xray-diagnostic' })).issues?.[0]?.path).toBe('templateId');
    expect(refused(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('lists by facility, status, kind and date range, sorted and paged', () => {
    const { core } = tempCore();
    const a = hospital(core);
    const b = hospital(core, 'Trung tâm Y tế huyện Mộc Châu');
    const make = (facilityId: string, kind: 'radiation' | 'wastewater', startedAt: string, n: string) =>
      ok(core.call('inspections.create', { facilityId, kind, templateId: kind === 'radiation' ? 'xray-diagnostic' : 'wastewater-hospital', startedAt, decisionNumber: n })).id;
    make(a, 'radiation', '2025-03-05T08:00', '10/QĐ-SKHCN');
    const cancelled = make(a, 'wastewater', '2025-06-10T08:00', '20/QĐ-SKHCN');
    make(b, 'radiation', '2025-09-15T08:00', '30/QĐ-SKHCN');
    ok(core.call('inspections.cancel', { id: cancelled, reason: 'Mở nhầm' }));

    const numbers = (input: Parameters<typeof core.call<'inspections.list'>>[1]) => ok(core.call('inspections.list', input)).rows.map((r) => r.decisionNumber);
    expect(numbers({})).toEqual(['30/QĐ-SKHCN', '20/QĐ-SKHCN', '10/QĐ-SKHCN']);
    expect(numbers({ facilityId: a, desc: false })).toEqual(['10/QĐ-SKHCN', '20/QĐ-SKHCN']);
    expect(numbers({ status: ['cancelled'] })).toEqual(['20/QĐ-SKHCN']);
    expect(numbers({ kind: 'radiation', dateFrom: '2025-04-01', dateTo: '2025-12-31' })).toEqual(['30/QĐ-SKHCN']);
    const page = ok(core.call('inspections.list', { limit: 1, offset: 1 }));
    expect([page.total, page.rows.map((r) => r.decisionNumber)]).toEqual([3, ['20/QĐ-SKHCN']]);
    expect(numbers({ sort: 'facility', desc: false })).toEqual(['10/QĐ-SKHCN', '20/QĐ-SKHCN', '30/QĐ-SKHCN']);
  });

  it('deletes a draft as a tombstone that can be restored, and finds it by decision number in search', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const id = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '125/QĐ-SKHCN' })).id;
    expect(core.db.prepare("SELECT entity FROM search_docs WHERE entity_id = ?").get(id)).toEqual({ entity: 'inspection' });
    expect(ok(core.call('inspections.delete', { id })).deletedAt).not.toBeNull();
    expect(ok(core.call('inspections.list', {})).total).toBe(0);
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: id, itemKey: 'licence_present', value: 'yes' })).code).toBe('NOT_FOUND');
    expect(ok(core.call('inspections.restore', { id })).deletedAt).toBeNull();
    expect(ok(core.call('inspections.list', {})).total).toBe(1);
  });
});
