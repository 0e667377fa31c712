// The Electron main process: a thin shell that wires Electron to the core (DESIGN.md §1, §2, §9).
// Every decision lives in the small modules next to this file, which take the Electron pieces as
// arguments and are unit-tested with fakes; this file only connects them.
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell } from 'electron';
import { restoreFromFile } from '../core/backup/restore';
import { openCore, type Core } from '../core/core';
import { dataFileIn } from '../core/paths';
import { registerIpcHandlers } from './ipc';
import { safeStorageProtector } from './key-protector';
import { aboutText, buildMenuTemplate } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { denyAllPermissions, guardAllWebContents } from './security';
import { chooseDataDir, restoreOffer, startupErrorDialog } from './startup';
import { openMainWindow } from './window';
import { WINDOW_STATE_FILE, readWindowState, restoreWindow } from './window-state';

// Privileged schemes must be declared before the app is ready.
registerAppScheme(protocol);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

// One KiemTra per user: two processes writing one data file would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  guardAllWebContents(app, shell);
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
  app.whenReady().then(start, (err: unknown) => fail(err));
}

function start(): void {
  try {
    core = openCore({
      dataDir: chooseDataDir(process.argv, process.env, app.getPath('userData')),
      resourcesDir: path.join(app.getAppPath(), 'resources'),
      transport: 'electron',
      dailyBackups: { onError: (err) => console.error('KiemTra: daily backup failed:', err) },
      // "Khôi phục" staged a backup: it is put in place when the app starts again.
      requestRestart: () => {
        app.relaunch();
        app.quit();
      },
      keyProtector: safeStorageProtector(safeStorage),
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
  registerIpcHandlers(ipcMain, opened);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform, onAbout: () => showAbout(opened.dataFile) }),
    ),
  );

  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  mainWindow = openMainWindow(BrowserWindow, {
    preloadPath: path.join(app.getAppPath(), 'dist', 'preload', 'preload.cjs'),
    restored: restoreWindow(readWindowState(stateFile), workAreas),
    isPackaged: app.isPackaged,
    stateFile,
    onLoadFailed: (err) => fail(err),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
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
  shown.catch((err: unknown) => console.error('KiemTra: could not show the About box:', err));
}

/** Tells the user why KiemTra cannot run, in both languages, and quits. */
function fail(err: unknown): void {
  console.error('KiemTra: start-up failed:', err);
  const { title, content } = startupErrorDialog(err);
  dialog.showErrorBox(title, content);
  core?.close();
  core = null;
  app.exit(1);
}
