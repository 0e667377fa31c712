import { describe, expect, it } from 'vitest';
import { seedDemoInspections } from '../../../src-main/core/demo/seed-inspections';
import { count, hospital, ok, refused, tempCore, xrayUnit } from './helpers';

describe('the demo shows inspections in every state', () => {
  it('creates draft, in-progress, signed and cancelled inspections with Vietnamese decision numbers, once', () => {
    const { core } = tempCore();
    expect(() => seedDemoInspections(core.env, '2025-11-20')).toThrow(/No facilities/);
    const bv = hospital(core);
    xrayUnit(core, bv, 'ct', 'CT-01');
    xrayUnit(core, bv, 'general', 'GX-02');
    const ttyt = hospital(core, 'Trung tâm Y tế huyện Mộc Châu');
    ok(core.call('wastewaterSystems.create', { facilityId: ttyt, technology: 'AAO' }));
    hospital(core, 'Phòng khám Nha khoa Hoa Ban', 'dental');

    const result = seedDemoInspections(core.env, '2025-11-20');
    expect(result.created).toBe(7);
    const rows = ok(core.call('inspections.list', {})).rows;
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'in_progress', 'signed', 'cancelled']));
    expect(rows.every((r) => /^\d+\/QĐ-SKHCN$/.test(r.decisionNumber ?? ''))).toBe(true);

    const completed = rows.filter((r) => r.status === 'signed');
    expect(completed).toHaveLength(2);
    for (const c of completed) {
      const detail = ok(core.call('inspections.get', { id: c.id }));
      expect(detail.progress.missing).toEqual([]);
      expect(detail.attachments.filter((a) => a.kind === 'signature')).toHaveLength(3);
      expect(ok(core.call('minutes.get', { inspectionId: c.id }))!.original.check).toEqual({ hash: true, signature: true });
    }
    const inProgress = rows.find((r) => r.status === 'in_progress')!;
    const p = ok(core.call('inspections.progress', { id: inProgress.id }));
    expect(p.answered).toBeGreaterThan(0);
    expect(p.missing.length).toBeGreaterThan(0);
    expect(refused(core.call('inspections.complete', { id: inProgress.id })).code).toBe('CONFLICT');

    const before = count(core, 'inspections');
    expect(seedDemoInspections(core.env, '2025-11-20')).toEqual({ created: 0, skipped: true });
    expect(count(core, 'inspections')).toBe(before);
  });
});
