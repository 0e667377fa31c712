import type { warningOperations } from '../../../src-shared/api/warnings';
import { listWarnings } from '../warnings/list';
import { sourceStatus } from '../warnings/source-status';
import type { HandlerSlice } from './types';

export const warningHandlers: HandlerSlice<keyof typeof warningOperations> = {
  'warnings.list': (env, input) => listWarnings(env, input),
  'sources.status': (env, { id }) => sourceStatus(env, id),
};
