import { z } from 'zod';
import { mutation } from './define';

export interface DemoResult {
  facilities: number;
  xrayUnits: number;
  sealedSources: number;
  wastewaterSystems: number;
  licences: number;
  workers: number;
  doseRecords: number;
  inspections: number;
}

export const demoOperations = {
  /** Fills an EMPTY data file with the Sơn La sample ("Dữ liệu mẫu"); refused otherwise. */
  'demo.seed': mutation<DemoResult>()(z.object({}).strict()),
} as const;
