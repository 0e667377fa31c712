import type { InspectionVerdicts } from '../../../src-shared/api/judging';
import type { MinutesSnapshot } from '../../../src-shared/minutes/snapshot';
import { stmt } from '../db/statements';
import { inspectionVerdicts } from '../judging/judge';
import type { JudgingEnv } from '../judging/packs';
import { frozenVerdicts } from '../minutes/rejudge';

/** Where a reported verdict comes from: the signed minutes, or the packs in force for a check not yet signed. */
export type VerdictSource = 'signed' | 'live';

export interface ReportedVerdicts {
  verdicts: InspectionVerdicts;
  source: VerdictSource;
}

/**
 * The verdicts a report shows for one check. A signed check is reported exactly as it was
 * signed: the verdicts frozen in its original minutes' snapshot (value, limit, basis, citation,
 * packs), never judged again by today's packs or today's register. A check not yet signed is
 * judged now, as its open form shows it.
 */
export function reportedVerdicts(env: JudgingEnv, inspectionId: string): ReportedVerdicts {
  const row = stmt(env.db, 'SELECT snapshot FROM minutes WHERE inspection_id = ? AND seq = 0').get(inspectionId) as { snapshot: string } | undefined;
  if (row) return { verdicts: frozenVerdicts(JSON.parse(row.snapshot) as MinutesSnapshot), source: 'signed' };
  return { verdicts: inspectionVerdicts(env, inspectionId), source: 'live' };
}
