import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath, startServer, type RunningServer } from './support';

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

function apiCall<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([n, body]) => {
      // The page's session cookie authorises the call (what the renderer itself does).
      const res = await fetch(`./api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const result = await res.json();
      if (!result.ok) throw new Error(`${n}: ${result.error.vi}`);
      return result.value;
    },
    [name, input] as const,
  ) as Promise<T>;
}

describe('downloading the Biên bản kiểm tra in Chromium', () => {
  it('the inspection page downloads the minutes PDF by keyboard, in Vietnamese and in English', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Thêm cơ sở' }).waitFor();
    await apiCall(page, 'demo.seed', {});
    // With a profile the demo's completed checks are signed; a check in progress prints as a draft.
    const list = await apiCall<{ rows: { id: string; decisionNumber: string }[] }>(page, 'inspections.list', { status: ['in_progress'] });
    const inspection = list.rows.find((r) => r.decisionNumber === '142/QĐ-SKHCN')!;
    await page.goto(`${server.url}#/inspections/${inspection.id}`);

    const button = page.getByRole('button', { name: 'Tải biên bản (PDF)' });
    await button.waitFor();
    // The buttons this feature adds (the rest of the page is the accessibility suite's).
    const axe = await new AxeBuilder({ page }).include('[data-testid="minutes-pdf"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.html.slice(0, 120)}`)).toEqual([]);

    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('bien-ban-kiem-tra_142-qd-skhcn_' + (await apiCall<{ inspection: { startedAt: string } }>(page, 'inspections.get', { id: inspection.id })).inspection.startedAt.slice(0, 10) + '.pdf');
    const dir = path.resolve('test-artifacts', 'minutes-e2e');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('BIÊN BẢN KIỂM TRA');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BẢN NHÁP');
    await page.getByText(/Đã tải biên bản/).waitFor();
    await page.screenshot({ path: screenshotPath('minutes-download') });

    const [english] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bản tiếng Anh (PDF)' }).click()]);
    expect(english.suggestedFilename()).toMatch(/^inspection-minutes_142-qd-skhcn_/);
    const enFile = path.join(dir, english.suggestedFilename());
    await english.saveAs(enFile);
    expect(execFileSync('pdftotext', [enFile, '-'], { encoding: 'utf8' })).toContain('INSPECTION MINUTES');
    await context.close();
  });
});
