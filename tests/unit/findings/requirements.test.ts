import { describe, expect, it } from 'vitest';
import { hospital, ok, refused, tempCore, xrayCheck } from './helpers';

describe('requirements (kiến nghị) are followed until a follow-up inspection closes them', () => {
  it('a requirement with a deadline becomes overdue, is listed for the follow-up, and is closed by it', () => {
    const { core, dir } = tempCore('2025-11-20T08:00:00Z');
    const { id, facilityId } = xrayCheck(core);
    const finding = ok(core.call('findings.create', { inspectionId: id, severity: 'high', title: 'Chưa kiểm định thiết bị X-quang' }));
    const req = ok(
      core.call('requirements.create', {
        inspectionId: id,
        findingId: finding.id,
        text: 'Kiểm định lại máy X-quang GX-77',
        responsible: 'Phòng Vật tư - Thiết bị',
        deadline: '2025-12-31',
      }),
    );
    expect(req).toMatchObject({ status: 'open', facilityId, overdue: false, daysOverdue: null, closedByInspectionId: null });
    expect(ok(core.call('requirements.list', { overdueOnly: true })).total).toBe(0);
    core.close();

    // Six days after the deadline the same file shows it overdue, here and in the warnings.
    const later = tempCore('2026-01-06T02:00:00Z', dir).core;
    const overdue = ok(later.call('requirements.list', { overdueOnly: true }));
    expect(overdue.rows.map((r) => [r.id, r.overdue, r.daysOverdue])).toEqual([[req.id, true, 6]]);
    const warnings = ok(later.call('warnings.list', { facilityId, kinds: ['requirement_overdue'] }));
    expect(warnings).toEqual([expect.objectContaining({ kind: 'requirement_overdue', state: 'overdue', dueDate: '2025-12-31', daysLeft: -6, record: expect.objectContaining({ id: req.id }) })]);
    expect(warnings[0]!.explanation.vi).toContain('quá hạn 6 ngày (hạn 31/12/2025)');

    const followUp = ok(later.call('inspections.create', { facilityId, kind: 'follow_up', templateId: 'follow-up', startedAt: '2026-01-06T09:00' }));
    expect(ok(later.call('requirements.openForFacility', { facilityId })).map((r) => r.id)).toEqual([req.id]);
    const closed = ok(later.call('requirements.close', { id: req.id, status: 'done', byInspectionId: followUp.id, note: 'Đã có giấy chứng nhận kiểm định số 12/KĐ' }));
    expect(closed).toMatchObject({ status: 'done', closedByInspectionId: followUp.id, closingNote: 'Đã có giấy chứng nhận kiểm định số 12/KĐ', overdue: false });
    expect(closed.closedAt).toBe('2026-01-06T02:00:00.000Z');
    expect(ok(later.call('requirements.openForFacility', { facilityId }))).toEqual([]);
    expect(ok(later.call('requirements.list', { overdueOnly: true })).total).toBe(0);
    expect(ok(later.call('warnings.list', { facilityId, kinds: ['requirement_overdue'] }))).toEqual([]);

    // Closing again the same way changes nothing; closing it otherwise is refused until reopened.
    expect(ok(later.call('requirements.close', { id: req.id, status: 'done', byInspectionId: followUp.id })).updatedAt).toBe(closed.updatedAt);
    expect(refused(later.call('requirements.close', { id: req.id, status: 'not_done', byInspectionId: followUp.id })).code).toBe('CONFLICT');
    const reopened = ok(later.call('requirements.update', { id: req.id, patch: { status: 'open' } }));
    expect(reopened).toMatchObject({ status: 'open', closedByInspectionId: null, closedAt: null, closingNote: null, overdue: true });
  });

  it('is not closed by the inspection that set it, nor by a check of another facility', () => {
    const { core } = tempCore();
    const { id } = xrayCheck(core);
    const req = ok(core.call('requirements.create', { inspectionId: id, text: 'Bổ sung biển cảnh báo', deadline: '2025-12-15' }));
    const other = xrayCheck(core, hospital(core, 'Bệnh viện Đa khoa Mộc Châu'));
    const before = (core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    expect(refused(core.call('requirements.close', { id: req.id, status: 'done', byInspectionId: id })).code).toBe('VALIDATION');
    expect(refused(core.call('requirements.close', { id: req.id, status: 'done', byInspectionId: other.id })).issues?.[0]?.path).toBe('byInspectionId');
    expect((core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(before);
    expect(ok(core.call('requirements.list', {})).rows.find((r) => r.id === req.id)?.status).toBe('open');
  });

  it('lists by facility, status and deadline range, earliest deadline first, a page at a time', () => {
    const { core } = tempCore();
    const a = xrayCheck(core);
    const b = xrayCheck(core, hospital(core, 'Trung tâm Y tế huyện Sông Mã'));
    for (const [deadline, text] of [['2026-03-01', 'C'], ['2025-12-01', 'A'], [null, 'Không hạn'], ['2026-01-15', 'B']] as const) {
      ok(core.call('requirements.create', { inspectionId: a.id, text, deadline }));
    }
    ok(core.call('requirements.create', { inspectionId: b.id, text: 'Khác cơ sở', deadline: '2025-12-02' }));
    const page1 = ok(core.call('requirements.list', { facilityId: a.facilityId, limit: 2 }));
    expect(page1.total).toBe(4);
    expect(page1.rows.map((r) => r.text)).toEqual(['A', 'B']);
    expect(ok(core.call('requirements.list', { facilityId: a.facilityId, limit: 2, offset: 2 })).rows.map((r) => r.text)).toEqual(['C', 'Không hạn']);
    expect(ok(core.call('requirements.list', { deadlineFrom: '2025-12-01', deadlineTo: '2025-12-31' })).rows.map((r) => r.text)).toEqual(['A', 'Khác cơ sở']);
    const cancelled = ok(core.call('requirements.list', { facilityId: a.facilityId })).rows[0]!;
    ok(core.call('requirements.update', { id: cancelled.id, patch: { status: 'cancelled' } }));
    expect(ok(core.call('requirements.list', { status: ['open'], facilityId: a.facilityId })).total).toBe(3);
    expect(ok(core.call('requirements.list', { status: ['cancelled'] })).rows.map((r) => r.text)).toEqual(['A']);
  });

  it('refuses a requirement without text, naming the field, and writes nothing', () => {
    const { core } = tempCore();
    const { id } = xrayCheck(core);
    const err = refused(core.call('requirements.create', { inspectionId: id, text: '   ', deadline: '2025-12-31' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.issues?.[0]?.path).toBe('text');
    expect((core.db.prepare('SELECT count(*) AS n FROM requirements').get() as { n: number }).n).toBe(0);
  });
});
