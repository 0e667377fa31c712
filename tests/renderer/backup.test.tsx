import { screen, waitFor, within } from '@testing-library/react';
import fs from 'node:fs';
import path from 'node:path';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src-main/core/core';
import { renderApp } from './harness';
import { must, tempCore } from './mount';

let core: Core | undefined;
afterEach(() => core?.close());

describe('Settings → backup and restore', () => {
  it('"Sao lưu ngay" adds a backup to the list; "Khôi phục" stages it and the next start restores it', async () => {
    core = tempCore();
    must(core, 'facilities.create', { name: 'Bệnh viện Đa khoa Phù Yên', kind: 'hospital', provinceCode: 'son-la' });
    const user = userEvent.setup();
    await renderApp({ core, route: '#/settings' });
    expect(await screen.findByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeInTheDocument();
    expect(await screen.findByText('Chưa có bản sao lưu nào.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sao lưu ngay' }));
    expect(await screen.findByText(/^Đã sao lưu: kiemtra-manual-/)).toBeInTheDocument();
    const row = await screen.findByTestId('backup-row');
    expect(within(row).getByText('Tự sao lưu')).toBeInTheDocument();
    expect(row).toHaveTextContent(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    must(core, 'facilities.create', { name: 'Phòng khám sau sao lưu', kind: 'clinic', provinceCode: 'son-la' });
    await user.click(within(row).getByRole('button', { name: /^Khôi phục bản sao lưu / }));
    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục bản sao lưu?' });
    expect(dialog).toHaveTextContent('được giữ lại trong thư mục sao lưu');
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục và khởi động lại' }));
    expect(await screen.findByText(/sẽ được khôi phục khi ứng dụng khởi động lại/)).toBeInTheDocument();
    expect(screen.getByText(/kiemtra serve/)).toBeInTheDocument();

    const dataDir = core.env.dataFile.replace(/[/\\]kiemtra\.sqlite$/, '');
    core.close();
    core = openCore({ dataDir, resourcesDir: 'resources' });
    const names = must(core, 'facilities.list', {});
    expect(JSON.stringify(names)).toContain('Bệnh viện Đa khoa Phù Yên');
    expect(JSON.stringify(names)).not.toContain('Phòng khám sau sao lưu');
  });

  it('an error from the core is shown, in the user\'s language', async () => {
    core = tempCore();
    await renderApp({ core, route: '#/settings', language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Backup and restore' })).toBeInTheDocument();
    // Something that is not a folder sits where the backups folder goes.
    fs.writeFileSync(path.join(path.dirname(core.dataFile), 'backups'), 'không phải thư mục');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Could not back up to .*backups/));
  });
});
