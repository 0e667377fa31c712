import type { ruleOperations } from '../../../src-shared/api/rules';
import { importPack, listPacks } from '../rules/packs';
import type { HandlerSlice } from './types';

export const ruleHandlers: HandlerSlice<keyof typeof ruleOperations> = {
  'rules.packs.list': (env) => listPacks(env),
  'rules.packs.import': (env, input) => importPack(env, input),
};
