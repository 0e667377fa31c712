import type { searchOperations } from '../../../src-shared/api/search';
import { searchAll } from '../search/search-all';
import type { HandlerSlice } from './types';

export const searchHandlers: HandlerSlice<keyof typeof searchOperations> = {
  'search.all': (env, input) => searchAll(env, input, env.resources.dir),
};
