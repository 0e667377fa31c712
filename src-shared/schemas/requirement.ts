import { z } from 'zod';
import { Id, IsoDate, optionalText, PageInput, requiredText, type Page, type SyncedRow } from './common';

/** Kiến nghị, yêu cầu khắc phục: a corrective action with a deadline, closed by a follow-up check. */
export const REQUIREMENT_STATUSES = ['open', 'done', 'not_done', 'cancelled'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, { vi: string; en: string }> = {
  open: { vi: 'Đang thực hiện', en: 'Open' },
  done: { vi: 'Đã khắc phục', en: 'Done' },
  not_done: { vi: 'Chưa khắc phục', en: 'Not done' },
  cancelled: { vi: 'Huỷ bỏ', en: 'Cancelled' },
};

// A type alias, not an interface: db/records.ts needs it to be a Record.
export type RequirementFields = {
  findingId: string | null;
  inspectionId: string;
  facilityId: string;
  text: string;
  /** Who must act (a person, a department of the facility). */
  responsible: string | null;
  deadline: string | null;
  status: RequirementStatus;
  closedByInspectionId: string | null;
  closedAt: string | null;
  closingNote: string | null;
};

export interface Requirement extends RequirementFields, SyncedRow {
  facilityName: string;
  /** Open with a deadline before today (the clock of the core). */
  overdue: boolean;
  daysOverdue: number | null;
}

const deadline = IsoDate.nullable().optional().transform((v) => v ?? null);

export const RequirementCreateInput = z.object({
  findingId: Id.nullable().optional().transform((v) => v ?? null),
  inspectionId: Id,
  text: requiredText(4000, 'Nội dung kiến nghị', 'Requirement'),
  responsible: optionalText(200),
  deadline,
});
export type RequirementCreateInput = z.input<typeof RequirementCreateInput>;

/** Text, who and when; status only to reopen or cancel (closing goes through requirements.close). */
export const RequirementUpdateInput = z.object({
  id: Id,
  patch: z
    .object({
      text: requiredText(4000, 'Nội dung kiến nghị', 'Requirement'),
      responsible: optionalText(200),
      deadline,
      status: z.enum(['open', 'cancelled'], { message: 'Chỉ mở lại hoặc huỷ ở đây; đóng bằng kiểm tra lại|Only reopen or cancel here; close it from a follow-up check' }),
    })
    .partial(),
});
export type RequirementUpdateInput = z.input<typeof RequirementUpdateInput>;

export const RequirementCloseInput = z.object({
  id: Id,
  status: z.enum(['done', 'not_done'], { message: 'Chọn đã hoặc chưa khắc phục|Choose done or not done' }),
  /** The follow-up inspection that checked it. */
  byInspectionId: Id,
  note: optionalText(4000),
});
export type RequirementCloseInput = z.input<typeof RequirementCloseInput>;

export const RequirementListInput = PageInput.extend({
  facilityId: Id.optional(),
  inspectionId: Id.optional(),
  status: z.array(z.enum(REQUIREMENT_STATUSES)).max(4).optional(),
  /** Only open requirements whose deadline has passed. */
  overdueOnly: z.boolean().default(false),
  deadlineFrom: IsoDate.optional(),
  deadlineTo: IsoDate.optional(),
  includeDeleted: z.boolean().default(false),
  desc: z.boolean().default(false),
});
export type RequirementListInput = z.input<typeof RequirementListInput>;
export type RequirementPage = Page<Requirement>;

export const FacilityIdInput = z.object({ facilityId: Id });
