import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src-main/core/core';
import { publicKeyFingerprint } from '../../src-main/core/identity/keys';
import { withProfile } from '../unit/identity/helpers';
import { exportBundle } from '../../src-main/core/sync/export';
import { importBundle } from '../../src-main/core/sync/import';
import { launchChromium, startServer, type RunningServer } from './support';

const resourcesDir = path.resolve('resources');
let browser: Browser;
let server: RunningServer;
let bundle: string;
let inspectorFingerprint: string;

function laptop(name: string, dir = fs.mkdtempSync(path.join(os.tmpdir(), `kt-e2e-sync-${name}-`))): { core: Core; dir: string; fingerprint: string } {
  const core = openCore({ dataDir: dir, resourcesDir, actor: name });
  // The laptop's first run: its inspector profile makes the device key that signs its bundles.
  const keys = withProfile(core, name);
  return { core, dir, fingerprint: publicKeyFingerprint(keys.publicKeyPem) };
}

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { en: string } }): T {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

beforeAll(async () => {
  // A facility made on a third laptop reaches both the inspector and the supervisor; then both change its phone number without meeting.
  const origin = laptop('origin');
  const inspector = laptop('inspector');
  const supervisorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-e2e-sync-supervisor-'));
  const supervisor = openCore({ dataDir: supervisorDir, resourcesDir, actor: 'supervisor' });
  const fac = ok(origin.core.call('facilities.create', { name: 'Trạm Y tế Chiềng Sinh', kind: 'clinic', provinceCode: 'son-la' }));
  const first = path.join(origin.dir, 'origin.kiemtra');
  await exportBundle(origin.core.env, { out: first, all: true, inspectorName: 'Cầm Văn Ơn' });
  await importBundle(inspector.core.env, { path: first }, { trust: true, backup: false });
  await importBundle(supervisor.env, { path: first }, { trust: true, backup: false });
  ok(supervisor.call('facilities.update', { id: fac.id, patch: { contactPhone: '0212 111 111' } }));
  await new Promise((r) => setTimeout(r, 5));
  ok(inspector.core.call('facilities.update', { id: fac.id, patch: { contactPhone: '0212 999 999' } }));
  bundle = path.join(inspector.dir, 'lo-van-minh.kiemtra');
  await exportBundle(inspector.core.env, { out: bundle, destination: 'supervisor', inspectorName: 'Lò Văn Minh' });
  inspectorFingerprint = inspector.fingerprint;
  for (const c of [origin.core, inspector.core, supervisor]) c.close();
  server = await startServer(supervisorDir);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** No critical or serious axe-core violation (WCAG 2.1 A/AA) on what the page shows now. */
async function axeBlocking(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
}

describe('a supervisor imports an inspector’s bundle on the Đồng bộ screen', () => {
  it('picks the file, trusts the new device by its fingerprint, reads the report and resolves the conflict', async () => {
    // The page's CSP forbids the injected axe script: lifted for this test's context only.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}#/sync`);
    await page.getByRole('heading', { name: 'Nhập dữ liệu' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(bundle);

    const ask = page.getByRole('alertdialog', { name: 'Gói đến từ thiết bị chưa được tin cậy' });
    await ask.waitFor();
    await expect.poll(() => ask.textContent()).toContain(inspectorFingerprint);
    expect(await ask.textContent()).toContain('Lò Văn Minh');
    expect(await axeBlocking(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Tin cậy thiết bị và nhập' }).click();

    await page.getByRole('heading', { name: 'Kết quả nhập lo-van-minh.kiemtra' }).waitFor();
    await page.getByText('Có 1 xung đột cần xem lại.').waitFor();
    expect(await axeBlocking(page)).toEqual([]);

    await page.getByRole('link', { name: /^Xung đột/ }).click();
    const restore = page.getByRole('button', { name: /^Dùng lại giá trị bị thay/ });
    await restore.waitFor();
    expect(await page.getByRole('table').textContent()).toContain('0212 111 111');
    expect(await axeBlocking(page)).toEqual([]);
    await restore.click();
    await page.getByText('Đã ghi quyết định; quyết định sẽ được đồng bộ sang các máy khác.').waitFor();
    await page.getByRole('link', { name: 'Thiết bị tin cậy' }).click();
    await page.getByText('Lò Văn Minh').first().waitFor();
    expect(await axeBlocking(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
