import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core';
import { launchChromium, screenshotPath, startServer, type RunningServer } from './support';

let browser: Browser;
let server: RunningServer;
let inspectionId = '';

beforeAll(async () => {
  // A hospital with a CT unit and an X-ray check in progress, made through the core.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-e2e-verdicts-'));
  const core = openCore({ dataDir, resourcesDir: path.resolve('resources') });
  const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { en: string } }): T => {
    if (!r.ok) throw new Error(r.error.en);
    return r.value;
  };
  const facilityId = must(core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la', beds: 550 })).id;
  must(core.call('xrayUnits.create', { facilityId, type: 'ct', manufacturer: 'Siemens', model: 'Somatom go.Now', serial: 'CT-2041', status: 'in_use', lastQcOn: '2026-03-02' }));
  inspectionId = must(core.call('inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '142/QĐ-SKHCN', startedAt: '2026-11-20T08:30' })).id;
  core.close();
  server = await startServer(dataDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('verdicts while measuring, in Chromium', () => {
  it('a console dose rate above the limit shows "Không đạt" with its explanation and becomes a finding; a passing reading dismisses it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/inspections/${inspectionId}`);
    const table = page.locator('[data-testid="check-item"][data-item-key="unit_dose_rates"]');
    await table.getByRole('textbox', { name: 'Vị trí đo — Dòng 1' }).fill('Bàn điều khiển phòng CT');
    await table.getByLabel('Loại vị trí — Dòng 1').click();
    await page.getByRole('option', { name: 'Bàn điều khiển' }).click();
    await table.getByRole('textbox', { name: /^Suất liều đo được — Dòng 1/ }).fill('12,5');
    await table.getByRole('textbox', { name: /^Suất liều đo được — Dòng 1/ }).blur();

    await expect.poll(() => table.getByText('Không đạt', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await table.textContent()) ?? '').toContain('12,5 µSv/h > 10 µSv/h');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('verdict-fail') });

    const db = new Database(path.join(server.dataDir, 'kiemtra.sqlite'), { readonly: true });
    const finding = () =>
      db.prepare("SELECT status, severity FROM findings WHERE inspection_id = ? AND rule_id = 'radiation.dose_rate.console'").get(inspectionId) as
        | { status: string; severity: string }
        | undefined;
    await expect.poll(() => finding()).toEqual({ status: 'open', severity: 'critical' });

    await table.getByRole('textbox', { name: /^Suất liều đo được — Dòng 1/ }).fill('8');
    await table.getByRole('textbox', { name: /^Suất liều đo được — Dòng 1/ }).blur();
    await expect.poll(() => table.getByText('Đạt', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => finding()?.status).toBe('dismissed');
    db.close();
    await page.close();
  });
});
