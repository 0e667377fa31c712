import { daysBetween, viDate } from '../../../src-shared/rules/dates';
import type { RegisterWarning } from '../../../src-shared/schemas/warning';
import { scopedRows, type WarningScope } from './scope';

interface RequirementRow {
  id: string;
  facility_id: string;
  text: string;
  deadline: string;
  responsible: string | null;
}

/** Open requirements past their deadline. */
export function requirementWarnings(scope: WarningScope, single: boolean): RegisterWarning[] {
  const rows = scopedRows<RequirementRow>(
    scope,
    `SELECT t.id, t.facility_id, t.text, t.deadline, t.responsible FROM requirements t
      WHERE t.deleted_at IS NULL AND t.status = 'open' AND t.deadline < ?`,
    single,
    [scope.today],
  );
  return rows.map(({ row, facility }) => {
    const late = daysBetween(row.deadline, scope.today);
    const who = row.responsible ? ` (${row.responsible})` : '';
    return {
      kind: 'requirement_overdue',
      state: 'overdue',
      severity: 'high',
      facilityId: facility.id,
      facilityName: facility.name,
      record: { entity: 'requirement', id: row.id, label: row.text },
      dueDate: row.deadline,
      daysLeft: -late,
      explanation: {
        vi: `Kiến nghị "${row.text}"${who} quá hạn ${late} ngày (hạn ${viDate(row.deadline)}).`,
        en: `Requirement "${row.text}"${who} is ${late} days overdue (due ${viDate(row.deadline)}).`,
      },
      citation: null,
      ruleId: null,
      packId: null,
      packVersion: null,
    } satisfies RegisterWarning;
  });
}
