import { z } from 'zod';
import { Id, IsoDate, localeNumber, optionalText, PageInput, requiredText, type Page, type SyncedRow } from './common';

export const FACILITY_KINDS = ['hospital', 'clinic', 'health_center', 'dental', 'other'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const OWNERSHIPS = ['public', 'private', 'other'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** What a user types into the facility form (and what `facilities.create` takes). */
export const FacilityInput = z.object({
  name: requiredText(200, 'Tên cơ sở', 'Facility name'),
  kind: z.enum(FACILITY_KINDS, { message: 'Chọn loại cơ sở|Choose the kind of facility' }),
  // Not .default(): a default would leak into partial patches and reset the field.
  ownership: z
    .enum(OWNERSHIPS, { message: 'Chọn hình thức sở hữu|Choose the ownership' })
    .optional()
    .transform((v) => v ?? 'public'),
  beds: localeNumber({ min: 0, max: 20000, int: true, labelVi: 'Số giường', labelEn: 'Beds' }).optional().transform((v) => v ?? null),
  provinceCode: requiredText(40, 'Tỉnh/thành phố', 'Province'),
  commune: optionalText(120),
  street: optionalText(200),
  legacyDistrict: optionalText(120),
  contactName: optionalText(120),
  contactPhone: optionalText(40).refine((v) => v === null || /^[0-9+().\s-]{3,40}$/.test(v), {
    message: 'Số điện thoại chỉ gồm chữ số, dấu cách, + - ( ) .|Phone may only hold digits, spaces and + - ( ) .',
  }),
  /** First day of operation (or of the discharge permit): picks the wastewater regulation. */
  operatingSince: IsoDate.nullable().optional().transform((v) => v ?? null),
  notes: optionalText(4000),
});
export type FacilityInput = z.input<typeof FacilityInput>;
export type FacilityFields = z.output<typeof FacilityInput>;

export interface Facility extends FacilityFields, SyncedRow {}

export const FACILITY_SORTS = ['name', 'updatedAt', 'kind', 'commune'] as const;

export const FacilityListInput = PageInput.extend({
  query: z.string().max(200).optional(),
  kind: z.enum(FACILITY_KINDS).optional(),
  provinceCode: z.string().max(40).optional(),
  commune: z.string().max(120).optional(),
  includeDeleted: z.boolean().default(false),
  sort: z.enum(FACILITY_SORTS).default('name'),
  desc: z.boolean().default(false),
});
export type FacilityListInput = z.input<typeof FacilityListInput>;
export type FacilityPage = Page<Facility>;

export const FacilityUpdateInput = z.object({ id: Id, patch: FacilityInput.partial() });
export const IdInput = z.object({ id: Id });
/** Deleting a register record (or a facility) says why: the reason goes into the audit log. */
export const DeleteInput = z.object({ id: Id, reason: requiredText(500, 'Lý do xoá', 'Reason for deleting') });
