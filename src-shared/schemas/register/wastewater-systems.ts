import { z } from 'zod';
import { localeNumber, optionalText, requiredText, type Page } from '../common';
import { Id, IsoDate, optionalDate, RegisterListBase, updateInput, type RegisterRow } from './common';

/** QCVN 28:2010/BTNMT columns: A = discharge into water used for domestic supply, B = otherwise. */
export const DISCHARGE_COLUMNS = ['A', 'B'] as const;
export type DischargeColumn = (typeof DISCHARGE_COLUMNS)[number];

const flow = (labelVi: string, labelEn: string) =>
  localeNumber({ min: 0, max: 100000, labelVi, labelEn }).optional().transform((v) => v ?? null);

/** The wastewater treatment system form (`wastewaterSystems.create`). */
export const WastewaterSystemInput = z.object({
  facilityId: Id,
  technology: requiredText(300, 'Công nghệ xử lý', 'Treatment technology'),
  designCapacityM3PerDay: flow('Công suất thiết kế (m³/ngày đêm)', 'Design capacity (m³/day)'),
  actualFlowM3PerDay: flow('Lưu lượng thực tế (m³/ngày đêm)', 'Actual flow (m³/day)'),
  commissionedOn: optionalDate,
  disinfection: optionalText(200),
  receivingWater: optionalText(200),
  /** Which QCVN 28 column the discharge is judged by. */
  dischargeColumn: z
    .enum(DISCHARGE_COLUMNS, { message: 'Cột áp dụng phải là A hoặc B|Discharge column must be A or B' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  permitNo: optionalText(80),
  permitExpiresOn: optionalDate,
  /** K written in the discharge permit: overrides the QCVN 28 table (DOMAIN.md §3). */
  permitK: localeNumber({ min: 0.1, max: 10, labelVi: 'Hệ số K trong giấy phép', labelEn: 'Permit K factor' }).optional().transform((v) => v ?? null),
  sludgeHandling: optionalText(500),
  notes: optionalText(4000),
});
export type WastewaterSystemInput = z.input<typeof WastewaterSystemInput>;
export type WastewaterSystemFields = z.output<typeof WastewaterSystemInput>;
export interface WastewaterSystem extends WastewaterSystemFields, RegisterRow {}

export const WastewaterSystemUpdateInput = updateInput(WastewaterSystemInput.partial());

export const WASTEWATER_SORTS = ['technology', 'commissionedOn', 'permitExpiresOn', 'facility', 'updatedAt'] as const;

export const WastewaterSystemListInput = RegisterListBase.extend({
  dischargeColumn: z.enum(DISCHARGE_COLUMNS).optional(),
  /** Permit expiry between these dates (inclusive): finds permits running out. */
  permitExpiresFrom: IsoDate.optional(),
  permitExpiresTo: IsoDate.optional(),
  sort: z.enum(WASTEWATER_SORTS).default('facility'),
});
export type WastewaterSystemListInput = z.input<typeof WastewaterSystemListInput>;
export type WastewaterSystemPage = Page<WastewaterSystem>;
