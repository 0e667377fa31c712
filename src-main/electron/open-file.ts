import path from 'node:path';
import { APP_ENTRY_URL } from './origin';

/** Sync bundles (core/sync) end in .kiemtra; electron.config.ts associates the extension with the app. */
export const BUNDLE_EXTENSION = '.kiemtra';

/** Options of ours and Chromium's that take a value as the next argument. */
const OPTIONS_WITH_VALUE = new Set(['--data-dir']);

export function isBundlePath(file: string): boolean {
  return file.toLowerCase().endsWith(BUNDLE_EXTENSION) && path.basename(file).length > BUNDLE_EXTENSION.length;
}

/**
 * The bundle on a command line, as Windows and Linux start the app for a double-clicked file
 * (`KiemTra.exe C:\…\file.kiemtra`) and as a second start hands its argv to the first: the last
 * argument that is not an option (nor an option's value) and ends in .kiemtra, resolved against
 * the folder that start ran in. Null when there is none.
 */
export function bundleFromArgv(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg.startsWith('-')) {
      if (OPTIONS_WITH_VALUE.has(arg)) i++;
      continue;
    }
    if (isBundlePath(arg)) found = path.resolve(cwd, arg);
  }
  return found;
}

/** The import screen, told that an opened bundle waits (the count makes every opening a new route). */
export function importRoute(count: number): string {
  return `${APP_ENTRY_URL}#/sync?opened=${count}`;
}

export interface OpenedFileSink {
  put(file: string): void;
}

/**
 * Routes files the system opens the app with to the import screen. Whatever the way in —
 * argv at first start, macOS 'open-file' (which can come before the app is ready), a second
 * start's argv — the file goes to the core's inbox, and the window is sent to the import screen
 * as soon as it exists (at once when it is already showing).
 */
export class OpenFileRouter {
  private count = 0;
  private navigate: ((url: string) => void) | null = null;

  constructor(private readonly inbox: OpenedFileSink) {}

  /** A file to open. Returns true when it is a bundle (and so was taken). */
  open(file: string): boolean {
    if (!isBundlePath(file)) return false;
    this.inbox.put(file);
    this.count++;
    this.navigate?.(importRoute(this.count));
    return true;
  }

  /** First start or second-instance: the bundle on that command line, if any. */
  openFromArgv(argv: readonly string[], cwd: string): boolean {
    const file = bundleFromArgv(argv, cwd);
    return file !== null && this.open(file);
  }

  /** macOS 'open-file': the event is ours to handle (else macOS reports a failure to open). */
  openFromEvent(event: { preventDefault(): void }, file: string): boolean {
    event.preventDefault();
    return this.open(file);
  }

  /** The URL the main window opens first: the import screen when a bundle already waits. */
  firstUrl(): string {
    return this.count > 0 ? importRoute(this.count) : APP_ENTRY_URL;
  }

  /** The window is there: later files navigate it at once. */
  attach(navigate: (url: string) => void): void {
    this.navigate = navigate;
  }

  detach(): void {
    this.navigate = null;
  }
}
