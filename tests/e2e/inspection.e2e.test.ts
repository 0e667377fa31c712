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

/** A real 3000×2000 PNG (a gradient with noise, so it does not compress to nothing), drawn by the browser. */
async function bigPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 3000;
    c.height = 2000;
    const ctx = c.getContext('2d')!;
    const g = ctx.createLinearGradient(0, 0, 3000, 2000);
    g.addColorStop(0, '#1c7ed6');
    g.addColorStop(1, '#f59f00');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 3000, 2000);
    for (let i = 0; i < 4000; i++) {
      ctx.fillStyle = `hsl(${i % 360} 70% 50%)`;
      ctx.fillRect((i * 7919) % 3000, (i * 104729) % 2000, 12, 12);
    }
    ctx.fillStyle = '#fff';
    ctx.font = 'bold 160px sans-serif';
    ctx.fillText('BIỂN CẢNH BÁO', 600, 1000);
    const url = c.toDataURL('image/png');
    return url.slice(url.indexOf(',') + 1);
  });
  return Buffer.from(base64, 'base64');
}

const item = (page: Page, key: string) => page.locator(`[data-testid="check-item"][data-item-key="${key}"]`);

describe('an X-ray facility check in Chromium', () => {
  it('starts a check, answers, attaches a downscaled photo and a signature, survives a reload, and lands in SQLite', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Thêm cơ sở' }).waitFor();
    const facility = await apiCall<{ id: string }>(page, 'facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la', beds: '550' });
    await apiCall(page, 'xrayUnits.create', { facilityId: facility.id, type: 'ct', manufacturer: 'Siemens', model: 'Somatom', serial: 'CT-2019-01' });

    // Start the check from the facility page.
    await page.goto(`${server.url}#/facilities/${facility.id}`);
    await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
    const form = page.getByRole('form', { name: 'Bắt đầu cuộc kiểm tra' });
    await form.getByLabel('Quyết định kiểm tra số').fill('15/QĐ-SKHCN');
    await form.getByLabel('Cơ quan ban hành').fill('Sở Khoa học và Công nghệ tỉnh Sơn La');
    await form.getByLabel('Họ tên 1').fill('Nguyễn Văn An');
    await form.getByLabel('Chức vụ 1').fill('Phó Giám đốc Sở');
    await form.getByRole('button', { name: 'Thêm thành viên' }).click();
    await form.getByLabel('Họ tên 2').fill('Lò Thị Hoa');
    await form.getByLabel('Mẫu phiếu kiểm tra').click();
    await page.getByRole('option', { name: 'Kiểm tra an toàn bức xạ cơ sở X-quang chẩn đoán y tế' }).click();
    await page.screenshot({ path: screenshotPath('inspection-start-form') });
    // The form asks before creating anything: review, then create.
    await form.getByRole('button', { name: 'Xem lại trước khi tạo' }).click();
    await page.getByTestId('start-review').getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
    await page.waitForURL(/#\/inspections\/[0-9a-f-]{36}$/);
    const inspectionId = /inspections\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

    // Answer: yes/no, text, a number with a decimal comma.
    await item(page, 'licence_present').getByText('Đạt', { exact: true }).click();
    await item(page, 'licence_number').getByRole('textbox').fill('125/GP-SKHCN');
    await item(page, 'dose_max_annual').getByRole('textbox', { name: /^Liều hiệu dụng cao nhất/ }).fill('0,5');
    await item(page, 'unit_tube_leakage').getByRole('textbox', { name: /^Suất kerma rò rỉ/ }).fill('0,08');

    // A 3000×2000 photo through the dropzone's file input.
    const png = await bigPng(page);
    await item(page, 'unit_photo').locator('input[type="file"]').setInputFiles({ name: 'phong-ct.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => item(page, 'unit_photo').getByTestId('photo-thumbnail').count(), { timeout: 30_000 }).toBe(1);

    // The team leader signs with the mouse.
    await page.getByRole('button', { name: 'Ký: Chữ ký trưởng đoàn kiểm tra' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('Họ tên người ký').inputValue()).toBe('Nguyễn Văn An');
    const pad = dialog.getByTestId('signature-pad');
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 150);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + 40 + i * 14, box.y + 150 - Math.sin(i / 3) * 60, { steps: 2 });
    await page.mouse.up();
    await page.screenshot({ path: screenshotPath('inspection-signature') });
    await dialog.getByRole('button', { name: 'Lưu chữ ký' }).click();
    await expect.poll(() => item(page, 'sig_truong_doan').getByTestId('signature-image').count()).toBe(1);
    await expect.poll(() => page.getByTestId('form-save-state').textContent()).toMatch(/^Đã lưu lúc \d\d:\d\d:\d\d$/);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('inspection-form-signatures') });

    // Reload in the middle of the check: everything is read back from the data file.
    await page.reload();
    await item(page, 'licence_present').waitFor();
    await page.screenshot({ path: screenshotPath('inspection-form-top') });
    await expect.poll(() => item(page, 'licence_present').getByRole('radio', { name: 'Đạt', exact: true }).isChecked()).toBe(true);
    expect(await item(page, 'licence_number').getByRole('textbox').inputValue()).toBe('125/GP-SKHCN');
    expect(await item(page, 'dose_max_annual').getByRole('textbox', { name: /^Liều hiệu dụng cao nhất/ }).inputValue()).toBe('0,5');
    expect(await item(page, 'unit_tube_leakage').getByRole('textbox', { name: /^Suất kerma rò rỉ/ }).inputValue()).toBe('0,08');
    await expect.poll(() => item(page, 'unit_photo').getByTestId('photo-thumbnail').count()).toBe(1);
    await expect.poll(() => item(page, 'sig_truong_doan').getByTestId('signature-image').count()).toBe(1);
    await expect.poll(() => item(page, 'sig_truong_doan').textContent()).toContain('Nguyễn Văn An');

    // The photo opens full size.
    await item(page, 'unit_photo').getByRole('button', { name: 'Xem ảnh 1' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: /— Ảnh 1$/ }).getByRole('img', { name: /— Ảnh 1$/ }).count()).toBe(1);
    await page.waitForTimeout(500); // let the modal finish fading in before the picture
    await page.screenshot({ path: screenshotPath('inspection-photo') });
    await page.keyboard.press('Escape');

    // After the reload the form keeps saving.
    await item(page, 'licence_number').getByRole('textbox').fill('125/GP-SKHCN (gia hạn)');
    await expect.poll(() => page.getByTestId('form-save-state').textContent()).toMatch(/^Đã lưu lúc/);
    await expect.poll(() => item(page, 'licence_number').getByTestId('save-state').textContent()).toBe('Đã lưu');
    await page.goto(`${server.url}#/inspections`);
    await expect.poll(() => page.getByTestId('inspection-row').count()).toBe(1);
    // The row names the checklist template.
    await expect.poll(() => page.getByTestId('inspection-row').textContent()).toContain('Kiểm tra an toàn bức xạ cơ sở X-quang chẩn đoán y tế');
    await page.screenshot({ path: screenshotPath('inspection-list') });
    await page.close();

    const db = new Database(path.join(server.dataDir, 'kiemtra.sqlite'), { readonly: true });
    try {
      const answers = Object.fromEntries(
        (db.prepare('SELECT item_key, value FROM inspection_answers WHERE inspection_id = ? AND deleted_at IS NULL').all(inspectionId) as { item_key: string; value: string }[]).map((r) => [
          r.item_key,
          JSON.parse(r.value),
        ]),
      );
      // A number whose unit family has a choice (mGy/h, µGy/h …) is stored with the unit it was typed in.
      expect(answers).toMatchObject({ licence_present: 'yes', licence_number: '125/GP-SKHCN (gia hạn)', dose_max_annual: 0.5, unit_tube_leakage: { value: 0.08, unit: 'mGy/h' } });
      const inspection = db.prepare('SELECT decision_number, status, team FROM inspections WHERE id = ?').get(inspectionId) as { decision_number: string; status: string; team: string };
      expect(inspection.decision_number).toBe('15/QĐ-SKHCN');
      expect(inspection.status).toBe('in_progress');
      expect(JSON.parse(inspection.team)).toEqual([
        { name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở', role: 'truong_doan' },
        { name: 'Lò Thị Hoa', position: null, role: 'thanh_vien' },
      ]);
      const photo = db
        .prepare("SELECT b.mime, b.width, b.height FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.inspection_id = ? AND a.kind = 'photo' AND a.deleted_at IS NULL")
        .all(inspectionId) as { mime: string; width: number; height: number }[];
      expect(photo).toEqual([{ mime: 'image/jpeg', width: 2560, height: 1707 }]);
      const signature = db
        .prepare("SELECT a.item_key, a.signer_name, a.signer_role, b.mime FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.inspection_id = ? AND a.kind = 'signature'")
        .all(inspectionId);
      expect(signature).toEqual([{ item_key: 'sig_truong_doan', signer_name: 'Nguyễn Văn An', signer_role: 'truong_doan', mime: 'image/png' }]);
    } finally {
      db.close();
    }
  });
});
