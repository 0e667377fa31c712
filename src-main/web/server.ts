import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { KiemTraError } from '../../src-shared/api/errors';
import { APP_CSP } from '../../src-shared/security/csp';
import type { Core } from '../core/core';
import { BodyBudget, MAX_BODY_BYTES, MAX_IN_FLIGHT_BYTES } from './body';
import { refusalPage, type RefusalReason } from './pages';
import { SessionKeeper, hostAllowed, originAllowed, sessionCookie, type WebGuard } from './security';
import { resolveStatic } from './static';

export interface WebServerOptions {
  core: Core;
  /** Built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** How many one-time launch URLs to issue (one per browser that should open the app); 1 by default. */
  launchCodes?: number;
  /** Caps on request bodies (tests lower them). */
  maxBodyBytes?: number;
  maxInFlightBytes?: number;
}

export interface WebServer {
  /** The server's own address (no launch code): what Host and Origin must be. */
  origin: string;
  /** One-time URLs that open the app: the first GET of each trades its code for a session cookie. */
  launchUrls: string[];
  port: number;
  /** Bytes of request bodies being received right now (reserved by their Content-Length). */
  bodyBytesInFlight(): number;
  close(): Promise<void>;
}

/** The query parameter carrying the launch code. */
export const LAUNCH_PARAM = 'launch';

/** Response headers on everything web mode sends: no framing by other pages, the app's CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': APP_CSP,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Web mode: the same API over loopback HTTP, and the built renderer (DESIGN.md §2). */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const staticDir = path.resolve(options.staticDir);
  const indexFile = path.join(staticDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    throw new KiemTraError(
      'BAD_FILE',
      `Chưa có giao diện đã dựng tại ${indexFile}. Hãy chạy "npm run build".`,
      `No built renderer at ${indexFile}. Run "npm run build".`,
      { context: { file: indexFile } },
    );
  }
  const guard: WebGuard = { port: 0 };
  const sessions = new SessionKeeper();
  const budget = new BodyBudget(options.maxBodyBytes ?? MAX_BODY_BYTES, options.maxInFlightBytes ?? MAX_IN_FLIGHT_BYTES);
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', vi: 'Lỗi máy chủ nội bộ', en: 'Internal server error' } });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!hostAllowed(req, guard)) return forbid(res, 'Host');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', vi: 'Đường dẫn yêu cầu không hợp lệ', en: 'The request path is not valid' } });
    }
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, forbidden('Method'));
    const code = url.searchParams.get(LAUNCH_PARAM);
    if (code !== null) return launch(req, res, url, code);
    if (!sessions.hasSession(req)) return refuse(res, 'no-session');
    const target = resolveStatic(staticDir, url.pathname);
    if (!target) return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', vi: 'Không tìm thấy', en: 'Not found' } });
    res.writeHead(200, { 'Content-Type': target.type, 'Cache-Control': target.file === indexFile ? 'no-store' : 'no-cache' });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(target.file).pipe(res);
  }

  /** The first GET with a launch code sets the session cookie and reloads without the code. */
  function launch(req: http.IncomingMessage, res: http.ServerResponse, url: URL, code: string) {
    url.searchParams.delete(LAUNCH_PARAM);
    // Only ever a path on this server: "//evil.example" would be another host.
    const location = '/' + url.pathname.replace(/^[/\\]+/, '') + url.search;
    if (sessions.hasSession(req)) return redirect(res, location);
    const outcome = sessions.exchange(code);
    if (!outcome.ok) return refuse(res, outcome.reason);
    res.setHeader('Set-Cookie', sessionCookie(outcome.session));
    redirect(res, location);
  }

  async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (req.method !== 'POST') return sendJson(res, 405, forbidden('Method'));
    if (!originAllowed(req, guard)) return forbid(res, 'Origin');
    if (!sessions.hasSession(req)) return forbid(res, 'session');
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', vi: 'Tên thao tác trong đường dẫn mã hoá sai', en: 'The operation name in the path is badly percent-encoded' },
      });
    }
    const read = await budget.read(req);
    if (!read.ok) {
      res.setHeader('Connection', 'close');
      if (read.status === 503) res.setHeader('Retry-After', '2');
      sendJson(res, read.status, { ok: false, error: bodyRefusal(read.status, budget) });
      req.resume();
      return;
    }
    let input: unknown;
    try {
      input = read.body.length ? JSON.parse(read.body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', vi: 'Nội dung yêu cầu không phải JSON hợp lệ', en: 'Request body is not valid JSON' } });
    }
    return sendJson(res, 200, await options.core.dispatchAsync(name, input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('startWebServer: no TCP address');
  guard.port = address.port;
  const origin = `http://127.0.0.1:${address.port}`;
  const count = Math.max(1, options.launchCodes ?? 1);
  return {
    origin,
    launchUrls: Array.from({ length: count }, () => `${origin}/?${LAUNCH_PARAM}=${sessions.issueCode()}`),
    port: address.port,
    bodyBytesInFlight: () => budget.bytesInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function bodyRefusal(status: 413 | 503, budget: BodyBudget) {
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return status === 413
    ? { code: 'BAD_FILE', vi: `Dữ liệu gửi lên quá lớn (tối đa ${mb(budget.maxBody)} MB)`, en: `Request too large (${mb(budget.maxBody)} MB max)` }
    : {
        code: 'CONFLICT',
        vi: `Máy chủ đang nhận nhiều dữ liệu cùng lúc (tối đa ${mb(budget.maxInFlight)} MB); hãy thử lại sau ít giây`,
        en: `The server is receiving too much data at once (${mb(budget.maxInFlight)} MB max); try again in a few seconds`,
      };
}

function forbidden(what: string) {
  return { ok: false, error: { code: 'FORBIDDEN', vi: `Từ chối yêu cầu: ${what} không hợp lệ`, en: `Request refused: bad or missing ${what}` } };
}

function forbid(res: http.ServerResponse, what: string) {
  sendJson(res, 403, forbidden(what));
}

function refuse(res: http.ServerResponse, reason: RefusalReason) {
  res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(refusalPage(reason));
}

function redirect(res: http.ServerResponse, location: string) {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
