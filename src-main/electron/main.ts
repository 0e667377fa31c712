// The Electron main process: a thin shell that wires Electron to the core (DESIGN.md §1, §2, §9).
// Every decision lives in the small modules next to this file, which take the Electron pieces as
// arguments and are unit-tested with fakes; this file only connects them.
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell } from 'electron';
import { restoreFromFile } from '../core/backup/restore';
import { openCore, type Core } from '../core/core';
import { logsFolderOf, openLog, type AppLog } from '../core/maintenance/log';
import { OpenedFiles } from '../core/opened/opened-files';
import { dataFileIn } from '../core/paths';
import { registerIpcHandlers } from './ipc';
import { safeStorageProtector } from './key-protector';
import { aboutText, buildMenuTemplate, menuLanguage } from './menu';
import { OpenFileRouter } from './open-file';
import { registerAppScheme, serveApp } from './protocol';
import { denyAllPermissions, guardAllWebContents } from './security';
import { chooseDataDir, restoreOffer, startupErrorDialog } from './startup';
import { openMainWindow } from './window';
import { WINDOW_STATE_FILE, readWindowState, restoreWindow } from './window-state';

// Privileged schemes must be declared before the app is ready.
registerAppScheme(protocol);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let log: AppLog | null = null;

// A double-clicked .kiemtra bundle opens the import screen (open-file.ts): argv on Windows and
// Linux, 'open-file' on macOS (which may come before 'ready'), a second start's argv.
const openedFiles = new OpenedFiles();
const router = new OpenFileRouter(openedFiles);
app.on('open-file', (event, file) => router.openFromEvent(event, file));

// One KiemTra per user: two processes writing one data file would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  guardAllWebContents(app, shell);
  router.openFromArgv(process.argv, process.cwd());
  app.on('second-instance', (_event, argv, workingDirectory) => {
    router.openFromArgv(argv, workingDirectory);
    focusMainWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
  app.whenReady().then(start, (err: unknown) => fail(err));
}

function start(): void {
  const dataDir = chooseDataDir(process.argv, process.env, app.getPath('userData'));
  try {
    log = openLog(logsFolderOf(dataFileIn(dataDir)));
    log.info('start', { version: app.getVersion(), electron: process.versions.electron ?? '?', platform: process.platform });
  } catch (err) {
    // No log is no reason not to start: the user still sees every error in the app.
    console.error('KiemTra: cannot open the log file:', err);
  }
  try {
    core = openCore({
      dataDir,
      resourcesDir: path.join(app.getAppPath(), 'resources'),
      transport: 'electron',
      dailyBackups: { onError: (err) => logError('daily backup failed', err) },
      // "Khôi phục" staged a backup: it is put in place when the app starts again.
      requestRestart: () => {
        app.relaunch();
        app.quit();
      },
      keyProtector: safeStorageProtector(safeStorage),
      openedFiles,
      openFolder: openFolder,
      ...(log ? { log } : {}),
    });
  } catch (err) {
    // DB_CORRUPT / DB_NEWER_VERSION: the core refused the file without writing to it.
    if (offerRestore(err)) return;
    fail(err);
    return;
  }
  const opened = core;
  denyAllPermissions(session.defaultSession);
  serveApp(protocol, path.join(app.getAppPath(), 'dist', 'renderer'));
  registerIpcHandlers(ipcMain, {
    // The menu follows the UI's language as soon as the user switches it.
    dispatchAsync: async (name, input) => {
      const result = await opened.dispatchAsync(name, input);
      if (name === 'settings.set' && result.ok) setMenu(opened);
      return result;
    },
  });
  setMenu(opened);

  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  mainWindow = openMainWindow(BrowserWindow, {
    preloadPath: path.join(app.getAppPath(), 'dist', 'preload', 'preload.cjs'),
    restored: restoreWindow(readWindowState(stateFile), workAreas),
    isPackaged: app.isPackaged,
    stateFile,
    onLoadFailed: (err) => fail(err),
    url: router.firstUrl(),
  });
  const window = mainWindow;
  router.attach((url) => {
    // Only the hash changes: the page stays (no reload), the router shows the import screen.
    window.loadURL(url).catch((err: unknown) => logError('could not show the import screen', err));
    focusMainWindow();
  });
  mainWindow.on('closed', () => {
    router.detach();
    mainWindow = null;
  });
}

function setMenu(opened: Core): void {
  const language = opened.call('settings.get', { key: 'ui.language' });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isPackaged: app.isPackaged,
        platform: process.platform,
        language: menuLanguage(language.ok ? language.value : null),
        onAbout: () => showAbout(opened.dataFile),
        onOpenLogs: () => void opened.callAsync('app.logs.open', {}).then((r) => r.ok || logError('could not open the logs folder', r.error.code)),
      }),
    ),
  );
}

/** shell.openPath answers with an error message ('' when it worked) instead of rejecting. */
async function openFolder(folder: string): Promise<void> {
  const problem = await shell.openPath(folder);
  if (problem) throw new Error(`cannot open the folder: ${problem}`);
}

function logError(where: string, err: unknown): void {
  if (log) log.error(where, err);
  else console.error(`KiemTra: ${where}:`, err);
}

/** A damaged data file with a good backup: ask, restore it (the damaged file is kept aside) and start again. */
function offerRestore(err: unknown): boolean {
  const offer = restoreOffer(err);
  if (!offer) return false;
  const choice = dialog.showMessageBoxSync({ type: 'error', title: offer.title, message: offer.message, detail: offer.detail, buttons: offer.buttons, defaultId: 0, cancelId: 1 });
  if (choice !== 0) {
    app.exit(1);
    return true;
  }
  try {
    const dataFile = dataFileIn(chooseDataDir(process.argv, process.env, app.getPath('userData')));
    log?.warn('restoring the newest good backup after a damaged data file');
    restoreFromFile(dataFile, offer.backupFile, new Date());
  } catch (restoreErr) {
    fail(restoreErr);
    return true;
  }
  app.relaunch();
  app.exit(0);
  return true;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function showAbout(dataFile: string): void {
  const text = aboutText({ version: app.getVersion(), electron: process.versions.electron ?? '?', dataFile });
  const options = { type: 'info' as const, title: text.title, message: text.message, detail: text.detail, buttons: ['OK'] };
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  shown.catch((err: unknown) => logError('could not show the About box', err));
}

/** Tells the user why KiemTra cannot run, in both languages, and quits. */
function fail(err: unknown): void {
  console.error('KiemTra: start-up failed:', err);
  log?.error('start-up failed', err);
  const { title, content } = startupErrorDialog(err);
  dialog.showErrorBox(title, content);
  core?.close();
  core = null;
  app.exit(1);
}
