import type { ApiOutput, ApiParsedInput, OperationName } from '../../../src-shared/api/contract';
import type { CoreContext } from '../context';
import type { Resources } from '../resources';

/** What a handler gets: the context plus the loaded resources. */
export interface HandlerEnv extends CoreContext {
  resources: Resources;
  transport: 'electron' | 'web' | 'direct';
}

/** Long jobs (bundle import and export) return a promise; transports use dispatchAsync for them. */
export type Handler<N extends OperationName> = (env: HandlerEnv, input: ApiParsedInput<N>) => ApiOutput<N> | Promise<ApiOutput<N>>;

/** One handler for every operation in the contract: a missing one is a type error. */
export type Handlers = { [N in OperationName]: Handler<N> };

/** A slice of the handler map for one area (facilities, register, inspections …). */
export type HandlerSlice<K extends OperationName> = { [N in K]: Handler<N> };
