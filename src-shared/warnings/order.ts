import type { RegisterWarning } from '../schemas/warning';

const STATE_ORDER = { overdue: 0, missing: 1, due_soon: 2, info: 3 } as const;
const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/**
 * Most urgent first, the one order of register warnings (the core's list and every screen):
 * overdue before missing before due soon, then the worst severity, the nearest date, the facility.
 */
export function byUrgency(a: RegisterWarning, b: RegisterWarning): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    a.facilityName.localeCompare(b.facilityName, 'vi')
  );
}
