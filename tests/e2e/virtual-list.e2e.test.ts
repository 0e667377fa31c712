import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core';
import { launchChromium, screenshotPath, startServer, type RunningServer } from './support';

let browser: Browser;
let server: RunningServer;
const MANY = 3000;

beforeAll(async () => {
  // 3,000 facilities, 25 of them in Chiềng Mung, made through the core.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-e2e-list-'));
  const core = openCore({ dataDir, resourcesDir: path.resolve('resources') });
  for (let i = 1; i <= MANY; i++) {
    const name = i % 120 === 0 ? `Trạm Y tế xã Chiềng Mung ${String(i / 120).padStart(2, '0')}` : `Phòng khám tư nhân số ${String(i).padStart(4, '0')}`;
    const r = core.call('facilities.create', { name, kind: 'clinic', provinceCode: 'son-la' });
    if (!r.ok) throw new Error(r.error.en);
  }
  core.close();
  server = await startServer(dataDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the virtual list with thousands of rows, by keyboard', () => {
  it('scrolled deep with End, a new query shows its first row at the top (no stale page beyond the new total)', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}#/facilities`);
    const viewport = page.locator('[data-virtual-viewport]');
    const list = page.getByRole('list', { name: 'Cơ sở' });
    await list.waitFor();
    expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(MANY));

    // The scroll area is a keyboard stop: focus it and press End to go to the last rows.
    await viewport.focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator(`[role="listitem"][aria-posinset="${MANY}"] [data-testid="facility-row"]`).count()).toBe(1);
    expect(await viewport.evaluate((el) => el.scrollTop)).toBeGreaterThan(100_000);

    // A new query while deep in the list: its first result is the top row, scrolled to the top.
    await page.getByPlaceholder('Tìm không cần dấu').fill('chieng mung');
    await expect.poll(() => list.getByRole('listitem').first().getAttribute('aria-setsize'), { timeout: 10_000 }).toBe('25');
    await expect.poll(() => viewport.evaluate((el) => el.scrollTop)).toBe(0);
    const first = list.locator('[role="listitem"][aria-posinset="1"]');
    await expect.poll(() => first.locator('[data-testid="facility-row"]').textContent()).toContain('Trạm Y tế xã Chiềng Mung 01');
    const [top, rowTop] = await Promise.all([viewport.evaluate((el) => el.getBoundingClientRect().top), first.evaluate((el) => el.getBoundingClientRect().top)]);
    expect(Math.abs(rowTop - top)).toBeLessThan(2);
    // Every row shown belongs to the new results (none from a stale page of the old query).
    const positions = await list.getByRole('listitem').evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-posinset'))));
    expect(Math.max(...positions)).toBeLessThanOrEqual(25);
    expect(await list.getByTestId('facility-row').allTextContents()).toSatisfy((rows: string[]) => rows.every((r) => r.includes('Chiềng Mung')));
    await page.screenshot({ path: screenshotPath('virtual-list-new-query') });
    await page.close();
  });
});
