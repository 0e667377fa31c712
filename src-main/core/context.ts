import type { Db } from './db/types';
import type { HlcClock } from './db/hlc';
import type { DeviceSigner } from './identity/keys';
import type { KiemTraError } from '../../src-shared/api/errors';

/** What every core function gets besides its input: the database, time, and who is acting. */
export interface CoreContext {
  db: Db;
  /** Current time; tests pass a fixed clock. */
  now(): Date;
  hlc: HlcClock;
  /** This installation's id (made on first run, kept in meta). */
  deviceId: string;
  /** The acting user (inspector's name or account), for the audit log. */
  actor: string;
  /**
   * The device's signing identity (Ed25519): always the stored inspector profile with the device
   * key file beside the data file (identity/profile.ts loadIdentity), or null until both exist.
   * Signing minutes and exporting bundles refuse without it.
   */
  identity: DeviceSigner | null;
  /** Why the stored key could not be used although the profile exists (missing, unreadable, other device); null otherwise. */
  identityProblem: KiemTraError | null;
  /** Full path of the data file. */
  dataFile: string;
}
