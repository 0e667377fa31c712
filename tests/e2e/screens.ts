import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { openCore } from '../../src-main/core/core';

/** Ids in the demo data (`demo.seed`) that the screens open. */
export interface DemoIds {
  /** The facility with the fullest register (units, sources, systems, licences, workers). */
  facilityId: string;
  radiationCheckId: string;
  wastewaterCheckId: string;
  /** A radiation check the demo closed and signed (its minutes page reads the snapshot). */
  signedCheckId: string;
}

/**
 * One main screen: where it is, and optionally what to do once there (open a tab or a dialog).
 * A new screen (minutes, sync, dashboard …) joins every accessibility test with one line here.
 */
export interface Screen {
  name: string;
  path(ids: DemoIds): string;
  /** Runs after the page's h1 is visible; leaves the screen in the state to check. */
  open?(page: Page): Promise<void>;
  /** 'no-profile': opened on a fresh data folder with no inspector profile yet (the first-run screen). */
  server?: 'no-profile';
}

const dialog = (button: string) => async (page: Page) => {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  await page.getByRole('dialog').first().waitFor();
};

const registerForm = (tab: string, button: string) => async (page: Page) => {
  await page.getByRole('tab', { name: tab }).click();
  await dialog(button)(page);
};

export const screens: Screen[] = [
  { name: 'facility list', path: () => '#/facilities' },
  { name: 'facility detail — X-ray units', path: (d) => `#/facilities/${d.facilityId}?tab=xray` },
  { name: 'facility detail — sealed sources', path: (d) => `#/facilities/${d.facilityId}?tab=sources` },
  { name: 'facility detail — wastewater systems', path: (d) => `#/facilities/${d.facilityId}?tab=wastewater` },
  { name: 'facility detail — licences', path: (d) => `#/facilities/${d.facilityId}?tab=licences` },
  { name: 'facility detail — workers', path: (d) => `#/facilities/${d.facilityId}?tab=workers` },
  { name: 'check list', path: () => '#/inspections' },
  { name: 'open radiation check', path: (d) => `#/inspections/${d.radiationCheckId}` },
  { name: 'open wastewater check', path: (d) => `#/inspections/${d.wastewaterCheckId}` },
  { name: 'register overview', path: () => '#/register' },
  { name: 'search results', path: () => '#/search?q=son%20la' },
  { name: 'warnings', path: () => '#/warnings' },
  { name: 'requirements', path: () => '#/requirements' },
  { name: 'rule packs', path: () => '#/rules' },
  { name: 'settings', path: () => '#/settings' },
  { name: 'dialog: new facility', path: () => '#/facilities', open: dialog('Thêm cơ sở') },
  { name: 'dialog: edit facility', path: (d) => `#/facilities/${d.facilityId}`, open: dialog('Sửa') },
  { name: 'dialog: start inspection', path: (d) => `#/facilities/${d.facilityId}`, open: dialog('Bắt đầu kiểm tra') },
  { name: 'dialog: new X-ray unit', path: (d) => `#/facilities/${d.facilityId}`, open: registerForm('Thiết bị X-quang', 'Thêm thiết bị X-quang') },
  { name: 'dialog: new sealed source', path: (d) => `#/facilities/${d.facilityId}`, open: registerForm('Nguồn phóng xạ kín', 'Thêm nguồn phóng xạ') },
  { name: 'dialog: new wastewater system', path: (d) => `#/facilities/${d.facilityId}`, open: registerForm('Hệ thống xử lý nước thải', 'Thêm hệ thống xử lý nước thải') },
  { name: 'dialog: new licence', path: (d) => `#/facilities/${d.facilityId}`, open: registerForm('Giấy phép / khai báo', 'Thêm giấy phép / khai báo') },
  { name: 'dialog: new worker', path: (d) => `#/facilities/${d.facilityId}`, open: registerForm('Nhân viên bức xạ', 'Thêm nhân viên bức xạ') },
  { name: 'dialog: new finding', path: (d) => `#/inspections/${d.radiationCheckId}`, open: dialog('Thêm phát hiện') },
  { name: 'dialog: new requirement', path: (d) => `#/inspections/${d.radiationCheckId}`, open: dialog('Thêm kiến nghị') },
  // Screens of issue 9 (signed minutes, profile) and later (sync, dashboard).
  { name: 'dialog: complete and sign', path: (d) => `#/inspections/${d.radiationCheckId}`, open: dialog('Hoàn thành và ký') },
  { name: 'signed minutes', path: (d) => `#/inspections/${d.signedCheckId}/minutes` },
  { name: 'dialog: amendment', path: (d) => `#/inspections/${d.signedCheckId}/minutes`, open: dialog('Lập biên bản bổ sung') },
  { name: 'first-run profile', path: () => '#/facilities', server: 'no-profile' },
  { name: 'sync — bundles', path: () => '#/sync' },
  { name: 'sync — conflicts', path: () => '#/sync/conflicts' },
  { name: 'sync — devices', path: () => '#/sync/devices' },
  { name: 'dashboard', path: () => '#/dashboard' },
  { name: 'dashboard — checks', path: () => '#/dashboard/checks' },
];

/** A fresh data folder holding the demo data, and the ids the screens need (read from the SQLite file). */
export function seedDemoFolder(prefix = 'kt-e2e-demo-'): { dataDir: string; ids: DemoIds } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  // The inspector's profile first (as the app's first run makes it): the demo then signs its closed checks.
  const made = spawnSync(process.execPath, [path.resolve('bin/kiemtra.cjs'), 'profile', 'create', '--name', 'Nguyễn Văn An', '--position', 'Chuyên viên', '--data-dir', dataDir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`kiemtra profile create failed (is the app built?):\n${made.stdout}${made.stderr}`);
  const core = openCore({ dataDir, resourcesDir: path.resolve('resources') });
  const r = core.call('demo.seed', {});
  core.close();
  if (!r.ok) throw new Error(`demo.seed: ${r.error.en}`);
  const db = new Database(path.join(dataDir, 'kiemtra.sqlite'), { readonly: true });
  const facility = db
    .prepare(
      `SELECT f.id FROM facilities f WHERE f.deleted_at IS NULL ORDER BY
         (SELECT count(*) FROM xray_units x WHERE x.facility_id = f.id) > 0 DESC,
         (SELECT count(*) FROM sealed_sources s WHERE s.facility_id = f.id) > 0 DESC,
         (SELECT count(*) FROM workers w WHERE w.facility_id = f.id) DESC, f.name_key LIMIT 1`,
    )
    .get() as { id: string };
  const check = (kind: string) =>
    (db.prepare("SELECT id FROM inspections WHERE kind = ? AND status = 'in_progress' AND deleted_at IS NULL ORDER BY started_at DESC LIMIT 1").get(kind) as { id: string }).id;
  const signed = db.prepare("SELECT id FROM inspections WHERE kind = 'radiation' AND status = 'signed' AND deleted_at IS NULL ORDER BY started_at DESC LIMIT 1").get() as { id: string } | undefined;
  if (!signed) throw new Error('the demo data has no signed radiation check');
  const ids = { facilityId: facility.id, radiationCheckId: check('radiation'), wastewaterCheckId: check('wastewater'), signedCheckId: signed.id };
  db.close();
  return { dataDir, ids };
}
