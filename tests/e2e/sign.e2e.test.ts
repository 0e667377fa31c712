import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusView } from './keyboard';
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

/** Calls the API from inside the page, with the page's session cookie (what the renderer itself does). */
function apiCall<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([n, body]) => {
      const res = await fetch(`./api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const result = await res.json();
      if (!result.ok) throw new Error(`${n}: ${result.error.vi}`);
      return result.value;
    },
    [name, input] as const,
  ) as Promise<T>;
}

interface Gap {
  kind: string;
  path: string;
  vi: string;
}

const TEMPLATE = JSON.parse(fs.readFileSync(path.resolve('resources/checklists/xray-diagnostic.json'), 'utf8')) as {
  sections: { items: { key: string; type: string; choices?: { key: string }[] }[] }[];
};
const templateItem = (key: string) => TEMPLATE.sections.flatMap((s) => s.items).find((i) => i.key === key)!;

/** A plausible answer for an item the test does not fill through the form. */
function answerFor(key: string): unknown {
  const item = templateItem(key);
  if (item.type === 'yes_no_na') return 'yes';
  if (item.type === 'choice') return item.choices![0]!.key;
  if (item.type === 'measurement_table') return [{ cells: { point: 'Bàn điều khiển', position: 'console', measured: 0.4, background: 0.1 } }];
  throw new Error(`no answer for ${key} (${item.type})`);
}

/** The shared machine is slow: polls wait up to 15 s (nothing here is timed). */
const SLOW = { timeout: 15_000 };

const YES_NO_LEFT = 'area_monitoring_yearly';
/** What the signing story leaves for the PDF checks: the hash the page shows and the PDF's text. */
let signed: { hash: string; pdfText: string } | null = null;
const SIGNATURES = ['sig_truong_doan', 'sig_thanh_vien', 'sig_dai_dien_co_so'];

/** The key of the check item holding focus, or null. */
const focusedItem = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-testid="check-item"]')?.getAttribute('data-item-key') ?? null);

/** Focus is on the item and in sight (not under the sticky header), once the smooth scroll has ended. */
async function expectFocusedInView(page: Page, key: string): Promise<void> {
  await expect.poll(() => focusedItem(page), SLOW).toBe(key);
  await expect.poll(async () => (await focusView(page)).visible, SLOW).toBe(true);
}

/** Opens "Hoàn thành và ký" and returns the dialog, once the core has listed what is missing. */
async function openSignDialog(page: Page) {
  await page.getByTestId('complete-button').click();
  const dialog = page.getByRole('dialog', { name: 'Hoàn thành và ký biên bản' });
  await dialog.waitFor();
  await expect.poll(() => dialog.getByRole('alert').or(dialog.getByRole('status')).count(), SLOW).toBeGreaterThan(0);
  return dialog;
}

async function drawSignature(page: Page, itemKey: string, signerName?: string): Promise<void> {
  const card = page.locator(`[data-testid="check-item"][data-item-key="${itemKey}"]`);
  await card.getByRole('button', { name: /^Ký: / }).click();
  const dialog = page.getByRole('dialog', { name: /Chữ ký/ });
  await dialog.getByTestId('signature-pad').waitFor();
  if (signerName) await dialog.getByLabel('Họ tên người ký').fill(signerName);
  await expect.poll(() => dialog.getByLabel('Họ tên người ký').inputValue(), SLOW).not.toBe('');
  const box = (await dialog.getByTestId('signature-pad').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 150);
  await page.mouse.down();
  for (let i = 1; i <= 25; i++) await page.mouse.move(box.x + 40 + i * 16, box.y + 150 - Math.sin(i / 3) * 60, { steps: 2 });
  await page.mouse.up();
  await dialog.getByRole('button', { name: 'Lưu chữ ký' }).click();
  await expect.poll(() => card.getByTestId('signature-image').count(), SLOW).toBe(1);
  await expect.poll(() => page.getByRole('dialog').count(), SLOW).toBe(0);
}

describe('completing and signing a check in Chromium', () => {
  it('"Hoàn thành và ký" names what is missing and jumps to it; once complete it signs, the minutes are locked and download as a PDF', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('main h1').waitFor();
    await apiCall(page, 'demo.seed', {});
    const list = await apiCall<{ rows: { id: string; decisionNumber: string }[] }>(page, 'inspections.list', { status: ['in_progress'] });
    const id = list.rows.find((r) => r.decisionNumber === '142/QĐ-SKHCN')!.id;

    // Everything but one yes/no item and the signatures is answered beforehand (the form's own
    // tests answer items through the UI); the closing time and the facility's opinion are empty.
    const gaps = (await apiCall<{ gaps: Gap[] }>(page, 'inspections.signCheck', { id })).gaps;
    const itemGaps = gaps.filter((g) => g.kind === 'item');
    expect(itemGaps.map((g) => g.path)).toEqual(expect.arrayContaining([YES_NO_LEFT, ...SIGNATURES]));
    for (const g of itemGaps) {
      const [, key, instanceKey = ''] = /^([a-z0-9_]+)(?:\[(.+)\])?$/.exec(g.path)!;
      if (key === YES_NO_LEFT || SIGNATURES.includes(key!)) continue;
      await apiCall(page, 'inspections.saveAnswer', { inspectionId: id, itemKey: key, instanceKey, value: answerFor(key!) });
    }

    await page.goto(`${server.url}#/inspections/${id}`);
    await page.getByTestId('complete-button').waitFor();
    // The check's sticky header at 1366×768: the facility's name, both badges and the decision line are whole.
    await page.screenshot({ path: screenshotPath('sign-check-header') });
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-sticky-header] :is(h1, .mantine-Badge-label, p)')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        .map((el) => el.textContent),
    );
    expect(cut).toEqual([]);

    // 1. Something missing: the dialog lists exactly it, by name.
    let dialog = await openSignDialog(page);
    await dialog.getByLabel('Thời gian kết thúc (giờ lập xong biên bản)').fill('');
    await dialog.getByRole('button', { name: 'Kiểm tra lại' }).click();
    const missing = dialog.getByTestId('missing-items');
    const expected = [
      'Kiểm xạ khu vực làm việc hằng năm',
      'Chữ ký trưởng đoàn kiểm tra',
      'Chữ ký thành viên đoàn kiểm tra',
      'Chữ ký đại diện cơ sở được kiểm tra',
      'Ý kiến của cơ sở được kiểm tra',
      'Thời gian kết thúc (giờ lập xong biên bản)',
    ];
    await expect.poll(() => missing.getByRole('button').allTextContents(), SLOW).toEqual(expected);
    expect(await dialog.getByText('Còn thiếu 6 mục trước khi ký').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('sign-missing') });
    // Signing is refused while anything is missing; the list stays.
    await dialog.getByRole('button', { name: 'Ký biên bản' }).click();
    await expect.poll(() => missing.getByRole('button').allTextContents(), SLOW).toEqual(expected);

    // 2. A click on an entry closes the dialog and scrolls to the item, focused and in sight.
    await missing.getByRole('button', { name: 'Kiểm xạ khu vực làm việc hằng năm' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), SLOW).toBe(0);
    await expectFocusedInView(page, YES_NO_LEFT);
    await page.keyboard.press('Space');
    const yes = page.locator(`[data-testid="check-item"][data-item-key="${YES_NO_LEFT}"]`).getByRole('radio', { name: 'Đạt', exact: true });
    await expect.poll(() => yes.isChecked(), SLOW).toBe(true);
    await expect.poll(() => page.getByTestId('form-save-state').textContent(), SLOW).toMatch(/^Đã lưu lúc/);

    // 3. Enter on an entry does the same: the team leader's signature, far down the form.
    dialog = await openSignDialog(page);
    const leader = dialog.getByTestId('missing-items').getByRole('button', { name: 'Chữ ký trưởng đoàn kiểm tra' });
    await leader.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count(), SLOW).toBe(0);
    await expectFocusedInView(page, 'sig_truong_doan');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ký: Chữ ký trưởng đoàn kiểm tra');

    // 4. The three signatures, drawn with the mouse.
    await drawSignature(page, 'sig_truong_doan');
    await drawSignature(page, 'sig_thanh_vien');
    await drawSignature(page, 'sig_dai_dien_co_so', 'Lường Văn Bình');

    // 5. The closing time and the facility's opinion, then sign.
    dialog = await openSignDialog(page);
    await expect.poll(() => dialog.getByTestId('missing-items').getByRole('button').allTextContents(), SLOW).toEqual(['Ý kiến của cơ sở được kiểm tra']);
    await dialog.getByLabel('Thời gian kết thúc (giờ lập xong biên bản)').fill('2026-11-30T16:45');
    await dialog.getByLabel('Ý kiến của cơ sở được kiểm tra').fill('Cơ sở nhất trí với kết quả kiểm tra và sẽ khắc phục trong tháng 12.');
    await dialog.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await dialog.getByText('Đủ thông tin: có thể ký biên bản.').waitFor();
    await dialog.getByRole('button', { name: 'Ký biên bản' }).click();
    await page.waitForURL(new RegExp(`#/inspections/${id}/minutes$`));

    // 6. The minutes page: locked, read from the snapshot, no edit control enabled.
    const locked = page.getByTestId('minutes-locked');
    await locked.waitFor();
    expect(await locked.textContent()).toContain('Biên bản đã ký và khoá');
    expect(await page.getByTestId('minutes-check').textContent()).toBe('Toàn vẹn: mã băm và chữ ký số hợp lệ');
    const hash = (await page.getByTestId('minutes-hash').textContent())!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator('main h1').textContent()).toBe('Biên bản kiểm tra — 142/QĐ-SKHCN');
    await expect.poll(() => page.locator('main').getByText('Cơ sở nhất trí với kết quả kiểm tra và sẽ khắc phục trong tháng 12.').count(), SLOW).toBe(1);
    const editable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main input, main textarea, main select, main [contenteditable="true"], main [role="radio"], main [role="checkbox"]')]
        .filter((el) => !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly && el.getAttribute('aria-disabled') !== 'true')
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(editable).toEqual([]);
    expect(await page.getByTestId('complete-button').count()).toBe(0);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.screenshot({ path: screenshotPath('sign-minutes-locked') });
    // The form's own route shows the same locked minutes, not the form.
    await page.goto(`${server.url}#/inspections/${id}`);
    await page.getByTestId('minutes-locked').waitFor();
    expect(await page.locator('[data-testid="check-item"]').count()).toBe(0);

    // 7. The signed PDF: a real PDF, no draft mark, carrying the hash the page shows.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải biên bản (PDF)' }).click()]);
    const dir = path.resolve('test-artifacts', 'sign-e2e');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('BIÊN BẢN KIỂM TRA');
    expect(text).toContain('Lường Văn Bình');
    expect(text).toContain('Cơ sở nhất trí với kết quả kiểm tra');
    signed = { hash, pdfText: text };
    await context.close();

    const db = new Database(path.join(server.dataDir, 'kiemtra.sqlite'), { readonly: true });
    try {
      const row = db.prepare('SELECT status, ended_at, facility_opinion FROM inspections WHERE id = ?').get(id) as { status: string; ended_at: string; facility_opinion: string };
      expect(row).toEqual({ status: 'signed', ended_at: '2026-11-30T16:45', facility_opinion: 'Cơ sở nhất trí với kết quả kiểm tra và sẽ khắc phục trong tháng 12.' });
    } finally {
      db.close();
    }
  });

  // Signed minutes print from their snapshot: the hash the page shows, on the paper, no draft mark.
  it('the signed minutes PDF has no "BẢN NHÁP" and carries the content hash the page shows', () => {
    expect(signed, 'the signing story above ran').not.toBeNull();
    expect(signed!.pdfText).not.toContain('BẢN NHÁP');
    expect(signed!.pdfText.replace(/\s+/g, '')).toContain(signed!.hash);
  });
});
