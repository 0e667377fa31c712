import { z } from 'zod';
import type { Citation, LocalText } from '../rules/pack-schema';
import type { FindingSeverity } from './finding';
import { Id } from './common';

/** What the register warns about between inspections (DOMAIN.md §4–§5). */
export const WARNING_KINDS = [
  'licence_expiry',
  'xray_qc',
  'dosimetry_late',
  'health_check',
  'training_refresher',
  'rso_missing',
  'source_status',
  'requirement_overdue',
  'worker_dose',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const WARNING_KIND_LABELS: Record<WarningKind, LocalText> = {
  licence_expiry: { vi: 'Giấy phép sắp hết hạn / hết hạn', en: 'Licence expiring or expired' },
  xray_qc: { vi: 'Kiểm định thiết bị X-quang', en: 'X-ray unit verification' },
  dosimetry_late: { vi: 'Đọc liều kế cá nhân', en: 'Personal dosimetry reading' },
  health_check: { vi: 'Khám sức khoẻ nhân viên bức xạ', en: 'Radiation worker health check' },
  training_refresher: { vi: 'Đào tạo nhắc lại an toàn bức xạ', en: 'Radiation safety refresher training' },
  rso_missing: { vi: 'Người phụ trách an toàn', en: 'Radiation safety officer' },
  source_status: { vi: 'Hoạt độ và nhóm nguồn phóng xạ', en: 'Source activity and category' },
  requirement_overdue: { vi: 'Kiến nghị quá hạn', en: 'Overdue requirement' },
  worker_dose: { vi: 'Liều chiếu xạ nhân viên vượt giới hạn', en: 'Worker dose over the limit' },
};

/** overdue: past due; due_soon: inside the pack's warning window; missing: the date is not recorded; info: for the record. */
export const WARNING_STATES = ['overdue', 'due_soon', 'missing', 'info'] as const;
export type WarningState = (typeof WARNING_STATES)[number];

export const WARNING_ENTITIES = ['licence', 'xray_unit', 'worker', 'sealed_source', 'requirement', 'facility'] as const;
export type WarningEntity = (typeof WARNING_ENTITIES)[number];

export interface RegisterWarning {
  kind: WarningKind;
  state: WarningState;
  severity: FindingSeverity;
  facilityId: string;
  facilityName: string;
  /** `labelEn`: the record's name in English where it has words of its own (an X-ray unit's type); else `label` serves both. */
  record: { entity: WarningEntity; id: string; label: string; labelEn?: string };
  dueDate: string | null;
  /** Days until the due date (negative when overdue). */
  daysLeft: number | null;
  explanation: LocalText;
  /** The legal basis from the rule pack; null for a requirement (its basis is the inspection). */
  citation: Citation | null;
  ruleId: string | null;
  packId: string | null;
  packVersion: string | null;
}

export const WarningListInput = z.object({
  facilityId: Id.optional(),
  kinds: z.array(z.enum(WARNING_KINDS)).max(WARNING_KINDS.length).optional(),
});
export type WarningListInput = z.input<typeof WarningListInput>;

/** A sealed source today: decayed activity, A/D and category, each with its formula. */
export interface SourceStatus {
  sourceId: string;
  facilityId: string;
  nuclide: string;
  date: string;
  referenceActivityBq: number;
  referenceDate: string;
  /** Null when the pack lacks what the computation needs (reason says what). */
  activityBq: number | null;
  elapsedDays: number | null;
  halfLifeDays: number | null;
  ratio: number | null;
  dValueTBq: number | null;
  category: 1 | 2 | 3 | 4 | 5 | null;
  nationalGroup: number | null;
  decayFormula: LocalText | null;
  explanation: LocalText;
  citation: Citation | null;
  verified: boolean;
  packId: string | null;
  packVersion: string | null;
}
