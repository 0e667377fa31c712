import { KiemTraError } from '../../../src-shared/api/errors';
import type { inspectionOperations } from '../../../src-shared/api/inspections';
import { getBlob, putBlob } from '../blobs/blobs';
import { checklistStore } from '../checklists/store';
import { saveAnswer } from '../inspections/answers';
import { addAttachment, removeAttachment } from '../inspections/attachments';
import { createInspection, deleteInspection, listInspections, restoreInspection, updateInspection } from '../inspections/crud';
import { inspectionDetail, inspectionProgress } from '../inspections/progress';
import { completeAndSign } from '../minutes/sign';
import { judgeInspection } from '../judging/judge';
import type { HandlerEnv, HandlerSlice } from './types';

const store = (env: HandlerEnv) => checklistStore(env.resources.dir);

export const inspectionHandlers: HandlerSlice<keyof typeof inspectionOperations> = {
  'templates.list': (env) => ({ templates: store(env).summaries, problems: store(env).problems }),
  'templates.get': (env, { id, version }) => {
    const found = store(env).find(id, version);
    if (!found || (version !== undefined && found.template.version !== version)) {
      const v = version !== undefined ? ` v${version}` : '';
      throw new KiemTraError('NOT_FOUND', `Không có mẫu phiếu kiểm tra "${id}"${v}`, `No checklist template "${id}"${v}`, { context: { templateId: id } });
    }
    return found.template;
  },
  'inspections.list': (env, input) => listInspections(env, input),
  'inspections.get': (env, { id }) => inspectionDetail(env, store(env), id),
  'inspections.create': (env, input) => createInspection(env, store(env), input),
  'inspections.update': (env, { id, patch }) => updateInspection(env, id, patch),
  'inspections.delete': (env, { id }) => deleteInspection(env, id),
  'inspections.restore': (env, { id }) => restoreInspection(env, id),
  // An answer and the verdicts and auto findings it changes land in one transaction.
  'inspections.saveAnswer': (env, input) =>
    env.db.transaction(() => {
      const answer = saveAnswer(env, store(env), input);
      judgeInspection(env, answer.inspectionId, answer.itemKey);
      return answer;
    })(),
  'inspections.progress': (env, { id }) => inspectionProgress(env, store(env), id),
  // "Hoàn thành và ký": judged once more, frozen into a signed snapshot, then locked (minutes/sign.ts).
  'inspections.complete': (env, input) => completeAndSign(env, input),
  'blobs.put': (env, input) => putBlob(env, input),
  'blobs.get': (env, { sha256 }) => getBlob(env, sha256),
  'attachments.add': (env, input) => addAttachment(env, store(env), input),
  'attachments.remove': (env, { id }) => removeAttachment(env, store(env), id),
};
