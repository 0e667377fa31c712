import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/api/errors';
import { openCore, type Core } from '../../src-main/core/core';
import { renderApp } from './harness';

let core: Core | undefined;
afterEach(() => core?.close());

// jsdom does no layout: give every element a screen-sized box so the virtual lists have a
// viewport to fill (the one thing a real browser has that jsdom cannot).
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
});

function newCore(): Core {
  core = openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-ui-reg-')), resourcesDir: path.resolve('resources'), transport: 'web' });
  return core;
}

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.en}`);
  return r.value;
}

function count(c: Core, sql: string): number {
  return (c.db.prepare(sql).get() as { n: number }).n;
}

function hospital(c: Core, name = 'Bệnh viện Đa khoa tỉnh Sơn La'): string {
  return ok(c.call('facilities.create', { name, kind: 'hospital', provinceCode: 'son-la', commune: 'Phường Tô Hiệu' })).id;
}

/**
 * Picks an option of a Mantine Select. Its dropdown stays display:none in jsdom (no layout, so
 * the popover thinks its input is scrolled away), hence `hidden: true` on the option query.
 */
async function choose(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, name: string) {
  await user.click(input);
  const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
  if (!listbox) throw new Error(`no dropdown opened for ${input.id}`);
  await user.click(within(listbox).getByRole('option', { name, hidden: true }));
}

async function openXrayForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Thêm thiết bị X-quang' }));
  return screen.findByRole('form', { name: 'Thêm thiết bị X-quang' });
}

describe('facility register screens', () => {
  it('an inspector adds a CT unit on the facility page, typing "0,5" mA, and it lands in the data file', async () => {
    const c = newCore();
    const id = hospital(c);
    const user = userEvent.setup();
    await renderApp({ core: c, route: `#/facilities/${id}` });
    expect(await screen.findByText(/Cơ sở chưa có thiết bị X-quang nào/)).toBeInTheDocument();
    const form = await openXrayForm(user);
    await choose(user, within(form).getByLabelText(/Loại thiết bị/), 'CT');
    await user.type(within(form).getByLabelText('Hãng sản xuất'), 'Siemens');
    await user.type(within(form).getByLabelText('Số máy (serial)'), 'SN-0042');
    await user.type(within(form).getByLabelText('Điện áp cực đại (kV)'), '140');
    await user.type(within(form).getByLabelText('Dòng cực đại (mA)'), '0,5');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(count(c, "SELECT count(*) AS n FROM xray_units WHERE unit_type = 'ct' AND serial = 'SN-0042' AND max_kv = 140 AND max_ma = 0.5")).toBe(1),
    );
    expect(await screen.findByText('CT — Siemens — SN-0042')).toBeInTheDocument();
  });

  it('refuses a kV above 200 with a Vietnamese message naming the field and writes nothing', async () => {
    const c = newCore();
    const id = hospital(c);
    const user = userEvent.setup();
    await renderApp({ core: c, route: `#/facilities/${id}` });
    const form = await openXrayForm(user);
    await choose(user, within(form).getByLabelText(/Loại thiết bị/), 'Chụp X-quang thông thường');
    await user.type(within(form).getByLabelText('Điện áp cực đại (kV)'), '250');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Điện áp cực đại (kV) phải ≤ 200')).toBeInTheDocument();
    expect(count(c, 'SELECT count(*) AS n FROM xray_units')).toBe(0);
  });

  it('shows 0,5 Ci as becquerel while typing, stores Bq, and refuses a negative activity', async () => {
    const c = newCore();
    const id = hospital(c);
    const user = userEvent.setup();
    await renderApp({ core: c, route: `#/facilities/${id}?tab=sources` });
    await user.click(await screen.findByRole('button', { name: 'Thêm nguồn phóng xạ' }));
    const form = await screen.findByRole('form', { name: 'Thêm nguồn phóng xạ' });
    await choose(user, within(form).getByLabelText(/Đồng vị phóng xạ/), 'Cs-137');
    const activity = within(form).getByLabelText(/^Hoạt độ/);
    await user.type(activity, '-1');
    await user.type(within(form).getByLabelText(/Ngày xác định hoạt độ/), '15/03/2020');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Hoạt độ phải ≥ 0')).toBeInTheDocument();
    expect(count(c, 'SELECT count(*) AS n FROM sealed_sources')).toBe(0);

    await user.clear(activity);
    await user.type(activity, '0,5');
    expect(await within(form).findByText(/18,5 GBq/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(count(c, "SELECT count(*) AS n FROM sealed_sources WHERE nuclide = 'Cs-137' AND activity_bq = 18500000000 AND reference_date = '2020-03-15'")).toBe(1),
    );
  });

  it('a worker drawer records a quarter of Hp(10) typed with a comma', async () => {
    const c = newCore();
    const id = hospital(c);
    ok(c.call('workers.create', { facilityId: id, name: 'Lò Văn Minh', role: 'radiographer', dosimeterId: 'LK-17' }));
    const user = userEvent.setup();
    await renderApp({ core: c, route: `#/facilities/${id}?tab=workers` });
    await user.click(await screen.findByText('Lò Văn Minh'));
    await user.click(await screen.findByRole('button', { name: 'Thêm kết quả liều quý' }));
    const form = await screen.findByRole('form', { name: 'Thêm kết quả liều quý' });
    await user.clear(within(form).getByLabelText(/Năm/));
    await user.type(within(form).getByLabelText(/Năm/), '2025');
    await user.clear(within(form).getByLabelText(/Quý/));
    await user.type(within(form).getByLabelText(/Quý/), '2');
    await user.type(within(form).getByLabelText('Hp(10) (mSv)'), '0,35');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(count(c, 'SELECT count(*) AS n FROM dose_records WHERE year = 2025 AND quarter = 2 AND hp10_msv = 0.35')).toBe(1));
    expect(await screen.findByText('Quý 2/2025')).toBeInTheDocument();
  });
});

