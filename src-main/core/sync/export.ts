import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { sha256Hex, type DeviceSigner } from '../identity/keys';
import { SEAL_PLACEHOLDER, sealArchive } from './archive-seal';
import { stmt } from '../db/statements';
import { noteStamp, readStamps } from './state';
import { BUNDLE_SCHEMA_VERSION, syncedKinds, type SyncedKind } from './kinds';
import { cancelledError, requireIdentity, type JobControl, type SyncEnv } from './env';
import { MINUTES_PART, minutesToExport, noteMinutesExported } from './minutes-part';
import { BLOB_INDEX, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST, SIGNATURE, blobPart, changesPart, type BlobLine, type Manifest, type RecordLine } from './wire';

export interface ExportOptions extends JobControl {
  /** The bundle file to write (atomically: a temporary file renamed into place). */
  out: string;
  /** Every record, not only what changed since the last export to `destination`. */
  all?: boolean;
  /** Who the bundle is for ("supervisor", a USB stick's name …); exports are counted per destination. */
  destination?: string;
  inspectorName?: string | null;
}

export interface ExportResult {
  file: string;
  bytes: number;
  counts: Record<string, number>;
  blobs: number;
  hlc: { from: string | null; to: string | null };
  since: string | null;
  manifestSha256: string;
}

/** Auto findings of an open inspection are derived (re-judged after a merge); a completed one's are its signed truth. */
function travels(env: SyncEnv, k: SyncedKind, row: Record<string, unknown>): boolean {
  if (k.kind !== 'finding' || row.origin !== 'rule') return true;
  const insp = stmt(env.db, 'SELECT status FROM inspections WHERE id = ?').get(row.inspection_id) as { status: string } | undefined;
  if (insp?.status === 'completed' || insp?.status === 'signed') return true;
  // A requirement written against it needs it on the other side too (its id is the same there once judged).
  return Boolean(stmt(env.db, 'SELECT 1 FROM requirements WHERE finding_id = ? LIMIT 1').get(row.id));
}

function recordLine(env: SyncEnv, k: SyncedKind, row: Record<string, unknown>): RecordLine {
  const stamps = readStamps(env.db, row.id as string);
  const fields: Record<string, unknown> = {};
  for (const [field, col] of Object.entries(k.spec.fields)) fields[field] = row[col] ?? null;
  fields.deletedAt = row.deleted_at ?? null;
  const out: RecordLine['stamps'] = {};
  for (const [field, s] of stamps.fields) if (field in fields) out[field] = [s.hlc, s.prev];
  return { id: row.id as string, hlc: stamps.base?.hlc ?? (row.hlc as string), createdAt: row.created_at as string, updatedAt: row.updated_at as string, fields, stamps: out };
}

/** The ids, per kind, of records with a stamp newer than `since` (local clock), or of every record. */
function selectRows(env: SyncEnv, since: string | null): Map<string, string[]> | null {
  if (since === null) return null;
  const out = new Map<string, string[]>();
  for (const r of stmt(env.db, 'SELECT kind, row_id FROM sync_state WHERE coalesce(seen, hlc) > ? GROUP BY row_id').all(since) as { kind: string; row_id: string }[]) {
    const list = out.get(r.kind) ?? [];
    list.push(r.row_id);
    out.set(r.kind, list);
  }
  return out;
}

function writeZip(file: string, entries: { name: string; data: Buffer; compress: boolean }[], signer: DeviceSigner): Promise<number> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  return new Promise<number>((resolve, reject) => {
    const zip = new yazl.ZipFile();
    // A fixed date: the same content makes the same bytes.
    const mtime = new Date(Date.UTC(2000, 0, 1));
    for (const e of entries) zip.addBuffer(e.data, e.name, { compress: e.compress, mtime });
    zip.end({ comment: SEAL_PLACEHOLDER, forceZip64Format: false });
    const out = fs.createWriteStream(tmp, { mode: 0o600 });
    out.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out).on('close', () => {
      try {
        sealArchive(tmp, signer);
        const fd = fs.openSync(tmp, 'r+');
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fs.renameSync(tmp, file);
        resolve(fs.statSync(file).size);
      } catch (err) {
        reject(err);
      }
    });
  }).catch((err: unknown) => {
    fs.rmSync(tmp, { force: true });
    throw err;
  });
}

/**
 * Writes a signed bundle (docs/bundle-format.md) of every record changed since the last export
 * to this destination — or of all records — with the photos and signatures they use.
 */
