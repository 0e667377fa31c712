import type { findingOperations } from '../../../src-shared/api/findings';
import { createFinding, deleteFinding, listFindings, restoreFinding, updateFinding } from '../findings/findings';
import {
  closeRequirement,
  createRequirement,
  listRequirements,
  openRequirementsForFacility,
  updateRequirement,
} from '../findings/requirements';
import type { HandlerSlice } from './types';

export const findingHandlers: HandlerSlice<keyof typeof findingOperations> = {
  'findings.list': (env, input) => listFindings(env, input),
  'findings.create': (env, input) => createFinding(env, input),
  'findings.update': (env, { id, patch }) => updateFinding(env, id, patch),
  'findings.delete': (env, { id }) => deleteFinding(env, id),
  'findings.restore': (env, { id }) => restoreFinding(env, id),
  'requirements.list': (env, input) => listRequirements(env, input),
  'requirements.create': (env, input) => createRequirement(env, input),
  'requirements.update': (env, { id, patch }) => updateRequirement(env, id, patch),
  'requirements.close': (env, input) => closeRequirement(env, input),
  'requirements.openForFacility': (env, { facilityId }) => openRequirementsForFacility(env, facilityId),
};
