import crypto from 'node:crypto';
import type { Db } from '../db/types';
import { verifyBytes } from '../identity/keys';

export interface SignedProblem {
  inspectionId: string;
  decisionNumber: string | null;
  /** 0: the signed minutes; 1…: an amendment. Null when the minutes themselves are missing. */
  seq: number | null;
  problem: 'hash' | 'forged' | 'missing' | 'unlocked';
  vi: string;
  en: string;
}

export interface SignedReport {
  checked: number;
  problems: SignedProblem[];
  /** Lock triggers that should exist and do not (someone dropped them). */
  missingTriggers: string[];
}

/** Trigger names migration 009 creates; a missing one means the lock was taken off. */
export const LOCK_TRIGGERS = [
  'inspections_signed_update',
  'inspections_signed_delete',
  'inspection_answers_signed_update',
  'inspection_answers_signed_delete',
  'attachments_signed_update',
  'attachments_signed_delete',
  'findings_signed_update',
  'findings_signed_delete',
  'requirements_signed_update',
  'requirements_signed_delete',
  'minutes_no_update',
  'minutes_no_delete',
  'audit_log_no_update',
  'audit_log_no_delete',
];

interface Row {
  inspection_id: string;
  seq: number;
  snapshot: string;
  sha256: string;
  signature: string;
  device_id: string;
  public_key_pem: string;
  status: string;
  decision_number: string | null;
}

/**
 * Every signed record: its bytes still hash to the stored SHA-256 ('hash'), and its signature
 * verifies with the device's own key — the profile's for this device, else the key stored with it
 * ('forged': signed by another key, or the signature does not match). Signed inspections without
 * minutes, and minutes whose inspection is no longer 'signed', are named too.
 */
export function verifySigned(db: Db): SignedReport {
  const problems: SignedProblem[] = [];
  const ownKeys = new Map(
    (db.prepare('SELECT device_id, public_key_pem FROM inspector_profile').all() as { device_id: string; public_key_pem: string }[]).map((r) => [r.device_id, r.public_key_pem]),
  );
  let checked = 0;
  const rows = db
    .prepare('SELECT m.inspection_id, m.seq, m.snapshot, m.sha256, m.signature, m.device_id, m.public_key_pem, i.status, i.decision_number FROM minutes m JOIN inspections i ON i.id = m.inspection_id ORDER BY m.inspection_id, m.seq')
    .iterate() as IterableIterator<Row>;
  for (const r of rows) {
    checked++;
    const which = { inspectionId: r.inspection_id, decisionNumber: r.decision_number, seq: r.seq };
    const label = r.seq === 0 ? 'biên bản' : `biên bản bổ sung số ${r.seq}`;
    const labelEn = r.seq === 0 ? 'minutes' : `amendment ${r.seq}`;
    const digest = crypto.createHash('sha256').update(r.snapshot, 'utf8').digest('hex');
    if (digest !== r.sha256) {
      problems.push({ ...which, problem: 'hash', vi: `Nội dung ${label} đã bị thay đổi sau khi ký (mã băm không khớp)`, en: `The ${labelEn} content changed after signing (hash mismatch)` });
    }
    const own = ownKeys.get(r.device_id);
    const keyPem = own ?? r.public_key_pem;
    const foreignKey = own !== undefined && own.trim() !== r.public_key_pem.trim();
    if (foreignKey || !verifyBytes(keyPem, Buffer.from(r.sha256, 'hex'), Buffer.from(r.signature, 'base64'))) {
      problems.push({ ...which, problem: 'forged', vi: `Chữ ký số của ${label} không phải của khoá thiết bị (giả mạo)`, en: `The signature of the ${labelEn} was not made by the device's key (forged)` });
    }
    if (r.seq === 0 && r.status !== 'signed') {
      problems.push({ ...which, problem: 'unlocked', vi: `Cuộc kiểm tra có biên bản đã ký nhưng trạng thái là "${r.status}"`, en: `The inspection has signed minutes but its status is "${r.status}"` });
    }
  }
  const unsigned = db
    .prepare("SELECT id, decision_number FROM inspections i WHERE status = 'signed' AND NOT EXISTS (SELECT 1 FROM minutes m WHERE m.inspection_id = i.id AND m.seq = 0)")
    .all() as { id: string; decision_number: string | null }[];
  for (const u of unsigned) {
    problems.push({ inspectionId: u.id, decisionNumber: u.decision_number, seq: null, problem: 'missing', vi: 'Cuộc kiểm tra ghi "đã ký" nhưng không có biên bản đã ký', en: 'The inspection says "signed" but has no signed minutes' });
  }
  const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((t) => t.name));
  return { checked, problems, missingTriggers: LOCK_TRIGGERS.filter((t) => !present.has(t)) };
}
