import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenedFiles } from '../../../src-main/core/opened/opened-files';
import { bundleFromArgv, importRoute, OpenFileRouter } from '../../../src-main/electron/open-file';
import { APP_ENTRY_URL } from '../../../src-main/electron/origin';
import { Wall, device, exportFrom, ok } from '../sync/helpers';

/** What the system hands the app, and what the window is told to show. */
function harness() {
  const inbox = new OpenedFiles();
  const router = new OpenFileRouter(inbox);
  const shown: string[] = [];
  return { inbox, router, shown, attach: () => router.attach((url) => shown.push(url)) };
}

describe('a .kiemtra file opened from the system goes to the import screen with the file waiting', () => {
  it('finds the bundle on a Windows or Linux command line, whatever Electron and Chromium put around it', () => {
    expect(bundleFromArgv(['C:\\Program Files\\KiemTra\\KiemTra.exe', 'D:\\USB\\tram-son-la.kiemtra'], 'C:\\')).toBe(path.resolve('C:\\', 'D:\\USB\\tram-son-la.kiemtra'));
    // Development: electron <app folder> <file>; a relative file is taken from the folder that started it.
    expect(bundleFromArgv(['/usr/lib/electron', '.', 'bundles/a.KIEMTRA'], '/home/thu')).toBe('/home/thu/bundles/a.KIEMTRA');
    // Chromium's switches and our --data-dir (with its value) are never the file.
    expect(bundleFromArgv(['kiemtra', '--data-dir', '/data/x.kiemtra', '--allow-file-access-from-files', '/tmp/b.kiemtra'], '/')).toBe('/tmp/b.kiemtra');
    expect(bundleFromArgv(['kiemtra', '--data-dir=/d', '--', '/tmp/c.kiemtra'], '/')).toBe('/tmp/c.kiemtra');
    for (const argv of [['kiemtra'], ['kiemtra', '/tmp/report.pdf'], ['kiemtra', '/tmp/.kiemtra'], ['kiemtra', '--file=/tmp/x.kiemtra'], ['kiemtra', '--data-dir', '/tmp/only-a-folder.kiemtra']]) {
      expect(bundleFromArgv(argv, '/'), argv.join(' ')).toBeNull();
    }
  });

  it('at first start (argv, or macOS open-file before the window exists) the window opens on the import screen', () => {
    const h = harness();
    expect(h.router.firstUrl()).toBe(APP_ENTRY_URL);
    expect(h.router.openFromArgv(['KiemTra.exe', 'E:\\gui-so.kiemtra'], 'C:\\')).toBe(true);
    expect(h.router.firstUrl()).toBe(importRoute(1));
    expect(importRoute(1)).toBe(`${APP_ENTRY_URL}#/sync?opened=1`);
    expect(h.inbox.pending).toBe(path.resolve('C:\\', 'E:\\gui-so.kiemtra'));

    const mac = harness();
    let prevented = 0;
    expect(mac.router.openFromEvent({ preventDefault: () => prevented++ }, '/Users/thu/Downloads/b.kiemtra')).toBe(true);
    expect(prevented).toBe(1);
    mac.attach();
    expect(mac.shown).toEqual([]); // the first URL already carries it
    expect(mac.router.firstUrl()).toBe(importRoute(1));
  });

  it('while running (a second start, or open-file), the window goes to the import screen at once, each time anew', () => {
    const h = harness();
    h.attach();
    expect(h.router.openFromArgv(['KiemTra.exe'], 'C:\\')).toBe(false); // a plain second start only focuses
    expect(h.shown).toEqual([]);
    h.router.openFromArgv(['KiemTra.exe', '/a/1.kiemtra'], '/');
    h.router.openFromEvent({ preventDefault: () => {} }, '/a/2.kiemtra');
    expect(h.shown).toEqual([importRoute(1), importRoute(2)]);
    expect(h.inbox.pending).toBe('/a/2.kiemtra'); // the last one the user asked for
    expect(h.router.openFromEvent({ preventDefault: () => {} }, '/a/notes.txt')).toBe(false);
    h.router.detach();
    h.router.open('/a/3.kiemtra');
    expect(h.shown).toHaveLength(2);
  });

  it('the import screen takes the waiting bundle once through app.openedFile, and it previews as a real bundle', async () => {
    const wall = new Wall();
    const sender = device('sender', wall);
    ok(sender.core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' }));
    const bundle = await exportFrom(sender);

    const inbox = new OpenedFiles();
    const receiver = device('receiver', wall);
    const env = receiver.core.env;
    env.openedFiles = inbox;
    new OpenFileRouter(inbox).openFromArgv(['KiemTra.exe', bundle], '/');

    const opened = ok(await receiver.core.callAsync('app.openedFile', {}));
    expect(opened?.fileName).toBe(path.basename(bundle));
    expect(Buffer.from(opened!.dataBase64, 'base64').equals(fs.readFileSync(bundle))).toBe(true);
    const preview = ok(await receiver.core.callAsync('sync.preview', opened!));
    expect(preview.sender.inspectorName).toBe('sender');
    // Taken once: a reload of the import screen does not import it again.
    expect(ok(await receiver.core.callAsync('app.openedFile', {}))).toBeNull();
  });

  it('a bundle that vanished before the screen took it gets a clear bilingual error naming it', async () => {
    const wall = new Wall();
    const receiver = device('receiver', wall);
    const inbox = new OpenedFiles();
    receiver.core.env.openedFiles = inbox;
    inbox.put(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-open-')), 'da-xoa.kiemtra'));
    const r = await receiver.core.callAsync('app.openedFile', {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_FILE');
    expect(r.error.vi).toContain('da-xoa.kiemtra');
    expect(r.error.en).toContain('da-xoa.kiemtra');
    // Web mode and the CLI have no inbox: nothing waits.
    const web = device('web', wall);
    expect(ok(await web.core.callAsync('app.openedFile', {}))).toBeNull();
  });
});
