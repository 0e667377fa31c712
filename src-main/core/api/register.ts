import type { registerOperations } from '../../../src-shared/api/register';
import { doseRecordOperations as doses, listDoseRecords } from '../records/dose-records';
import { licenceOperations as licences, listLicences } from '../records/licences';
import { listSealedSources, sealedSourceOperations as sources } from '../records/sealed-sources';
import { listWastewaterSystems, wastewaterSystemOperations as systems } from '../records/wastewater-systems';
import { listWorkers, workerOperations as workers } from '../records/workers';
import { listXrayUnits, xrayUnitOperations as units } from '../records/xray-units';
import type { HandlerSlice } from './types';

export const registerHandlers: HandlerSlice<keyof typeof registerOperations> = {
  'xrayUnits.list': (env, input) => listXrayUnits(env, input),
  'xrayUnits.get': (env, { id }) => units.get(env, id),
  'xrayUnits.create': (env, input) => units.create(env, input),
  'xrayUnits.update': (env, { id, patch }) => units.update(env, id, patch),
  'xrayUnits.delete': (env, { id, reason }) => units.delete(env, id, reason),
  'xrayUnits.restore': (env, { id }) => units.restore(env, id),

  'sealedSources.list': (env, input) => listSealedSources(env, input),
  'sealedSources.get': (env, { id }) => sources.get(env, id),
  'sealedSources.create': (env, input) => sources.create(env, input),
  'sealedSources.update': (env, { id, patch }) => sources.update(env, id, patch),
  'sealedSources.delete': (env, { id, reason }) => sources.delete(env, id, reason),
  'sealedSources.restore': (env, { id }) => sources.restore(env, id),

  'wastewaterSystems.list': (env, input) => listWastewaterSystems(env, input),
  'wastewaterSystems.get': (env, { id }) => systems.get(env, id),
  'wastewaterSystems.create': (env, input) => systems.create(env, input),
  'wastewaterSystems.update': (env, { id, patch }) => systems.update(env, id, patch),
  'wastewaterSystems.delete': (env, { id, reason }) => systems.delete(env, id, reason),
  'wastewaterSystems.restore': (env, { id }) => systems.restore(env, id),

  'licences.list': (env, input) => listLicences(env, input),
  'licences.get': (env, { id }) => licences.get(env, id),
  'licences.create': (env, input) => licences.create(env, input),
  'licences.update': (env, { id, patch }) => licences.update(env, id, patch),
  'licences.delete': (env, { id, reason }) => licences.delete(env, id, reason),
  'licences.restore': (env, { id }) => licences.restore(env, id),

  'workers.list': (env, input) => listWorkers(env, input),
  'workers.get': (env, { id }) => workers.get(env, id),
  'workers.create': (env, input) => workers.create(env, input),
  'workers.update': (env, { id, patch }) => workers.update(env, id, patch),
  'workers.delete': (env, { id, reason }) => workers.delete(env, id, reason),
  'workers.restore': (env, { id }) => workers.restore(env, id),

  'doseRecords.list': (env, input) => listDoseRecords(env, input),
  'doseRecords.get': (env, { id }) => doses.get(env, id),
  'doseRecords.create': (env, input) => doses.create(env, input),
  'doseRecords.update': (env, { id, patch }) => doses.update(env, id, patch),
  'doseRecords.delete': (env, { id, reason }) => doses.delete(env, id, reason),
  'doseRecords.restore': (env, { id }) => doses.restore(env, id),
};
