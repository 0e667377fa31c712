import { z } from 'zod';
import { query } from './define';
import { Id } from '../schemas/common';

export const HistoryInput = z.object({
  /** The audit entity name ('facility', 'xray_unit', 'inspection' …). */
  entity: z.string().regex(/^[a-z_]{1,40}$/, 'Tên loại bản ghi không hợp lệ|Invalid entity name'),
  entityId: Id,
  /** 'inspection': the inspection and its answers, attachments, findings, requirements and minutes. */
  scope: z.enum(['record', 'inspection']).default('record'),
  limit: z.number().int().min(1).max(500).default(100),
});
export type HistoryInput = z.input<typeof HistoryInput>;

export interface HistoryChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** One row of the audit log, as the history panels show it (newest first). */
export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  device: string;
  entity: string;
  entityId: string;
  action: string;
  changes: HistoryChange[];
  reason: string | null;
}

export const auditOperations = {
  /** Who changed what, when, old → new and why, newest first. */
  'audit.history': query<{ entries: HistoryEntry[]; total: number }>()(HistoryInput),
} as const;
