import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core';
import type { DashboardData } from '../../src-shared/schemas/report';
import { launchChromium, screenshotPath, startServer, type RunningServer } from './support';

let browser: Browser;
let server: RunningServer;
let expected: DashboardData;
const year = new Date().getFullYear();

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-e2e-dashboard-'));
  const core = openCore({ dataDir, resourcesDir: path.resolve('resources') });
  const seeded = core.call('demo.seed', {});
  if (!seeded.ok) throw new Error(seeded.error.en);
  const d = core.call('reports.dashboard', { from: `${year}-01-01`, to: `${year}-12-31` });
  if (!d.ok) throw new Error(d.error.en);
  expected = d.value;
  core.close();
  server = await startServer(dataDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

describe('the supervisor summary ("Tổng hợp") in Chromium', () => {
  it("shows the demo data's figures, a click on a bar opens the checks it counts, and an export downloads an XLSX that openpyxl reads", async () => {
    expect(expected.checks.total).toBeGreaterThan(0);
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}#/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Tổng hợp kết quả kiểm tra' }).waitFor();
    await expect.poll(() => page.getByTestId('figure-checks').textContent()).toContain(vi(expected.checks.total));
    expect(await page.getByTestId('figure-fail').textContent()).toContain(vi(expected.checks.fail));
    expect(await page.getByTestId('figure-qc-overdue').textContent()).toContain(vi(expected.register.xrayQcOverdue));
    const bar = page.getByTestId('chart-by-kind').locator('.recharts-bar-rectangle path').first();
    await bar.waitFor();
    await page.screenshot({ path: screenshotPath('dashboard'), fullPage: true });

    // A bar of "by kind": its list holds exactly the checks of that kind the bar counts.
    await bar.click();
    await page.waitForURL(/#\/dashboard\/checks\?/);
    const kind = new URLSearchParams(page.url().split('?')[1]).get('kind');
    const counted = expected.byKind.find((k) => k.kind === kind);
    expect(counted?.total).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 1, name: 'Các cuộc kiểm tra được tính' }).waitFor();
    await expect.poll(() => page.getByTestId('report-check-row').count()).toBe(counted!.total);
    await page.screenshot({ path: screenshotPath('dashboard-checks') });

    await page.getByRole('link', { name: 'Về trang tổng hợp' }).click();
    await page.getByTestId('report-export').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    expect(download.suggestedFilename()).toBe(`tong-hop-kiem-tra_${year}-01-01_${year}-12-31.xlsx`);
    const file = path.join(server.dataDir, download.suggestedFilename());
    await download.saveAs(file);
    const sheets = execFileSync('/usr/bin/python3', ['-c', 'import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print(wb.sheetnames[1], wb["Cuộc kiểm tra"].max_row - 1)', file], { encoding: 'utf8' }).trim();
    expect(sheets).toBe(`Cuộc kiểm tra ${expected.checks.total}`);

    // The same figures on paper: the PDF report, read back with pdftotext.
    await page.getByText('PDF — báo cáo kết quả').click();
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    expect(pdfDownload.suggestedFilename()).toBe(`bao-cao-ket-qua-kiem-tra_${year}-01-01_${year}-12-31.pdf`);
    const pdf = path.join(server.dataDir, pdfDownload.suggestedFilename());
    await pdfDownload.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(`Tổng cộng ${expected.checks.total} cuộc kiểm tra.`);
    await context.close();
  });

  it('says so when the period holds no check', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.url}#/dashboard?from=2001-01-01&to=2001-12-31`);
    await page.getByTestId('dashboard-empty').waitFor();
    expect(await page.getByTestId('dashboard-empty').textContent()).toBe('Không có cuộc kiểm tra nào trong kỳ này.');
    await page.close();
  });
});
