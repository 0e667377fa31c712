import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { operationNames } from '../../src-shared/api/contract';
import type { Result } from '../../src-shared/api/errors';

// The built main process (dist/main/main.cjs) run under Node with a stand-in for the `electron`
// module — the one thing that cannot exist here. Everything else is real: the bundle, the core,
// the data file, dist/renderer and dist/preload.
const root = path.resolve('.');
const mainBundle = path.join(root, 'dist', 'main', 'main.cjs');
const requireCjs = createRequire(import.meta.url);
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const originalLoad = moduleWithLoad._load;

type Listener = (...args: unknown[]) => unknown;

function fakeElectron(userData: string) {
  const record = {
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    ipc: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; loaded: string | null }[],
    errorBoxes: [] as { title: string; content: string }[],
    exitCodes: [] as number[],
    permissionHandlerSet: false,
    appListeners: new Map<string, Listener>(),
    menus: [] as { label?: string; submenu?: { label?: string }[] }[][],
    openedPaths: [] as string[],
  };
  class BrowserWindow {
    loaded: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      record.windows.push(this);
    }
    on() { return this; }
    once() { return this; }
    maximize() {}
    loadURL(url: string) { this.loaded = url; return Promise.resolve(); }
    isMinimized() { return false; }
    restore() {}
    show() {}
    focus() {}
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: Listener) => void record.appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => (name === 'userData' ? userData : os.tmpdir()),
      getAppPath: () => root,
      getVersion: () => '0.1.0',
      isPackaged: false,
      quit: () => undefined,
      exit: (code: number) => void record.exitCodes.push(code),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void record.schemes.push(...schemes),
      handle: (scheme: string, handler: (req: Request) => Promise<Response>) => void record.protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: (channel: string, listener: Listener) => void record.ipc.set(channel, listener) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void (record.permissionHandlerSet = true),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
      },
    },
    shell: { openExternal: () => Promise.resolve(), openPath: (p: string) => (record.openedPaths.push(p), Promise.resolve('')) },
    // A stand-in keychain: reversible, and visibly not the plain PEM.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(`fake-keychain:${Buffer.from(s).toString('hex')}`),
      decryptString: (b: Buffer) => Buffer.from(b.toString().slice('fake-keychain:'.length), 'hex').toString(),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: (typeof record.menus)[number]) => void record.menus.push(m) },
    dialog: { showErrorBox: (title: string, content: string) => void record.errorBoxes.push({ title, content }), showMessageBox: () => Promise.resolve({}) },
    BrowserWindow,
  };
  return { electron, record };
}

/** Loads the built main process with the stand-in and lets its whenReady() handler run. */
async function startMain(userData: string) {
  expect(fs.existsSync(mainBundle), `${mainBundle} is missing: run npm run build before this test`).toBe(true);
  const { electron, record } = fakeElectron(userData);
  moduleWithLoad._load = function (request, parent, isMain) {
    if (request === 'electron') return electron;
    return originalLoad.call(this, request, parent, isMain);
  };
  delete requireCjs.cache[mainBundle];
  requireCjs(mainBundle);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return record;
}

const savedDataDirEnv = process.env.KIEMTRA_DATA_DIR;
const savedArgv = [...process.argv];
afterEach(() => {
  process.argv.splice(0, process.argv.length, ...savedArgv);
  moduleWithLoad._load = originalLoad;
  if (savedDataDirEnv === undefined) delete process.env.KIEMTRA_DATA_DIR;
  else process.env.KIEMTRA_DATA_DIR = savedDataDirEnv;
});

