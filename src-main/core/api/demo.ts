import type { demoOperations } from '../../../src-shared/api/demo';
import { seedDemo } from '../demo/seed';
import type { HandlerSlice } from './types';

export const demoHandlers: HandlerSlice<keyof typeof demoOperations> = {
  'demo.seed': (env) => seedDemo(env),
};
