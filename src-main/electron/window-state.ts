import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 960, height: 600 } as const;

/** What is remembered between runs. Anything else in the file (or a broken file) is ignored. */
export const WindowState = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(MIN_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_SIZE.height).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window must lie on a display for the saved position to be used. */
const MIN_VISIBLE = { width: 200, height: 100 } as const;

export interface RestoredWindow {
  /** Position and size; without x/y the window is centred on the primary display. */
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
}

/**
 * Where to put the window this time. The saved position is used only when a good part of the
 * window lies on a display that is connected now (a laptop undocked from its second screen must
 * not open the window off-screen); otherwise the saved size is kept, shrunk to fit the largest
 * display, and the window is centred.
 */
export function restoreWindow(saved: WindowState | null, workAreas: readonly Rect[]): RestoredWindow {
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const visible = workAreas.some((area) => {
    const overlap = intersect(saved, area);
    return overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height;
  });
  if (visible) return { bounds: { x: saved.x, y: saved.y, width: saved.width, height: saved.height }, maximized: saved.maximized };
  const largest = [...workAreas].sort((a, b) => b.width * b.height - a.width * a.height)[0];
  const width = largest ? Math.max(MIN_SIZE.width, Math.min(saved.width, largest.width)) : saved.width;
  const height = largest ? Math.max(MIN_SIZE.height, Math.min(saved.height, largest.height)) : saved.height;
  return { bounds: { width, height }, maximized: saved.maximized };
}

function intersect(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Reads the saved state; a missing, unreadable or invalid file means "no saved state". */
export function readWindowState(file: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`KiemTra: ignoring unreadable window state ${file}:`, err);
    return null;
  }
  const parsed = WindowState.safeParse(raw);
  if (!parsed.success) {
    console.warn(`KiemTra: ignoring invalid window state ${file}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    return null;
  }
  return parsed.data;
}

/** Writes through a temp file and a rename, so a crash never leaves half a file behind. */
export function writeWindowState(file: string, state: WindowState): void {
  const checked = WindowState.parse(state);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(checked, null, 2));
  fs.renameSync(temp, file);
}

/** The state of a window as it is now: its normal (un-maximized) bounds, so un-maximizing restores them. */
export function captureWindowState(window: { getNormalBounds(): Rect; isMaximized(): boolean }): WindowState {
  const b = window.getNormalBounds();
  return {
    x: Math.round(b.x),
    y: Math.round(b.y),
    width: Math.max(MIN_SIZE.width, Math.round(b.width)),
    height: Math.max(MIN_SIZE.height, Math.round(b.height)),
    maximized: window.isMaximized(),
  };
}
