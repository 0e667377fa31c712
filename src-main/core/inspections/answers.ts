import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import { checkAnswer } from '../../../src-shared/checklists/answers';
import { itemLabel } from '../../../src-shared/checklists/labels';
import { itemDateMeaning } from '../../../src-shared/schemas/date-ranges';
import { assertCheckDate } from '../judging/check-date';
import type { Item, Section } from '../../../src-shared/checklists/schema';
import type { Answer, SaveAnswerInput } from '../../../src-shared/schemas/inspection';
import type { CoreContext } from '../context';
import { insertRecord, notFound, readRow, restoreRecord, updateRecord, type TableSpec } from '../db/records';
import { requireTemplate, type ChecklistStore, type IndexedTemplate } from '../checklists/store';
import { closed, isClosedStatus } from './crud';
import { naturalId } from '../db/ids';
import { answerSpec, inspectionSpec, toAnswer, type AnswerFields } from './specs';
import { stmt } from '../db/statements';

interface InspectionHead {
  id: string;
  status: string;
  decision_number: string | null;
  template_id: string;
  template_version: number;
  deleted_at: string | null;
}

/** The inspection's template and the item an answer or attachment is for; refuses closed inspections. */
export function resolveItem(
  ctx: CoreContext,
  store: ChecklistStore,
  inspectionId: string,
  itemKey: string,
  instanceKey: string,
): { head: InspectionHead; template: IndexedTemplate; item: Item; section: Section } {
  const head = ctx.db
    .prepare('SELECT id, status, decision_number, template_id, template_version, deleted_at FROM inspections WHERE id = ?')
    .get(inspectionId) as InspectionHead | undefined;
  if (!head || head.deleted_at) throw notFound(inspectionSpec, inspectionId);
  if (isClosedStatus(head.status)) {
    throw closed({ id: head.id, status: head.status, decisionNumber: head.decision_number });
  }
  const template = requireTemplate(store, head.template_id, head.template_version);
  const found = template.items.get(itemKey);
  if (!found) {
    throw new KiemTraError('VALIDATION', `Mẫu phiếu không có mục "${itemKey}"`, `The checklist has no item "${itemKey}"`, {
      issues: [{ path: 'itemKey', vi: `Không có mục "${itemKey}"`, en: `No item "${itemKey}"` }],
      context: { templateId: head.template_id, itemKey },
    });
  }
  if (Boolean(found.section.repeat) !== (instanceKey !== '')) {
    const vi = found.section.repeat ? `Mục "${found.item.label.vi}" cần chỉ rõ thiết bị/hồ sơ` : `Mục "${found.item.label.vi}" không thuộc phần lặp lại`;
    const en = found.section.repeat ? `Item "${found.item.label.en}" needs the register record it is about` : `Item "${found.item.label.en}" is not in a repeated section`;
    throw new KiemTraError('VALIDATION', vi, en, { issues: [{ path: 'instanceKey', vi, en }], context: { itemKey } });
  }
  return { head, template, ...found };
}

/**
 * The autosave path (budget: p95 ≤ 2 ms): check the value against the item, then insert or
 * update the one answer row (its id natural: one per inspection, item and instance on every
 * device) through db/records.ts so audit and sync state stay right.
 * The first answer moves a draft to "in progress".
 */
export function saveAnswer(ctx: CoreContext, store: ChecklistStore, input: z.output<typeof SaveAnswerInput>): Answer {
  const { head, item } = resolveItem(ctx, store, input.inspectionId, input.itemKey, input.instanceKey);
  const checked = checkAnswer(item, input.value);
  if (!checked.ok) {
    throw new KiemTraError('VALIDATION', checked.vi, checked.en, {
      issues: [{ path: 'value', vi: checked.vi, en: checked.en }],
      context: { itemKey: input.itemKey, instanceKey: input.instanceKey },
    });
  }
  if (item.type === 'date') assertCheckDate(ctx, head.id, itemDateMeaning(item.key), checked.value, itemLabel(item.label, null), 'value');
  const value = checked.value === null ? null : JSON.stringify(checked.value);
  const note = input.note === undefined ? undefined : input.note === null || input.note.trim() === '' ? null : input.note.trim();
  return ctx.db.transaction(() => {
    const existing = ctx.db
      .prepare('SELECT id, deleted_at FROM inspection_answers WHERE inspection_id = ? AND item_key = ? AND instance_key = ?')
      .get(input.inspectionId, input.itemKey, input.instanceKey) as { id: string; deleted_at: string | null } | undefined;
    let id: string;
    if (existing) {
      id = existing.id;
      if (existing.deleted_at) restoreRecord(ctx, answerSpec, id);
      updateRecord(ctx, answerSpec, id, note === undefined ? { value } : { value, note });
    } else {
      const fields: AnswerFields = { inspectionId: input.inspectionId, itemKey: input.itemKey, instanceKey: input.instanceKey, value, note: note ?? null };
      id = insertRecord(ctx, answerSpec, fields, naturalId('inspection_answer', input.inspectionId, input.itemKey, input.instanceKey));
    }
    if (head.status === 'draft') updateRecord(ctx, inspectionSpec, head.id, { status: 'in_progress' });
    const row = readRow(ctx, answerSpec as unknown as TableSpec<Record<string, unknown>>, id);
    if (!row) throw notFound(answerSpec, id);
    return toAnswer(row);
  })();
}

export function listAnswers(ctx: CoreContext, inspectionId: string): Answer[] {
  const rows = stmt(ctx.db, 'SELECT * FROM inspection_answers WHERE inspection_id = ? AND deleted_at IS NULL ORDER BY instance_key, item_key').all(inspectionId) as Record<string, unknown>[];
  return rows.map(toAnswer);
}
