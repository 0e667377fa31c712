import os from 'node:os';
import path from 'node:path';

export const DATA_FILE_NAME = 'kiemtra.sqlite';
const APP_FOLDER = 'KiemTra';

/**
 * The user-data folder, the same one Electron's app.getPath('userData') gives for productName
 * "KiemTra", so the desktop app, web mode and the CLI share one file.
 * Order: explicit --data-dir, then KIEMTRA_DATA_DIR, then the platform default.
 */
export function resolveDataDir(explicit?: string | null, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (explicit) return path.resolve(explicit);
  if (env.KIEMTRA_DATA_DIR) return path.resolve(env.KIEMTRA_DATA_DIR);
  const home = env.HOME ?? env.USERPROFILE ?? os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

export function dataFileIn(dataDir: string): string {
  return path.join(dataDir, DATA_FILE_NAME);
}
