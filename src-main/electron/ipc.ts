import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { operationNames } from '../../src-shared/api/contract';
import type { ApiError, Result } from '../../src-shared/api/errors';
import { isAppUrl } from './origin';

/** The IPC channel of one operation: `kiemtra:facilities.list`. */
export const IPC_PREFIX = 'kiemtra:';

export function channelOf(name: string): string {
  return IPC_PREFIX + name;
}

export interface Dispatcher {
  /** Answers every operation, waiting for long jobs (bundle import and export). */
  dispatchAsync(name: unknown, input: unknown): Promise<Result<unknown>>;
}

/**
 * Only the app's own page may call the core. A frame from anywhere else (an injected iframe, a
 * page reached by a navigation the guards missed) gets FORBIDDEN and the core is never touched.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

export function forbidden(operation: string, senderUrl: string): ApiError {
  return {
    code: 'FORBIDDEN',
    vi: `Trang "${senderUrl.slice(0, 120)}" không được phép gọi thao tác ${operation}.`,
    en: `The page "${senderUrl.slice(0, 120)}" may not call ${operation}.`,
    context: { operation },
  };
}

/**
 * One `ipcMain.handle` per operation of the contract (DESIGN.md §2). The core's dispatch parses
 * the input with the operation's zod schema and never throws, so each call gets a Result back.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, core: Dispatcher): string[] {
  const channels: string[] = [];
  for (const name of operationNames) {
    const channel = channelOf(name);
    ipcMain.handle(channel, (event, input: unknown): Result<unknown> | Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return { ok: false, error: forbidden(name, event.senderFrame?.url ?? '(no frame)') };
      return core.dispatchAsync(name, input);
    });
    channels.push(channel);
  }
  return channels;
}
