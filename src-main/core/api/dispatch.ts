import { contract, isOperationName, type OperationName } from '../../../src-shared/api/contract';
import { KiemTraError, type Result } from '../../../src-shared/api/errors';
import { validationError } from '../../../src-shared/api/zod-issues';
import { handlers } from './handlers';
import type { Handler, HandlerEnv } from './types';

/**
 * The one door into the core for every transport: checks the name, parses the input with the
 * operation's schema, runs the handler, and returns a result — never throws.
 */
export function dispatch(env: HandlerEnv, name: unknown, rawInput: unknown): Result<unknown> {
  try {
    if (!isOperationName(name)) {
      const shown = typeof name === 'string' ? name.slice(0, 80) : typeof name;
      throw new KiemTraError('UNKNOWN_OPERATION', `Không có thao tác "${shown}"`, `No operation "${shown}"`, { context: { operation: shown } });
    }
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(name, parsed.error);
    const handler = handlers[name] as Handler<OperationName>;
    const value = handler(env, parsed.data as never);
    if (value instanceof Promise) {
      value.catch(() => undefined);
      throw new KiemTraError('INTERNAL', `Thao tác ${name} chạy lâu: hãy gọi qua dispatchAsync`, `Operation ${name} is a long job: call it through dispatchAsync`, { context: { operation: name } });
    }
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toApiError(err, name) };
  }
}

/** The same door for transports that can wait: long jobs (import, export) resolve later, others at once. */
export async function dispatchAsync(env: HandlerEnv, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  try {
    if (!isOperationName(name)) return dispatch(env, name, rawInput);
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(name, parsed.error);
    const handler = handlers[name] as Handler<OperationName>;
    return { ok: true, value: await handler(env, parsed.data as never) };
  } catch (err) {
    return { ok: false, error: toApiError(err, name) };
  }
}

export function toApiError(err: unknown, operation: unknown) {
  if (err instanceof KiemTraError) return err.toApiError();
  const message = err instanceof Error ? err.message : String(err);
  const op = typeof operation === 'string' ? operation : '?';
  return new KiemTraError('INTERNAL', `Lỗi nội bộ khi thực hiện ${op}: ${message}`, `Internal error in ${op}: ${message}`, {
    context: { operation: op },
  }).toApiError();
}
