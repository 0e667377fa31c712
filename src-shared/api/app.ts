import { z } from 'zod';
import { mutation, query } from './define';

export interface AppInfo {
  name: string;
  version: string;
  dataFile: string;
  schemaVersion: number;
  deviceId: string;
  transport: 'electron' | 'web' | 'direct';
  /** The folder of the rotating log file (kiemtra.log), beside the data file. */
  logsFolder: string;
}

/** A .kiemtra bundle the user opened from the system, waiting for the import screen. */
export interface OpenedFile {
  fileName: string;
  dataBase64: string;
}

/** "Mở thư mục nhật ký": the desktop app opens the folder; web mode can only show where it is. */
export interface LogsFolderResult {
  folder: string;
  opened: boolean;
}

export const SETTING_KEYS = ['ui.language'] as const;
export const SettingKey = z.enum(SETTING_KEYS);

export const appOperations = {
  'app.info': query<AppInfo>()(z.object({}).strict()),
  'settings.get': query<string | null>()(z.object({ key: SettingKey }).strict()),
  'settings.set': mutation<null>()(z.object({ key: SettingKey, value: z.string().max(200) }).strict()),
  /** Takes the bundle the system opened KiemTra with (double-click on a .kiemtra file), or null. */
  'app.openedFile': mutation<OpenedFile | null>()(z.object({}).strict()),
  'app.logs.open': mutation<LogsFolderResult>()(z.object({}).strict()),
} as const;