describe('global search page', () => {
  it('finds a serial "SN-0042" and an accent-free "dien bien", each with its facility', async () => {
    const c = newCore();
    const sonLa = hospital(c);
    hospital(c, 'Trung tâm Y tế Điện Biên');
    ok(c.call('xrayUnits.create', { facilityId: sonLa, type: 'ct', manufacturer: 'Siemens', serial: 'SN-0042' }));
    const user = userEvent.setup();
    await renderApp({ core: c, route: '#/search' });
    const box = await screen.findByRole('textbox', { name: 'Tìm kiếm' });
    await user.type(box, 'SN-0042');
    const hit = await screen.findByTestId('search-hit');
    expect(hit).toHaveTextContent('Thiết bị X-quang');
    expect(hit).toHaveTextContent('Bệnh viện Đa khoa tỉnh Sơn La');
    expect(hit).toHaveAttribute('href', expect.stringContaining('?tab=xray&item='));

    await user.clear(box);
    await user.type(box, 'dien bien');
    // Wait for the answer to the whole query, not to a prefix typed on the way ("dien b" may match more).
    await waitFor(() => {
      const hits = screen.getAllByTestId('search-hit');
      expect(hits).toHaveLength(1);
      expect(hits[0]).toHaveTextContent('Trung tâm Y tế Điện Biên');
    });
  });
});

describe('register overview', () => {
  it('shows the first screen of 100,000 X-ray units without rendering them all', async () => {
    const c = newCore();
    const id = hospital(c);
    const insert = c.db.prepare(
      `INSERT INTO xray_units (id, facility_id, unit_type, serial, serial_key, status, created_at, updated_at, hlc, updated_by)
       VALUES (?, ?, 'general', ?, ?, 'in_use', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '0', 'seed')`,
    );
    c.db.transaction(() => {
      for (let i = 0; i < 100_000; i++) {
        const n = String(i).padStart(6, '0');
        insert.run(`00000000-0000-7000-8000-${String(i).padStart(12, '0')}`, id, `SN-${n}`, `sn-${n}`);
      }
    })();
    await renderApp({ core: c, route: '#/register' });
    expect(await screen.findByText('100000 bản ghi')).toBeInTheDocument();
    const list = await screen.findByTestId('xray-list');
    expect(await within(list).findByText('Chụp X-quang thông thường — SN-000000')).toBeInTheDocument();
    expect(within(list).getByText('Chụp X-quang thông thường — SN-000001')).toBeInTheDocument();
    const rendered = within(list).getAllByTestId('xray-row').length;
    expect(rendered).toBeGreaterThan(1);
    expect(rendered).toBeLessThan(200);
  });
});
