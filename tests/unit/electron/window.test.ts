import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../src-main/electron/origin';
import { mainWindowOptions, openMainWindow } from '../../../src-main/electron/window';
import { readWindowState, restoreWindow, WINDOW_STATE_FILE } from '../../../src-main/electron/window-state';

type WindowClass = Parameters<typeof openMainWindow>[0];
type Options = ReturnType<typeof mainWindowOptions>;

/** A BrowserWindow that records what the shell does with it. */
function fakeWindowClass(bounds = { x: 40, y: 30, width: 1366, height: 900 }, maximized = false) {
  const made: FakeWindow[] = [];
  class FakeWindow {
    readonly listeners = new Map<string, () => void>();
    loaded: string | null = null;
    maximizeCalls = 0;
    shown = false;
    constructor(readonly options: Options) {
      made.push(this);
    }
    on(name: string, listener: () => void) { this.listeners.set(name, listener); return this; }
    once(name: string, listener: () => void) { return this.on(name, listener); }
    maximize() { this.maximizeCalls++; }
    show() { this.shown = true; }
    isMaximized() { return maximized; }
    getNormalBounds() { return bounds; }
    loadURL(url: string) { this.loaded = url; return url === APP_ENTRY_URL ? Promise.resolve() : Promise.reject(new Error('bad url')); }
  }
  return { WindowClass: FakeWindow as unknown as WindowClass, made };
}

const restored = { bounds: { width: 1280, height: 800 }, maximized: false };

describe('the main window is locked down and remembers where it was', () => {
  it('gives the page no Node, a sandbox, context isolation, web security and the preload', () => {
    const options = mainWindowOptions({ preloadPath: '/app/dist/preload/preload.cjs', restored, isPackaged: true });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(options.show).toBe(false);
  });

  it('has developer tools only in a development run', () => {
    expect(mainWindowOptions({ preloadPath: 'p', restored, isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('opens the app page, shows when ready, and saves its bounds on close for the next start', () => {
    const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-win-')), WINDOW_STATE_FILE);
    const { WindowClass, made } = fakeWindowClass({ x: 40, y: 30, width: 1366, height: 900 }, true);
    const failures: unknown[] = [];
    openMainWindow(WindowClass, { preloadPath: 'p', restored: { bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: true }, isPackaged: true, stateFile, onLoadFailed: (e) => failures.push(e) });

    const window = made[0]!;
    expect(window.loaded).toBe(APP_ENTRY_URL);
    expect(window.options).toMatchObject({ x: 0, y: 0, width: 1000, height: 700 });
    expect(window.maximizeCalls).toBe(1);
    window.listeners.get('ready-to-show')!();
    expect(window.shown).toBe(true);

    window.listeners.get('close')!();
    const saved = readWindowState(stateFile);
    expect(saved).toEqual({ x: 40, y: 30, width: 1366, height: 900, maximized: true });
    expect(restoreWindow(saved, [{ x: 0, y: 0, width: 1920, height: 1040 }])).toEqual({ bounds: { x: 40, y: 30, width: 1366, height: 900 }, maximized: true });
    expect(failures).toEqual([]);
  });

  it('still closes when the state cannot be saved', () => {
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-win-')), 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const { WindowClass, made } = fakeWindowClass();
    openMainWindow(WindowClass, { preloadPath: 'p', restored, isPackaged: true, stateFile: path.join(blocker, WINDOW_STATE_FILE), onLoadFailed: () => {} });
    expect(() => made[0]!.listeners.get('close')!()).not.toThrow();
  });
});
