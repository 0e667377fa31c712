import type { judgingOperations } from '../../../src-shared/api/judging';
import { inspectionVerdicts, judgeInspection } from '../judging/judge';
import { rejudge } from '../minutes/rejudge';
import type { HandlerSlice } from './types';

export const judgingHandlers: HandlerSlice<keyof typeof judgingOperations> = {
  'inspections.verdicts': (env, { inspectionId }) => inspectionVerdicts(env, inspectionId),
  'inspections.judge': (env, { inspectionId, itemKey }) => judgeInspection(env, inspectionId, itemKey),
  'inspections.rejudge': (env, { inspectionId }) => rejudge(env, inspectionId),
};
