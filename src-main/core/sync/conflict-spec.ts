import type { TableSpec } from '../db/records';

/** A value that lost a merge, kept for a person to review (sync_conflicts, migration 010). */
export interface ConflictFields extends Record<string, unknown> {
  recordKind: string;
  recordId: string;
  field: string;
  /** Column values as JSON text. */
  keptValue: string | null;
  keptHlc: string;
  lostValue: string | null;
  lostHlc: string;
  status: 'open' | 'kept' | 'restored';
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export const conflictSpec: TableSpec<ConflictFields> = {
  table: 'sync_conflicts',
  entity: 'conflict',
  label: { vi: 'xung đột dữ liệu', en: 'sync conflict' },
  fields: {
    recordKind: 'record_kind',
    recordId: 'record_id',
    field: 'field',
    keptValue: 'kept_value',
    keptHlc: 'kept_hlc',
    lostValue: 'lost_value',
    lostHlc: 'lost_hlc',
    status: 'status',
    resolvedAt: 'resolved_at',
    resolvedBy: 'resolved_by',
  },
};
