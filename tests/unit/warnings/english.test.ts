import { describe, expect, it } from 'vitest';
import { hospital, ok, tempCore } from '../findings/helpers';

const ISO = /\d{4}-\d{2}-\d{2}/;

describe('English texts are English, with dates dd/MM/yyyy', () => {
  it('no warning of the Sơn La sample says a date as yyyy-MM-dd, in either language', () => {
    const { core } = tempCore();
    ok(core.call('demo.seed', {}));
    const warnings = ok(core.call('warnings.list', {}));
    expect(new Set(warnings.map((w) => w.kind)).size).toBeGreaterThan(3);
    const iso = warnings.flatMap((w) => [w.explanation.vi, w.explanation.en]).filter((t) => ISO.test(t));
    expect(iso).toEqual([]);
    // And a date is there, as users write it.
    expect(warnings.some((w) => /\d{2}\/\d{2}\/\d{4}/.test(w.explanation.en))).toBe(true);
  });

  it('a finding made from a verdict keeps an English title beside the Vietnamese one; a retitled one keeps only the inspector’s words', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    const unit = ok(core.call('xrayUnits.create', { facilityId, type: 'ct', serial: 'CT-7', lastQcOn: '2024-01-10' })).id;
    const inspectionId = ok(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '40/QĐ-SKHCN', startedAt: '2025-11-20T08:30' })).id;
    ok(core.call('inspections.saveAnswer', { inspectionId, itemKey: 'unit_qc_date', instanceKey: unit, value: '2024-01-10' }));
    const finding = ok(core.call('findings.list', { inspectionId })).find((f) => f.itemKey === 'unit_qc_date')!;
    expect(finding.title).toContain('Ngày kiểm định gần nhất');
    expect(finding.titleEn).toMatch(/^[\x20-\x7E—]+$/);
    expect(finding.titleEn).toContain('CT');
    expect(finding.verdict!.explanation.en).not.toMatch(ISO);
    const retitled = ok(core.call('findings.update', { id: finding.id, patch: { title: 'Máy CT quá hạn kiểm định' } }));
    expect(retitled).toMatchObject({ title: 'Máy CT quá hạn kiểm định', titleEn: null });
  });
});
