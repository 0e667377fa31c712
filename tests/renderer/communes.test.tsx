import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { renderApp } from './harness';

let core: Core | undefined;
afterEach(() => core?.close());

const csvFile = (name: string, text: string) => new File([new TextEncoder().encode(text)], name, { type: 'text/csv' });

describe('the commune picker and the commune list screen', () => {
  it('on a fresh install the picker finds "Xã Mường Bám" typed as "muong bam"', async () => {
    const user = userEvent.setup();
    const app = await renderApp();
    core = app.core;
    await user.click(await screen.findByRole('button', { name: 'Thêm cơ sở' }));
    const form = await screen.findByRole('form', { name: 'Thêm cơ sở' });
    const commune = within(form).getByLabelText(/^Xã\/phường/);
    await user.type(commune, 'muong bam');
    // The picker's own list (jsdom has no transitions, so Mantine keeps it display:none: read it hidden).
    await waitFor(() => expect(commune.getAttribute('aria-controls')).toBeTruthy());
    const listbox = document.getElementById(commune.getAttribute('aria-controls')!)!;
    await waitFor(() => expect(within(listbox).getAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual(['Xã Mường Bám']));
  });

  it('a supervisor imports a list, sees a refused file name its row and column, and undoes the import', async () => {
    const user = userEvent.setup();
    const app = await renderApp({ route: '#/settings' });
    core = app.core;
    const panel = await screen.findByRole('region', { name: 'Danh mục xã, phường' });
    await waitFor(() => expect(within(panel).getByTestId('commune-count')).toHaveTextContent('75 đơn vị · Danh sách kèm theo ứng dụng (mã tạm)'));
    const input = panel.querySelector('input[type="file"]') as HTMLInputElement;

    await user.upload(input, csvFile('xau.csv', 'province_code,code,name,kind,legacy_district\nson-la,14107,Phường Tô Hiệu,phuong,\nson-la,14108,=CMD(),xa,\n'));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('dòng 3, cột name');
    expect(within(panel).getByTestId('commune-count')).toHaveTextContent('75 đơn vị');

    await user.upload(input, csvFile('chinh-thuc.csv', 'province_code,code,name,kind,legacy_district\nson-la,14107,Phường Tô Hiệu,phuong,Thành phố Sơn La\n'));
    await waitFor(() => expect(within(panel).getByTestId('commune-count')).toHaveTextContent(/^1 đơn vị · Nguồn: chinh-thuc\.csv/));
    expect(within(panel).getByRole('cell', { name: 'chinh-thuc.csv' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Hoàn tác lần nhập chinh-thuc.csv' }));
    await waitFor(() => expect(within(panel).getByTestId('commune-count')).toHaveTextContent('75 đơn vị'));
    expect(within(panel).getByText(/^Đã hoàn tác lúc/)).toBeInTheDocument();
    expect((core.db.prepare('SELECT count(*) AS n FROM admin_units').get() as { n: number }).n).toBe(0);
  });
});
