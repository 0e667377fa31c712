import { z } from 'zod';
import { mutation, query } from './define';
import type { PrefillEntry } from '../checklists/prefill';
import { INSPECTION_KINDS, type InspectionKind, type Text2 } from '../checklists/schema';
import { Id } from '../schemas/common';
import type { Inspection } from '../schemas/inspection';

/** "Ghi vào sổ đăng ký": write the inspector's correction of one prefilled item back to the register. */
export const WriteBackInput = z.object({
  inspectionId: Id,
  itemKey: z.string().min(1).max(64),
  instanceKey: z.string().max(64).default(''),
});

export const CancelInput = z.object({
  id: Id,
  reason: z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(3, 'Ghi lý do hủy (ít nhất 3 ký tự)|Give the reason for cancelling (at least 3 characters)')
        .max(500, 'Lý do hủy tối đa 500 ký tự|The reason holds at most 500 characters'),
    ),
});

export const ProposeInput = z.object({ facilityId: Id, kind: z.enum(INSPECTION_KINDS).optional() });

/** One template offered when a check starts, best fit first, with why. */
export interface TemplateProposal {
  templateId: string;
  version: number;
  title: Text2;
  kinds: InspectionKind[];
  /** The kind of check this template is started as when none is chosen. */
  suggestedKind: InspectionKind;
  /** Whether the facility's register has what this form checks (X-ray units, sources, a wastewater system …). */
  fits: boolean;
  reason: Text2;
  /** Sections and items the form will have for this facility, as it would be created now. */
  sections: number;
  items: number;
}

export const checkFlowOperations = {
  /** Templates for a new check of the facility, the one fitting its register first; creates nothing. */
  'inspections.proposeTemplates': query<TemplateProposal[]>()(ProposeInput),
  /** Cancels a check started by mistake (not a signed one), with a reason; audited, stays in the history. */
  'inspections.cancel': mutation<Inspection>()(CancelInput),
  'inspections.writeBack': mutation<PrefillEntry>()(WriteBackInput),
} as const;
