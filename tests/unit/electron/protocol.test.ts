import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../src-main/electron/origin';
import { APP_CSP, createAppProtocolHandler, registerAppScheme, resolveAppPath, serveApp } from '../../../src-main/electron/protocol';

function rendererDir() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-renderer-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>KiemTra</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(root), 'kt-secret.txt'), 'secret');
  return root;
}

describe('the app is served from app://kiemtra/, never from file://', () => {
  it('recognises only its own origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://kiemtra/facilities/123')).toBe(true);
    expect(isAppUrl('app://kiemtra:8080/')).toBe(false);
    expect(isAppUrl('app://user@kiemtra/')).toBe(false);
    expect(isAppUrl('file:///work/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('https://kiemtra/')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });

  it('declares app: as a standard, secure scheme before start-up', () => {
    const declared: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => declared.push(...schemes) });
    expect(declared).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(declared[0]).not.toHaveProperty('privileges.bypassCSP');
  });

  it('never serves a file outside the renderer folder', () => {
    const root = '/srv/renderer';
    expect(resolveAppPath('app://kiemtra/', root)).toEqual({ kind: 'file', file: '/srv/renderer/index.html' });
    expect(resolveAppPath('app://kiemtra/assets/a.js', root)).toEqual({ kind: 'file', file: '/srv/renderer/assets/a.js' });
    expect(resolveAppPath('app://kiemtra/facilities/42', root)).toEqual({ kind: 'spa', file: '/srv/renderer/index.html' });
    // The URL parser already folds dot segments, so "../" can never climb above the root.
    expect(resolveAppPath('app://kiemtra/%2e%2e/%2e%2e/secret.txt', root)).toEqual({ kind: 'file', file: '/srv/renderer/secret.txt' });
    expect(resolveAppPath('app://kiemtra/..%2fsecret.txt', root).kind).toBe('refused');
    expect(resolveAppPath('app://kiemtra/a%5c..%5c..%5csecret.txt', root).kind).toBe('refused');
    expect(resolveAppPath('app://kiemtra/%E0%A4%A', root).kind).toBe('refused');
    expect(resolveAppPath('app://other/index.html', root).kind).toBe('refused');
  });

  it('serves the built page and its assets with the Content-Security-Policy header', async () => {
    const handler = createAppProtocolHandler(rendererDir());
    const page = await handler({ url: 'app://kiemtra/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(await page.text()).toContain('<title>KiemTra</title>');

    const script = await handler({ url: 'app://kiemtra/assets/index-abc.js', method: 'GET' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    const route = await handler({ url: 'app://kiemtra/facilities/42', method: 'GET' });
    expect(await route.text()).toContain('<title>KiemTra</title>');
  });

  it('answers 404 for a missing or escaping file and 405 for anything but GET', async () => {
    const handler = createAppProtocolHandler(rendererDir());
    expect((await handler({ url: 'app://kiemtra/assets/missing.js', method: 'GET' })).status).toBe(404);
    const escape = await handler({ url: 'app://kiemtra/%2e%2e/kt-secret.txt', method: 'GET' });
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('secret');
    expect((await handler({ url: 'app://kiemtra/index.html', method: 'POST' })).status).toBe(405);
  });

  it('keeps the CSP strict: scripts only from the app, no eval, no framing, no plugins', () => {
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(APP_CSP).toContain("default-src 'none'");
  });

  it('registers its handler for the app: scheme', async () => {
    let registered: { scheme: string; handler: (r: Request) => Response | Promise<Response> } | null = null;
    serveApp({ handle: (scheme, handler) => { registered = { scheme, handler: handler as never }; } }, rendererDir());
    expect(registered!.scheme).toBe('app');
    const response = await registered!.handler(new Request('app://kiemtra/index.html'));
    expect(response.status).toBe(200);
  });
});
