import { z } from 'zod';
import { optionalText, requiredText, type Page } from '../common';
import { Id, IsoDate, optionalDate, optionalFlag, RegisterListBase, updateInput, type Label, type RegisterRow } from './common';

export const WORKER_ROLES = ['radiographer', 'radiologist', 'interventionalist', 'dentist', 'nurse', 'physicist', 'technician', 'other'] as const;
export type WorkerRole = (typeof WORKER_ROLES)[number];
export const WORKER_ROLE_LABELS: Record<WorkerRole, Label> = {
  radiographer: { vi: 'Kỹ thuật viên X-quang', en: 'Radiographer' },
  radiologist: { vi: 'Bác sĩ chẩn đoán hình ảnh', en: 'Radiologist' },
  interventionalist: { vi: 'Bác sĩ can thiệp', en: 'Interventional physician' },
  dentist: { vi: 'Bác sĩ răng hàm mặt', en: 'Dentist' },
  nurse: { vi: 'Điều dưỡng', en: 'Nurse' },
  physicist: { vi: 'Kỹ sư vật lý / an toàn bức xạ', en: 'Medical physicist' },
  technician: { vi: 'Kỹ thuật viên khác', en: 'Other technician' },
  other: { vi: 'Khác', en: 'Other' },
};

/** A radiation worker (`workers.create`). */
export const WorkerInput = z.object({
  facilityId: Id,
  name: requiredText(120, 'Họ và tên', 'Name'),
  role: z.enum(WORKER_ROLES, { message: 'Chọn vị trí công việc|Choose the role' }),
  jobTitle: optionalText(120),
  /** Người phụ trách an toàn bức xạ (RSO), appointed by decision, with a certificate. */
  isRso: optionalFlag,
  rsoDecisionNo: optionalText(80),
  rsoDecisionOn: optionalDate,
  rsoCertificateNo: optionalText(80),
  trainingOn: optionalDate,
  lastRefresherOn: optionalDate,
  lastHealthCheckOn: optionalDate,
  dosimeterId: optionalText(80),
  /** Interventional staff wear two dosimeters (H_W under the apron, H_N over it). */
  interventional: optionalFlag,
  notes: optionalText(4000),
});
export type WorkerInput = z.input<typeof WorkerInput>;
export type WorkerFields = z.output<typeof WorkerInput>;
export interface Worker extends WorkerFields, RegisterRow {}

export const WorkerUpdateInput = updateInput(WorkerInput.partial());

export const WORKER_SORTS = ['name', 'role', 'lastHealthCheckOn', 'facility', 'updatedAt'] as const;

export const WorkerListInput = RegisterListBase.extend({
  role: z.enum(WORKER_ROLES).optional(),
  isRso: z.boolean().optional(),
  interventional: z.boolean().optional(),
  /** Last health check between these dates (inclusive): finds checks due. */
  healthCheckFrom: IsoDate.optional(),
  healthCheckTo: IsoDate.optional(),
  sort: z.enum(WORKER_SORTS).default('name'),
});
export type WorkerListInput = z.input<typeof WorkerListInput>;
export type WorkerPage = Page<Worker>;
