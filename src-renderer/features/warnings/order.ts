import { WARNING_KINDS, type RegisterWarning } from '../../../src-shared/schemas/warning';
import { byUrgency } from '../../../src-shared/warnings/order';

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
