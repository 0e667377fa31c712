import { z } from 'zod';
import { mutation, query } from './define';
import type { ExpansionFacts, Progress } from '../checklists/expand';
import type { Template, TemplateProblem, TemplateSummary } from '../checklists/schema';
import type { PrefillEntry } from '../checklists/prefill';
import {
  AttachmentAddInput,
  AttachmentIdInput,
  BlobGetInput,
  BlobPutInput,
  type Attachment,
  type BlobData,
  type BlobInfo,
} from '../schemas/attachment';
import {
  CompleteInput,
  InspectionCreateInput,
  InspectionIdInput,
  InspectionListInput,
  InspectionUpdateInput,
  SaveAnswerInput,
  type Answer,
  type Inspection,
  type InspectionPage,
} from '../schemas/inspection';

/** An inspection with everything its form needs: answers, attachments, and the facts to expand its template. */
export interface InspectionDetail {
  inspection: Inspection;
  answers: Answer[];
  attachments: Attachment[];
  /** Facility, inspection and register records, for expandTemplate() in the form. */
  facts: ExpansionFacts;
  progress: Progress;
  /** What the register answers for items not answered yet, with its source (none once completed). */
  prefill: PrefillEntry[];
}

export const inspectionOperations = {
  /** Loaded templates, and the files that could not be loaded (shown to the user). */
  'templates.list': query<{ templates: TemplateSummary[]; problems: TemplateProblem[] }>()(z.object({}).strict()),
  'templates.get': query<Template>()(z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1).optional() })),
  'inspections.list': query<InspectionPage>()(InspectionListInput),
  'inspections.get': query<InspectionDetail>()(InspectionIdInput),
  'inspections.create': mutation<Inspection>()(InspectionCreateInput),
  'inspections.update': mutation<Inspection>()(InspectionUpdateInput),
  'inspections.delete': mutation<Inspection>()(InspectionIdInput),
  'inspections.restore': mutation<Inspection>()(InspectionIdInput),
  /** Autosave of one answer: checked against the item, upserted, audited. */
  'inspections.saveAnswer': mutation<Answer>()(SaveAnswerInput),
  'inspections.progress': query<Progress>()(InspectionIdInput),
  /** Closes the minutes; refused (naming the missing items) while required items are unanswered. */
  'inspections.complete': mutation<Inspection>()(CompleteInput),
  'blobs.put': mutation<BlobInfo>()(BlobPutInput),
  'blobs.get': query<BlobData>()(BlobGetInput),
  'attachments.add': mutation<Attachment>()(AttachmentAddInput),
  'attachments.remove': mutation<Attachment>()(AttachmentIdInput),
} as const;
