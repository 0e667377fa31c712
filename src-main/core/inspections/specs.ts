import type { Attachment } from '../../../src-shared/schemas/attachment';
import type { Answer, Inspection, InspectionFields } from '../../../src-shared/schemas/inspection';
import { fieldsOf, metaOf, type TableSpec } from '../db/records';

/** How inspections, answers and attachments map to their tables (db/records.ts writes them). */
export const inspectionSpec: TableSpec<InspectionFields> = {
  table: 'inspections',
  entity: 'inspection',
  label: { vi: 'cuộc kiểm tra', en: 'inspection' },
  fields: {
    facilityId: 'facility_id',
    kind: 'kind',
    decisionNumber: 'decision_number',
    decisionDate: 'decision_date',
    decisionIssuer: 'decision_issuer',
    team: 'team',
    facilityRepresentatives: 'facility_representatives',
    startedAt: 'started_at',
    endedAt: 'ended_at',
    place: 'place',
    templateId: 'template_id',
    templateVersion: 'template_version',
    status: 'status',
    completedAt: 'completed_at',
    conclusion: 'conclusion',
    facilityOpinion: 'facility_opinion',
    rulePacks: 'rule_packs',
    notes: 'notes',
    cancelReason: 'cancel_reason',
    cancelledAt: 'cancelled_at',
  },
  // The day the check happened, else the decision's: what lists sort and filter by.
  derived: (f) => ({ sort_date: f.startedAt?.slice(0, 10) ?? f.decisionDate ?? null }),
  searchText: (f) => [f.decisionNumber, f.decisionIssuer, f.place, ...teamOf(f.team).map((m) => m.name)].filter(Boolean).join(' '),
  facilityOf: (f) => f.facilityId,
};

/** updateRecord hands the stored row back as column values, so the team may still be JSON text. */
function teamOf(team: InspectionFields['team'] | string): InspectionFields['team'] {
  return typeof team === 'string' ? (JSON.parse(team) as InspectionFields['team']) : team;
}

export interface AnswerFields extends Record<string, unknown> {
  inspectionId: string;
  itemKey: string;
  instanceKey: string;
  /** The answer as JSON text (null when cleared), so equal answers compare equal as strings. */
  value: string | null;
  note: string | null;
}

export const answerSpec: TableSpec<AnswerFields> = {
  table: 'inspection_answers',
  entity: 'inspection_answer',
  label: { vi: 'câu trả lời', en: 'answer' },
  fields: { inspectionId: 'inspection_id', itemKey: 'item_key', instanceKey: 'instance_key', value: 'value', note: 'note' },
};

export interface AttachmentRowFields extends Record<string, unknown> {
  inspectionId: string;
  itemKey: string;
  instanceKey: string;
  kind: Attachment['kind'];
  blobSha256: string;
  caption: string | null;
  signerName: string | null;
  signerRole: Attachment['signerRole'];
}

export const attachmentSpec: TableSpec<AttachmentRowFields> = {
  table: 'attachments',
  entity: 'attachment',
  label: { vi: 'tệp đính kèm', en: 'attachment' },
  fields: {
    inspectionId: 'inspection_id',
    itemKey: 'item_key',
    instanceKey: 'instance_key',
    kind: 'kind',
    blobSha256: 'blob_sha256',
    caption: 'caption',
    signerName: 'signer_name',
    signerRole: 'signer_role',
  },
};

function parseJson<T>(text: unknown, fallback: T): T {
  return typeof text === 'string' ? (JSON.parse(text) as T) : fallback;
}

/** Row (with `facility_name` joined) → the API object; JSON columns parsed back. */
export function toInspection(row: Record<string, unknown>): Inspection {
  const f = fieldsOf(inspectionSpec, row);
  return {
    ...f,
    team: parseJson(row.team, []),
    facilityRepresentatives: parseJson(row.facility_representatives, []),
    rulePacks: parseJson(row.rule_packs, null),
    ...metaOf(row),
    facilityName: (row.facility_name as string | undefined) ?? '',
  };
}

export function toAnswer(row: Record<string, unknown>): Answer {
  const f = fieldsOf(answerSpec, row);
  return { ...f, value: parseJson(f.value, null), ...metaOf(row) };
}

export function toAttachment(row: Record<string, unknown>): Attachment {
  return { ...fieldsOf(attachmentSpec, row), ...metaOf(row) };
}
