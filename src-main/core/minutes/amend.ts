import { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import { checkAnswer } from '../../../src-shared/checklists/answers';
import { AMENDMENT_FORMAT, type AmendmentChange, type AmendmentSnapshot, type MinutesSnapshot, type SignedMinutes } from '../../../src-shared/minutes/snapshot';
import type { AmendInput } from '../../../src-shared/api/minutes';
import type { HandlerEnv } from '../api/types';
import { checklistStore, requireTemplate } from '../checklists/store';
import { readSignedMinutes, writeSigned } from './store';
import { requireSigner, signerInfo } from './sign';

function issue(path: string, vi: string, en: string): KiemTraError {
  return new KiemTraError('VALIDATION', vi, en, { issues: [{ path, vi, en }] });
}

/** The answer an item has after the original and every amendment so far. */
function currentAnswer(minutes: SignedMinutes, itemKey: string, instanceKey: string): { answer: unknown; note: string | null } | null {
  let found: { answer: unknown; note: string | null } | null = null;
  for (const s of minutes.original.snapshot.sections) {
    if (s.instanceKey !== instanceKey) continue;
    const item = s.items.find((i) => i.key === itemKey);
    if (item) found = { answer: item.answer, note: item.note };
  }
  if (!found) return null;
  for (const a of minutes.amendments) for (const c of a.snapshot.changes) if (c.itemKey === itemKey && c.instanceKey === instanceKey) found = c.after;
  return found;
}

function locate(snapshot: MinutesSnapshot, itemKey: string, instanceKey: string) {
  for (const s of snapshot.sections) {
    if (s.instanceKey !== instanceKey) continue;
    const item = s.items.find((i) => i.key === itemKey);
    if (item) return { item, instanceLabel: s.instanceLabel };
  }
  return null;
}

/**
 * A correction after signing: its own snapshot (reason, each changed item before → after, or a
 * correction in words), hashed and signed like the minutes, stored as the next seq. The signed
 * minutes and earlier amendments are never touched (their rows are append-only).
 */
export function amendMinutes(env: HandlerEnv, input: z.output<typeof AmendInput>): SignedMinutes {
  const signer = requireSigner(env);
  return env.db.transaction(() => {
    const minutes = readSignedMinutes(env, input.inspectionId);
    if (!minutes) {
      throw new KiemTraError('CONFLICT', 'Chỉ lập biên bản bổ sung cho biên bản đã ký', 'Only signed minutes can be amended', { context: { inspectionId: input.inspectionId } });
    }
    if (input.changes.length === 0 && !input.text) throw issue('changes', 'Biên bản bổ sung cần ít nhất một mục sửa hoặc nội dung bổ sung', 'An amendment needs at least one changed item or a written correction');
    const original = minutes.original.snapshot;
    const indexed = requireTemplate(checklistStore(env.resources.dir), original.inspection.templateId, original.inspection.templateVersion);
    const changes: AmendmentChange[] = input.changes.map((c, i) => {
      const where = locate(original, c.itemKey, c.instanceKey);
      const def = indexed.items.get(c.itemKey);
      if (!where || !def) throw issue(`changes.${i}.itemKey`, `Biên bản không có mục "${c.itemKey.slice(0, 64)}"`, `The minutes have no item "${c.itemKey.slice(0, 64)}"`);
      const checked = checkAnswer(def.item, c.value);
      if (!checked.ok) throw issue(`changes.${i}.value`, checked.vi, checked.en);
      const before = currentAnswer(minutes, c.itemKey, c.instanceKey)!;
      return {
        itemKey: c.itemKey,
        instanceKey: c.instanceKey,
        label: where.item.label,
        instanceLabel: where.instanceLabel,
        before,
        after: { answer: checked.value, note: c.note === undefined ? before.note : c.note },
      };
    });
    const seq = minutes.amendments.length + 1;
    const signedAt = env.now().toISOString();
    const snapshot: AmendmentSnapshot = {
      format: AMENDMENT_FORMAT,
      inspectionId: input.inspectionId,
      seq,
      amends: { original: minutes.original.sha256, previous: minutes.amendments.at(-1)?.sha256 ?? null },
      reason: input.reason,
      changes,
      text: input.text,
      signedBy: signerInfo(env, signer),
      signedAt,
    };
    writeSigned(env, signer, input.inspectionId, seq, snapshot, input.reason, signedAt);
    return readSignedMinutes(env, input.inspectionId)!;
  })();
}
