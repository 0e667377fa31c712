import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from './support';

let browser: Browser;
let server: RunningServer;
let foreign: http.Server;
let foreignOrigin = '';
/** What the foreign page frames: set by each test. */
let framed = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  // Another site on this machine (localhost is another site than 127.0.0.1) that tries to frame KiemTra.
  foreign = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body><h1>Trang lạ</h1><iframe id="victim" src="${framed}" width="800" height="600"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  foreignOrigin = `http://localhost:${(foreign.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => foreign?.close(resolve));
});

describe('web mode in Chromium cannot be framed or navigated away', () => {
  it('a foreign page cannot frame the app, and Chromium sees the CSP and X-Frame-Options headers', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A user who has the app open (session cookie set) visits a foreign page that frames it.
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('button', { name: 'Thêm cơ sở' }).count()).toBe(1);
    framed = `${server.origin}/#/facilities`;
    const seen: Record<string, string>[] = [];
    page.on('response', (res) => {
      if (res.url().startsWith(server.origin) && res.frame() !== page.mainFrame()) seen.push(res.headers());
    });
    await page.goto(`${foreignOrigin}/`);
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(seen[0]!['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(seen[0]!['x-frame-options']).toBe('DENY');
    const child = page.frames().find((f) => f !== page.mainFrame())!;
    // The blocked frame shows Chromium's error page, never the app.
    await expect.poll(() => child.url()).not.toContain(server.origin);
    expect(await child.locator('#root').count()).toBe(0);
    await context.close();
  });

  it('a link to another site, window.open and a dropped URL leave the app where it is', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('button', { name: 'Thêm cơ sở' }).count()).toBe(1);
    const home = page.url();
    expect(home.startsWith(server.origin)).toBe(true);

    // A link to another site (as if user data had carried one into the page) is clicked.
    await page.evaluate((href) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = 'Xem chi tiết';
      a.id = 'foreign-link';
      document.querySelector('main')!.prepend(a);
    }, `${foreignOrigin}/steal`);
    await page.locator('#foreign-link').click();
    await page.locator('#foreign-link').click({ button: 'middle' });
    expect(page.url()).toBe(home);

    // window.open of another site gives no window.
    const opened = await page.evaluate((href) => window.open(href) === null, `${foreignOrigin}/popup`);
    expect(opened).toBe(true);
    expect(context.pages()).toHaveLength(1);

    // A URL dragged in from outside and dropped on the page: the page cancels the drop (no navigation).
    const cancelled = await page.evaluate((href) => {
      const data = new DataTransfer();
      data.setData('text/uri-list', href);
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data });
      const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data });
      const target = document.querySelector('main')!;
      return [!target.dispatchEvent(over), !target.dispatchEvent(drop)];
    }, `${foreignOrigin}/dropped`);
    expect(cancelled).toEqual([true, true]);
    expect(page.url()).toBe(home);
    await context.close();
  });
});
