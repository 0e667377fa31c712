import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { KiemTraError } from '../../../src-shared/api/errors';
import { toFieldIssues } from '../../../src-shared/api/zod-issues';
import type { PackEntry, PackImportResult } from '../../../src-shared/api/rules';
import { RulePack } from '../../../src-shared/rules/pack-schema';
import { compareVersions } from '../../../src-shared/rules/semver';
import type { CoreContext } from '../context';
import { readJsonResource } from '../resources';
import { deviceKeys, releaseKey, verifyPackSignature } from './trust';

/** What pack loading needs: the database, the clock, the actor, and where resources live. */
export interface PackEnv extends Pick<CoreContext, 'db' | 'now' | 'actor' | 'deviceId'> {
  resources: { dir: string };
}

const SCHEMA_FILE = 'rule-pack.schema.json';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Every shipped pack in resourcesDir/rules, validated; a bad file stops with its name and field. */
export function loadShippedPacks(resourcesDir: string): PackEntry[] {
  const dir = path.join(resourcesDir, 'rules');
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
    .sort();
  const entries = files.map((file): PackEntry => {
    const full = path.join(dir, file);
    const pack = readJsonResource(full, RulePack);
    // Shipped packs carry the release key's signature (scripts/sign-pack.ts): an edited file is refused.
    const release = releaseKey(resourcesDir);
    try {
      verifyPackSignature(pack as unknown as Record<string, unknown>, release ? [release] : [], file);
    } catch (err) {
      const why = err instanceof KiemTraError ? err : null;
      throw new KiemTraError(
        'BAD_FILE',
        `Gói có sẵn ${file} không có chữ ký hợp lệ của khoá phát hành (${why?.vi ?? String(err)}). Ký lại bằng scripts/sign-pack.ts (docs/rule-packs.md).`,
        `Shipped pack ${file} has no valid release-key signature (${why?.en ?? String(err)}). Sign it again with scripts/sign-pack.ts (docs/rule-packs.md).`,
        { context: { file: full } },
      );
    }
    return { pack, origin: 'shipped', sourceFile: file, sha256: sha256(fs.readFileSync(full, 'utf8')), importedAt: null, importedBy: null, inUse: false };
  });
  const seen = new Map<string, string>();
  for (const e of entries) {
    const key = `${e.pack.id}@${e.pack.version}`;
    const other = seen.get(key);
    if (other) {
      throw new KiemTraError('BAD_FILE', `Hai tệp ${other} và ${e.sourceFile} cùng là gói ${key}`, `${other} and ${e.sourceFile} are both pack ${key}`, {
        context: { file: path.join(dir, e.sourceFile ?? '') },
      });
    }
    seen.set(key, e.sourceFile ?? '');
  }
  return entries;
}

function importedPacks(env: PackEnv): PackEntry[] {
  const rows = env.db.prepare('SELECT id, version, json, sha256, imported_at, imported_by, source_file FROM rule_packs ORDER BY id, version').all() as {
    id: string; version: string; json: string; sha256: string; imported_at: string; imported_by: string; source_file: string | null;
  }[];
  return rows.map((r) => {
    const parsed = RulePack.safeParse(JSON.parse(r.json));
    if (!parsed.success) {
      // Only validated packs are stored; a failure here means the file was edited by hand.
      const where = toFieldIssues(parsed.error).map((i) => i.path).join(', ');
      throw new KiemTraError('BAD_FILE', `Gói ${r.id} ${r.version} trong tệp dữ liệu không hợp lệ: ${where}`, `Stored pack ${r.id} ${r.version} is invalid: ${where}`, {
        context: { pack: r.id, version: r.version },
      });
    }
    return { pack: parsed.data, origin: 'imported' as const, sourceFile: r.source_file, sha256: r.sha256, importedAt: r.imported_at, importedBy: r.imported_by, inUse: false };
  });
}

/**
 * Shipped + imported packs. `inUse` marks the newest version of each id: the one selection uses.
 * Others judge inspections through this too, and keep pack id + version with a finished one.
 */
export function listPacks(env: PackEnv): PackEntry[] {
  const all = [...loadShippedPacks(env.resources.dir), ...importedPacks(env)];
  const newest = new Map<string, PackEntry>();
  for (const e of all) {
    const cur = newest.get(e.pack.id);
    if (!cur || compareVersions(e.pack.version, cur.pack.version) > 0) newest.set(e.pack.id, e);
  }
  for (const e of newest.values()) e.inUse = true;
  return all.sort((a, b) => (a.pack.id < b.pack.id ? -1 : a.pack.id > b.pack.id ? 1 : -compareVersions(a.pack.version, b.pack.version)));
}

