import type { InspectionVerdicts, JudgeResult, Rejudgement } from '../../../src-shared/api/judging';
import { itemsAffectedBy } from '../../../src-shared/judging/judge-template';
import type { InspectionFields } from '../../../src-shared/schemas/inspection';
import { updateRecord } from '../db/records';
import { closed, isClosedStatus } from '../inspections/crud';
import { inspectionSpec } from '../inspections/specs';
import { evaluateInspection, packRefs } from './evaluate';
import type { JudgingEnv } from './packs';
import { syncAutoFindings } from './sync-findings';

/** Verdicts per item instance with the packs in force; writes nothing (also for completed minutes). */
export function inspectionVerdicts(env: JudgingEnv, inspectionId: string): InspectionVerdicts {
  return evaluateInspection(env, inspectionId).verdicts;
}

/**
 * Judges an open inspection and brings its auto findings up to date. With `itemKey` (the
 * autosave path) only the items that answer affects are judged and their findings touched.
 * Completed minutes keep the findings they were signed with: use inspections.rejudge to compare.
 */
export function judgeInspection(env: JudgingEnv, inspectionId: string, itemKey?: string): JudgeResult {
  return env.db.transaction((): JudgeResult => {
    let scope: Set<string> | null = null;
    const ev = evaluateInspection(env, inspectionId, { kind: 'current' }, (template) => {
      scope = itemKey ? itemsAffectedBy(template, itemKey) : null;
      return scope ?? undefined;
    });
    if (isClosedStatus(ev.inspection.status)) throw closed(ev.inspection);
    const findings = syncAutoFindings(env, ev.inspection, ev.verdicts.items, scope);
    return { verdicts: ev.verdicts, findings };
  })();
}

/**
 * What completing the minutes records: the whole form judged once more, the auto findings
 * brought up to date, and the pack ids and versions in inspections.rule_packs, so the minutes
 * keep the regulation they were judged by when a newer pack is imported later.
 * Call it inside the completion transaction (before or after the status changes).
 */
export function recordJudgement(env: JudgingEnv, inspectionId: string): InspectionVerdicts {
  return env.db.transaction((): InspectionVerdicts => {
    const ev = evaluateInspection(env, inspectionId);
    syncAutoFindings(env, ev.inspection, ev.verdicts.items, null);
    const patch: Partial<InspectionFields> = { rulePacks: packRefs(ev.packs) };
    updateRecord(env, inspectionSpec, inspectionId, patch);
    return ev.verdicts;
  })();
}

function statusMap(v: InspectionVerdicts): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of v.items) for (const x of i.verdicts) out.set(`${i.itemKey}\u0000${i.instanceKey}\u0000${x.key}\u0000${x.where ?? ''}`, x.verdict.status);
  return out;
}

/** A completed inspection judged by the pack versions it recorded, and by the packs in force now. */
export function rejudgeInspection(env: JudgingEnv, inspectionId: string, frozen?: InspectionVerdicts): Rejudgement {
  const current = evaluateInspection(env, inspectionId);
  const refs = current.inspection.rulePacks;
  if (!frozen && (!refs || refs.length === 0)) {
    return {
      original: null,
      current: current.verdicts,
      changed: false,
      note: {
        vi: 'Cuộc kiểm tra chưa ghi gói quy chuẩn đã dùng (chưa hoàn thành): chỉ có kết quả theo gói hiện hành.',
        en: 'The inspection recorded no rule packs (not completed yet): only the verdicts by the packs in force are shown.',
      },
    };
  }
  // Signed minutes compare with their frozen verdicts (minutes/rejudge.ts), never a re-evaluation.
  const original = frozen ?? evaluateInspection(env, inspectionId, { kind: 'recorded', refs: refs! }).verdicts;
  const samePacks = JSON.stringify(original.packs.map((p) => [p.domain, p.packId, p.version])) === JSON.stringify(current.verdicts.packs.map((p) => [p.domain, p.packId, p.version]));
  const a = statusMap(original);
  const b = statusMap(current.verdicts);
  const sameVerdicts = a.size === b.size && [...a].every(([k, s]) => b.get(k) === s);
  const changed = !samePacks || !sameVerdicts;
  return {
    original,
    current: current.verdicts,
    changed,
    note: changed
      ? {
          vi: 'Kết quả theo gói quy chuẩn hiện hành khác với kết quả khi hoàn thành biên bản; biên bản đã ký giữ nguyên kết quả ban đầu.',
          en: 'The verdicts by the packs in force differ from those when the minutes were completed; the signed minutes keep the original ones.',
        }
      : null,
  };
}
