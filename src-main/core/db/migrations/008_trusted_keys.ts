import type { Migration } from '../types';

/**
 * Trusted rule packs (issue 12). `trusted_keys` holds the Ed25519 public keys whose signatures
 * this device accepts on imported rule packs (a supervisor's key from the Sở), each added by an
 * explicit, audited action and never deleted (revoked instead, so old imports stay explainable).
 * Local to the device: trust is not synced. Imported packs now record why they were imported and
 * which key signed them.
 */
export const migration008: Migration = {
  version: 8,
  name: 'trusted_keys',
  up(db) {
    db.exec(`
      CREATE TABLE trusted_keys (
        fingerprint TEXT PRIMARY KEY,
        public_key_pem TEXT NOT NULL,
        label TEXT NOT NULL,
        purpose TEXT NOT NULL CHECK (purpose IN ('rule_packs')),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        reason TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT,
        revoke_reason TEXT
      ) STRICT;
      ALTER TABLE rule_packs ADD COLUMN reason TEXT;
      ALTER TABLE rule_packs ADD COLUMN signed_by TEXT;
    `);
  },
};
