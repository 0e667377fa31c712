import { z } from 'zod';
import { INSPECTION_KINDS, type InspectionKind } from '../checklists/schema';
import { Id, IsoDate, optionalText, PageInput, requiredText, type Page, type SyncedRow } from './common';

/**
 * draft → in_progress → signed (locked; later 'sent' / 'approved' / 'returned' are review records,
 * not statuses, so the signed row never changes). 'completed': closed before signing existed
 * (schema < 9), unsigned and read-only; "Hoàn thành và ký" signs it.
 */
export const INSPECTION_STATUSES = ['draft', 'in_progress', 'signed', 'completed', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const TEAM_ROLES = ['truong_doan', 'thanh_vien', 'thu_ky', 'khac'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Who signs the minutes: the team's roles plus the facility's representative. */
export const SIGNER_ROLES = ['truong_doan', 'thanh_vien', 'thu_ky', 'dai_dien_co_so', 'khac'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/** Local date and time of the check, as typed on site: yyyy-MM-ddTHH:mm. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'Thời gian phải có dạng yyyy-MM-ddTHH:mm|Time must be yyyy-MM-ddTHH:mm')
  .refine((s) => !Number.isNaN(Date.parse(`${s.slice(0, 10)}T00:00:00Z`)), { message: 'Ngày không tồn tại|No such date' });

export const TeamMember = z.object({
  name: requiredText(120, 'Họ tên thành viên đoàn', 'Team member name'),
  position: optionalText(160),
  role: z.enum(TEAM_ROLES, { message: 'Chọn vai trò trong đoàn|Choose the role in the team' }),
});
export type TeamMember = z.output<typeof TeamMember>;

export const Representative = z.object({
  name: requiredText(120, 'Họ tên đại diện cơ sở', 'Representative name'),
  position: optionalText(160),
});
export type Representative = z.output<typeof Representative>;

export interface RulePackRef {
  id: string;
  version: string;
}

const nullableDate = IsoDate.nullable().optional().transform((v) => v ?? null);
const nullableDateTime = LocalDateTime.nullable().optional().transform((v) => v ?? null);

/** Header fields the inspector edits (the decision, team, time and place, conclusions). */
const headerShape = {
  decisionNumber: optionalText(80),
  decisionDate: nullableDate,
  decisionIssuer: optionalText(200),
  team: z.array(TeamMember).max(30).optional().transform((v) => v ?? []),
  facilityRepresentatives: z.array(Representative).max(30).optional().transform((v) => v ?? []),
  startedAt: nullableDateTime,
  endedAt: nullableDateTime,
  place: optionalText(300),
  conclusion: optionalText(8000),
  facilityOpinion: optionalText(8000),
  notes: optionalText(4000),
};

export const InspectionCreateInput = z.object({
  facilityId: Id,
  kind: z.enum(INSPECTION_KINDS, { message: 'Chọn loại kiểm tra|Choose the kind of check' }),
  templateId: requiredText(64, 'Mẫu phiếu kiểm tra', 'Checklist template'),
  ...headerShape,
});
export type InspectionCreateInput = z.input<typeof InspectionCreateInput>;

const HeaderPatch = z.object({
  ...headerShape,
  /** Completing goes through `inspections.complete`, cancelling through `inspections.cancel` (with a reason). */
  status: z.enum(['draft', 'in_progress'], { message: 'Trạng thái không hợp lệ|Invalid status' }),
});
export const InspectionUpdateInput = z.object({ id: Id, patch: HeaderPatch.partial() });
export type InspectionUpdateInput = z.input<typeof InspectionUpdateInput>;
export type InspectionPatch = z.output<typeof InspectionUpdateInput>['patch'];

// A type alias, not an interface: db/records.ts needs it to be a Record.
export type InspectionFields = {
  facilityId: string;
  kind: InspectionKind;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionIssuer: string | null;
  team: TeamMember[];
  facilityRepresentatives: Representative[];
  startedAt: string | null;
  endedAt: string | null;
  place: string | null;
  templateId: string;
  templateVersion: number;
  status: InspectionStatus;
  completedAt: string | null;
  conclusion: string | null;
  facilityOpinion: string | null;
  rulePacks: RulePackRef[] | null;
  notes: string | null;
  /** Why a check started by mistake was cancelled, and when (it stays in the history). */
  cancelReason: string | null;
  cancelledAt: string | null;
};

export interface Inspection extends InspectionFields, SyncedRow {
  facilityName: string;
}

export const INSPECTION_SORTS = ['date', 'updatedAt', 'status', 'facility', 'decisionNumber'] as const;

export const InspectionListInput = PageInput.extend({
  facilityId: Id.optional(),
  status: z.array(z.enum(INSPECTION_STATUSES)).max(5).optional(),
  kind: z.enum(INSPECTION_KINDS).optional(),
  /** Day of the check (else of the decision), inclusive. */
  dateFrom: IsoDate.optional(),
  dateTo: IsoDate.optional(),
  includeDeleted: z.boolean().default(false),
  sort: z.enum(INSPECTION_SORTS).default('date'),
  desc: z.boolean().default(true),
});
export type InspectionListInput = z.input<typeof InspectionListInput>;
export type InspectionPage = Page<Inspection>;

export const InspectionIdInput = z.object({ id: Id });

export const SaveAnswerInput = z.object({
  inspectionId: Id,
  itemKey: z.string().min(1).max(64),
  /** '' for items outside repeated sections, else the register record's id. */
  instanceKey: z.string().max(64).default(''),
  /** Checked against the item's type in the core (and in the form, with the same code). */
  value: z.unknown(),
  /** Absent keeps the stored note; null or '' clears it. */
  note: z.string().max(2000, 'Ghi chú tối đa 2000 ký tự|A note holds at most 2000 characters').nullable().optional(),
});
export type SaveAnswerInput = z.input<typeof SaveAnswerInput>;

export interface Answer extends SyncedRow {
  inspectionId: string;
  itemKey: string;
  instanceKey: string;
  value: unknown;
  note: string | null;
}

export const CompleteInput = z.object({
  id: Id,
  endedAt: LocalDateTime.optional(),
  conclusion: optionalText(8000).optional(),
  facilityOpinion: optionalText(8000).optional(),
});
export type CompleteInput = z.input<typeof CompleteInput>;
