import type { warnings as vi } from '../vi/warnings';

export const warnings: typeof vi = {
  title: 'Warnings',
  intro: 'What facilities must attend to between inspections, judged today by the rule packs.',
  empty: 'No warnings',
  facilityEmpty: 'The facility has no warnings',
  filters: { kind: 'Kind', severity: 'Severity', all: 'All' },
  states: { overdue: 'Overdue', due_soon: 'Due soon', missing: 'Not recorded', info: 'For the record' },
  due: 'Due {{date}}',
  daysLeft: '{{count}} days left',
  daysOverdue: '{{count}} days overdue',
  dueToday: 'due today',
  citation: 'Basis',
};