describe('the built desktop main process wires the core, the page and the guards together', () => {
  it('opens the data file in userData, serves the page, answers IPC and opens a locked-down window', async () => {
    delete process.env.KIEMTRA_DATA_DIR;
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-main-'));
    const record = await startMain(userData);

    expect(record.errorBoxes).toEqual([]);
    expect(record.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(record.permissionHandlerSet).toBe(true);
    expect([...record.ipc.keys()].sort()).toEqual(operationNames.map((n) => `kiemtra:${n}`).sort());

    const info = (await record.ipc.get('kiemtra:app.info')!({ senderFrame: { url: 'app://kiemtra/index.html' } }, {})) as Result<{ dataFile: string; transport: string }>;
    expect(info.ok && info.value).toMatchObject({ dataFile: path.join(userData, 'kiemtra.sqlite'), transport: 'electron' });

    const page = await record.protocolHandlers.get('app')!(new Request('app://kiemtra/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");

    const window = record.windows[0]!;
    expect(window.loaded).toBe('app://kiemtra/index.html');
    const prefs = window.options.webPreferences as { preload: string; sandbox: boolean; contextIsolation: boolean };
    expect(fs.existsSync(prefs.preload)).toBe(true);
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true });

    const list = (await record.ipc.get('kiemtra:facilities.list')!({ senderFrame: { url: 'app://kiemtra/index.html' } }, {})) as Result<unknown>;
    expect(list.ok).toBe(true);

    // The first-run profile's key is encrypted with the shell's safeStorage, never stored as plain PEM.
    const profile = (await record.ipc.get('kiemtra:profile.create')!({ senderFrame: { url: 'app://kiemtra/index.html' } }, { fullName: 'Nguyễn Văn An' })) as Result<{ keyProtection: string }>;
    expect(profile.ok && profile.value.keyProtection).toBe('safe_storage');
    const keyFile = fs.readFileSync(path.join(userData, 'device-key.json'), 'utf8');
    expect(keyFile).not.toContain('PRIVATE KEY');
    expect(Buffer.from(JSON.parse(keyFile).privateKey, 'base64').toString()).toMatch(/^fake-keychain:/);

    // Quitting closes the core: the data file is released and further calls get an error.
    record.appListeners.get('will-quit')!();
    const after = (await record.ipc.get('kiemtra:facilities.list')!({ senderFrame: { url: 'app://kiemtra/index.html' } }, {})) as Result<unknown>;
    expect(after.ok).toBe(false);
  });

  it('refuses a data file that is not a database with a bilingual dialog and exits without touching it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-main-bad-'));
    const file = path.join(dataDir, 'kiemtra.sqlite');
    const garbage = Buffer.from('not a database '.repeat(40));
    fs.writeFileSync(file, garbage);
    process.env.KIEMTRA_DATA_DIR = dataDir;
    const record = await startMain(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-main-ud-')));

    expect(record.errorBoxes).toHaveLength(1);
    expect(record.errorBoxes[0]!.title).toContain('Không mở được tệp dữ liệu');
    expect(record.errorBoxes[0]!.content).toContain('is not a readable KiemTra database');
    expect(record.exitCodes).toEqual([1]);
    expect(record.windows).toEqual([]);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it('a double-clicked .kiemtra opens on the import screen; a second start or macOS open-file goes there too; menu and log follow', async () => {
    delete process.env.KIEMTRA_DATA_DIR;
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-main-open-'));
    const first = path.join(userData, 'tu-tram-moc-chau.kiemtra');
    fs.writeFileSync(first, 'bundle bytes 1');
    process.argv.push(first);
    const record = await startMain(userData);
    const app = 'app://kiemtra/index.html';
    const call = async (name: string, input: unknown = {}) => (await record.ipc.get(`kiemtra:${name}`)!({ senderFrame: { url: app } }, input)) as Result<unknown>;

    expect(record.errorBoxes).toEqual([]);
    const window = record.windows[0]!;
    expect(window.loaded).toBe(`${app}#/sync?opened=1`);
    expect(await call('app.openedFile')).toEqual({ ok: true, value: { fileName: 'tu-tram-moc-chau.kiemtra', dataBase64: Buffer.from('bundle bytes 1').toString('base64') } });

    // The app is running: a second start with another bundle, then macOS's open-file.
    const second = path.join(userData, 'b.kiemtra');
    fs.writeFileSync(second, 'bundle bytes 2');
    record.appListeners.get('second-instance')!({}, ['KiemTra.exe', 'b.kiemtra'], userData);
    expect(window.loaded).toBe(`${app}#/sync?opened=2`);
    expect(await call('app.openedFile')).toMatchObject({ ok: true, value: { fileName: 'b.kiemtra' } });
    let prevented = false;
    record.appListeners.get('open-file')!({ preventDefault: () => (prevented = true) }, second);
    expect(prevented).toBe(true);
    expect(window.loaded).toBe(`${app}#/sync?opened=3`);

    // The native menu speaks Vietnamese, and English as soon as the UI is switched.
    expect(record.menus.at(-1)!.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect((await call('settings.set', { key: 'ui.language', value: 'en' })).ok).toBe(true);
    expect(record.menus.at(-1)!.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);

    // "Open the logs folder" opens userData/logs, where the shell has written its start line.
    expect(await call('app.logs.open')).toEqual({ ok: true, value: { folder: path.join(userData, 'logs'), opened: true } });
    expect(record.openedPaths).toEqual([path.join(userData, 'logs')]);
    expect(fs.readFileSync(path.join(userData, 'logs', 'kiemtra.log'), 'utf8')).toMatch(/\[info\]\s+start version=0\.1\.0/);
    record.appListeners.get('will-quit')!();
  });
});
