import { mutation, query } from './define';
import { DeleteInput, IdInput } from '../schemas/facility';
import {
  DoseRecordInput,
  DoseRecordListInput,
  DoseRecordUpdateInput,
  type DoseRecord,
  type DoseRecordPage,
} from '../schemas/register/dose-records';
import { LicenceInput, LicenceListInput, LicenceUpdateInput, type Licence, type LicencePage } from '../schemas/register/licences';
import {
  SealedSourceInput,
  SealedSourceListInput,
  SealedSourceUpdateInput,
  type SealedSource,
  type SealedSourcePage,
} from '../schemas/register/sealed-sources';
import {
  WastewaterSystemInput,
  WastewaterSystemListInput,
  WastewaterSystemUpdateInput,
  type WastewaterSystem,
  type WastewaterSystemPage,
} from '../schemas/register/wastewater-systems';
import { WorkerInput, WorkerListInput, WorkerUpdateInput, type Worker, type WorkerPage } from '../schemas/register/workers';
import { XrayUnitInput, XrayUnitListInput, XrayUnitUpdateInput, type XrayUnit, type XrayUnitPage } from '../schemas/register/xray-units';

/**
 * The facility register (DOMAIN.md §6): equipment, sources, wastewater systems, licences,
 * workers and their doses. Each entity has list/get/create/update and delete (a tombstone that
 * syncs) / restore, like facilities.
 */
export const registerOperations = {
  'xrayUnits.list': query<XrayUnitPage>()(XrayUnitListInput),
  'xrayUnits.get': query<XrayUnit>()(IdInput),
  'xrayUnits.create': mutation<XrayUnit>()(XrayUnitInput),
  'xrayUnits.update': mutation<XrayUnit>()(XrayUnitUpdateInput),
  'xrayUnits.delete': mutation<XrayUnit>()(DeleteInput),
  'xrayUnits.restore': mutation<XrayUnit>()(IdInput),

  'sealedSources.list': query<SealedSourcePage>()(SealedSourceListInput),
  'sealedSources.get': query<SealedSource>()(IdInput),
  'sealedSources.create': mutation<SealedSource>()(SealedSourceInput),
  'sealedSources.update': mutation<SealedSource>()(SealedSourceUpdateInput),
  'sealedSources.delete': mutation<SealedSource>()(DeleteInput),
  'sealedSources.restore': mutation<SealedSource>()(IdInput),

  'wastewaterSystems.list': query<WastewaterSystemPage>()(WastewaterSystemListInput),
  'wastewaterSystems.get': query<WastewaterSystem>()(IdInput),
  'wastewaterSystems.create': mutation<WastewaterSystem>()(WastewaterSystemInput),
  'wastewaterSystems.update': mutation<WastewaterSystem>()(WastewaterSystemUpdateInput),
  'wastewaterSystems.delete': mutation<WastewaterSystem>()(DeleteInput),
  'wastewaterSystems.restore': mutation<WastewaterSystem>()(IdInput),

  'licences.list': query<LicencePage>()(LicenceListInput),
  'licences.get': query<Licence>()(IdInput),
  'licences.create': mutation<Licence>()(LicenceInput),
  'licences.update': mutation<Licence>()(LicenceUpdateInput),
  'licences.delete': mutation<Licence>()(DeleteInput),
  'licences.restore': mutation<Licence>()(IdInput),

  'workers.list': query<WorkerPage>()(WorkerListInput),
  'workers.get': query<Worker>()(IdInput),
  'workers.create': mutation<Worker>()(WorkerInput),
  'workers.update': mutation<Worker>()(WorkerUpdateInput),
  'workers.delete': mutation<Worker>()(DeleteInput),
  'workers.restore': mutation<Worker>()(IdInput),

  'doseRecords.list': query<DoseRecordPage>()(DoseRecordListInput),
  'doseRecords.get': query<DoseRecord>()(IdInput),
  'doseRecords.create': mutation<DoseRecord>()(DoseRecordInput),
  'doseRecords.update': mutation<DoseRecord>()(DoseRecordUpdateInput),
  'doseRecords.delete': mutation<DoseRecord>()(DeleteInput),
  'doseRecords.restore': mutation<DoseRecord>()(IdInput),
} as const;
