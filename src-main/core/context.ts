import type { Db } from './db/types';
import type { HlcClock } from './db/hlc';
import type { DeviceSigner } from './identity/keys';

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
   * The device's signing identity (Ed25519), or null until the inspector's profile and the device
   * key exist. Signing minutes and exporting bundles refuse without it.
   */
  identity: DeviceSigner | null;
  /** Full path of the data file. */
  dataFile: string;
}
