import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { checkPackagedApp, EXPECTED_FUSES, makeStandInElectron, REQUIRED_IN_ASAR } from '../../../scripts/lib/packaging.mjs';

/** The stand-in executable with its fuses as Electron ships them, or flipped as electron.config.ts asks. */
async function standInExe(to: string, flipped: boolean) {
  const dir = makeStandInElectron(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-fuse-')), '45.5.0');
  fs.copyFileSync(path.join(dir, 'electron'), to);
  if (!flipped) return;
  const config: Record<number, boolean> = {};
  for (const [name, on] of Object.entries(EXPECTED_FUSES)) config[FuseV1Options[name as keyof typeof FuseV1Options]] = on;
  await flipFuses(to, { version: FuseVersion.V1, ...config });
}

/** Builds a linux-unpacked-like folder whose app.asar holds `files`. */
async function packedApp(files: string[], unpacked = ['node_modules/better-sqlite3/build/Release/better_sqlite3.node'], fusesFlipped = true) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-pack-'));
  const appDir = path.join(work, 'app');
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    fs.writeFileSync(path.join(appDir, file), 'x');
  }
  const out = path.join(work, 'linux-unpacked');
  fs.mkdirSync(path.join(out, 'resources'), { recursive: true });
  await standInExe(path.join(out, 'kiemtra'), fusesFlipped);
  await createPackage(appDir, path.join(out, 'resources', 'app.asar'));
  for (const file of unpacked) {
    const target = path.join(out, 'resources', 'app.asar.unpacked', file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'x');
  }
  return out;
}

describe('the packaging check says exactly what a broken package lacks', () => {
  it('passes a package that holds the app, its resources and the unpacked addon', async () => {
    expect(await checkPackagedApp(await packedApp([...REQUIRED_IN_ASAR]))).toEqual([]);
  });

  it('names a missing preload, a missing native addon and a missing executable', async () => {
    const out = await packedApp(REQUIRED_IN_ASAR.filter((f) => f !== 'dist/preload/preload.cjs'), []);
    fs.rmSync(path.join(out, 'kiemtra'));
    expect(await checkPackagedApp(out)).toEqual([
      `the executable ${path.join(out, 'kiemtra')} is missing`,
      'app.asar lacks dist/preload/preload.cjs',
      'app.asar.unpacked lacks node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    ]);
  });

  it('flags sources, the addon\'s C sources and modules that are already bundled', async () => {
    const out = await packedApp([...REQUIRED_IN_ASAR, 'src-main/core/core.ts', 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c', 'node_modules/react/index.js', 'dist/main/main.cjs.map']);
    expect(await checkPackagedApp(out)).toEqual(expect.arrayContaining([
      'app.asar holds src-main/core/core.ts, which must not ship',
      'app.asar holds node_modules/better-sqlite3/deps/sqlite3/sqlite3.c, which must not ship',
      'app.asar holds node_modules/react, which is already bundled into dist/',
      'app.asar holds dist/main/main.cjs.map, which must not ship',
    ]));
  });

  it('reads the fuses back from the executable and names each one left as Electron ships it', async () => {
    const out = await packedApp([...REQUIRED_IN_ASAR], undefined, false);
    expect(await checkPackagedApp(out)).toEqual([
      'fuse RunAsNode is on, must be off',
      'fuse EnableCookieEncryption is off, must be on',
      'fuse EnableNodeOptionsEnvironmentVariable is on, must be off',
      'fuse EnableNodeCliInspectArguments is on, must be off',
      'fuse EnableEmbeddedAsarIntegrityValidation is off, must be on',
      'fuse OnlyLoadAppFromAsar is off, must be on',
      'fuse GrantFileProtocolExtraPrivileges is on, must be off',
    ]);
    fs.writeFileSync(path.join(out, 'kiemtra'), '#!/bin/sh\n');
    expect((await checkPackagedApp(out))[0]).toMatch(/^cannot read the fuses of .*kiemtra: Could not find sentinel/);
  });

  it('lays out a stand-in Electron with an executable electron', () => {
    const dir = makeStandInElectron(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-ed-')), 'electron-dist'), '45.5.0');
    expect(fs.statSync(path.join(dir, 'electron')).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(path.join(dir, 'version'), 'utf8')).toBe('45.5.0');
    expect(fs.statSync(path.join(dir, 'resources')).isDirectory()).toBe(true);
  });
});
