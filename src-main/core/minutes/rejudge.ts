import type { InspectionVerdicts, Rejudgement } from '../../../src-shared/api/judging';
import type { MinutesSnapshot } from '../../../src-shared/minutes/snapshot';
import type { HandlerEnv } from '../api/types';
import { rejudgeInspection } from '../judging/judge';
import { readSignedMinutes } from './store';

/** The verdicts exactly as the signed minutes hold them. */
export function frozenVerdicts(s: MinutesSnapshot): InspectionVerdicts {
  const items = s.sections.flatMap((sec) =>
    sec.items
      .filter((i) => i.ruleId)
      .map((i) => ({
        itemKey: i.key,
        instanceKey: sec.instanceKey,
        sectionKey: sec.key,
        ruleId: i.ruleId!,
        label: i.label,
        instanceLabel: sec.instanceLabel,
        verdicts: i.verdicts,
        problem: i.problem,
      })),
  );
  return { inspectionId: s.inspection.id, date: s.inspection.judgedOn, packs: s.packs, items, counts: s.verdictCounts };
}

/** "Đánh giá lại": signed minutes compared, from their snapshot, with the packs in force now. */
export function rejudge(env: HandlerEnv, inspectionId: string): Rejudgement {
  const minutes = readSignedMinutes(env, inspectionId);
  return rejudgeInspection(env, inspectionId, minutes ? frozenVerdicts(minutes.original.snapshot) : undefined);
}
