import { z } from 'zod';
import { mutation, query } from './define';
import type { FieldIssue } from './errors';
import type { SignedMinutes } from '../minutes/snapshot';
import { CompleteInput } from '../schemas/inspection';
import { Id, optionalText, requiredText } from '../schemas/common';

export const MinutesRef = z.object({ inspectionId: Id });

export const AmendInput = z.object({
  inspectionId: Id,
  reason: requiredText(2000, 'Lý do bổ sung', 'Reason for the amendment'),
  changes: z
    .array(
      z.object({
        itemKey: z.string().min(1).max(64),
        instanceKey: z.string().max(64).default(''),
        value: z.unknown(),
        note: z.string().max(2000).nullable().optional(),
      }),
    )
    .max(200)
    .default([]),
  text: optionalText(8000),
});
export type AmendInput = z.input<typeof AmendInput>;

export interface SigningGapInfo extends FieldIssue {
  kind: 'item' | 'signature' | 'facilityOpinion' | 'endedAt';
}

export const minutesOperations = {
  /** What "Hoàn thành và ký" still needs (with the closing fields the dialog holds applied); writes nothing. */
  'inspections.signCheck': query<{ gaps: SigningGapInfo[] }>()(CompleteInput),
  /** The signed minutes and their amendments, read from the stored snapshots (each checked: hash and signature). */
  'minutes.get': query<SignedMinutes | null>()(MinutesRef),
  /** A correction after signing: reason, changed items; its own snapshot, hash and signature. */
  'minutes.amend': mutation<SignedMinutes>()(AmendInput),
} as const;