export async function exportBundle(env: SyncEnv, options: ExportOptions): Promise<ExportResult> {
  const signer = requireIdentity(env);
  const destination = options.destination ?? 'default';
  const previous = stmt(env.db, 'SELECT up_to FROM sync_exports WHERE destination = ?').get(destination) as { up_to: string } | undefined;
  const since = options.all ? null : (previous?.up_to ?? null);
  // Everything stamped up to this tick is in the bundle; later work goes in the next one.
  const upTo = env.hlc.tick();
  const kinds = syncedKinds(env.db, env.resources.provinceName);
  const chosen = selectRows(env, since);
  const total = chosen ? [...chosen.values()].reduce((n, l) => n + l.length, 0) : [...kinds.values()].reduce((n, k) => n + (stmt(env.db, `SELECT count(*) AS n FROM ${k.spec.table}`).get() as { n: number }).n, 0);

  const entries: { name: string; data: Buffer; compress: boolean }[] = [];
  const counts: Record<string, number> = {};
  const blobs = new Set<string>();
  let from: string | null = null;
  let to: string | null = null;
  let done = 0;
  const signedInBundle = new Set<string>();
  for (const k of kinds.values()) {
    const lines: string[] = [];
    const take = (row: Record<string, unknown>) => {
      done++;
      if (done % 5000 === 0) {
        options.onProgress?.({ phase: 'read', done, total });
        if (options.cancelled?.()) throw cancelledError();
      }
      if (!travels(env, k, row)) return;
      const line = recordLine(env, k, row);
      for (const h of [line.hlc, ...Object.values(line.stamps).map((s) => s[0])]) {
        if (from === null || h < from) from = h;
        if (to === null || h > to) to = h;
      }
      if (k.kind === 'attachment') blobs.add(row.blob_sha256 as string);
      if (k.kind === 'inspection' && row.status === 'signed') signedInBundle.add(row.id as string);
      lines.push(JSON.stringify(line));
    };
    if (chosen) {
      for (const id of chosen.get(k.kind) ?? []) {
        const row = stmt(env.db, `SELECT * FROM ${k.spec.table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
        if (row) take(row);
      }
    } else {
      for (const row of env.db.prepare(`SELECT * FROM ${k.spec.table} ORDER BY id`).iterate() as IterableIterator<Record<string, unknown>>) take(row);
    }
    if (lines.length === 0) continue;
    counts[k.kind] = lines.length;
    entries.push({ name: changesPart(k.kind), data: Buffer.from(lines.join('\n') + '\n', 'utf8'), compress: true });
  }

  const minutes = minutesToExport(env.db, destination, Boolean(options.all) || since === null, signedInBundle);
  if (minutes.lines.length) entries.push({ name: MINUTES_PART, data: Buffer.from(minutes.lines.map((m) => JSON.stringify(m)).join('\n') + '\n', 'utf8'), compress: true });

  const index: string[] = [];
  for (const sha of [...blobs].sort()) {
    const b = stmt(env.db, 'SELECT sha256, mime, size, width, height, data FROM blobs WHERE sha256 = ?').get(sha) as (BlobLine & { data: Buffer }) | undefined;
    if (!b) continue;
    index.push(JSON.stringify({ sha256: b.sha256, mime: b.mime, size: b.size, width: b.width, height: b.height } satisfies BlobLine));
    entries.push({ name: blobPart(sha), data: b.data, compress: false });
  }
  if (index.length) entries.push({ name: BLOB_INDEX, data: Buffer.from(index.join('\n') + '\n', 'utf8'), compress: true });

  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    createdAt: env.now().toISOString(),
    device: { id: env.deviceId, publicKeyPem: signer.publicKeyPem, fingerprint: signer.fingerprint, inspectorName: options.inspectorName ?? null },
    hlc: { from, to },
    all: Boolean(options.all),
    destination,
    counts,
    parts: entries.map((e) => ({ name: e.name, sha256: sha256Hex(e.data), size: e.data.length })),
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
  const signature = Buffer.from(signer.sign(manifestBytes).toString('base64') + '\n', 'utf8');
  options.onProgress?.({ phase: 'write', done: total, total });
  if (options.cancelled?.()) throw cancelledError();
  const bytes = await writeZip(options.out, [{ name: MANIFEST, data: manifestBytes, compress: true }, { name: SIGNATURE, data: signature, compress: false }, ...entries], signer);

  env.db.transaction(() => {
    stmt(env.db, 'INSERT INTO sync_exports (destination, up_to, exported_at, file) VALUES (?, ?, ?, ?) ON CONFLICT (destination) DO UPDATE SET up_to = excluded.up_to, exported_at = excluded.exported_at, file = excluded.file')
      .run(destination, upTo.slice(0, 20), env.now().toISOString(), options.out);
    noteStamp(env.db, upTo);
    noteMinutesExported(env.db, destination, minutes.upTo);
  })();
  return { file: options.out, bytes, counts, blobs: index.length, hlc: { from, to }, since, manifestSha256: sha256Hex(manifestBytes) };
}
