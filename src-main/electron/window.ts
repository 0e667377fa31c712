import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { MIN_SIZE, type RestoredWindow, captureWindowState, writeWindowState } from './window-state';

export interface WindowOptionsInput {
  preloadPath: string;
  restored: RestoredWindow;
  /** Developer tools exist only in a development run, never in an installed app. */
  isPackaged: boolean;
}

/**
 * The main window's options (DESIGN.md §9): the page gets no Node, runs in Chromium's sandbox,
 * in its own JavaScript world, with web security on; its only door to the core is the preload.
 */
export function mainWindowOptions({ preloadPath, restored, isPackaged }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...restored.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'KiemTra',
    // Shown once the first paint is ready, so the user never sees a blank white window.
    show: false,
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: !isPackaged,
      spellcheck: false,
    },
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Opens the main window on the app's entry page and remembers its place when it closes. */
export function openMainWindow(
  BrowserWindowClass: WindowConstructor,
  input: WindowOptionsInput & { stateFile: string; onLoadFailed(err: unknown): void; /** Default: the entry page. */ url?: string },
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(input));
  if (input.restored.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeWindowState(input.stateFile, captureWindowState(window));
    } catch (err) {
      // Losing the window position is harmless; say so and let the window close.
      console.error(`KiemTra: could not save the window state to ${input.stateFile}:`, err);
    }
  });
  window.loadURL(input.url ?? APP_ENTRY_URL).catch((err: unknown) => input.onLoadFailed(err));
  return window;
}
