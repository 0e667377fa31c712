import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import { answerKey, expandTemplate, progressOf, type ExpansionFacts, type Progress } from '../../../src-shared/checklists/expand';
import type { CompleteInput, Inspection } from '../../../src-shared/schemas/inspection';
import type { InspectionDetail } from '../../../src-shared/api/inspections';
import type { CoreContext } from '../context';
import { notFound, updateRecord } from '../db/records';
import { requireTemplate, type ChecklistStore } from '../checklists/store';
import { listAnswers } from './answers';
import { listAttachments } from './attachments';
import { closed, getInspection } from './crud';
import { inspectionFacts } from './facts';
import { confirmPrefillOnComplete, effectiveAnswers, inspectionPrefill } from './prefill';
import { inspectionSpec } from './specs';

function progressFor(ctx: CoreContext, store: ChecklistStore, inspection: Inspection, facts: ExpansionFacts): Progress {
  const { template } = requireTemplate(store, inspection.templateId, inspection.templateVersion);
  // An item the register answers counts as answered until the inspector types another value.
  const answers = effectiveAnswers(ctx, store, inspection, facts);
  const counts = new Map<string, number>();
  for (const a of listAttachments(ctx, inspection.id)) {
    const key = answerKey(a.itemKey, a.instanceKey);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return progressOf(expandTemplate(template, facts, answers), answers, counts);
}

export function inspectionProgress(ctx: CoreContext, store: ChecklistStore, id: string): Progress {
  const inspection = getInspection(ctx, id);
  if (inspection.deletedAt) throw notFound(inspectionSpec, id);
  return progressFor(ctx, store, inspection, inspectionFacts(ctx, inspection));
}

export function inspectionDetail(ctx: CoreContext, store: ChecklistStore, id: string): InspectionDetail {
  const inspection = getInspection(ctx, id);
  const facts = inspectionFacts(ctx, inspection);
  return {
    inspection,
    answers: listAnswers(ctx, id),
    attachments: listAttachments(ctx, id),
    facts,
    progress: progressFor(ctx, store, inspection, facts),
    prefill: inspectionPrefill(ctx, store, inspection, facts),
  };
}

/** Closes the minutes. Refused, naming every missing item, while a required visible item is unanswered. */
export function completeInspection(ctx: CoreContext, store: ChecklistStore, input: z.output<typeof CompleteInput>): Inspection {
  return ctx.db.transaction(() => {
    const inspection = getInspection(ctx, input.id);
    if (inspection.deletedAt) throw notFound(inspectionSpec, input.id);
    if (inspection.status === 'completed' || inspection.status === 'cancelled') throw closed(inspection);
    // The signed minutes hold the register values they were judged with, as answers.
    confirmPrefillOnComplete(ctx, store, inspection);
    const progress = progressFor(ctx, store, inspection, inspectionFacts(ctx, inspection));
    if (progress.missing.length > 0) {
      const named = (m: (typeof progress.missing)[number], lang: 'vi' | 'en') => (m.instanceLabel ? `${m.label[lang]} — ${m.instanceLabel}` : m.label[lang]);
      const shown = progress.missing.slice(0, 10);
      const more = progress.missing.length - shown.length;
      throw new KiemTraError(
        'CONFLICT',
        `Chưa hoàn thành được: còn ${progress.missing.length} mục bắt buộc chưa trả lời: ${shown.map((m) => named(m, 'vi')).join('; ')}${more > 0 ? ` và ${more} mục khác` : ''}`,
        `Cannot complete yet: ${progress.missing.length} required item(s) unanswered: ${shown.map((m) => named(m, 'en')).join('; ')}${more > 0 ? ` and ${more} more` : ''}`,
        {
          issues: progress.missing.map((m) => ({ path: m.instanceKey ? `${m.itemKey}[${m.instanceKey}]` : m.itemKey, vi: named(m, 'vi'), en: named(m, 'en') })),
          context: { inspectionId: input.id, missing: progress.missing.length },
        },
      );
    }
    const patch: Record<string, unknown> = { status: 'completed', completedAt: ctx.now().toISOString() };
    if (input.endedAt !== undefined) patch.endedAt = input.endedAt;
    if (input.conclusion !== undefined) patch.conclusion = input.conclusion;
    if (input.facilityOpinion !== undefined) patch.facilityOpinion = input.facilityOpinion;
    updateRecord(ctx, inspectionSpec, input.id, patch);
    return getInspection(ctx, input.id);
  })();
}
