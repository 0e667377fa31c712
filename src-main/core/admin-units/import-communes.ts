import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { CommuneImport, CommuneImportInput, CommuneImportResult, CommuneUndoInput } from '../../../src-shared/schemas/communes';
import { sortKey } from '../../../src-shared/text/fold';
import type { HandlerEnv } from '../api/types';
import { writeAudit } from '../db/records';
import { decodeUtf8, parseCommunes } from './parse-communes';

export { COMMUNE_COLUMNS } from './parse-communes';

interface UnitRow {
  code: string;
  province_code: string;
  name: string;
  name_key: string;
  kind: string;
  legacy_district: string | null;
  source: string;
}

interface ImportRow {
  id: number;
  at: string;
  actor: string;
  file_name: string;
  provinces: string;
  imported: number;
  previous: string;
  undone_at: string | null;
}

function toImport(r: ImportRow): CommuneImport {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    fileName: r.file_name,
    provinces: JSON.parse(r.provinces) as string[],
    imported: r.imported,
    previousCount: (JSON.parse(r.previous) as unknown[]).length,
    undoneAt: r.undone_at,
  };
}

/**
 * Reads a commune list (UTF-8, BOM tolerated) and replaces the communes of every province it
 * names, in one transaction. Any bad row refuses the whole file, naming its line and column.
 * The lists it replaces are kept in admin_unit_imports (undoable) and the import is audited.
 */
export function importCommunes(env: HandlerEnv, input: z.output<typeof CommuneImportInput>): CommuneImportResult {
  const { fileName } = input;
  const csv = input.dataBase64 !== undefined ? decodeUtf8(fileName, Buffer.from(input.dataBase64, 'base64')) : (input.csv ?? '');
  const rows = parseCommunes(fileName, csv, new Set(env.resources.provinces.map((p) => p.code)));

  const at = env.now().toISOString();
  const source = `${fileName} (${at.slice(0, 10)})`;
  const touched = [...new Set(rows.map((r) => r.province_code))].sort();
  const codes = rows.map((r) => r.code);
  const del = env.db.prepare('DELETE FROM admin_units WHERE province_code = ?');
  // A code moved from another province is replaced too: codes are unique nationwide.
  const ins = env.db.prepare(
    `INSERT INTO admin_units (code, province_code, name, name_key, kind, legacy_district, source) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET province_code = excluded.province_code, name = excluded.name, name_key = excluded.name_key,
       kind = excluded.kind, legacy_district = excluded.legacy_district, source = excluded.source`,
  );
  const importId = env.db.transaction(() => {
    const previous = env.db
      .prepare(
        `SELECT code, province_code, name, name_key, kind, legacy_district, source FROM admin_units
         WHERE province_code IN (SELECT value FROM json_each(?)) OR code IN (SELECT value FROM json_each(?)) ORDER BY code`,
      )
      .all(JSON.stringify(touched), JSON.stringify(codes)) as UnitRow[];
    for (const p of touched) del.run(p);
    for (const r of rows) ins.run(r.code, r.province_code, r.name, sortKey(r.name), r.kind, r.legacy_district, source);
    const id = Number(
      env.db
        .prepare('INSERT INTO admin_unit_imports (at, actor, file_name, provinces, imported, previous) VALUES (?, ?, ?, ?, ?, ?)')
        .run(at, env.actor, fileName, JSON.stringify(touched), rows.length, JSON.stringify(previous)).lastInsertRowid,
    );
    // The audit log's actions are fixed: an import updates the province lists, an undo restores them.
    writeAudit(env, 'admin_units', String(id), 'update', { units: previous.length }, { import: id, fileName, provinces: touched, units: rows.length }, at);
    return id;
  })();
  return { importId, imported: rows.length, provinces: touched };
}

export function listCommuneImports(env: HandlerEnv): CommuneImport[] {
  return (env.db.prepare('SELECT * FROM admin_unit_imports ORDER BY id DESC LIMIT 200').all() as ImportRow[]).map(toImport);
}

/** Puts back what the latest import replaced (the shipped list again when the provinces had none). */
export function undoCommuneImport(env: HandlerEnv, input: z.output<typeof CommuneUndoInput>): CommuneImport {
  return env.db.transaction(() => {
    const row = env.db.prepare('SELECT * FROM admin_unit_imports WHERE id = ?').get(input.id) as ImportRow | undefined;
    if (!row) throw new KiemTraError('NOT_FOUND', `Không có lần nhập danh mục xã/phường số ${input.id}`, `No commune import #${input.id}`, { context: { id: input.id } });
    const latest = env.db.prepare('SELECT id FROM admin_unit_imports WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined;
    if (row.undone_at || latest?.id !== row.id) {
      throw new KiemTraError(
        'CONFLICT',
        row.undone_at ? `Lần nhập ${row.file_name} đã được hoàn tác` : `Chỉ hoàn tác được lần nhập gần nhất; hãy hoàn tác các lần nhập sau ${row.file_name} trước`,
        row.undone_at ? `The import of ${row.file_name} was already undone` : `Only the latest import can be undone; undo the imports after ${row.file_name} first`,
        { context: { id: row.id } },
      );
    }
    const provinces = JSON.parse(row.provinces) as string[];
    const previous = JSON.parse(row.previous) as UnitRow[];
    const at = env.now().toISOString();
    const imported = env.db.prepare('SELECT code FROM admin_units WHERE province_code IN (SELECT value FROM json_each(?))').all(JSON.stringify(provinces)) as { code: string }[];
    env.db.prepare('DELETE FROM admin_units WHERE province_code IN (SELECT value FROM json_each(?))').run(JSON.stringify(provinces));
    const put = env.db.prepare(
      `INSERT INTO admin_units (code, province_code, name, name_key, kind, legacy_district, source) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET province_code = excluded.province_code, name = excluded.name, name_key = excluded.name_key,
         kind = excluded.kind, legacy_district = excluded.legacy_district, source = excluded.source`,
    );
    for (const u of previous) put.run(u.code, u.province_code, u.name, u.name_key, u.kind, u.legacy_district, u.source);
    env.db.prepare('UPDATE admin_unit_imports SET undone_at = ? WHERE id = ?').run(at, row.id);
    writeAudit(env, 'admin_units', String(row.id), 'restore', { import: row.id, fileName: row.file_name, units: imported.length }, { undone: row.id, provinces, units: previous.length }, at);
    return toImport({ ...row, undone_at: at });
  })();
}
