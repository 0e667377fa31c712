import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, launchChromium, screenshotPath, startServer, type RunningServer } from './support';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('web mode in Chromium', () => {
  it('an inspector registers a facility, finds it without accents, reloads, and it is in the SQLite file', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Thêm cơ sở' }).click();
    const form = page.getByRole('form', { name: 'Thêm cơ sở' });
    await form.getByLabel('Tên cơ sở').fill('Trạm Y tế xã Chiềng Cơi');
    await form.getByLabel('Loại cơ sở').click();
    await page.getByRole('option', { name: 'Trung tâm y tế' }).click();
    await form.getByLabel('Số giường bệnh').fill('12');
    await form.getByLabel('Địa chỉ (số nhà, đường, thôn/bản)').fill('Bản Hẹo, Điện Biên cũ');
    await page.screenshot({ path: screenshotPath('facility-form') });
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Trạm Y tế xã Chiềng Cơi' }).count()).toBe(1);

    await page.goto(server.url + '#/facilities');
    await page.getByPlaceholder('Tìm không cần dấu').fill('chieng coi');
    await expect.poll(() => page.getByTestId('facility-row').count()).toBe(1);
    await expect.poll(() => page.getByTestId('facility-row').first().textContent()).toContain('Trạm Y tế xã Chiềng Cơi');
    await page.getByPlaceholder('Tìm không cần dấu').fill('dien bien');
    await expect.poll(() => page.getByTestId('facility-row').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('facility-search') });

    await page.reload();
    await expect.poll(() => page.getByTestId('facility-row').count()).toBe(1);
    await page.close();

    const db = new Database(path.join(server.dataDir, 'kiemtra.sqlite'), { readonly: true });
    const row = db.prepare('SELECT name, kind, beds FROM facilities').get() as { name: string; kind: string; beds: number };
    db.close();
    expect(row).toEqual({ name: 'Trạm Y tế xã Chiềng Cơi', kind: 'health_center', beds: 12 });
  });

  it('remembers the chosen language across a reload', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'New facility' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'New facility' }).count()).toBe(1);
    await page.getByText('VI', { exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Thêm cơ sở' }).count()).toBe(1);
    await page.close();
  });

  it('refuses API calls without the session cookie, with a foreign Origin, or with a foreign Host', async () => {
    const { origin, cookie } = await apiSession(server);
    const call = (headers: Record<string, string>) =>
      fetch(`${origin}/api/facilities.list`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    expect((await call({ Origin: origin, Cookie: cookie })).status).toBe(200);
    expect((await call({ Origin: origin })).status).toBe(403);
    expect((await call({ Origin: origin, Cookie: 'kiemtra_session=' + 'a'.repeat(64) })).status).toBe(403);
    expect((await call({ Cookie: cookie })).status).toBe(403);
    expect((await call({ Origin: 'http://evil.example', Cookie: cookie })).status).toBe(403);
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${origin}/api/facilities.list`, { method: 'POST', headers: { Host: 'evil.example', Origin: origin, Cookie: cookie } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });
});
