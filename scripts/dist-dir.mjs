// `npm run dist:dir`: packs the built app with electron-builder against a stand-in Electron and
// checks app.asar (see scripts/lib/packaging.mjs). Exits non-zero, saying what is missing, when
// the package would not run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDirCheck } from './lib/packaging.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Kept after the run for a look; emptied at the start of the next one (release/ is git-ignored).
const workDir = path.join(root, 'release', 'dir-check');
fs.rmSync(workDir, { recursive: true, force: true });
fs.mkdirSync(workDir, { recursive: true });

try {
  const { appOutDir, problems } = await distDirCheck({ root, workDir });
  if (problems.length > 0) {
    console.error(`dist:dir: the package is not right (${appOutDir ?? 'not built'}):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`dist:dir: OK — ${appOutDir} holds the main process, preload, renderer, resources and the unpacked better-sqlite3 addon.`);
} catch (err) {
  console.error('dist:dir: electron-builder failed:', err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
}
