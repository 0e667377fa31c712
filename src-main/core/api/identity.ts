import type { identityOperations } from '../../../src-shared/api/identity';
import { createProfile, exportKey, getProfile, updateProfile } from '../identity/profile';
import type { HandlerSlice } from './types';

export const identityHandlers: HandlerSlice<keyof typeof identityOperations> = {
  'profile.get': (env) => getProfile(env),
  'profile.create': (env, input) => createProfile(env, input),
  'profile.update': (env, input) => updateProfile(env, input),
  'profile.exportKey': (env, input) => exportKey(env, input),
};
