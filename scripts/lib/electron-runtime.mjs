// Finds a runnable Electron binary WITHOUT triggering a download. `require('electron')` is not an
// option: when the binary is missing it runs the electron package's installer, which fetches it
// from a host our build machines cannot reach. This mirrors the package's own lookup
// (node_modules/electron/index.js) and only reads files.
import path from 'node:path';

/**
 * @param {{ electronDir: string, env: Record<string, string | undefined>, fs: { existsSync(p: string): boolean, readFileSync(p: string, enc: 'utf8'): string } }} options
 * @returns {{ found: true, binary: string } | { found: false, reason: string }}
 */
export function findElectronBinary({ electronDir, env, fs }) {
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, executable || 'electron');
    if (fs.existsSync(binary)) return { found: true, binary };
    return { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${binary} does not exist` };
  }
  if (!executable) return { found: false, reason: `${pathFile} is missing (the Electron binary was never installed)` };
  const binary = path.join(electronDir, 'dist', executable);
  if (fs.existsSync(binary)) return { found: true, binary };
  return { found: false, reason: `${binary} does not exist` };
}

/** The one line printed when KiemTra falls back to web mode. */
export const WEB_MODE_NOTICE =
  'KiemTra: máy này không có Electron nên ứng dụng chạy ở chế độ web / the Electron runtime is not available here, so KiemTra starts in web mode.';
