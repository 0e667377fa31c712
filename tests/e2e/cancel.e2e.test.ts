import path from 'node:path';
import Database from 'better-sqlite3';
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

/** The shared machine is slow: polls wait up to 15 s (nothing here is timed). */
const SLOW = { timeout: 30_000 };

/** Calls the API from inside the page, with the page's session cookie (what the renderer itself does). */
function apiCall(page: Page, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { vi: string; en: string } }> {
  return page.evaluate(
    async ([n, body]) => {
      const res = await fetch(`./api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return res.json();
    },
    [name, input] as const,
  );
}

function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(server.dataDir, 'kiemtra.sqlite'), { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('a check started by mistake is cancelled with a reason, in Chromium (issue 7)', () => {
  it('refuses without a reason, cancels with one, lists it as cancelled with the reason; a signed check offers no cancel', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failed: string[] = [];
    const favicon: number[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      if (new URL(r.url()).pathname.endsWith('/favicon.svg')) favicon.push(r.status());
    });
    await page.goto(server.url);
    const seeded = await apiCall(page, 'demo.seed', {});
    expect(seeded.ok, JSON.stringify(seeded.error)).toBe(true);
    // The page carries the app icon; Chromium fetches it and asks for no missing /favicon.ico.
    await expect.poll(() => favicon, SLOW).toEqual([200]);

    const facilityId = readDb((db) => (db.prepare("SELECT id FROM facilities WHERE deleted_at IS NULL AND kind = 'hospital' ORDER BY name LIMIT 1").get() as { id: string }).id);
    const made = await apiCall(page, 'inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '99/QĐ-MỞNHẦM', startedAt: '2026-11-20T08:30' });
    expect(made.ok, JSON.stringify(made.error)).toBe(true);
    const id = (made.value as { id: string }).id;

    await page.goto(`${server.url}#/inspections/${id}`);
    await page.getByRole('button', { name: 'Hủy cuộc kiểm tra' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hủy cuộc kiểm tra mở nhầm' });
    await dialog.waitFor();
    // Without a reason the cancel is refused, with the reason field named, and nothing changes.
    await dialog.getByRole('button', { name: 'Hủy cuộc kiểm tra' }).click();
    const reason = dialog.getByLabel('Lý do hủy');
    await expect.poll(() => reason.getAttribute('aria-invalid'), SLOW).toBe('true');
    await expect.poll(() => dialog.innerText(), SLOW).toMatch(/lý do/i);
    expect(readDb((db) => db.prepare('SELECT status FROM inspections WHERE id = ?').get(id))).toEqual({ status: 'draft' });

    await reason.fill('Mở nhầm cơ sở: quyết định 99 là của Trung tâm Y tế Mai Sơn');
    await dialog.getByRole('button', { name: 'Hủy cuộc kiểm tra' }).click();
    await dialog.waitFor({ state: 'hidden', ...SLOW });
    await expect.poll(() => page.locator('body').innerText(), SLOW).toContain('Lý do: Mở nhầm cơ sở: quyết định 99 là của Trung tâm Y tế Mai Sơn');
    expect(await page.getByRole('button', { name: 'Hủy cuộc kiểm tra' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('cancel-cancelled-check') });
    const row = readDb((db) => db.prepare('SELECT status, cancel_reason FROM inspections WHERE id = ?').get(id));
    expect(row).toEqual({ status: 'cancelled', cancel_reason: 'Mở nhầm cơ sở: quyết định 99 là của Trung tâm Y tế Mai Sơn' });
    const audited = readDb((db) => db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'update' AND new_values LIKE '%cancelled%' AND new_values LIKE '%quyết định 99%'").get(id)) as { n: number };
    expect(audited.n).toBe(1);

    // It stays in the check list (the history), marked cancelled, with its reason.
    await page.goto(`${server.url}#/inspections`);
    const listed = page.locator('[data-testid="inspection-row"]', { hasText: '99/QĐ-MỞNHẦM' });
    await listed.waitFor(SLOW);
    const text = (await listed.textContent()) ?? '';
    expect(text).toContain('Đã hủy');
    expect(text).toContain('Lý do hủy: Mở nhầm cơ sở: quyết định 99 là của Trung tâm Y tế Mai Sơn');

    // A signed check offers no cancel, and the API refuses it too.
    const signedId = readDb((db) => (db.prepare("SELECT id FROM inspections WHERE status = 'signed' LIMIT 1").get() as { id: string } | undefined)?.id);
    expect(signedId, 'the demo seed signs its completed checks once a profile exists').toBeTruthy();
    await page.goto(`${server.url}#/inspections/${signedId}`);
    await page.screenshot({ path: screenshotPath('cancel-signed-check') });
    await expect.poll(() => page.locator('body').textContent(), SLOW).toContain('Biên bản đã ký và khoá');
    expect(await page.getByRole('button', { name: 'Hủy cuộc kiểm tra' }).count()).toBe(0);
    const refused = await apiCall(page, 'inspections.cancel', { id: signedId, reason: 'thử hủy biên bản đã ký' });
    expect(refused.ok).toBe(false);
    expect(readDb((db) => db.prepare('SELECT status FROM inspections WHERE id = ?').get(signedId))).toEqual({ status: 'signed' });

    expect(failed).toEqual([]);
    await page.close();
  });
});
