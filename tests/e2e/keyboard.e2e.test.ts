import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedMatches, focusView, press, tabUntil } from './keyboard';
import { seedDemoFolder, type DemoIds } from './screens';
import { launchChromium, screenshotPath, startServer, type RunningServer } from './support';

let browser: Browser;
let server: RunningServer;
let ids: DemoIds;

beforeAll(async () => {
  const demo = seedDemoFolder('kt-e2e-keyboard-');
  ids = demo.ids;
  server = await startServer(demo.dataDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const inItem = (type: string) => `[data-testid="check-item"][data-item-type="${type}"] :is(input, textarea)`;

describe('an inspector with only a keyboard', () => {
  it('opens a check, answers a number and a yes/no item, reads a verdict explanation and reaches "Hoàn thành"; the focus is always in sight', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const saves: { itemKey: string; value: unknown }[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/api/inspections.saveAnswer')) {
        const body = JSON.parse(req.postData() ?? '{}') as { itemKey: string; value: unknown };
        saves.push({ itemKey: body.itemKey, value: body.value });
      }
    });
    const log: string[] = [];
    await page.goto(server.url);
    await page.locator('main h1').waitFor();

    // The skip link comes first and moves focus to the page's h1.
    await press(page, 'Tab', log);
    expect(await focusedMatches(page, 'a.kt-skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focusedMatches(page, 'main h1')).toBe(true);

    // The navigation's "Kiểm tra" link; on the new page focus moves to its h1.
    await tabUntil(page, 'nav a[href="#/inspections"]', log, { back: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/inspections$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kiểm tra');

    // Down the list to the radiation check in progress, and open it.
    await tabUntil(page, `a[data-testid="inspection-row"][href="#/inspections/${ids.radiationCheckId}"]`, log);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/inspections/${ids.radiationCheckId}$`));

    // Focus starts on the first unanswered required item.
    const db = new Database(path.join(server.dataDir, 'kiemtra.sqlite'), { readonly: true });
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="check-item"]')?.getAttribute('data-item-key') ?? null)).not.toBeNull();
    const firstKey = await page.evaluate(() => document.activeElement!.closest('[data-testid="check-item"]')!.getAttribute('data-item-key'));
    const answered = db.prepare('SELECT item_key FROM inspection_answers WHERE inspection_id = ? AND deleted_at IS NULL').all(ids.radiationCheckId) as { item_key: string }[];
    expect(answered.map((a) => a.item_key)).not.toContain(firstKey);
    expect((await focusView(page)).visible).toBe(true);
    await page.screenshot({ path: screenshotPath('keyboard-check-opened') });

    // F8 jumps from unanswered item to unanswered item. The demo answers every required number, so
    // F8 goes on to the measurement table, and Tab from there reaches the next number item (the
    // tube leakage), typed with the keyboard.
    for (let i = 0; i < 40 && !(await focusedMatches(page, inItem('measurement_table'))); i++) await press(page, 'F8', log);
    expect(await focusedMatches(page, inItem('measurement_table'))).toBe(true);
    await tabUntil(page, `${inItem('number')}:not([aria-haspopup])`, log, { max: 60 });
    const numberKey = await page.evaluate(() => document.activeElement!.closest('[data-testid="check-item"]')!.getAttribute('data-item-key')!);
    await page.keyboard.type('0,4');
    await press(page, 'Tab', log);
    await expect.poll(() => saves.filter((s) => s.itemKey === numberKey).length).toBe(1);

    // A yes/no item: arrows move through Đạt → Không đạt → Không áp dụng and back; only Space saves, once.
    for (let i = 0; i < 40 && !(await focusedMatches(page, `${inItem('yes_no_na')}[type="radio"]`)); i++) await press(page, 'F8', log);
    expect(await focusedMatches(page, `${inItem('yes_no_na')}[type="radio"]`)).toBe(true);
    const yesNoKey = await page.evaluate(() => document.activeElement!.closest('[data-testid="check-item"]')!.getAttribute('data-item-key')!);
    const before = saves.length;
    await press(page, 'ArrowRight', log);
    await press(page, 'ArrowRight', log);
    await press(page, 'ArrowLeft', log);
    await press(page, 'ArrowLeft', log);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('yes');
    await press(page, 'Space', log);
    await expect.poll(() => saves.slice(before)).toEqual([{ itemKey: yesNoKey, value: 'yes' }]);
    await expect
      .poll(() => (db.prepare('SELECT value FROM inspection_answers WHERE inspection_id = ? AND item_key = ? AND deleted_at IS NULL').get(ids.radiationCheckId, yesNoKey) as { value: string } | undefined)?.value)
      .toBe('"yes"');

    // Its verdict badge is a button: Enter opens the explanation, Escape closes it and focus returns.
    const badge = `[data-testid="check-item"][data-item-key="${yesNoKey}"] button[aria-haspopup="dialog"][data-status]`;
    await page.locator(badge).waitFor();
    await tabUntil(page, badge, log, { max: 10 });
    await page.keyboard.press('Enter');
    await page.getByTestId('verdict-explanation').waitFor();
    await page.screenshot({ path: screenshotPath('keyboard-verdict-explanation') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('verdict-explanation').count()).toBe(0);
    expect(await focusedMatches(page, badge)).toBe(true);

    // Back up the form with Shift+Tab to "Hoàn thành" in the sticky header; no stop is hidden.
    const stops = await tabUntil(page, '[data-sticky-header] button[data-testid="complete-button"]', log, { back: true, max: 200 });
    await page.screenshot({ path: screenshotPath('keyboard-complete-reached') });
    console.log(`Shift+Tab stops up to "Hoàn thành": ${stops}, all visible`);
    db.close();
    await page.close();
  });
});
