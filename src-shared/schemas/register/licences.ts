import { z } from 'zod';
import { optionalText, requiredText, type Page } from '../common';
import { Id, IsoDate, optionalDate, RegisterListBase, updateInput, type Label, type RegisterRow } from './common';

export const LICENCE_KINDS = ['giay_phep', 'khai_bao', 'other'] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];
export const LICENCE_KIND_LABELS: Record<LicenceKind, Label> = {
  giay_phep: { vi: 'Giấy phép tiến hành công việc bức xạ', en: 'Licence for radiation work' },
  khai_bao: { vi: 'Khai báo', en: 'Declaration' },
  other: { vi: 'Văn bản khác', en: 'Other authorization' },
};

/** Which register a covered unit lives in. */
export const COVERED_ENTITIES = ['xray_unit', 'sealed_source'] as const;
export const CoveredUnit = z.object({
  entity: z.enum(COVERED_ENTITIES, { message: 'Chỉ gắn được thiết bị X-quang hoặc nguồn phóng xạ|Only X-ray units or sealed sources can be covered' }),
  id: Id,
});
export type CoveredUnit = z.output<typeof CoveredUnit>;

/** The licence / declaration form (`licences.create`). */
const LicenceForm = z.object({
  facilityId: Id,
  kind: z.enum(LICENCE_KINDS, { message: 'Chọn loại văn bản (giấy phép, khai báo, khác)|Choose licence, declaration or other' }),
  number: requiredText(80, 'Số giấy phép', 'Licence number'),
  issuedBy: optionalText(200),
  issuedOn: optionalDate,
  expiresOn: optionalDate,
  /** X-ray units and sealed sources of the same facility this licence covers. */
  units: z
    .array(CoveredUnit)
    .max(500)
    .optional()
    .transform((v) => v ?? []),
  notes: optionalText(4000),
});
export type LicenceFields = z.output<typeof LicenceForm>;

/** Checks on the whole record: the core also runs them after a patch is applied. */
export function licenceIssues(f: Pick<LicenceFields, 'issuedOn' | 'expiresOn' | 'units'>): { path: string; vi: string; en: string }[] {
  const issues: { path: string; vi: string; en: string }[] = [];
  if (f.issuedOn && f.expiresOn && f.expiresOn < f.issuedOn) {
    issues.push({
      path: 'expiresOn',
      vi: `Ngày hết hạn (${f.expiresOn}) không được trước ngày cấp (${f.issuedOn})`,
      en: `Expiry date (${f.expiresOn}) must not be before the issue date (${f.issuedOn})`,
    });
  }
  const seen = new Set<string>();
  f.units.forEach((u, i) => {
    if (seen.has(u.id)) issues.push({ path: `units.${i}`, vi: 'Thiết bị/nguồn bị liệt kê hai lần', en: 'The same unit is listed twice' });
    seen.add(u.id);
  });
  return issues;
}

export const LicenceInput = LicenceForm.superRefine((f, ctx) => {
  for (const i of licenceIssues(f)) ctx.addIssue({ code: 'custom', path: i.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: `${i.vi}|${i.en}` });
});
export type LicenceInput = z.input<typeof LicenceInput>;
export interface Licence extends LicenceFields, RegisterRow {}

export const LicenceUpdateInput = updateInput(LicenceForm.partial());

export const LICENCE_SORTS = ['expiresOn', 'issuedOn', 'number', 'facility', 'updatedAt'] as const;

export const LicenceListInput = RegisterListBase.extend({
  kind: z.enum(LICENCE_KINDS).optional(),
  /** Expiry between these dates (inclusive): "licences expiring within 90 days". */
  expiresFrom: IsoDate.optional(),
  expiresTo: IsoDate.optional(),
  /** Only licences that cover this X-ray unit or sealed source. */
  unitId: Id.optional(),
  sort: z.enum(LICENCE_SORTS).default('expiresOn'),
});
export type LicenceListInput = z.input<typeof LicenceListInput>;
export type LicencePage = Page<Licence>;
