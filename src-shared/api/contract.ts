import type { z } from 'zod';
import type { Result } from './errors';
import type { OperationDef } from './define';
import { appOperations } from './app';
import { facilityOperations } from './facilities';
import { demoOperations } from './demo';
import { registerOperations } from './register';
import { searchOperations } from './search';
import { adminUnitOperations } from './admin-units';
import { inspectionOperations } from './inspections';
import { ruleOperations } from './rules';
import { findingOperations } from './findings';
import { judgingOperations } from './judging';
import { warningOperations } from './warnings';
import { checkFlowOperations } from './check-flow';
import { backupOperations } from './backup';
import { identityOperations } from './identity';
import { minutesOperations } from './minutes';
import { auditOperations } from './audit';
import { reportOperations } from './reports';
import { minutesPdfOperations } from './minutes-pdf';
import { syncOperations } from './sync';

/**
 * Every operation of KiemTra, declared once (DESIGN.md §2). Each area adds its own map in its
 * own file; this object only joins them.
 */
export const contract = {
  ...appOperations,
  ...facilityOperations,
  ...demoOperations,
  ...registerOperations,
  ...searchOperations,
  ...adminUnitOperations,
  ...inspectionOperations,
  ...ruleOperations,
  ...findingOperations,
  ...judgingOperations,
  ...warningOperations,
  ...checkFlowOperations,
  ...backupOperations,
  ...identityOperations,
  ...minutesOperations,
  ...auditOperations,
  ...reportOperations,
  ...minutesPdfOperations,
  ...syncOperations,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type ApiInput<N extends OperationName> = z.input<Contract[N]['input']>;
export type ApiParsedInput<N extends OperationName> = z.output<Contract[N]['input']>;
export type ApiOutput<N extends OperationName> = Contract[N] extends OperationDef<z.ZodType, infer O> ? O : never;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What every transport offers the renderer: one call, typed by the contract. */
export interface KiemTraApi {
  call<N extends OperationName>(name: N, input: ApiInput<N>): Promise<Result<ApiOutput<N>>>;
}

/** The object the preload puts on `window.kiemtra`: the same API, marked as the Electron transport. */
export type PreloadBridge = KiemTraApi & { readonly transport: 'electron' };
