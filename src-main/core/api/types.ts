import type { ApiOutput, ApiParsedInput, OperationName } from '../../../src-shared/api/contract';
import type { CoreContext } from '../context';
import type { Resources } from '../resources';
import type { KeyProtector } from '../identity/protector';
import type { AppLog } from '../maintenance/log';
import type { OpenedFiles } from '../opened/opened-files';

/** What a handler gets: the context plus the loaded resources. */
export interface HandlerEnv extends CoreContext {
  resources: Resources;
  transport: 'electron' | 'web' | 'direct';
  /** Set by the desktop app: restarts it so a staged restore is applied (see core/backup/restore.ts). */
  requestRestart?: () => void;
  /** Encrypts the device key at rest (Electron safeStorage); absent in web mode and the CLI. */
  keyProtector?: KeyProtector | null;
  /** Bundles the desktop shell was asked to open; absent in web mode and the CLI. */
  openedFiles?: OpenedFiles;
  /** Opens a folder in the system's file manager (Electron shell.openPath); absent in web mode. */
  openFolder?: (folder: string) => Promise<void>;
  /** The rotating log file (core/maintenance/log.ts). */
  log?: AppLog;
}

/** A handler answers at once, or (a long job such as a report file) with a promise. */
export type Handler<N extends OperationName> = (env: HandlerEnv, input: ApiParsedInput<N>) => ApiOutput<N> | Promise<ApiOutput<N>>;

/** One handler for every operation in the contract: a missing one is a type error. */
export type Handlers = { [N in OperationName]: Handler<N> };

/** A slice of the handler map for one area (facilities, register, inspections …). */
export type HandlerSlice<K extends OperationName> = { [N in K]: Handler<N> };
