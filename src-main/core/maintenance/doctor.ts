import fs from 'node:fs';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { openDatabase } from '../db/open';
import type { Db } from '../db/types';
import { verifyAuditChains, type ChainReport } from '../audit/chain';
import { verifySigned, type SignedReport } from './verify-signed';

export interface DoctorReport {
  file: string;
  sizeBytes: number;
  integrity: string[];
  ok: boolean;
  schemaVersion: number;
  latestSchemaVersion: number;
  journalMode: string;
  counts: Record<string, { live: number; deleted: number } | number>;
  /** Every device's audit hash chain, and the rows where it breaks. */
  audit: ChainReport;
  /** Every signed minutes and amendment: hash and signature. */
  signed: SignedReport;
}

const SYNCED_TABLES_SQL = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%deleted_at TEXT%' ORDER BY name";
const PLAIN_COUNTED = ['audit_log', 'sync_state', 'blobs'];

/** Integrity check, migration level and record counts of a data file (`kiemtra doctor`). */
export function doctor(file: string): DoctorReport {
  const db = openDatabase(file, { quickCheck: false });
  try {
    return inspect(db, file);
  } finally {
    db.close();
  }
}

export function inspect(db: Db, file: string): DoctorReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const fk = db.pragma('foreign_key_check') as unknown[];
  const counts: DoctorReport['counts'] = {};
  for (const { name } of db.prepare(SYNCED_TABLES_SQL).all() as { name: string }[]) {
    const r = db.prepare(`SELECT sum(deleted_at IS NULL) AS live, sum(deleted_at IS NOT NULL) AS deleted FROM ${name}`).get() as {
      live: number | null;
      deleted: number | null;
    };
    counts[name] = { live: r.live ?? 0, deleted: r.deleted ?? 0 };
  }
  for (const t of PLAIN_COUNTED) counts[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  if (fk.length) integrity.push(`${fk.length} foreign key violation(s)`);
  const audit = verifyAuditChains(db);
  const signed = verifySigned(db);
  const intact = integrity.length === 1 && integrity[0] === 'ok';
  return {
    file,
    sizeBytes: fs.statSync(file).size,
    integrity,
    ok: intact && audit.breaks.length === 0 && signed.problems.length === 0 && signed.missingTriggers.length === 0,
    audit,
    signed,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    journalMode: db.pragma('journal_mode', { simple: true }) as string,
    counts,
  };
}
