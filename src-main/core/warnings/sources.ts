import type { RegisterWarning } from '../../../src-shared/schemas/warning';
import { scopedRows, type WarningScope } from './scope';
import { computeSourceStatus, type SourceRow } from './source-status';

/** Each held source today: decayed activity and category, for the record (the formulas say how). */
export function sourceWarnings(scope: WarningScope, single: boolean): RegisterWarning[] {
  const rows = scopedRows<SourceRow>(
    scope,
    "SELECT t.id, t.facility_id, t.nuclide, t.nuclide_other, t.activity_bq, t.reference_date, t.serial FROM sealed_sources t WHERE t.deleted_at IS NULL AND t.status <> 'transferred'",
    single,
  );
  return rows.map(({ row, facility }) => {
    const s = computeSourceStatus(scope.packFor(facility, 'sources'), row, scope.today);
    return {
      kind: 'source_status',
      state: s.category === null ? 'missing' : 'info',
      severity: s.category === null ? 'medium' : 'low',
      facilityId: facility.id,
      facilityName: facility.name,
      record: { entity: 'sealed_source', id: row.id, label: [s.nuclide, row.serial ? `(SN ${row.serial})` : null].filter(Boolean).join(' ') },
      dueDate: null,
      daysLeft: null,
      explanation: s.explanation,
      citation: s.citation,
      ruleId: s.category === null ? null : 'sources.category_bands',
      packId: s.packId,
      packVersion: s.packVersion,
    } satisfies RegisterWarning;
  });
}
