import fs from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_CSP } from '../../src-shared/security/csp';
import { APP_HOST, APP_SCHEME } from './origin';

/** One CSP for both transports (src-shared/security/csp.ts). */
export { APP_CSP };

/**
 * Privileges of app://: a standard, secure origin so 'self', fetch and storage work as on https.
 * No bypassCSP, and no corsEnabled: that one would let other origins read app:// responses.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

/** Must run before the app is ready (Electron reads privileged schemes at start-up). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type AppPath = { kind: 'file'; file: string } | { kind: 'spa'; file: string } | { kind: 'refused'; status: 400 | 404 };

/**
 * Maps an app:// URL to a file under `rootDir`. Anything that would leave the folder
 * ("..", encoded slashes, another host) is refused. A path without an extension is a route of
 * the single-page app and gets index.html, so reloading on a deep route still works.
 */
export function resolveAppPath(url: string, rootDir: string): AppPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { kind: 'refused', status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'refused', status: 400 };
  const root = path.resolve(rootDir);
  const file = path.resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'refused', status: 404 };
  if (path.extname(file) === '') return { kind: 'spa', file: path.join(root, 'index.html') };
  return { kind: 'file', file };
}

export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

type ReadFile = (file: string) => Promise<Uint8Array>;

/** The handler behind protocol.handle('app', …): files of dist/renderer, each with the CSP. */
export function createAppProtocolHandler(rootDir: string, readFile: ReadFile = (file) => fs.promises.readFile(file)) {
  return async (request: AppRequest): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const target = resolveAppPath(request.url, rootDir);
    if (target.kind === 'refused') return refuse(target.status);
    let body: Uint8Array;
    try {
      body = await readFile(target.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR') return refuse(404);
      throw err;
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: appHeaders(contentTypeFor(target.file)),
    });
  };
}

function appHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function refuse(status: 400 | 404 | 405): Response {
  return new Response(null, { status, headers: appHeaders('text/plain; charset=utf-8') });
}

/** Serves dist/renderer on app://kiemtra/ (call once the app is ready). */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  const handler = createAppProtocolHandler(rootDir);
  protocol.handle(APP_SCHEME, (request) => handler(request));
}
