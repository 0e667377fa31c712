import type { auditOperations } from '../../../src-shared/api/audit';
import { recordHistory } from '../audit/history';
import type { HandlerSlice } from './types';

export const auditHandlers: HandlerSlice<keyof typeof auditOperations> = {
  'audit.history': (env, input) => recordHistory(env, input),
};
