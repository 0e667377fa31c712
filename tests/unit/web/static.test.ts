import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStatic } from '../../../src-main/web/static';
import { SessionKeeper, cookieValue, hostAllowed, originAllowed } from '../../../src-main/web/security';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-static-'));
fs.writeFileSync(path.join(root, 'index.html'), '<html></html>');
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');

describe('web mode static files', () => {
  it('serves files inside the renderer folder with their types, and index.html for app routes', () => {
    expect(resolveStatic(root, '/assets/app.js')).toEqual({ file: path.join(root, 'assets', 'app.js'), type: 'text/javascript; charset=utf-8' });
    expect(resolveStatic(root, '/')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStatic(root, '/facilities/123')?.file).toBe(path.join(root, 'index.html'));
  });

  it('never serves a file outside the folder', () => {
    for (const evil of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../x.js', '/%00.js', '/%E0%A4%A']) {
      const r = resolveStatic(root, evil);
      expect(r === null || r.file.startsWith(root)).toBe(true);
    }
    expect(resolveStatic(root, '/missing.js')).toBeNull();
  });
});

describe('web mode request guard', () => {
  const guard = { port: 4321 };
  const req = (headers: Record<string, string>) => ({ headers });
  it('accepts only our own Host and Origin', () => {
    expect(hostAllowed(req({ host: '127.0.0.1:4321' }), guard)).toBe(true);
    expect(hostAllowed(req({ host: 'localhost:4321' }), guard)).toBe(true);
    expect(hostAllowed(req({ host: 'attacker.example:4321' }), guard)).toBe(false);
    expect(hostAllowed(req({}), guard)).toBe(false);
    expect(originAllowed(req({ origin: 'http://127.0.0.1:4321' }), guard)).toBe(true);
    expect(originAllowed(req({ origin: 'http://127.0.0.1:9999' }), guard)).toBe(false);
    expect(originAllowed(req({ origin: 'null' }), guard)).toBe(false);
    expect(originAllowed(req({}), guard)).toBe(false);
  });
  it('trades each launch code once for a session, and knows only its own sessions', () => {
    const keeper = new SessionKeeper();
    const code = keeper.issueCode();
    const first = keeper.exchange(code);
    expect(first.ok).toBe(true);
    expect(keeper.exchange(code)).toEqual({ ok: false, reason: 'used' });
    expect(keeper.exchange('b'.repeat(64))).toEqual({ ok: false, reason: 'unknown' });
    const session = first.ok ? first.session : '';
    expect(keeper.hasSession(req({ cookie: `other=1; kiemtra_session=${session}` }))).toBe(true);
    expect(keeper.hasSession(req({ cookie: `kiemtra_session=${session.slice(0, -1)}0` }))).toBe(session.endsWith('0'));
    expect(keeper.hasSession(req({}))).toBe(false);
    expect(cookieValue(req({ cookie: 'a=1; b = 2' }), 'b')).toBe('2');
  });
});
