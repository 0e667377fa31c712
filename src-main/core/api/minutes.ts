import type { minutesOperations } from '../../../src-shared/api/minutes';
import { amendMinutes } from '../minutes/amend';
import { checkSignable } from '../minutes/sign';
import { readSignedMinutes } from '../minutes/store';
import type { HandlerSlice } from './types';

export const minutesHandlers: HandlerSlice<keyof typeof minutesOperations> = {
  'inspections.signCheck': (env, input) => ({ gaps: checkSignable(env, input) }),
  'minutes.get': (env, { inspectionId }) => readSignedMinutes(env, inspectionId),
  'minutes.amend': (env, input) => amendMinutes(env, input),
};
