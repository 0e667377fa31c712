import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  denyAllPermissions,
  guardAllWebContents,
  guardWebContents,
  isAllowedExternalUrl,
} from '../../../src-main/electron/security';

type Contents = Parameters<typeof guardWebContents>[0];
type Shell = Parameters<typeof guardWebContents>[1];
type AppLike = Parameters<typeof guardAllWebContents>[0];
type SessionLike = Parameters<typeof denyAllPermissions>[0];
type Listener = (...args: unknown[]) => void;

/** A WebContents that records its listeners so the test can fire them as Chromium would. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string) => {
    const event = { url, prevented: false, preventDefault() { event.prevented = true; } };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, url);
    return event.prevented;
  };
  const windowOpen = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url }).action;
  };
  return { contents: contents as unknown as Contents, fire, windowOpen };
}

function fakeShell() {
  const opened: string[] = [];
  const shell = { openExternal: async (url: string) => void opened.push(url) } as unknown as Shell;
  return { shell, opened };
}

describe('links to legal texts open in the browser, and nothing else leaves the app', () => {
  it('allows https links to the legal and regulator sites and their sub-domains only', () => {
    expect(isAllowedExternalUrl('https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/QCVN-28-2010')).toBe(true);
    expect(isAllowedExternalUrl('https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1')).toBe(true);
    expect(isAllowedExternalUrl('https://vanban.chinhphu.vn/?pageid=27160')).toBe(true);
    expect(isAllowedExternalUrl('https://www.iaea.org/publications/8930')).toBe(true);

    expect(isAllowedExternalUrl('http://vbpl.vn/')).toBe(false); // not https
    expect(isAllowedExternalUrl('https://evilvbpl.vn/')).toBe(false); // look-alike host
    expect(isAllowedExternalUrl('https://vbpl.vn.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@vbpl.vn/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });

  it('decides per URL: the app stays, allowed sites go to the browser, the rest is blocked', () => {
    expect(decideNavigation('app://kiemtra/index.html')).toBe('allow');
    expect(decideNavigation('https://vbpl.vn/x')).toBe('open-externally');
    expect(decideNavigation('https://evil.example/')).toBe('block');
    expect(decideNavigation('app://kiemtra.evil/index.html')).toBe('block');
    expect(decideNavigation('file:///home/user/a.html')).toBe('block');
  });

  it('keeps the window on the app when a page tries to navigate away', () => {
    const { contents, fire } = fakeContents();
    const { shell, opened } = fakeShell();
    guardWebContents(contents, shell);

    expect(fire('will-navigate', 'app://kiemtra/facilities')).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/phish')).toBe(true);
    expect(fire('will-navigate', 'https://thuvienphapluat.vn/van-ban/abc')).toBe(true);
    expect(opened).toEqual(['https://thuvienphapluat.vn/van-ban/abc']);
  });

  it('never opens a new window; window.open of an allowed site opens the browser instead', () => {
    const { contents, windowOpen, fire } = fakeContents();
    const { shell, opened } = fakeShell();
    guardWebContents(contents, shell);

    expect(windowOpen('https://vbpl.vn/TW/Pages/home.aspx')).toBe('deny');
    expect(windowOpen('https://evil.example/')).toBe('deny');
    expect(windowOpen('app://kiemtra/index.html')).toBe('deny');
    expect(opened).toEqual(['https://vbpl.vn/TW/Pages/home.aspx']);
    expect(fire('will-attach-webview', 'https://anything/')).toBe(true);
  });

  it('guards every web contents the app creates', () => {
    let created: Listener | null = null;
    const app = { on: (name: string, listener: Listener) => { if (name === 'web-contents-created') created = listener; } } as unknown as AppLike;
    const { shell } = fakeShell();
    guardAllWebContents(app, shell);
    const { contents, fire } = fakeContents();
    expect(created).not.toBeNull();
    created!({}, contents);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('refuses every permission a page asks for (camera, location, notifications …)', () => {
    const answers: boolean[] = [];
    let check: ((...args: unknown[]) => boolean) | null = null;
    let device: ((...args: unknown[]) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (h: (c: unknown, p: string, cb: (ok: boolean) => void) => void) => {
        for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) h({}, permission, (ok) => answers.push(ok));
      },
      setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => { check = h; },
      setDevicePermissionHandler: (h: (...args: unknown[]) => boolean) => { device = h; },
    } as unknown as SessionLike;
    denyAllPermissions(session);
    expect(answers).toEqual([false, false, false, false]);
    expect(check!(null, 'media', 'app://kiemtra', {})).toBe(false);
    expect(device!({ deviceType: 'usb', origin: 'app://kiemtra' })).toBe(false);
  });
});
