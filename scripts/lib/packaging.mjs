// Packs the app with electron-builder's `dir` target against a stand-in Electron folder and checks
// what ended up in app.asar (DESIGN.md §7). The real Electron binary cannot be fetched on our build
// machines; electron-builder only copies the Electron folder, so any folder laid out like an
// unpacked Electron for linux-x64 lets it do everything else for real: file filters, asar,
// asarUnpack, renaming the executable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/** What `npm run build` must have produced before packaging makes sense. */
export const BUILT_FILES = ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html', 'dist/cli/kiemtra.cjs'];

export const REQUIRED_IN_ASAR = [
  'package.json',
  'dist/main/main.cjs',
  'dist/preload/preload.cjs',
  'dist/renderer/index.html',
  'resources/admin-units/provinces.json',
  'node_modules/better-sqlite3/lib/index.js',
  'node_modules/bindings/bindings.js',
];

export const REQUIRED_UNPACKED = ['node_modules/better-sqlite3/build/Release/better_sqlite3.node'];

/**
 * The fuses electron.config.ts sets (electronFuses), read back from the packed executable: no
 * ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect, the asar checked against the hash built
 * into the executable, the app loaded only from app.asar, no extra file:// privileges.
 */
export const EXPECTED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

/**
 * The fuse wire of Electron 45 as it ships (the sentinel, version 1, nine fuses): RunAsNode on,
 * cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, only-from-asar off,
 * browser V8 snapshot off, file:// privileges on, WASM trap handlers on.
 */
const STAND_IN_FUSE_WIRE = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.from('101100011')]);

/** Node modules allowed in the package: everything else is bundled into dist/ already. */
export const SHIPPED_MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path'];

/** Things that must never ship: sources, tests, the addon's C sources and build leftovers. */
const NEVER_SHIPPED = [
  /^src-(main|shared|renderer)\//,
  /^tests\//,
  /^bench\//,
  /^docs\//,
  /^build\//,
  /^release\//,
  /\.map$/,
  /^node_modules\/better-sqlite3\/(deps|src)\//,
  /^node_modules\/better-sqlite3\/build\/(?!Release\/better_sqlite3\.node$)/,
];

/** Files of dist/ that `npm run build` should have made; a non-empty list means "build first". */
export function missingBuildOutputs(root) {
  return BUILT_FILES.filter((file) => !fs.existsSync(path.join(root, file)));
}

/**
 * A folder laid out like electron-v<version>-linux-x64.zip unpacked: the `electron` executable
 * (here a shell script that says it is a stand-in), resources/, locales/, and the licence files
 * electron-builder moves around.
 */
export function makeStandInElectron(dir, electronVersion) {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const exe = path.join(dir, 'electron');
  // The fuse wire sits after `exit`, where the shell never reads, as it sits in the real binary.
  fs.writeFileSync(exe, Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron used by scripts/dist-dir.mjs: not runnable" >&2\nexit 1\n# '), STAND_IN_FUSE_WIRE, Buffer.from('\n')]));
  fs.chmodSync(exe, 0o755);
  fs.writeFileSync(path.join(dir, 'version'), electronVersion);
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron LICENSE file.\n');
  fs.writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
  fs.writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  fs.writeFileSync(path.join(dir, 'locales', 'vi.pak'), '');
  return dir;
}

/** Loads electron.config.ts (TypeScript) the way electron-builder's CLI would, through tsx. */
export async function loadBuilderConfig(root) {
  const { tsImport } = await import('tsx/esm/api');
  const mod = await tsImport(path.join(root, 'electron.config.ts'), import.meta.url);
  const config = mod.default?.default ?? mod.default;
  if (!config || typeof config !== 'object') throw new Error(`electron.config.ts has no default export (got ${typeof config})`);
  return config;
}

/**
 * Runs electron-builder's `dir` target for linux-x64 into `outDir` and returns the unpacked app
 * folder. No native rebuild: better-sqlite3 stays built for this Node, which is enough to check
 * the layout (a release machine rebuilds it for Electron, see docs/release.md).
 */
export async function packLinuxDir({ root, outDir, electronDist }) {
  const { build, Platform, Arch } = await import('electron-builder');
  const config = await loadBuilderConfig(root);
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist,
      npmRebuild: false,
      nodeGypRebuild: false,
      directories: { ...config.directories, output: outDir },
    },
  });
  return path.join(outDir, 'linux-unpacked');
}

