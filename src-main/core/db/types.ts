import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

/** A numbered schema migration (DESIGN.md §3): one file per version, each with its own test. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
