import { z } from 'zod';
import { mutation, query } from './define';
import type { Province } from '../schemas/admin-units';
import { CommuneImportInput, CommuneListInput, CommuneUndoInput, type Commune, type CommuneImport, type CommuneImportResult } from '../schemas/communes';

export const adminUnitOperations = {
  /** The 34 provinces shipped in resources/admin-units/provinces.json. */
  'adminUnits.provinces': query<Province[]>()(z.object({}).strict()),
  /** Communes and wards of one province: as imported by a supervisor, else the list shipped with KiemTra (Sơn La). */
  'adminUnits.communes': query<Commune[]>()(CommuneListInput),
  /** Replaces the communes of every province the CSV names; a bad row changes nothing. */
  'adminUnits.importCommunes': mutation<CommuneImportResult>()(CommuneImportInput),
  /** This device's commune imports, newest first. */
  'adminUnits.imports': query<CommuneImport[]>()(z.object({}).strict()),
  /** Puts back the lists an import replaced (only the latest import not undone yet); audited. */
  'adminUnits.undoImport': mutation<CommuneImport>()(CommuneUndoInput),
} as const;
