import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, readWindowState, restoreWindow, writeWindowState, WINDOW_STATE_FILE } from '../../../src-main/electron/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 2560, height: 1400 };

function stateFile() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-ws-')), WINDOW_STATE_FILE);
}

describe('the window comes back where the inspector left it, but never off-screen', () => {
  it('opens at the default size the first time', () => {
    expect(restoreWindow(null, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('restores the position on a display that is still connected', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 1000, maximized: false };
    expect(restoreWindow(saved, [laptop, monitor])).toEqual({ bounds: { x: 1500, y: 100, width: 1600, height: 1000 }, maximized: false });
  });

  it('centres the window, shrunk to fit, when its display is gone (laptop undocked)', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoreWindow(saved, [laptop])).toEqual({ bounds: { width: 1366, height: 728 }, maximized: true });
  });

  it('does not trust a window that only touches the display by a few pixels', () => {
    const saved = { x: laptop.width - 20, y: 0, width: 1200, height: 800, maximized: false };
    expect(restoreWindow(saved, [laptop]).bounds).not.toHaveProperty('x');
  });

  it('ignores a missing, broken or tampered state file', () => {
    const file = stateFile();
    expect(readWindowState(file)).toBeNull();
    fs.writeFileSync(file, '{ not json');
    expect(readWindowState(file)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ x: 0, y: 0, width: 10, height: 10, maximized: false }));
    expect(readWindowState(file)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ x: '0', y: 0, width: 1200, height: 800, maximized: false }));
    expect(readWindowState(file)).toBeNull();
  });

  it('writes a state that reads back the same, and refuses to write nonsense', () => {
    const file = stateFile();
    writeWindowState(file, { x: -1200, y: 20, width: 1200, height: 800, maximized: false });
    expect(readWindowState(file)).toEqual({ x: -1200, y: 20, width: 1200, height: 800, maximized: false });
    expect(() => writeWindowState(file, { x: 0, y: 0, width: Number.NaN, height: 800, maximized: false })).toThrow();
    expect(readWindowState(file)?.width).toBe(1200);
  });
});
