import type { Finding, FindingFields } from '../../../src-shared/schemas/finding';
import type { Requirement, RequirementFields } from '../../../src-shared/schemas/requirement';
import { daysBetween } from '../../../src-shared/rules/dates';
import { fieldsOf, metaOf, type TableSpec } from '../db/records';

/**
 * How findings and requirements map to their tables (db/records.ts writes them). They are not in
 * the one search box yet: search/describe.ts needs a describer for them first.
 */
export const findingSpec: TableSpec<FindingFields> = {
  table: 'findings',
  entity: 'finding',
  label: { vi: 'phát hiện', en: 'finding' },
  fields: {
    inspectionId: 'inspection_id',
    facilityId: 'facility_id',
    itemKey: 'item_key',
    instanceKey: 'instance_key',
    origin: 'origin',
    ruleId: 'rule_id',
    ruleKey: 'rule_key',
    packId: 'pack_id',
    packVersion: 'pack_version',
    verdict: 'verdict',
    severity: 'severity',
    title: 'title',
    titleEn: 'title_en',
    description: 'description',
    status: 'status',
  },
};

export const requirementSpec: TableSpec<RequirementFields> = {
  table: 'requirements',
  entity: 'requirement',
  label: { vi: 'kiến nghị', en: 'requirement' },
  fields: {
    findingId: 'finding_id',
    inspectionId: 'inspection_id',
    facilityId: 'facility_id',
    text: 'text',
    responsible: 'responsible',
    deadline: 'deadline',
    status: 'status',
    closedByInspectionId: 'closed_by_inspection_id',
    closedAt: 'closed_at',
    closingNote: 'closing_note',
  },
};

/** Row (with `facility_name` joined) → Finding; the verdict JSON parsed back. */
export function toFinding(row: Record<string, unknown>): Finding {
  const f = fieldsOf(findingSpec, row);
  return {
    ...f,
    verdict: typeof row.verdict === 'string' ? JSON.parse(row.verdict) : null,
    ...metaOf(row),
    facilityName: (row.facility_name as string | undefined) ?? '',
  };
}

/** Row → Requirement; overdue is judged against `today` (open, deadline before today). */
export function toRequirement(row: Record<string, unknown>, today: string): Requirement {
  const f = fieldsOf(requirementSpec, row);
  const overdue = f.status === 'open' && f.deadline !== null && f.deadline < today && !row.deleted_at;
  return {
    ...f,
    ...metaOf(row),
    facilityName: (row.facility_name as string | undefined) ?? '',
    overdue,
    daysOverdue: overdue ? daysBetween(f.deadline as string, today) : null,
  };
}
