import type { CoreContext } from '../context';

/** Vietnam keeps UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * Today's calendar date where the inspectors work. A deadline "31/12" is still not overdue at
 * 06:00 on 1 January in Sơn La, which is 23:00 on 31 December in UTC.
 */
export function localToday(ctx: Pick<CoreContext, 'now'>): string {
  return new Date(ctx.now().getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
