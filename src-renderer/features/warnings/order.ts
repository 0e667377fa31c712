import { FINDING_SEVERITIES } from '../../../src-shared/schemas/finding';
import { WARNING_KINDS, type RegisterWarning } from '../../../src-shared/schemas/warning';

const STATE_ORDER = { overdue: 0, due_soon: 1, missing: 2, info: 3 } as const;

/** Most urgent first: the worst severity, then overdue before due soon, then the nearest date. */
export function byUrgency(a: RegisterWarning, b: RegisterWarning): number {
  return (
    FINDING_SEVERITIES.indexOf(b.severity) - FINDING_SEVERITIES.indexOf(a.severity) ||
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) ||
    a.facilityName.localeCompare(b.facilityName, 'vi')
  );
}

export type WarningRowItem = { type: 'group'; kind: RegisterWarning['kind']; count: number } | { type: 'warning'; warning: RegisterWarning };

/** Grouped by kind (in the order the register lists them), each group most urgent first. */
export function groupByKind(warnings: RegisterWarning[]): WarningRowItem[] {
  const rows: WarningRowItem[] = [];
  for (const kind of WARNING_KINDS) {
    const group = warnings.filter((w) => w.kind === kind).sort(byUrgency);
    if (group.length === 0) continue;
    rows.push({ type: 'group', kind, count: group.length });
    for (const warning of group) rows.push({ type: 'warning', warning });
  }
  return rows;
}
