import fs from 'node:fs';
import path from 'node:path';
import type { syncOperations } from '../../../src-shared/api/sync';
import { stmt } from '../db/statements';
import { listConflicts, resolveConflict } from '../sync/conflicts';
import { listPeers, reinstatePeer, revokePeer } from '../sync/devices';
import { exportBundle } from '../sync/export';
import { importBundle, previewBundle } from '../sync/import';
import type { HandlerSlice } from './types';

/** Where the app keeps the bundles it wrote (the browser also downloads them). */
function exportsDir(dataFile: string): string {
  const dir = path.join(path.dirname(dataFile), 'exports');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export const syncHandlers: HandlerSlice<keyof typeof syncOperations> = {
  'sync.status': (env) => ({
    deviceId: env.deviceId,
    fingerprint: env.identity?.fingerprint ?? null,
    canExport: env.identity !== null,
    exports: (stmt(env.db, 'SELECT destination, exported_at, file FROM sync_exports ORDER BY exported_at DESC').all() as { destination: string; exported_at: string; file: string | null }[]).map((r) => ({
      destination: r.destination,
      exportedAt: r.exported_at,
      file: r.file ? path.basename(r.file) : null,
    })),
    imports: (stmt(env.db, 'SELECT count(*) AS n FROM sync_imports').get() as { n: number }).n,
    openConflicts: (stmt(env.db, "SELECT count(*) AS n FROM sync_conflicts WHERE status = 'open' AND deleted_at IS NULL").get() as { n: number }).n,
  }),
  'sync.export': async (env, { destination, all }) => {
    const stamp = env.now().toISOString().replace(/[:.]/g, '-');
    const fileName = `kiemtra-${env.deviceId.slice(-8)}-${stamp}.kiemtra`;
    const out = path.join(exportsDir(env.dataFile), fileName);
    const r = await exportBundle(env, { out, destination, all, inspectorName: env.actor === 'local' ? null : env.actor });
    return { file: out, fileName, bytes: r.bytes, counts: r.counts, blobs: r.blobs, dataBase64: fs.readFileSync(out).toString('base64') };
  },
  'sync.preview': (env, { fileName, dataBase64 }) => previewBundle(env, { name: fileName, data: Buffer.from(dataBase64, 'base64') }),
  'sync.import': (env, { fileName, dataBase64, trust }) => importBundle(env, { name: fileName, data: Buffer.from(dataBase64, 'base64') }, { trust }),
  'sync.conflicts.list': (env, { status }) => listConflicts(env, status),
  'sync.conflicts.resolve': (env, { id, keep }) => resolveConflict(env, id, keep),
  'sync.devices.list': (env) => listPeers(env.db),
  'sync.devices.revoke': (env, { deviceId }) => revokePeer(env.db, deviceId, env.now().toISOString()),
  'sync.devices.reinstate': (env, { deviceId }) => reinstatePeer(env.db, deviceId),
};
