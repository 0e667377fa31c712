import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { SEVERITY_FROM_RULE } from '../../../src-shared/schemas/finding';
import { hospital, ok, tempCore } from '../findings/helpers';
import { radiation } from '../rules/shipped';

/** Today is 20/11/2025 in every test here. */
function warnings(core: Core, facilityId: string, kind: string) {
  return ok(core.call('warnings.list', { facilityId })).filter((w) => w.kind === kind);
}

describe('warning states and severities say what they mean', () => {
  it('a licence whose 45-day renewal filing deadline has passed is overdue with the rule’s severity, not a low "due soon"', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    // Expires 01/01/2026: the renewal had to be filed by 17/11/2025, three days ago.
    ok(core.call('licences.create', { facilityId, kind: 'giay_phep', number: '21/GP-SKHCN', issuedOn: '2023-01-02', expiresOn: '2026-01-01' }));
    const [w, ...more] = warnings(core, facilityId, 'licence_expiry');
    expect(more).toEqual([]);
    expect(w).toMatchObject({ state: 'overdue', severity: 'critical', dueDate: '2025-11-17', daysLeft: -3 });
    expect(w!.explanation.vi).toContain('hạn nộp hồ sơ gia hạn (trước 45 ngày) là 17/11/2025, đã quá 3 ngày');
    expect(w!.explanation.vi).toContain('hết hạn ngày 01/01/2026 (còn 42 ngày)');
    expect(w!.explanation.vi).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('a licence whose filing window is open but not closed is "due soon", low', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    ok(core.call('licences.create', { facilityId, kind: 'giay_phep', number: '15/GP-SKHCN', issuedOn: '2023-01-16', expiresOn: '2026-01-15' }));
    expect(warnings(core, facilityId, 'licence_expiry')).toEqual([expect.objectContaining({ state: 'due_soon', severity: 'low', dueDate: '2026-01-15' })]);
  });

  it('"no RSO in the register" is missing data, medium, and never says "không đạt"', () => {
    const { core } = tempCore();
    const facilityId = hospital(core);
    ok(core.call('xrayUnits.create', { facilityId, type: 'general', serial: 'GX-3', lastQcOn: '2025-05-01' }));
    const [w] = warnings(core, facilityId, 'rso_missing');
    expect(w).toMatchObject({ state: 'missing', severity: 'medium' });
    expect(w!.explanation.vi).toContain('sổ đăng ký chưa ghi người phụ trách an toàn');
    expect(w!.explanation.vi).not.toMatch(/không đạt/i);
    expect(w!.explanation.en).not.toMatch(/\bfail/i);
    ok(core.call('workers.create', { facilityId, name: 'Quàng Văn Nam', role: 'physicist', isRso: true, rsoDecisionNo: '12/QĐ-BV' }));
    const [noCertificate] = warnings(core, facilityId, 'rso_missing');
    expect(noCertificate).toMatchObject({ state: 'missing', severity: 'medium' });
    expect(noCertificate!.explanation.vi).toContain('chưa ghi số chứng chỉ');
  });

  it('across the demo register: no "missing data" warning says fail, an overdue warning has its rule’s severity', () => {
    const { core } = tempCore();
    ok(core.call('demo.seed', {}));
    const all = ok(core.call('warnings.list', {}));
    expect(all.length).toBeGreaterThan(5);
    for (const w of all) {
      if (w.state === 'missing') {
        expect(w.explanation.vi, w.explanation.vi).not.toMatch(/không đạt/i);
        expect(w.explanation.en, w.explanation.en).not.toMatch(/\bfail/i);
      }
      // Overdue: the severity the rule proposes for a failure (an overdue refresher is minor → low).
      const rule = w.ruleId ? radiation.rules.find((r) => r.id === w.ruleId) : undefined;
      if (w.state === 'overdue' && rule) expect(w.severity, w.explanation.vi).toBe(SEVERITY_FROM_RULE[rule.severityIfFailed ?? 'major']);
      if (w.state === 'due_soon') expect(w.severity, w.explanation.vi).toBe('low');
    }
  });
});
