import { z } from 'zod';
import type { Verdict } from '../rules/verdict';
import type { Severity as RuleSeverity } from '../rules/pack-schema';
import { Id, optionalText, requiredText, type SyncedRow } from './common';

/** How serious a finding is, as the minutes print it. The rule proposes one; the inspector may change it. */
export const FINDING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_SEVERITY_LABELS: Record<FindingSeverity, { vi: string; en: string }> = {
  low: { vi: 'Nhẹ', en: 'Low' },
  medium: { vi: 'Trung bình', en: 'Medium' },
  high: { vi: 'Nghiêm trọng', en: 'High' },
  critical: { vi: 'Rất nghiêm trọng', en: 'Critical' },
};

/**
 * A pack's rule says minor / major / critical; findings use a four-step scale so an inspector can
 * grade between. A major non-conformity is a serious one, hence 'high'; 'medium' is the
 * inspector's own grading.
 */
export const SEVERITY_FROM_RULE: Record<RuleSeverity, FindingSeverity> = {
  minor: 'low',
  major: 'high',
  critical: 'critical',
};

export const FINDING_ORIGINS = ['rule', 'manual'] as const;
export type FindingOrigin = (typeof FINDING_ORIGINS)[number];

export const FINDING_STATUSES = ['open', 'dismissed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

// A type alias, not an interface: db/records.ts needs it to be a Record.
export type FindingFields = {
  inspectionId: string;
  facilityId: string;
  /** The checklist item it is about; null for a finding about the facility as a whole. */
  itemKey: string | null;
  /** '' outside repeated sections, else the register record id. */
  instanceKey: string;
  origin: FindingOrigin;
  /** The pack rule that failed (origin 'rule'). */
  ruleId: string | null;
  /** Tells apart the auto findings of one item instance (rule id, and aspect when a rule judges several). */
  ruleKey: string | null;
  packId: string | null;
  packVersion: string | null;
  /** The engine's self-explaining verdict (value, limit, formula, citation). */
  verdict: Verdict | null;
  severity: FindingSeverity;
  title: string;
  /** English title of an auto finding (made from the verdict); null (or absent) for words a person typed. */
  titleEn?: string | null;
  description: string | null;
  status: FindingStatus;
};

export interface Finding extends FindingFields, SyncedRow {
  facilityName: string;
}

export const FindingListInput = z
  .object({
    inspectionId: Id.optional(),
    facilityId: Id.optional(),
    status: z.enum(FINDING_STATUSES).optional(),
    includeDeleted: z.boolean().default(false),
  })
  .refine((v) => v.inspectionId !== undefined || v.facilityId !== undefined, {
    message: 'Chọn cuộc kiểm tra hoặc cơ sở|Choose an inspection or a facility',
    path: ['inspectionId'],
  });
export type FindingListInput = z.input<typeof FindingListInput>;

/** A finding the inspector writes by hand. */
export const FindingCreateInput = z.object({
  inspectionId: Id,
  itemKey: z.string().min(1).max(64).nullable().optional().transform((v) => v ?? null),
  instanceKey: z.string().max(64).default(''),
  severity: z.enum(FINDING_SEVERITIES, { message: 'Chọn mức độ|Choose the severity' }),
  title: requiredText(300, 'Nội dung phát hiện', 'Finding'),
  description: optionalText(8000),
});
export type FindingCreateInput = z.input<typeof FindingCreateInput>;

export const FindingUpdateInput = z.object({
  id: Id,
  patch: z
    .object({
      severity: z.enum(FINDING_SEVERITIES, { message: 'Chọn mức độ|Choose the severity' }),
      title: requiredText(300, 'Nội dung phát hiện', 'Finding'),
      description: optionalText(8000),
      status: z.enum(FINDING_STATUSES, { message: 'Trạng thái không hợp lệ|Invalid status' }),
    })
    .partial(),
});
export type FindingUpdateInput = z.input<typeof FindingUpdateInput>;
