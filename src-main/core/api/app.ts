import { appOperations } from '../../../src-shared/api/app';
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
  }),
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
