import type { registerOperations } from '../../../src-shared/api/register';
import {
  createDoseRecord,
  deleteDoseRecord,
  getDoseRecord,
  listDoseRecords,
  restoreDoseRecord,
  updateDoseRecord,
} from '../records/dose-records';
import { createLicence, deleteLicence, getLicence, listLicences, restoreLicence, updateLicence } from '../records/licences';
import {
  createSealedSource,
  deleteSealedSource,
  getSealedSource,
  listSealedSources,
  restoreSealedSource,
  updateSealedSource,
} from '../records/sealed-sources';
import {
  createWastewaterSystem,
  deleteWastewaterSystem,
  getWastewaterSystem,
  listWastewaterSystems,
  restoreWastewaterSystem,
  updateWastewaterSystem,
} from '../records/wastewater-systems';
import { createWorker, deleteWorker, getWorker, listWorkers, restoreWorker, updateWorker } from '../records/workers';
import { createXrayUnit, deleteXrayUnit, getXrayUnit, listXrayUnits, restoreXrayUnit, updateXrayUnit } from '../records/xray-units';
import type { HandlerSlice } from './types';

export const registerHandlers: HandlerSlice<keyof typeof registerOperations> = {
  'xrayUnits.list': (env, input) => listXrayUnits(env, input),
  'xrayUnits.get': (env, { id }) => getXrayUnit(env, id),
  'xrayUnits.create': (env, input) => createXrayUnit(env, input),
  'xrayUnits.update': (env, { id, patch }) => updateXrayUnit(env, id, patch),
  'xrayUnits.delete': (env, { id }) => deleteXrayUnit(env, id),
  'xrayUnits.restore': (env, { id }) => restoreXrayUnit(env, id),

  'sealedSources.list': (env, input) => listSealedSources(env, input),
  'sealedSources.get': (env, { id }) => getSealedSource(env, id),
  'sealedSources.create': (env, input) => createSealedSource(env, input),
  'sealedSources.update': (env, { id, patch }) => updateSealedSource(env, id, patch),
  'sealedSources.delete': (env, { id }) => deleteSealedSource(env, id),
  'sealedSources.restore': (env, { id }) => restoreSealedSource(env, id),

  'wastewaterSystems.list': (env, input) => listWastewaterSystems(env, input),
  'wastewaterSystems.get': (env, { id }) => getWastewaterSystem(env, id),
  'wastewaterSystems.create': (env, input) => createWastewaterSystem(env, input),
  'wastewaterSystems.update': (env, { id, patch }) => updateWastewaterSystem(env, id, patch),
  'wastewaterSystems.delete': (env, { id }) => deleteWastewaterSystem(env, id),
  'wastewaterSystems.restore': (env, { id }) => restoreWastewaterSystem(env, id),

  'licences.list': (env, input) => listLicences(env, input),
  'licences.get': (env, { id }) => getLicence(env, id),
  'licences.create': (env, input) => createLicence(env, input),
  'licences.update': (env, { id, patch }) => updateLicence(env, id, patch),
  'licences.delete': (env, { id }) => deleteLicence(env, id),
  'licences.restore': (env, { id }) => restoreLicence(env, id),

  'workers.list': (env, input) => listWorkers(env, input),
  'workers.get': (env, { id }) => getWorker(env, id),
  'workers.create': (env, input) => createWorker(env, input),
  'workers.update': (env, { id, patch }) => updateWorker(env, id, patch),
  'workers.delete': (env, { id }) => deleteWorker(env, id),
  'workers.restore': (env, { id }) => restoreWorker(env, id),

  'doseRecords.list': (env, input) => listDoseRecords(env, input),
  'doseRecords.get': (env, { id }) => getDoseRecord(env, id),
  'doseRecords.create': (env, input) => createDoseRecord(env, input),
  'doseRecords.update': (env, { id, patch }) => updateDoseRecord(env, id, patch),
  'doseRecords.delete': (env, { id }) => deleteDoseRecord(env, id),
  'doseRecords.restore': (env, { id }) => restoreDoseRecord(env, id),
};
