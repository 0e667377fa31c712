import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { renderApp } from './harness';

let core: Core | undefined;
afterEach(() => core?.close());

describe('facility screens', () => {
  it('an inspector adds a hospital through the form and it lands in the data file', async () => {
    const user = userEvent.setup();
    const app = await renderApp();
    core = app.core;
    await user.click(await screen.findByRole('button', { name: 'Thêm cơ sở' }));
    const form = await screen.findByRole('form', { name: 'Thêm cơ sở' });
    await user.type(within(form).getByLabelText(/Tên cơ sở/), 'Bệnh viện Đa khoa Mộc Châu');
    await user.click(within(form).getByLabelText(/Loại cơ sở/));
    await user.click(await screen.findByRole('option', { name: 'Bệnh viện' }));
    await user.type(within(form).getByLabelText('Số giường bệnh'), '250');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => {
      const n = core!.db.prepare("SELECT count(*) AS n FROM facilities WHERE name = 'Bệnh viện Đa khoa Mộc Châu' AND beds = 250").get() as { n: number };
      expect(n.n).toBe(1);
    });
    expect(await screen.findByRole('heading', { name: 'Bệnh viện Đa khoa Mộc Châu' })).toBeInTheDocument();
  });

  it('refuses a blank name with a Vietnamese message and writes nothing', async () => {
    const user = userEvent.setup();
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

  it('shows the list in English when English is chosen', async () => {
    const app = await renderApp({ language: 'en' });
    core = app.core;
    app.core.call('facilities.create', { name: 'Phòng khám Nha khoa Sơn La', kind: 'dental', provinceCode: 'son-la' });
    expect(await screen.findByRole('button', { name: 'New facility' })).toBeInTheDocument();
  });
});
