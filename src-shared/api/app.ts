import { z } from 'zod';
import { mutation, query } from './define';

export interface AppInfo {
  name: string;
  version: string;
  dataFile: string;
  schemaVersion: number;
  deviceId: string;
  transport: 'electron' | 'web' | 'direct';
}

export const SETTING_KEYS = ['ui.language'] as const;
export const SettingKey = z.enum(SETTING_KEYS);

export const appOperations = {
  'app.info': query<AppInfo>()(z.object({}).strict()),
  'settings.get': query<string | null>()(z.object({ key: SettingKey }).strict()),
  'settings.set': mutation<null>()(z.object({ key: SettingKey, value: z.string().max(200) }).strict()),
} as const;
