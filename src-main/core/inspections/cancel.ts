import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { CancelInput } from '../../../src-shared/api/check-flow';
import type { Inspection } from '../../../src-shared/schemas/inspection';
import type { CoreContext } from '../context';
import { notFound, updateRecord } from '../db/records';
import { closed, getInspection } from './crud';
import { inspectionSpec } from './specs';

/** Only a check nobody has signed may be cancelled: drafts and checks in progress. */
const CANCELLABLE = new Set(['draft', 'in_progress']);

/**
 * Cancels a check started by mistake. The row stays (history shows "Đã hủy" with the reason);
 * the status, reason and time are written through db/records.ts, so the audit log has who and
 * when. Completed (signed) minutes — and any later signed state — are refused.
 */
export function cancelInspection(ctx: CoreContext, input: z.output<typeof CancelInput>): Inspection {
  return ctx.db.transaction(() => {
    const current = getInspection(ctx, input.id);
    if (current.deletedAt) throw notFound(inspectionSpec, input.id);
    if (current.status === 'cancelled') throw closed(current);
    if (!CANCELLABLE.has(current.status)) {
      const which = current.decisionNumber ? ` (QĐ ${current.decisionNumber})` : '';
      throw new KiemTraError(
        'CONFLICT',
        `Không hủy được cuộc kiểm tra${which}: biên bản đã hoàn thành và ký`,
        `The inspection${current.decisionNumber ? ` (decision ${current.decisionNumber})` : ''} cannot be cancelled: its minutes are completed and signed`,
        { context: { inspectionId: input.id, status: current.status } },
      );
    }
    updateRecord(ctx, inspectionSpec, input.id, { status: 'cancelled', cancelReason: input.reason, cancelledAt: ctx.now().toISOString() });
    return getInspection(ctx, input.id);
  })();
}
