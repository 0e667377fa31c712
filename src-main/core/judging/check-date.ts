import { KiemTraError } from '../../../src-shared/api/errors';
import { checkDayReference, dateIssue, registerDateIssues, type DateMeaning } from '../../../src-shared/schemas/date-ranges';
import type { LocalText } from '../../../src-shared/rules/pack-schema';
import type { CoreContext } from '../context';
import { localToday } from '../findings/today';

/** The day of a check, as judging takes it: its start, else the decision date, else today. */
export function checkDate(ctx: CoreContext, inspectionId: string): string {
  const row = ctx.db.prepare('SELECT started_at, decision_date FROM inspections WHERE id = ?').get(inspectionId) as
    | { started_at: string | null; decision_date: string | null }
    | undefined;
  return row?.started_at?.slice(0, 10) ?? row?.decision_date ?? localToday(ctx);
}

/** Refuses a date outside the range its meaning allows around the check date (nothing is written). */
export function assertCheckDate(ctx: CoreContext, inspectionId: string, meaning: DateMeaning, value: unknown, label: LocalText, path: string): void {
  if (typeof value !== 'string' || value === '') return;
  const issue = dateIssue(meaning, value, checkDayReference(checkDate(ctx, inspectionId)), label);
  if (issue) throw new KiemTraError('VALIDATION', issue.vi, issue.en, { issues: [{ path, ...issue }], context: { inspectionId } });
}

/** Date issues of a register record (or the fields a patch sets), today by the core's clock. */
export function registerDates(ctx: CoreContext, table: string, fields: Record<string, unknown>): { path: string; vi: string; en: string }[] {
  return registerDateIssues(table, fields, localToday(ctx));
}
