import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../src-main/core/core';
import { renderApp } from './harness';

let core: Core | undefined;
afterEach(() => core?.close());

describe('facility screens', () => {
  it('an inspector adds a hospital through the form and it lands in the data file', async () => {
    const user = userEvent.setup({ delay: null });
    const app = await renderApp();
    core = app.core;
    await user.click(await screen.findByRole('button', { name: 'Thêm cơ sở' }));
    const form = await screen.findByRole('form', { name: 'Thêm cơ sở' });
    // Pasted, not typed key by key: 27 re-renders of the form took most of the 30 s on a loaded machine.
    await user.click(within(form).getByLabelText(/Tên cơ sở/));
    await user.paste('Bệnh viện Đa khoa Mộc Châu');
    // Mantine's dropdown does not open on a click in jsdom: pick with the keyboard (first option: Bệnh viện).
    within(form).getByLabelText(/Loại cơ sở/).focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    await user.type(within(form).getByLabelText('Số giường bệnh'), '250');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => {
      const n = core!.db.prepare("SELECT count(*) AS n FROM facilities WHERE name = 'Bệnh viện Đa khoa Mộc Châu' AND beds = 250 AND kind = 'hospital'").get() as { n: number };
      expect(n.n).toBe(1);
    });
    expect(await screen.findByRole('heading', { name: 'Bệnh viện Đa khoa Mộc Châu' })).toBeInTheDocument();
    // The first test of the file also pays for loading the app's screens: room for a busy machine.
  }, 90_000);

  it('refuses a blank name with a Vietnamese message and writes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const app = await renderApp();
    core = app.core;
    await user.click(await screen.findByRole('button', { name: 'Thêm cơ sở' }));
    const form = await screen.findByRole('form', { name: 'Thêm cơ sở' });
    await user.type(within(form).getByLabelText(/Tên cơ sở/), '     ');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Tên cơ sở không được để trống')).toBeInTheDocument();
    expect(await within(form).findByText('Chọn loại cơ sở')).toBeInTheDocument();
    expect((core.db.prepare('SELECT count(*) AS n FROM facilities').get() as { n: number }).n).toBe(0);
  });

  it('shows the list in English when English is chosen, with the Vietnamese data unchanged', async () => {
    core = openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-ui-en-')), resourcesDir: path.resolve('resources'), transport: 'web' });
    core.call('facilities.create', { name: 'Phòng khám Nha khoa Sơn La', kind: 'dental', provinceCode: 'son-la' });
    // jsdom has no layout: give the list's scroll box a height so the virtual list renders rows.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    try {
      await renderApp({ language: 'en', core });
      expect(await screen.findByText('Phòng khám Nha khoa Sơn La')).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
    }
    expect(screen.getByRole('button', { name: 'New facility' })).toBeInTheDocument();
    expect(screen.getAllByText('Dental clinic').length).toBeGreaterThan(0);
  });
});
