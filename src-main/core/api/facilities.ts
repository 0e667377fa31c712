import type { facilityOperations } from '../../../src-shared/api/facilities';
import {
  createFacility,
  deleteFacility,
  getFacility,
  listFacilities,
  restoreFacility,
  updateFacility,
  type FacilityDeps,
} from '../records/facilities';
import type { HandlerEnv, HandlerSlice } from './types';

const deps = (env: HandlerEnv): FacilityDeps => env.resources;

export const facilityHandlers: HandlerSlice<keyof typeof facilityOperations> = {
  'facilities.list': (env, input) => listFacilities(env, deps(env), input),
  'facilities.get': (env, { id }) => getFacility(env, deps(env), id),
  'facilities.create': (env, input) => createFacility(env, deps(env), input),
  'facilities.update': (env, { id, patch }) => updateFacility(env, deps(env), id, patch),
  'facilities.delete': (env, { id, reason }) => deleteFacility(env, deps(env), id, reason),
  'facilities.restore': (env, { id }) => restoreFacility(env, deps(env), id),
};
