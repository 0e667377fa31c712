import { appOperations } from '../../../src-shared/api/app';
import fs from 'node:fs';
import { logsFolderOf } from '../maintenance/log';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { HandlerSlice } from './types';

declare const __KIEMTRA_VERSION__: string | undefined;
const version = typeof __KIEMTRA_VERSION__ === 'string' ? __KIEMTRA_VERSION__ : (process.env.npm_package_version ?? '0.0.0-dev');

export const appHandlers: HandlerSlice<keyof typeof appOperations> = {
  'app.info': (env) => ({
    name: 'KiemTra',
    version,
    dataFile: env.dataFile,
    schemaVersion: LATEST_SCHEMA_VERSION,
    deviceId: env.deviceId,
    transport: env.transport,
    logsFolder: logsFolderOf(env.dataFile),
  }),
  'app.openedFile': (env) => env.openedFiles?.take() ?? null,
  // Web mode answers at once (a page cannot open folders); the desktop shell opens it.
  'app.logs.open': (env) => {
    const folder = logsFolderOf(env.dataFile);
    if (!env.openFolder) return { folder, opened: false };
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    return env.openFolder(folder).then(() => ({ folder, opened: true }));
  },
  'settings.get': (env, { key }) => {
    const row = env.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  },
  'settings.set': (env, { key, value }) => {
    env.db
      .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(key, value, env.now().toISOString());
    return null;
  },
};
