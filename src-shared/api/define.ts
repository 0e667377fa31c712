import type { z } from 'zod';

/** One API operation: its input schema, and (as a phantom type) its output. */
export interface OperationDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Never set: carries the output type for the client and the handlers. */
  readonly output?: O;
  /** True when the operation writes: transports may log it, the UI shows a saving state. */
  readonly writes: boolean;
}

export function query<O>() {
  return <I extends z.ZodType>(input: I): OperationDef<I, O> => ({ input, writes: false });
}

export function mutation<O>() {
  return <I extends z.ZodType>(input: I): OperationDef<I, O> => ({ input, writes: true });
}
