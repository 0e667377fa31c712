import { z } from 'zod';
import { localeNumber, optionalText, type Page } from '../common';
import { Id, IsoDate, RegisterListBase, updateInput, type Label, type RegisterRow } from './common';

/** Nuclides of DOMAIN.md §5 (half-lives and D-values live in the rule packs), plus "other". */
export const NUCLIDES = ['Co-60', 'Cs-137', 'Ir-192', 'Am-241', 'Am-241/Be', 'Sr-90', 'I-131', 'Tc-99m', 'Se-75', 'Ra-226', 'Cf-252', 'other'] as const;
export type Nuclide = (typeof NUCLIDES)[number];

export const SOURCE_STATUSES = ['in_use', 'stored', 'disused', 'transferred'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
export const SOURCE_STATUS_LABELS: Record<SourceStatus, Label> = {
  in_use: { vi: 'Đang sử dụng', en: 'In use' },
  stored: { vi: 'Lưu giữ', en: 'Stored' },
  disused: { vi: 'Không còn sử dụng', en: 'Disused' },
  transferred: { vi: 'Đã chuyển giao / trả lại', en: 'Transferred or returned' },
};

/** Activity units a user may type; everything is stored in Bq. 1 Ci = 3.7e10 Bq exactly. */
export const ACTIVITY_UNITS = ['Bq', 'kBq', 'MBq', 'GBq', 'TBq', 'uCi', 'mCi', 'Ci'] as const;
export type ActivityUnit = (typeof ACTIVITY_UNITS)[number];
export const BQ_PER_UNIT: Record<ActivityUnit, number> = {
  Bq: 1,
  kBq: 1e3,
  MBq: 1e6,
  GBq: 1e9,
  TBq: 1e12,
  uCi: 3.7e4,
  mCi: 3.7e7,
  Ci: 3.7e10,
};

/** Above any sealed source in medical or industrial use (a large irradiator holds ~1e17 Bq). */
export const MAX_ACTIVITY_BQ = 1e18;

export function toBecquerel(value: number, unit: ActivityUnit): number {
  return value * BQ_PER_UNIT[unit];
}

const activity = localeNumber({ min: 0, labelVi: 'Hoạt độ', labelEn: 'Activity' });
const activityUnit = z.enum(ACTIVITY_UNITS, { message: 'Đơn vị hoạt độ phải là Bq, kBq, MBq, GBq, TBq, uCi, mCi hoặc Ci|Activity unit must be Bq, kBq, MBq, GBq, TBq, uCi, mCi or Ci' });

/** What the form holds: activity with its unit (converted to Bq by the schema). */
const SealedSourceForm = z.object({
  facilityId: Id,
  nuclide: z.enum(NUCLIDES, { message: 'Chọn đồng vị phóng xạ|Choose the nuclide' }),
  /** The nuclide's name when `nuclide` is "other". */
  nuclideOther: optionalText(40),
  activity,
  activityUnit: activityUnit.optional(),
  /** Date the activity refers to (decay is computed from it). */
  referenceDate: IsoDate,
  serial: optionalText(80),
  purpose: optionalText(200),
  storagePlace: optionalText(200),
  status: z
    .enum(SOURCE_STATUSES, { message: 'Chọn tình trạng nguồn|Choose the source status' })
    .optional()
    .transform((v) => v ?? 'in_use'),
  notes: optionalText(4000),
});

export type SealedSourceFields = {
  facilityId: string;
  nuclide: Nuclide;
  nuclideOther: string | null;
  /** Activity at `referenceDate`, in becquerel. */
  activityBq: number;
  referenceDate: string;
  serial: string | null;
  purpose: string | null;
  storagePlace: string | null;
  status: SourceStatus;
  notes: string | null;
};

type FormOut = z.output<typeof SealedSourceForm>;

/** Converts the typed activity to Bq and checks what one field alone cannot. */
function toFields<T extends Partial<FormOut>>(form: T, ctx: z.RefinementCtx, partial: boolean) {
  const { activity: value, activityUnit: unit, ...rest } = form;
  const out: Partial<SealedSourceFields> = { ...(rest as Partial<SealedSourceFields>) };
  if (value === null && !partial) {
    ctx.addIssue({ code: 'custom', path: ['activity'], message: 'Hoạt độ là bắt buộc|Activity is required' });
  }
  if (value !== undefined && value !== null) {
    const bq = toBecquerel(value, unit ?? 'Bq');
    if (bq > MAX_ACTIVITY_BQ) {
      ctx.addIssue({ code: 'custom', path: ['activity'], message: `Hoạt độ vượt ${MAX_ACTIVITY_BQ} Bq|Activity exceeds ${MAX_ACTIVITY_BQ} Bq` });
    }
    out.activityBq = bq;
  } else if (unit !== undefined && partial) {
    ctx.addIssue({ code: 'custom', path: ['activity'], message: 'Nhập hoạt độ cùng với đơn vị|Give the activity together with its unit' });
  }
  if (!partial && rest.nuclide === 'other' && !rest.nuclideOther) {
    ctx.addIssue({ code: 'custom', path: ['nuclideOther'], message: 'Ghi tên đồng vị khi chọn "Khác"|Name the nuclide when "other" is chosen' });
  }
  return out;
}

/** The sealed-source form (`sealedSources.create`): "0,5" Ci becomes 1.85e10 Bq. */
export const SealedSourceInput = SealedSourceForm.transform((form, ctx) => toFields(form, ctx, false) as SealedSourceFields);
export type SealedSourceInput = z.input<typeof SealedSourceInput>;
export interface SealedSource extends SealedSourceFields, RegisterRow {}

export const SealedSourcePatch = SealedSourceForm.partial().transform((form, ctx) => toFields(form, ctx, true));
export const SealedSourceUpdateInput = updateInput(SealedSourcePatch);

/** Checks on the whole record after a patch is applied (the core runs it on update). */
export function sealedSourceIssues(f: SealedSourceFields): { path: string; vi: string; en: string }[] {
  if (f.nuclide === 'other' && !f.nuclideOther) {
    return [{ path: 'nuclideOther', vi: 'Ghi tên đồng vị khi chọn "Khác"', en: 'Name the nuclide when "other" is chosen' }];
  }
  return [];
}

export const SEALED_SOURCE_SORTS = ['nuclide', 'activity', 'referenceDate', 'serial', 'facility', 'updatedAt'] as const;

export const SealedSourceListInput = RegisterListBase.extend({
  nuclide: z.enum(NUCLIDES).optional(),
  status: z.enum(SOURCE_STATUSES).optional(),
  sort: z.enum(SEALED_SOURCE_SORTS).default('nuclide'),
});
export type SealedSourceListInput = z.input<typeof SealedSourceListInput>;
export type SealedSourcePage = Page<SealedSource>;
