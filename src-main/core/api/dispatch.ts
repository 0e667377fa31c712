import { contract, isOperationName, type OperationName } from '../../../src-shared/api/contract';
import { KiemTraError, type Result } from '../../../src-shared/api/errors';
import { echo } from '../../../src-shared/text/echo';
import { validationError } from '../../../src-shared/api/zod-issues';
import { diskFullError, isDiskFull } from '../backup/disk';
import { handlers } from './handlers';
import type { Handler, HandlerEnv } from './types';

/**
 * The one door into the core for every transport: checks the name, parses the input with the
 * operation's schema, runs the handler, and returns a result — never throws.
 */
export function dispatch(env: HandlerEnv, name: unknown, rawInput: unknown): Result<unknown> {
  const r = run(env, name, rawInput);
  if (r instanceof Promise) {
    // A long job answered with a promise: the caller should have used dispatchAsync.
    r.catch(() => undefined);
    return { ok: false, error: toApiError(new Error(`${String(name).slice(0, 80)} answers asynchronously`), name) };
  }
  return r;
}

/** The same door for transports that can wait (web, IPC): answers every operation, at once or later. */
export async function dispatchAsync(env: HandlerEnv, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  return run(env, name, rawInput);
}

function run(env: HandlerEnv, name: unknown, rawInput: unknown): Result<unknown> | Promise<Result<unknown>> {
  try {
    if (!isOperationName(name)) {
      const shown = echo(name);
      throw new KiemTraError('UNKNOWN_OPERATION', `Không có thao tác "${shown}"`, `No operation "${shown}"`, { context: { operation: shown } });
    }
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(name, parsed.error);
    const handler = handlers[name] as Handler<OperationName>;
    const value: unknown = handler(env, parsed.data as never);
    if (value instanceof Promise) {
      return value.then(
        (v: unknown): Result<unknown> => ({ ok: true, value: v }),
        (err: unknown): Result<unknown> => {
          logFailure(env, name, err);
          return { ok: false, error: toApiError(err, name) };
        },
      );
    }
    return { ok: true, value };
  } catch (err) {
    logFailure(env, name, err);
    return { ok: false, error: toApiError(err, name) };
  }
}

/** Codes of refusals the user sees and can act on: they are not written to the log. */
const NOT_LOGGED = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNKNOWN_OPERATION', 'BAD_FILE', 'UNTRUSTED', 'CANCELLED', 'FORBIDDEN']);

/** Bugs and trouble with the disk go to the log file: the operation, the code, a redacted error (maintenance/log.ts). */
function logFailure(env: HandlerEnv, name: unknown, err: unknown): void {
  if (!env.log) return;
  const operation = typeof name === 'string' ? name.slice(0, 80) : '?';
  if (err instanceof KiemTraError) {
    if (!NOT_LOGGED.has(err.code)) env.log.warn('operation refused', { operation, code: err.code });
    return;
  }
  if (isDiskFull(err)) env.log.warn('operation refused', { operation, code: 'DISK_FULL' });
  else env.log.error('operation failed', err, { operation, code: 'INTERNAL' });
}

export function toApiError(err: unknown, operation: unknown) {
  if (err instanceof KiemTraError) return err.toApiError();
  if (isDiskFull(err)) return diskFullError(typeof operation === 'string' ? operation.slice(0, 80) : '?').toApiError();
  // A bug's message may quote the input (SQLite, JSON): cut it to what an error may echo.
  const message = echo(err instanceof Error ? err.message : typeof err === 'string' ? err : '?', 200);
  const op = typeof operation === 'string' ? operation : '?';
  // The lock triggers of signed minutes (migration 009) speak for themselves.
  const locked = /^KIEMTRA_(?:SIGNED|APPEND_ONLY|UNSIGNED): (.*) \/ (.*)$/.exec(message);
  if (locked) return new KiemTraError('CONFLICT', locked[1]!, locked[2]!, { context: { operation: op } }).toApiError();
  return new KiemTraError('INTERNAL', `Lỗi nội bộ khi thực hiện ${op}: ${message}`, `Internal error in ${op}: ${message}`, {
    context: { operation: op },
  }).toApiError();
}
