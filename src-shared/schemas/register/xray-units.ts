import { z } from 'zod';
import { localeNumber, optionalText, type Page } from '../common';
import { Id, IsoDate, optionalDate, RegisterListBase, updateInput, type Label, type RegisterRow } from './common';

export const XRAY_UNIT_TYPES = [
  'general',
  'ct',
  'fluoroscopy',
  'c_arm',
  'mammography',
  'dental_intraoral',
  'dental_panoramic',
  'mobile',
  'bone_densitometry',
  'other',
] as const;
export type XrayUnitType = (typeof XRAY_UNIT_TYPES)[number];

export const XRAY_UNIT_TYPE_LABELS: Record<XrayUnitType, Label> = {
  general: { vi: 'X-quang chụp tổng hợp', en: 'General radiography' },
  ct: { vi: 'CT (cắt lớp vi tính)', en: 'CT' },
  fluoroscopy: { vi: 'X-quang tăng sáng truyền hình', en: 'Fluoroscopy' },
  c_arm: { vi: 'C-arm', en: 'C-arm' },
  mammography: { vi: 'X-quang chụp vú', en: 'Mammography' },
  dental_intraoral: { vi: 'X-quang răng trong miệng', en: 'Dental intra-oral' },
  dental_panoramic: { vi: 'X-quang răng toàn cảnh', en: 'Dental panoramic' },
  mobile: { vi: 'X-quang di động', en: 'Mobile X-ray' },
  bone_densitometry: { vi: 'Đo mật độ xương', en: 'Bone densitometry' },
  other: { vi: 'Thiết bị X-quang khác', en: 'Other X-ray' },
};

export const XRAY_UNIT_STATUSES = ['in_use', 'stored', 'retired'] as const;
export type XrayUnitStatus = (typeof XRAY_UNIT_STATUSES)[number];
export const XRAY_UNIT_STATUS_LABELS: Record<XrayUnitStatus, Label> = {
  in_use: { vi: 'Đang sử dụng', en: 'In use' },
  stored: { vi: 'Lưu kho', en: 'Stored' },
  retired: { vi: 'Thanh lý / ngừng sử dụng', en: 'Retired' },
};

/** The X-ray unit form (`xrayUnits.create`). */
export const XrayUnitInput = z.object({
  facilityId: Id,
  type: z.enum(XRAY_UNIT_TYPES, { message: 'Chọn loại thiết bị X-quang|Choose the X-ray unit type' }),
  manufacturer: optionalText(120),
  model: optionalText(120),
  serial: optionalText(80),
  tubeSerial: optionalText(80),
  maxKv: localeNumber({ min: 1, max: 200, labelVi: 'Điện áp cực đại (kV)', labelEn: 'Maximum kV' }).optional().transform((v) => v ?? null),
  maxMa: localeNumber({ min: 0, max: 2000, labelVi: 'Dòng cực đại (mA)', labelEn: 'Maximum mA' }).optional().transform((v) => v ?? null),
  room: optionalText(120),
  installedOn: optionalDate,
  // Not .default(): a default would leak into partial patches and reset the field.
  status: z
    .enum(XRAY_UNIT_STATUSES, { message: 'Chọn tình trạng thiết bị|Choose the unit status' })
    .optional()
    .transform((v) => v ?? 'in_use'),
  /** Date of the last verification (kiểm định) and its certificate. */
  lastQcOn: optionalDate,
  qcCertificateNo: optionalText(80),
  notes: optionalText(4000),
});
export type XrayUnitInput = z.input<typeof XrayUnitInput>;
export type XrayUnitFields = z.output<typeof XrayUnitInput>;
export interface XrayUnit extends XrayUnitFields, RegisterRow {}

export const XrayUnitUpdateInput = updateInput(XrayUnitInput.partial());

export const XRAY_UNIT_SORTS = ['serial', 'type', 'lastQcOn', 'installedOn', 'facility', 'updatedAt'] as const;

export const XrayUnitListInput = RegisterListBase.extend({
  type: z.enum(XRAY_UNIT_TYPES).optional(),
  status: z.enum(XRAY_UNIT_STATUSES).optional(),
  /** Last verification date between these (inclusive): finds units due or overdue for QC. */
  lastQcFrom: IsoDate.optional(),
  lastQcTo: IsoDate.optional(),
  /** Only units never verified (no last QC date). */
  neverVerified: z.boolean().optional(),
  sort: z.enum(XRAY_UNIT_SORTS).default('serial'),
});
export type XrayUnitListInput = z.input<typeof XrayUnitListInput>;
export type XrayUnitPage = Page<XrayUnit>;
