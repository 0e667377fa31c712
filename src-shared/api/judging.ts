import { z } from 'zod';
import { mutation, query } from './define';
import type { ItemVerdicts, PackUsed } from '../judging/types';
import type { LocalText } from '../rules/pack-schema';
import type { VerdictStatus } from '../rules/verdict';
import { Id } from '../schemas/common';

/** An inspection judged by the engine: the packs used and the verdicts per item instance. */
export interface InspectionVerdicts {
  inspectionId: string;
  /** The day judged on (the check's start, else the decision date, else today). */
  date: string;
  packs: PackUsed[];
  items: ItemVerdicts[];
  counts: Record<VerdictStatus, number>;
}

/** What re-judging wrote to the inspection's auto findings. */
export interface FindingSync {
  created: number;
  updated: number;
  /** Auto findings whose item passes now (or is no longer shown). */
  dismissed: number;
  /** Auto findings dismissed by the engine earlier that fail again. */
  reopened: number;
}

export interface JudgeResult {
  verdicts: InspectionVerdicts;
  findings: FindingSync;
}

/** A completed inspection judged again: by the packs it was judged by, and by today's packs. */
export interface Rejudgement {
  /** Null when the inspection recorded no packs (not completed yet). */
  original: InspectionVerdicts | null;
  current: InspectionVerdicts;
  /** True when a pack version or any verdict status differs between the two. */
  changed: boolean;
  note: LocalText | null;
}

export const InspectionRef = z.object({ inspectionId: Id });

export const JudgeInput = z.object({
  inspectionId: Id,
  /** Judge only what this answer affects (the autosave path); the whole form when absent. */
  itemKey: z.string().min(1).max(64).optional(),
});

export const judgingOperations = {
  /** Verdicts per item instance with the packs in force; writes nothing. */
  'inspections.verdicts': query<InspectionVerdicts>()(InspectionRef),
  /** Judges (all, or what one answer affects) and updates the auto findings. */
  'inspections.judge': mutation<JudgeResult>()(JudgeInput),
  /** A completed inspection by its recorded pack versions and by the newest ones. */
  'inspections.rejudge': query<Rejudgement>()(InspectionRef),
} as const;