/** The fuses of a packed executable that differ from EXPECTED_FUSES, as problems. */
export async function checkFuses(exe) {
  let wire;
  try {
    wire = await getCurrentFuseWire(exe);
  } catch (err) {
    return [`cannot read the fuses of ${exe}: ${err instanceof Error ? err.message : err}`];
  }
  const problems = [];
  for (const [name, wanted] of Object.entries(EXPECTED_FUSES)) {
    const state = wire[FuseV1Options[name]];
    const want = wanted ? FuseState.ENABLE : FuseState.DISABLE;
    if (state !== want) problems.push(`fuse ${name} is ${state === FuseState.ENABLE ? 'on' : state === FuseState.DISABLE ? 'off' : String(state)}, must be ${wanted ? 'on' : 'off'}`);
  }
  return problems;
}

/** Checks an unpacked linux app folder; returns the problems found (empty when all is well). */
export async function checkPackagedApp(appOutDir, executableName = 'kiemtra') {
  const problems = [];
  const exe = path.join(appOutDir, executableName);
  if (!fs.existsSync(exe)) problems.push(`the executable ${exe} is missing`);
  else problems.push(...(await checkFuses(exe)));
  const asarFile = path.join(appOutDir, 'resources', 'app.asar');
  if (!fs.existsSync(asarFile)) {
    problems.push(`${asarFile} is missing`);
    return problems;
  }
  const entries = new Set(listPackage(asarFile, { isPack: false }).map((p) => p.replace(/\\/g, '/').replace(/^\//, '')));
  for (const file of REQUIRED_IN_ASAR) {
    if (!entries.has(file)) problems.push(`app.asar lacks ${file}`);
  }
  for (const entry of filesOnly(entries)) {
    if (NEVER_SHIPPED.some((re) => re.test(entry))) problems.push(`app.asar holds ${entry}, which must not ship`);
    const module = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry)?.[1];
    if (module && !SHIPPED_MODULES.includes(module)) problems.push(`app.asar holds node_modules/${module}, which is already bundled into dist/`);
  }
  for (const file of REQUIRED_UNPACKED) {
    if (!fs.existsSync(path.join(appOutDir, 'resources', 'app.asar.unpacked', file))) problems.push(`app.asar.unpacked lacks ${file}`);
  }
  return problems;
}

/** The listing holds folders too; a folder is any entry that is the parent of another. */
function filesOnly(entries) {
  const folders = new Set();
  for (const entry of entries) {
    for (let i = entry.indexOf('/'); i !== -1; i = entry.indexOf('/', i + 1)) folders.add(entry.slice(0, i));
  }
  return [...entries].filter((entry) => !folders.has(entry));
}

/** The whole check: stand-in Electron, pack, inspect. Returns the app folder and the problems. */
export async function distDirCheck({ root, workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiemtra-dist-')) }) {
  const missing = missingBuildOutputs(root);
  if (missing.length > 0) {
    return { appOutDir: null, problems: [`dist/ is incomplete (${missing.join(', ')} missing): run npm run build first`] };
  }
  const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const electronDist = makeStandInElectron(path.join(workDir, 'electron-dist'), electronVersion);
  const appOutDir = await packLinuxDir({ root, outDir: path.join(workDir, 'release'), electronDist });
  return { appOutDir, problems: await checkPackagedApp(appOutDir) };
}
