import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { KiemTraError } from '../../src-shared/api/errors';
import type { Core } from '../core/core';
import { hostAllowed, originAllowed, tokenAllowed, type WebGuard } from './security';
import { resolveStatic } from './static';

export interface WebServerOptions {
  core: Core;
  /** Built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; random per start otherwise. */
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Largest API request: a 50 MB photo as base64 plus JSON around it. */
const MAX_BODY_BYTES = 72 * 1024 * 1024;

/** Web mode: the same API over loopback HTTP, and the built renderer (DESIGN.md §2). */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(32).toString('hex');
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
  const guard: WebGuard = { token, port: 0 };
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', vi: 'Lỗi máy chủ nội bộ', en: String(err) } });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!hostAllowed(req, guard)) return forbid(res, 'Host');
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, forbidden('Method'));
      if (!originAllowed(req, guard)) return forbid(res, 'Origin');
      if (!tokenAllowed(req, guard)) return forbid(res, 'token');
      const name = decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'BAD_FILE', vi: 'Dữ liệu gửi lên quá lớn (tối đa 72 MB)', en: 'Request too large (72 MB max)' } });
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', vi: 'Nội dung yêu cầu không phải JSON hợp lệ', en: 'Request body is not valid JSON' } });
      }
      return sendJson(res, 200, await options.core.dispatchAsync(name, input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, forbidden('Method'));
    const target = resolveStatic(staticDir, url);
    if (!target) return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', vi: 'Không tìm thấy', en: 'Not found' } });
    if (target.file === indexFile) {
      // The page learns the per-start token from the page itself; other origins cannot read it.
      const html = fs.readFileSync(indexFile, 'utf8').replace('<head>', `<head>\n    <meta name="kiemtra-token" content="${token}" />`);
      res.writeHead(200, { 'Content-Type': target.type, 'Cache-Control': 'no-store' });
      return res.end(html);
    }
    res.writeHead(200, { 'Content-Type': target.type, 'Cache-Control': 'no-cache' });
    fs.createReadStream(target.file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('startWebServer: no TCP address');
  guard.port = address.port;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    port: address.port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forbidden(what: string) {
  return { ok: false, error: { code: 'FORBIDDEN', vi: `Từ chối yêu cầu: ${what} không hợp lệ`, en: `Request refused: bad or missing ${what}` } };
}

function forbid(res: http.ServerResponse, what: string) {
  sendJson(res, 403, forbidden(what));
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
