import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/db/migrations';
import { migration008 } from '../../../src-main/core/db/migrations/008_trusted_keys';
import { migrate } from '../../../src-main/core/db/open';

describe('migration 008: trusted keys for rule packs', () => {
  it('adds trusted_keys (one row per fingerprint, rule-pack purpose only) and keeps imported packs, now with reason and signer', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.filter((m) => m.version < 8), 0);
    db.prepare("INSERT INTO rule_packs (id, version, json, sha256, imported_at, imported_by, source_file) VALUES ('p', '1.0.0', '{}', 'h', 't', 'a', NULL)").run();
    migrate(db, [migration008], 7);
    expect(db.prepare('SELECT id, reason, signed_by FROM rule_packs').all()).toEqual([{ id: 'p', reason: null, signed_by: null }]);
    const insert = db.prepare("INSERT INTO trusted_keys (fingerprint, public_key_pem, label, purpose, added_at, added_by, reason) VALUES (?, 'pem', 'Sở', ?, 't', 'a', 'r')");
    insert.run('ab', 'rule_packs');
    expect(() => insert.run('ab', 'rule_packs')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('cd', 'bundles')).toThrow(/CHECK/);
    db.close();
  });

  it('is listed as version 8', () => {
    expect(migrations.find((m) => m.version === 8)).toBe(migration008);
  });
});
