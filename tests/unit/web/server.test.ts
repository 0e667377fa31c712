import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';
import { startWebServer, type WebServer } from '../../../src-main/web/server';

/** The real web server over a real core on a temp SQLite file, with a small built page. */
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-web-static-'));
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body>KiemTra</body></html>');
let core: Core;
let server: WebServer;
const KB = 1024;

beforeAll(async () => {
  core = openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-web-')), resourcesDir: path.resolve('resources') });
  server = await startWebServer({ core, staticDir, launchCodes: 4, maxBodyBytes: 64 * KB, maxInFlightBytes: 100 * KB });
});
afterAll(async () => {
  await server.close();
  core.close();
});

async function login(link: string): Promise<string> {
  const res = await fetch(link, { redirect: 'manual' });
  expect(res.status).toBe(303);
  return /^(kiemtra_session=[0-9a-f]{64})/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}

function api(name: string, body: string, headers: Record<string, string>) {
  return fetch(`${server.origin}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.origin, ...headers }, body });
}

describe('web mode hands its session over once', () => {
  let cookie = '';
  it('the launch link sets an HttpOnly SameSite=Strict cookie and reloads without the code', async () => {
    const res = await fetch(server.launchUrls[0]!, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^kiemtra_session=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\//);
    cookie = setCookie.split(';')[0]!;
    const page = await fetch(`${server.origin}/`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('KiemTra');
    expect(html).not.toMatch(/token|[0-9a-f]{64}/);
  });

  it('a reused or unknown code, or no session, gets a 403 page that says what to do', async () => {
    const reused = await fetch(server.launchUrls[0]!, { redirect: 'manual' });
    expect(reused.status).toBe(403);
    expect(reused.headers.get('set-cookie')).toBeNull();
    const text = await reused.text();
    expect(text).toContain('Mã mở này đã được dùng');
    expect(text).toContain('This launch code has already been used');
    const unknown = await fetch(`${server.origin}/?launch=${'0'.repeat(64)}`, { redirect: 'manual' });
    expect(unknown.status).toBe(403);
    expect(await unknown.text()).toContain('not valid');
    const anonymous = await fetch(`${server.origin}/`);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toContain('launch code');
  });

  it('the launch redirect stays on this server, even for a crafted path', async () => {
    const code = new URL(server.launchUrls[2]!).search;
    const location = await new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path: `/a/..//evil.example/x${code}` }, (res) => {
        res.resume();
        resolve(res.headers.location ?? '');
      });
      req.on('error', reject);
      req.end();
    });
    expect(location).toBe('/evil.example/x');
  });

  it('API calls need the cookie (and our Origin)', async () => {
    expect((await api('facilities.list', '{}', { Cookie: cookie })).status).toBe(200);
    expect((await api('facilities.list', '{}', {})).status).toBe(403);
    expect((await api('facilities.list', '{}', { Cookie: 'kiemtra_session=' + 'f'.repeat(64) })).status).toBe(403);
    expect((await api('facilities.list', '{}', { Cookie: cookie, Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('every response carries the CSP (no framing) and X-Frame-Options DENY', async () => {
    const responses = [
      await fetch(`${server.origin}/`, { headers: { Cookie: cookie } }),
      await fetch(`${server.origin}/`),
      await api('facilities.list', '{}', { Cookie: cookie }),
    ];
    for (const res of responses) {
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('a badly percent-encoded operation name is a 400 field of the path, not a 500', async () => {
    const res = await api('%E0%A4%A', '{}', { Cookie: cookie });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { ok: boolean; error: { code: string; en: string } };
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.en).toContain('percent-encoded');
  });
});

describe('web mode caps request bodies', () => {
  let cookie = '';
  beforeAll(async () => {
    cookie = await login(server.launchUrls[3]!);
  });

  it('one body over the per-request cap is a 413 with the limit in the message', async () => {
    const res = await api('blobs.put', JSON.stringify({ dataBase64: 'A'.repeat(70 * KB), fileName: 'x.jpg', mime: 'image/jpeg' }), { Cookie: cookie });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; vi: string; en: string } };
    expect(body.error.en).toContain('Request too large');
    expect(body.error.vi).toContain('quá lớn');
  });

  it('bodies being received at once beyond the total cap get 503 (try again), and the budget is freed after', async () => {
    // Two uploads that declare 45 KB each and are still sending hold 90 of the 100 KB in flight.
    const held = [0, 1].map(() => openUpload(45 * KB, cookie));
    await expect.poll(() => server.bodyBytesInFlight()).toBe(90 * KB);
    const third = await api('facilities.list', JSON.stringify({ pad: 'x'.repeat(20 * KB) }), { Cookie: cookie });
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('2');
    const body = (await third.json()) as { error: { en: string; vi: string } };
    expect(body.error.en).toContain('too much data at once');
    for (const h of held) h.finish();
    expect(await Promise.all(held.map((h) => h.status))).toEqual([200, 200]);
    expect(server.bodyBytesInFlight()).toBe(0);
    const after = await api('facilities.list', JSON.stringify({ pad: 'x'.repeat(20 * KB) }), { Cookie: cookie });
    expect(after.status).toBe(200);
  });
});

/** A request that declares `size` bytes, sends the first few and waits until told to finish. */
function openUpload(size: number, cookie: string) {
  const json = JSON.stringify({ pad: 'y'.repeat(size - 12) });
  const bytes = Buffer.from(json.padEnd(size, ' '));
  let finish = () => {};
  const status = new Promise<number>((resolve, reject) => {
    const req = http.request(`${server.origin}/api/facilities.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': bytes.length, Origin: server.origin, Cookie: cookie },
    }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.write(bytes.subarray(0, 10));
    finish = () => req.end(bytes.subarray(10));
  });
  return { status, finish: () => finish() };
}
