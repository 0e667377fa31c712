import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/open';
import { migrations } from '../../../src-main/core/db/migrations';
import { migration004 } from '../../../src-main/core/db/migrations/004_rule_packs';

describe('migration 004: imported rule packs', () => {
  it('creates rule_packs with one row per pack id and version', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.filter((m) => m.version < 4), 0);
    migrate(db, [migration004], 3);
    const cols = (db.prepare("SELECT name FROM pragma_table_info('rule_packs')").all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(['id', 'version', 'json', 'sha256', 'imported_at', 'imported_by', 'source_file']);
    const insert = db.prepare("INSERT INTO rule_packs (id, version, json, sha256, imported_at, imported_by, source_file) VALUES (?, ?, '{}', 'h', 't', 'a', NULL)");
    insert.run('qcvn-40-2025-btnmt', '1.0.0');
    insert.run('qcvn-40-2025-btnmt', '1.1.0');
    expect(() => insert.run('qcvn-40-2025-btnmt', '1.0.0')).toThrow(/UNIQUE/);
    db.close();
  });

  it('is listed as version 4', () => {
    expect(migrations.find((m) => m.version === 4)).toBe(migration004);
  });
});
