import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src-main/core/core';
import { OpenedFiles } from '../../src-main/core/opened/opened-files';
import { OpenFileRouter } from '../../src-main/electron/open-file';
import { Wall, device, exportFrom, ok } from '../unit/sync/helpers';
import { render } from '@testing-library/react';
import { setTransport } from '../../src-renderer/api/client';
import { App } from '../../src-renderer/app/App';
import { initI18n } from '../../src-renderer/i18n';
import { useUiStore } from '../../src-renderer/store/ui';
import { ensureProfile, renderApp } from './harness';
import { tempCore } from './mount';

let core: Core | undefined;

/** renderApp with the asynchronous door, as IPC calls the core (the bundle check answers later). */
async function renderAsync(c: Core, route: string) {
  ensureProfile(c);
  setTransport({ call: async (name, input) => JSON.parse(JSON.stringify(await c.dispatchAsync(name, JSON.parse(JSON.stringify(input ?? {}))))) });
  const i18n = await initI18n('vi');
  await i18n.changeLanguage('vi');
  useUiStore.getState().setLanguageState('vi');
  window.location.hash = route;
  render(<App />);
}
afterEach(() => core?.close());

describe('a double-clicked .kiemtra bundle', () => {
  it('opens the import screen with the bundle checked, and imports it once the new device is trusted', async () => {
    const wall = new Wall();
    const sender = device('Lò Văn Minh', wall);
    ok(sender.core.call('facilities.create', { name: 'Bệnh viện Đa khoa huyện Mộc Châu', kind: 'hospital', provinceCode: 'son-la' }));
    const bundle = await exportFrom(sender);

    const inbox = new OpenedFiles();
    core = openCore({ dataDir: tempCore().env.dataFile.replace(/[/\\]kiemtra\.sqlite$/, ''), resourcesDir: 'resources', transport: 'electron', openedFiles: inbox });
    const router = new OpenFileRouter(inbox);
    router.openFromArgv(['KiemTra.exe', bundle], '/');
    const route = router.firstUrl().slice(router.firstUrl().indexOf('#'));
    expect(route).toBe('#/sync?opened=1');

    const user = userEvent.setup();
    await renderAsync(core, route);
    const ask = await screen.findByRole('alertdialog', { name: 'Gói đến từ thiết bị chưa được tin cậy' });
    expect(ask).toHaveTextContent('Lò Văn Minh');
    await user.click(within(ask).getByRole('button', { name: 'Tin cậy thiết bị và nhập' }));
    expect(await screen.findByTestId('import-report')).toBeInTheDocument();
    await waitFor(() => expect(JSON.stringify(ok(core!.call('facilities.list', {})))).toContain('Mộc Châu'));
  });
});

describe('Settings → the logs folder', () => {
  it('shows where the log file is in web mode, without a button that could not work there', async () => {
    core = tempCore();
    await renderApp({ core, route: '#/settings' });
    const folder = await screen.findByTestId('logs-folder');
    expect(folder.textContent).toBe(core.env.dataFile.replace(/kiemtra\.sqlite$/, 'logs'));
    expect(screen.getByText('Thư mục nhật ký')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mở thư mục nhật ký' })).toBeNull();
  });
});
