import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { afterAll, describe, expect, it } from 'vitest';
import { distDirCheck, loadBuilderConfig, missingBuildOutputs } from '../../scripts/lib/packaging.mjs';

const root = path.resolve('.');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-dist-dir-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe('the installer build packs everything the desktop app needs (npm run dist:dir)', () => {
  it('packs main, preload, renderer, resources and the unpacked better-sqlite3 into a linux app folder', async () => {
    // `npm test` builds first; a bare `vitest run` without a build must fail, not pass silently.
    const missing = missingBuildOutputs(root);
    expect(missing, `dist/ is incomplete (${missing.join(', ')}): run npm run build before this test`).toEqual([]);

    const { appOutDir, problems } = await distDirCheck({ root, workDir });
    expect(problems).toEqual([]);
    expect(appOutDir).not.toBeNull();
    const entries = listPackage(path.join(appOutDir!, 'resources', 'app.asar'), { isPack: false });
    expect(entries.some((e) => e.startsWith('/dist/renderer/assets/'))).toBe(true);
  }, 240_000);

  it('associates .kiemtra bundles with the app, and builds a per-user NSIS installer in Vietnamese and English', async () => {
    const config = await loadBuilderConfig(root);
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'kiemtra', mimeType: 'application/x-kiemtra-bundle' })]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, createDesktopShortcut: true, installerLanguages: ['vi_VN', 'en_US'] });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
  });
});
