import { describe, expect, it } from 'vitest';
import { count, hospital, ok, refused, tempCore, xrayUnit } from '../inspections/helpers';

describe('starting a check proposes the form that fits the register', () => {
  it('an X-ray clinic with no sources is offered the X-ray form first, the sealed-source form as not fitting', () => {
    const { core } = tempCore();
    const clinic = hospital(core, 'Phòng khám Răng hàm mặt Tâm Đức', 'dental');
    xrayUnit(core, clinic, 'dental_intraoral', 'RVG-1');
    const before = count(core, 'inspections');
    const offers = ok(core.call('inspections.proposeTemplates', { facilityId: clinic }));
    expect(offers[0]).toMatchObject({ templateId: 'xray-diagnostic', suggestedKind: 'radiation', fits: true, reason: { vi: 'Sổ đăng ký có 1 thiết bị X-quang' } });
    expect(offers[0]!.items).toBeGreaterThan(0);
    const sources = offers.find((o) => o.templateId === 'sealed-sources')!;
    expect(sources.fits).toBe(false);
    expect(offers.indexOf(sources)).toBeGreaterThan(0);
    // Proposing creates nothing.
    expect(count(core, 'inspections')).toBe(before);
  });

  it('a hospital with a wastewater system is offered the wastewater form for a wastewater check', () => {
    const { core } = tempCore();
    const h = hospital(core);
    ok(core.call('wastewaterSystems.create', { facilityId: h, technology: 'AAO', designCapacityM3PerDay: 200 }));
    const offers = ok(core.call('inspections.proposeTemplates', { facilityId: h }));
    expect(offers[0]).toMatchObject({ templateId: 'wastewater-hospital', fits: true, suggestedKind: 'wastewater' });
    const forRadiation = ok(core.call('inspections.proposeTemplates', { facilityId: h, kind: 'radiation' }));
    expect(forRadiation.map((o) => o.templateId).sort()).toEqual(['sealed-sources', 'xray-diagnostic']);
    expect(forRadiation.every((o) => !o.fits)).toBe(true);
  });
});

describe('a check started by mistake is cancelled with a reason', () => {
  it('keeps the check in the history as cancelled with its reason, audited, and refuses answers after', () => {
    const { core } = tempCore();
    const h = hospital(core);
    const started = ok(core.call('inspections.create', { facilityId: h, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '9/QĐ-SKHCN' }));
    expect(refused(core.call('inspections.cancel', { id: started.id, reason: ' ' })).issues?.[0]?.path).toBe('reason');
    expect(refused(core.call('inspections.update', { id: started.id, patch: { status: 'cancelled' } as never })).code).toBe('VALIDATION');
    const audits = count(core, 'audit_log');
    const cancelled = ok(core.call('inspections.cancel', { id: started.id, reason: 'Mở nhầm cơ sở' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Mở nhầm cơ sở', cancelledAt: '2025-11-20T08:00:00.000Z', deletedAt: null });
    expect(count(core, 'audit_log')).toBe(audits + 1);
    const audit = core.db.prepare("SELECT action, new_values FROM audit_log WHERE entity = 'inspection' ORDER BY rowid DESC LIMIT 1").get() as { action: string; new_values: string };
    expect(JSON.parse(audit.new_values)).toMatchObject({ status: 'cancelled', cancelReason: 'Mở nhầm cơ sở' });
    const history = ok(core.call('inspections.list', { facilityId: h }));
    expect(history.rows.map((r) => r.status)).toEqual(['cancelled']);
    expect(refused(core.call('inspections.saveAnswer', { inspectionId: started.id, itemKey: 'licence_present', value: 'yes' })).code).toBe('CONFLICT');
    expect(refused(core.call('inspections.cancel', { id: started.id, reason: 'Lần nữa' })).code).toBe('CONFLICT');
  });

  it('refuses to cancel completed (signed) minutes and changes nothing', () => {
    const { core } = tempCore();
    const h = hospital(core);
    const done = ok(core.call('inspections.create', { facilityId: h, kind: 'follow_up', templateId: 'follow-up' }));
    core.db.prepare("UPDATE inspections SET status = 'completed' WHERE id = ?").run(done.id);
    const audits = count(core, 'audit_log');
    const err = refused(core.call('inspections.cancel', { id: done.id, reason: 'Mở nhầm' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.vi).toContain('đã hoàn thành và ký');
    expect(count(core, 'audit_log')).toBe(audits);
    expect(ok(core.call('inspections.get', { id: done.id })).inspection.status).toBe('completed');
  });
});
