import { z } from 'zod';
import { mutation, query } from './define';
import type { Province } from '../schemas/admin-units';
import { CommuneImportInput, CommuneListInput, type Commune, type CommuneImportResult } from '../schemas/communes';

export const adminUnitOperations = {
  /** The 34 provinces shipped in resources/admin-units/provinces.json. */
  'adminUnits.provinces': query<Province[]>()(z.object({}).strict()),
  /** Communes and wards of one province, as imported by a supervisor. */
  'adminUnits.communes': query<Commune[]>()(CommuneListInput),
  /** Replaces the communes of every province the CSV names; a bad row changes nothing. */
  'adminUnits.importCommunes': mutation<CommuneImportResult>()(CommuneImportInput),
} as const;
