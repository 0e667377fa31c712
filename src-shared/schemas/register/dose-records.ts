import { z } from 'zod';
import { localeNumber, optionalText, PageInput, type Page } from '../common';
import { Id, optionalDate, updateInput, type RegisterRow } from './common';

/** A personal dose in mSv: never negative; 1000 mSv per quarter is far beyond any real reading. */
const dose = (labelVi: string, labelEn: string) =>
  localeNumber({ min: 0, max: 1000, labelVi: `${labelVi} (mSv)`, labelEn: `${labelEn} (mSv)` }).optional().transform((v) => v ?? null);

/** One worker's dosimeter reading for one quarter (`doseRecords.create`). */
export const DoseRecordInput = z.object({
  workerId: Id,
  year: localeNumber({ min: 1990, max: 2100, int: true, labelVi: 'Năm', labelEn: 'Year' }).pipe(
    z.number({ message: 'Năm là bắt buộc|Year is required' }),
  ),
  quarter: localeNumber({ min: 1, max: 4, int: true, labelVi: 'Quý', labelEn: 'Quarter' }).pipe(
    z.number({ message: 'Quý là bắt buộc (1–4)|Quarter is required (1–4)' }),
  ),
  hp10: dose('Hp(10)', 'Hp(10)'),
  hp007: dose('Hp(0,07)', 'Hp(0.07)'),
  lens: dose('Liều thủy tinh thể', 'Eye lens dose'),
  /** Under the apron at the waist (interventional staff). */
  hw: dose('H_W (dưới áo chì)', 'H_W (under apron)'),
  /** Over the apron at the neck (interventional staff). */
  hn: dose('H_N (trên áo chì)', 'H_N (over apron)'),
  /** The day the dosimeter was read (the report's date): not before the period starts, not after today. */
  readOn: optionalDate,
  notes: optionalText(1000),
});
export type DoseRecordInput = z.input<typeof DoseRecordInput>;
/** Stored fields: the facility is the worker's, filled in by the core. */
export type DoseRecordFields = z.output<typeof DoseRecordInput> & { facilityId: string };
export interface DoseRecord extends DoseRecordFields, RegisterRow {
  workerName: string;
}

export const DoseRecordUpdateInput = updateInput(DoseRecordInput.partial());

export const DOSE_SORTS = ['period', 'hp10', 'worker', 'updatedAt'] as const;

export const DoseRecordListInput = PageInput.extend({
  workerId: Id.optional(),
  facilityId: Id.optional(),
  yearFrom: z.number().int().optional(),
  yearTo: z.number().int().optional(),
  quarter: z.number().int().min(1).max(4).optional(),
  includeDeleted: z.boolean().default(false),
  sort: z.enum(DOSE_SORTS).default('period'),
  desc: z.boolean().default(false),
});
export type DoseRecordListInput = z.input<typeof DoseRecordListInput>;
export type DoseRecordPage = Page<DoseRecord>;
