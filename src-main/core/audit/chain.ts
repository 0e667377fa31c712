import crypto from 'node:crypto';
import { canonicalJson } from '../../../src-shared/crypto/canonical-json';
import { stmt } from '../db/statements';
import type { Db } from '../db/types';

/** The stored columns of one audit row, exactly as they are hashed (docs/minutes.md, "Audit chain"). */
export interface AuditRowColumns {
  id: number;
  at: string;
  actor: string;
  device: string;
  entity: string;
  entity_id: string;
  action: string;
  old_values: string | null;
  new_values: string | null;
  reason: string | null;
  prev_hash: string | null;
}

/**
 * SHA-256 (hex) of the canonical JSON of a row's columns, its own id and the previous row's hash
 * in the same device's chain. Changing any byte of a row, reordering rows or removing one breaks
 * the chain from that row on.
 */
export function auditRowHash(r: AuditRowColumns): string {
  const body = canonicalJson({
    v: 1,
    id: r.id,
    at: r.at,
    actor: r.actor,
    device: r.device,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    oldValues: r.old_values,
    newValues: r.new_values,
    reason: r.reason,
    prev: r.prev_hash,
  });
  return crypto.createHash('sha256').update(body, 'utf8').digest('hex');
}

/** The hash the next row of `device` chains to (null for its first row). */
export function lastAuditHash(db: Db, device: string): string | null {
  const row = stmt(db, 'SELECT hash FROM audit_log WHERE device = ? ORDER BY id DESC LIMIT 1').get(device) as { hash: string | null } | undefined;
  return row?.hash ?? null;
}

export interface ChainBreak {
  auditId: number;
  device: string;
  entity: string;
  entityId: string;
  problem: 'hash' | 'link';
}

export interface ChainReport {
  rows: number;
  devices: number;
  breaks: ChainBreak[];
}

/**
 * Walks every device's chain in id order and names each row whose stored hash is not the hash of
 * its columns ('hash': the row was changed) or whose prev_hash is not the previous row's hash
 * ('link': a row before it was removed or reordered). Reads with one streaming pass.
 */
export function verifyAuditChains(db: Db): ChainReport {
  const last = new Map<string, string | null>();
  const breaks: ChainBreak[] = [];
  let rows = 0;
  const iter = db
    .prepare('SELECT id, at, actor, device, entity, entity_id, action, old_values, new_values, reason, prev_hash, hash FROM audit_log ORDER BY device, id')
    .iterate() as IterableIterator<AuditRowColumns & { hash: string | null }>;
  for (const r of iter) {
    rows++;
    const expectedPrev = last.has(r.device) ? last.get(r.device)! : null;
    const where = { auditId: r.id, device: r.device, entity: r.entity, entityId: r.entity_id };
    if (r.hash !== auditRowHash(r)) breaks.push({ ...where, problem: 'hash' });
    else if (r.prev_hash !== expectedPrev) breaks.push({ ...where, problem: 'link' });
    last.set(r.device, r.hash);
  }
  return { rows, devices: last.size, breaks };
}
