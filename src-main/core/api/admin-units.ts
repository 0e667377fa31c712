import type { adminUnitOperations } from '../../../src-shared/api/admin-units';
import { importCommunes, listCommuneImports, undoCommuneImport } from '../admin-units/import-communes';
import { listCommunes } from '../admin-units/communes';
import type { HandlerSlice } from './types';

export const adminUnitHandlers: HandlerSlice<keyof typeof adminUnitOperations> = {
  'adminUnits.provinces': (env) => env.resources.provinces,
  'adminUnits.communes': (env, input) => listCommunes(env, env.resources, input),
  'adminUnits.importCommunes': (env, input) => importCommunes(env, input),
  'adminUnits.imports': (env) => listCommuneImports(env),
  'adminUnits.undoImport': (env, input) => undoCommuneImport(env, input),
};
