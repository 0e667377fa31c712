import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [process.env.KIEMTRA_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** Debian's Chromium, never a downloaded browser. Missing → a failing test that says how to install it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
  if (!executablePath) {
    throw new Error(
      `End-to-end tests need Debian's Chromium and none was found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). ` +
        'Install it with: apt-get update && apt-get install -y chromium   (or set KIEMTRA_CHROMIUM to its path).',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      '--disable-quic',
    ],
  });
}

export interface RunningServer {
  /**
   * A URL a browser opens directly: each read hands out another of the server's one-time launch
   * links (the first GET of each trades its code for the session cookie), so every new page or
   * context of a test can open the app. `server.url + '#/facilities'` works as before.
   */
  readonly url: string;
  /** The server's own address, `http://127.0.0.1:<port>` (what Host and Origin must be). */
  origin: string;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** One-time launch links the test server prints (one per page or context a test file opens). */
const LAUNCH_CODES = 100;

/**
 * Starts the real built CLI (`kiemtra serve`) on a free port and a temporary data folder. The
 * inspector's profile is made first with `kiemtra profile create` (the app otherwise opens on its
 * first-run screen); pass `{ profile: false }` to start at that screen.
 */
export async function startServer(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-e2e-')), opts: { profile?: boolean } = {}): Promise<RunningServer> {
  const bin = path.resolve('bin/kiemtra.cjs');
  if (!fs.existsSync(path.resolve('dist/cli/kiemtra.cjs')) || !fs.existsSync(path.resolve('dist/renderer/index.html'))) {
    throw new Error('The app is not built: run `npm run build` first (`npm test` does it).');
  }
  if (opts.profile !== false && !fs.existsSync(path.join(dataDir, 'device-key.json'))) {
    const made = spawnSync(process.execPath, [bin, 'profile', 'create', '--name', 'Nguyễn Văn An', '--position', 'Chuyên viên', '--data-dir', dataDir], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`kiemtra profile create failed:\n${made.stdout}${made.stderr}`);
  }
  const args = [bin, 'serve', '--port', '0', '--launch-codes', String(LAUNCH_CODES), '--data-dir', dataDir];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const links = await new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kiemtra serve did not start:\n${out}`)), 30_000);
    const check = () => {
      const found = [...out.matchAll(/KiemTra web: (http:\/\/127\.0\.0\.1:\d+\/\?launch=[0-9a-f]{64})\n/g)].map((m) => m[1]!);
      if (found.length === LAUNCH_CODES) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kiemtra serve exited with ${code}:\n${out}`));
    });
  });
  let next = 0;
  return {
    get url() {
      if (next >= links.length) throw new Error(`this test file opened more than ${LAUNCH_CODES} pages on one server`);
      return links[next++]!;
    },
    origin: new URL(links[0]!).origin,
    dataDir,
    process: child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

/** What a caller outside a browser needs for the API: the session cookie from a launch link, and the Origin. */
export async function apiSession(server: RunningServer): Promise<{ origin: string; cookie: string }> {
  const res = await fetch(server.url, { redirect: 'manual' });
  const cookie = /^(kiemtra_session=[0-9a-f]{64})/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (res.status !== 303 || !cookie) throw new Error(`the launch link did not give a session (HTTP ${res.status})`);
  return { origin: server.origin, cookie };
}

/** Calls one API operation the way the renderer does, from outside a browser. */
export async function callApi(server: RunningServer, session: { origin: string; cookie: string }, name: string, input: unknown): Promise<Response> {
  return fetch(`${server.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: session.origin, Cookie: session.cookie },
    body: JSON.stringify(input),
  });
}

export function screenshotPath(name: string): string {
  const dir = path.resolve('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
