import type { checkFlowOperations } from '../../../src-shared/api/check-flow';
import { checklistStore } from '../checklists/store';
import { cancelInspection } from '../inspections/cancel';
import { writeBackToRegister } from '../inspections/prefill';
import { proposeTemplates } from '../inspections/propose';
import type { HandlerEnv, HandlerSlice } from './types';

const store = (env: HandlerEnv) => checklistStore(env.resources.dir);

export const checkFlowHandlers: HandlerSlice<keyof typeof checkFlowOperations> = {
  'inspections.proposeTemplates': (env, input) => proposeTemplates(env, store(env), input),
  'inspections.cancel': (env, input) => cancelInspection(env, input),
  'inspections.writeBack': (env, input) => writeBackToRegister(env, store(env), input),
};
