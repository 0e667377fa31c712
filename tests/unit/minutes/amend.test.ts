import { describe, expect, it } from 'vitest';
import { ok, refused, signedCheck, tempCore } from './helpers';

describe('amendments (biên bản bổ sung) after signing', () => {
  it('an amendment has its own reason, changes, hash and signature, and leaves the original byte-identical; both are shown', () => {
    const { core } = tempCore();
    const { id, minutes } = signedCheck(core);
    const before = minutes.original;

    const after = ok(
      core.call('minutes.amend', {
        inspectionId: id,
        reason: 'Ghi nhầm số giấy phép khi lập biên bản',
        changes: [{ itemKey: 'licence_number', value: '125/GP-SKHCN', note: 'Theo bản gốc giấy phép' }],
      }),
    );
    expect(after.original.canonical).toBe(before.canonical);
    expect(after.original.sha256).toBe(before.sha256);
    expect(after.original.signature).toBe(before.signature);
    expect(after.amendments).toHaveLength(1);
    const a = after.amendments[0]!;
    expect(a.seq).toBe(1);
    expect(a.reason).toBe('Ghi nhầm số giấy phép khi lập biên bản');
    expect(a.check).toEqual({ hash: true, signature: true });
    expect(a.sha256).not.toBe(before.sha256);
    expect(a.snapshot.amends).toEqual({ original: before.sha256, previous: null });
    expect(a.snapshot.changes).toEqual([
      expect.objectContaining({ itemKey: 'licence_number', before: { answer: 'Đã kiểm tra', note: null }, after: { answer: '125/GP-SKHCN', note: 'Theo bản gốc giấy phép' } }),
    ]);

    // A second amendment chains to the first and starts from its value.
    const second = ok(core.call('minutes.amend', { inspectionId: id, reason: 'Bổ sung lần hai', changes: [{ itemKey: 'licence_number', value: '125/GP-SKHCN-2' }] }));
    const b = second.amendments[1]!;
    expect(b.snapshot.amends).toEqual({ original: before.sha256, previous: a.sha256 });
    expect(b.snapshot.changes[0]!.before.answer).toBe('125/GP-SKHCN');
    expect(second.original.canonical).toBe(before.canonical);
    // The locked answer itself never changed.
    expect(ok(core.call('inspections.get', { id })).answers.find((x) => x.itemKey === 'licence_number')!.value).toBe('Đã kiểm tra');
    const audit = core.db.prepare("SELECT reason FROM audit_log WHERE entity = 'minutes' AND entity_id = ? ORDER BY id").all(id) as { reason: string | null }[];
    expect(audit.map((r) => r.reason)).toEqual([null, 'Ghi nhầm số giấy phép khi lập biên bản', 'Bổ sung lần hai']);
  });

  it('refuses an amendment without a reason, of an unknown item, with a value the item does not take, or of unsigned minutes — and writes nothing', () => {
    const { core } = tempCore();
    const { id } = signedCheck(core);
    expect(refused(core.call('minutes.amend', { inspectionId: id, reason: '   ', text: 'x' })).issues?.[0]?.path).toBe('reason');
    expect(refused(core.call('minutes.amend', { inspectionId: id, reason: 'Sửa', changes: [{ itemKey: 'no_such_item', value: 'yes' }] })).issues?.[0]?.path).toBe('changes.0.itemKey');
    expect(refused(core.call('minutes.amend', { inspectionId: id, reason: 'Sửa', changes: [{ itemKey: 'licence_present', value: 'maybe' }] })).issues?.[0]?.path).toBe('changes.0.value');
    expect(refused(core.call('minutes.amend', { inspectionId: id, reason: 'Sửa' })).issues?.[0]?.path).toBe('changes');
    const draft = ok(core.call('inspections.create', { facilityId: ok(core.call('inspections.get', { id })).inspection.facilityId, kind: 'radiation', templateId: 'xray-diagnostic' }));
    expect(refused(core.call('minutes.amend', { inspectionId: draft.id, reason: 'Sửa', text: 'x' })).code).toBe('CONFLICT');
    expect(ok(core.call('minutes.get', { inspectionId: id }))!.amendments).toEqual([]);
  });
});