/** Every pack version (shipped and imported), for judging an inspection with selectPack. */
export function loadPacks(env: PackEnv): RulePack[] {
  return listPacks(env).map((e) => e.pack);
}

/**
 * Imports a pack a supervisor filled in. Refuses — writing nothing — text that is not JSON, a pack
 * that fails the schema (the field is named), or an id+version already present with other content.
 * Importing the same pack again changes nothing.
 */
export function importPack(env: PackEnv, input: { fileName: string; json: string; reason: string }): PackImportResult {
  const file = input.fileName;
  let raw: unknown;
  try {
    raw = JSON.parse(input.json);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new KiemTraError('BAD_FILE', `Tệp ${file} không phải JSON hợp lệ: ${detail}`, `${file} is not valid JSON: ${detail}`, { context: { file } });
  }
  const parsed = RulePack.safeParse(raw);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    const vi = issues.map((i) => `${i.path}: ${i.vi}`).join('; ');
    const en = issues.map((i) => `${i.path}: ${i.en}`).join('; ');
    throw new KiemTraError('BAD_FILE', `Gói quy chuẩn ${file} không hợp lệ — ${vi}. Không có gì được ghi.`, `Rule pack ${file} is invalid — ${en}. Nothing was written.`, {
      issues,
      context: { file, field: issues[0]?.path ?? '' },
    });
  }
  const pack = parsed.data;
  // Only a pack signed by the release key or a supervisor key trusted on this device is accepted.
  const keys = [...(releaseKey(env.resources.dir) ? [releaseKey(env.resources.dir)!] : []), ...deviceKeys(env.db)];
  const signer = verifyPackSignature(raw as Record<string, unknown>, keys, file);
  // Stored as given: the hash is of the exact text, so the same file re-imported is recognised.
  const hash = sha256(input.json);
  const key = { pack: pack.id, version: pack.version, file };
  const shipped = loadShippedPacks(env.resources.dir).find((e) => e.pack.id === pack.id && e.pack.version === pack.version);
  if (shipped) {
    throw new KiemTraError(
      'CONFLICT',
      `Gói ${pack.id} phiên bản ${pack.version} đã có sẵn trong ứng dụng. Hãy tăng version (ví dụ ${bump(pack.version)}) rồi nhập lại.`,
      `Pack ${pack.id} version ${pack.version} ships with the app. Raise the version (e.g. ${bump(pack.version)}) and import again.`,
      { context: key },
    );
  }
  return env.db.transaction((): PackImportResult => {
    const existing = env.db.prepare('SELECT sha256 FROM rule_packs WHERE id = ? AND version = ?').get(pack.id, pack.version) as { sha256: string } | undefined;
    if (existing) {
      if (existing.sha256 === hash) return { id: pack.id, version: pack.version, sha256: hash, alreadyImported: true, signedBy: { fingerprint: signer.fingerprint, label: signer.label } };
      throw new KiemTraError(
        'CONFLICT',
        `Gói ${pack.id} phiên bản ${pack.version} đã được nhập với nội dung khác. Một phiên bản đã nhập không được thay đổi; hãy tăng version (ví dụ ${bump(pack.version)}).`,
        `Pack ${pack.id} version ${pack.version} was already imported with other content. An imported version never changes; raise the version (e.g. ${bump(pack.version)}).`,
        { context: key },
      );
    }
    const at = env.now().toISOString();
    env.db
      .prepare('INSERT INTO rule_packs (id, version, json, sha256, imported_at, imported_by, source_file, reason, signed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(pack.id, pack.version, input.json, hash, at, env.actor, file, input.reason, signer.fingerprint);
    env.db
      .prepare("INSERT INTO audit_log (at, actor, device, entity, entity_id, action, old_values, new_values) VALUES (?, ?, ?, 'rule_pack', ?, 'create', NULL, ?)")
      .run(at, env.actor, env.deviceId, `${pack.id}@${pack.version}`, JSON.stringify({ sha256: hash, sourceFile: file, reason: input.reason, signedBy: signer.fingerprint, signerLabel: signer.label }));
    return { id: pack.id, version: pack.version, sha256: hash, alreadyImported: false, signedBy: { fingerprint: signer.fingerprint, label: signer.label } };
  })();
}

function bump(version: string): string {
  const [major = '0', minor = '0'] = version.split('-')[0]!.split('.');
  return `${major}.${Number(minor) + 1}.0`;
}
