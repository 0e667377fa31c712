import type { ApiInput, ApiOutput, OperationName } from '../../src-shared/api/contract';
import type { Result } from '../../src-shared/api/errors';
import type { CoreContext } from './context';
import { dispatch, dispatchAsync } from './api/dispatch';
import type { HandlerEnv } from './api/types';
import { HlcClock } from './db/hlc';
import { newId } from './db/ids';
import { scheduleDailyBackups, type BackupSchedule } from './backup/backup';
import { openDataFile } from './backup/startup';
import type { Db } from './db/types';
import { dataFileIn, resolveDataDir } from './paths';
import { loadResources, type Resources } from './resources';
import { loadIdentity } from './identity/profile';
import type { KeyProtector } from './identity/protector';
import type { AppLog } from './maintenance/log';
import type { OpenedFiles } from './opened/opened-files';

export interface CoreOptions {
  /** Folder of the data file; defaults as resolveDataDir(). */
  dataDir?: string | null;
  /** The shipped resources folder (rule packs, templates, admin units). */
  resourcesDir: string;
  actor?: string;
  transport?: HandlerEnv['transport'];
  /** Tests pass a fixed clock. */
  now?: () => Date;
  /** The desktop app and web mode take the daily backup while open; the CLI's one-shot commands do not. */
  dailyBackups?: { onError(err: unknown): void };
  /** How "Khôi phục" restarts the app to apply a staged restore (Electron); absent in web mode. */
  requestRestart?: () => void;
  /** The Electron shell's safeStorage; null or absent: the key file is stored unencrypted (web mode, CLI). */
  keyProtector?: KeyProtector | null;
  /** How far ahead of this computer's clock a peer's stamps may be (db/hlc.ts). */
  maxDriftMs?: number;
  /** Bundles the desktop shell was asked to open (double-click on a .kiemtra file). */
  openedFiles?: OpenedFiles;
  /** Opens a folder in the file manager (the desktop shell); web mode only shows the path. */
  openFolder?: (folder: string) => Promise<void>;
  /** Where the core writes its errors (maintenance/log.ts); none for the CLI's one-shot commands and tests. */
  log?: AppLog;
}

export interface Core {
  readonly env: HandlerEnv;
  readonly db: Db;
  readonly dataFile: string;
  readonly resources: Resources;
  /** The daily backup schedule, when asked for. */
  readonly backups: BackupSchedule | null;
  /** Untyped entry for transports: validates the name and the input. */
  dispatch(name: unknown, input: unknown): Result<unknown>;
  /** Typed entry for the CLI and tests. */
  call<N extends OperationName>(name: N, input: ApiInput<N>): Result<ApiOutput<N>>;
  /** For transports that can wait: every operation, including those that answer later (report files). */
  dispatchAsync(name: unknown, input: unknown): Promise<Result<unknown>>;
  callAsync<N extends OperationName>(name: N, input: ApiInput<N>): Promise<Result<ApiOutput<N>>>;
  close(): void;
}

/** Opens the data file (migrating it), loads the resources, and returns the API over them. */
export function openCore(options: CoreOptions): Core {
  const resources = loadResources(options.resourcesDir);
  const dataFile = dataFileIn(resolveDataDir(options.dataDir));
  const now = options.now ?? (() => new Date());
  const { db } = openDataFile(dataFile, now());
  try {
    const deviceId = ensureDeviceId(db);
    const last = lastSeenHlc(db);
    const ctx: CoreContext = {
      db,
      now,
      hlc: new HlcClock(deviceId, () => now().getTime(), last, options.maxDriftMs),
      deviceId,
      actor: options.actor ?? NO_PROFILE_ACTOR,
      identity: null,
      identityProblem: null,
      dataFile,
    };
    // One identity: the stored inspector profile and its device key (identity/profile.ts). The
    // profile names every audit row and change; the key signs the minutes and the bundles.
    const identity = loadIdentity(ctx, options.keyProtector ?? null);
    if (identity.profile) ctx.actor = identity.profile.full_name;
    ctx.identity = identity.signer;
    ctx.identityProblem = identity.problem;
    const env: HandlerEnv = { ...ctx, resources, transport: options.transport ?? 'direct', requestRestart: options.requestRestart, keyProtector: options.keyProtector ?? null };
    if (options.openedFiles) env.openedFiles = options.openedFiles;
    if (options.openFolder) env.openFolder = options.openFolder;
    if (options.log) env.log = options.log;
    const backups = options.dailyBackups ? scheduleDailyBackups(ctx, options.dailyBackups.onError) : null;
    return {
      env,
      db,
      dataFile,
      resources,
      backups,
      dispatch: (name, input) => dispatch(env, name, input),
      call: (name, input) => dispatch(env, name, input) as never,
      dispatchAsync: (name, input) => dispatchAsync(env, name, input),
      callAsync: (name, input) => dispatchAsync(env, name, input) as never,
      close: () => {
        backups?.stop();
        if (db.open) db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Who the audit log names before the first-run profile exists (the app asks for it before anything else). */
export const NO_PROFILE_ACTOR = '(chưa có hồ sơ cán bộ / no profile)';

/**
 * The clock restarts after the latest timestamp this file has seen, local or imported: every
 * write and every import raises meta 'hlc_high' (sync/state.ts noteStamp), so opening a
 * country-sized file reads one row.
 */
function lastSeenHlc(db: Db): string | null {
  return (db.prepare("SELECT value FROM meta WHERE key = 'hlc_high'").get() as { value: string } | undefined)?.value ?? null;
}

function ensureDeviceId(db: Db): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string } | undefined;
  if (row) return row.value;
  const id = newId();
  db.prepare("INSERT INTO meta (key, value) VALUES ('device_id', ?)").run(id);
  return id;
}
